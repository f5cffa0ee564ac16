#include "store/visitsheetxlsx.h"

#include "store/gdaldataset.h"
#include "store/partialfile.h"
#include "store/storeerror.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

namespace lianxin {

namespace {

enum Column {
    RoundName, GroupCode, Stop, Sequence, HouseholdCode, Address, Head, Residents, Phone, Flags, PlannedOn, Deadline,
    VisitedOn, Outcome, Cadres, Note, SuggestionCode, ColumnCount
};

// Excel refuses longer sheet names and these characters in them.
constexpr std::size_t kMaxSheetNameChars = 31;
const std::string kForbiddenSheetChars = "[]:*?/\\";

std::string firstChars(const std::string &text, std::size_t limit)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == limit)
            return text.substr(0, i);
    return text;
}

std::string sheetName(const std::string &body, Id bodyId, std::set<std::string> &used)
{
    std::string name = body.empty() ? "单位" + std::to_string(bodyId) : body;
    for (char &c : name)
        if (kForbiddenSheetChars.find(c) != std::string::npos)
            c = '_';
    std::string candidate = firstChars(name, kMaxSheetNameChars);
    for (int n = 2; used.contains(candidate); ++n) {
        const std::string suffix = "(" + std::to_string(n) + ")";
        candidate = firstChars(name, kMaxSheetNameChars - suffix.size()) + suffix;
    }
    used.insert(candidate);
    return candidate;
}

[[noreturn]] void failWriting(const std::string &what, const std::string &target)
{
    throw StoreError(StoreError::Kind::NotWritable, "cannot " + what + " in " + target + ": " + CPLGetLastErrorMsg());
}

OGRLayer *createSheet(GDALDataset &dataset, const std::string &name, const std::string &target)
{
    OGRLayer *layer = dataset.CreateLayer(name.c_str(), nullptr, wkbNone, nullptr);
    if (!layer)
        failWriting("create sheet " + name, target);
    const std::vector<std::string> &titles = visitSheetColumns();
    for (int c = 0; c < ColumnCount; ++c) {
        // Numbers as numbers: a sheet with some numeric columns lets GDAL's AUTO header
        // detection see the header row for what it is.
        const bool numeric = c == Stop || c == Sequence || c == Residents;
        OGRFieldDefn field(titles[static_cast<std::size_t>(c)].c_str(), numeric ? OFTInteger : OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            failWriting("add column " + titles[static_cast<std::size_t>(c)], target);
    }
    return layer;
}

void writeRow(OGRLayer &layer, const std::string &roundName, const VisitSheetRow &row, const std::string &target)
{
    OGRFeature feature(layer.GetLayerDefn());
    feature.SetField(RoundName, roundName.c_str());
    feature.SetField(GroupCode, row.groupCode.c_str());
    feature.SetField(Stop, row.stop);
    feature.SetField(Sequence, row.sequence);
    feature.SetField(HouseholdCode, row.householdCode.c_str());
    feature.SetField(Address, row.address.c_str());
    feature.SetField(Head, row.head.c_str());
    feature.SetField(Residents, row.residents);
    feature.SetField(Phone, row.phone.c_str());
    feature.SetField(Flags, row.flags.c_str());
    feature.SetField(PlannedOn, row.plannedOn.toIso().c_str());
    if (row.deadline)
        feature.SetField(Deadline, row.deadline->toIso().c_str());
    if (layer.CreateFeature(&feature) != OGRERR_NONE)
        failWriting("write a row", target);
}

void writeFile(const std::string &roundName, const std::vector<VisitSheet> &sheets, const std::string &target)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
    if (!driver)
        throw StoreError(StoreError::Kind::NotWritable, "GDAL has no XLSX driver; cannot write " + target);
    GdalDatasetPtr dataset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        failWriting("create the workbook", target);
    std::map<Id, std::vector<const VisitSheet *>> byBody;
    std::map<Id, std::string> bodyName;
    for (const VisitSheet &sheet : sheets) {
        byBody[sheet.departmentId].push_back(&sheet);
        bodyName[sheet.departmentId] = sheet.departmentName;
    }
    std::set<std::string> used;
    for (const auto &[body, bodySheets] : byBody) {
        OGRLayer *layer = createSheet(*dataset, sheetName(bodyName[body], body, used), target);
        for (const VisitSheet *sheet : bodySheets)
            for (const VisitSheetRow &row : sheet->rows)
                writeRow(*layer, roundName, row, target);
    }
    CPLErrorReset();
    dataset.reset(); // closing writes the workbook
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        failWriting("finish the workbook", target);
    if (!std::filesystem::is_regular_file(target))
        throw StoreError(StoreError::Kind::NotWritable, "GDAL did not write " + target);
}

std::optional<Date> dateOfText(const std::string &text)
{
    if (auto iso = Date::parseIso(text))
        return iso;
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%d/%d/%d%c", &y, &m, &d, &tail) != 3)
        return std::nullopt;
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
    return Date::parseIso(buffer);
}

std::string textOf(OGRFeature &feature, int field)
{
    if (field < 0 || !feature.IsFieldSetAndNotNull(field))
        return "";
    std::string text = feature.GetFieldAsString(field);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.pop_back();
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.erase(text.begin());
    return text;
}

// A date cell comes back as OFTDate/OFTDateTime, typed text as a string.
void readDate(OGRFeature &feature, int field, VisitSheetEntry &entry)
{
    entry.dateText = textOf(feature, field);
    if (entry.dateText.empty())
        return;
    const OGRFieldType type = feature.GetFieldDefnRef(field)->GetType();
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, hour = 0, minute = 0, tz = 0;
        float second = 0;
        feature.GetFieldAsDateTime(field, &y, &m, &d, &hour, &minute, &second, &tz);
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d);
        entry.date = Date::parseIso(buffer);
        return;
    }
    entry.date = dateOfText(entry.dateText);
}

void readSheet(OGRLayer &layer, const std::string &path, std::vector<VisitSheetEntry> &entries)
{
    const std::string sheet = layer.GetName();
    OGRFeatureDefn *definition = layer.GetLayerDefn();
    const std::vector<std::string> &titles = visitSheetColumns();
    std::vector<int> index(ColumnCount, -1);
    for (int c = 0; c < ColumnCount; ++c)
        index[static_cast<std::size_t>(c)] = definition->GetFieldIndex(titles[static_cast<std::size_t>(c)].c_str());
    for (const Column required : {HouseholdCode, VisitedOn, Outcome})
        if (index[required] < 0)
            throw StoreError(StoreError::Kind::BadInput, path + ": sheet \"" + sheet + "\" has no column \"" +
                                                             titles[required] + "\"");
    layer.ResetReading();
    int row = 1;
    for (auto &feature : layer) {
        ++row;
        VisitSheetEntry entry;
        entry.sheet = sheet;
        entry.row = row;
        entry.roundName = textOf(*feature, index[RoundName]);
        entry.householdCode = textOf(*feature, index[HouseholdCode]);
        readDate(*feature, index[VisitedOn], entry);
        entry.outcome = textOf(*feature, index[Outcome]);
        entry.cadres = textOf(*feature, index[Cadres]);
        entry.note = textOf(*feature, index[Note]);
        entry.suggestionCode = textOf(*feature, index[SuggestionCode]);
        entries.push_back(std::move(entry));
    }
}

} // namespace

const std::vector<std::string> &visitSheetColumns()
{
    static const std::vector<std::string> titles = {"轮次", "组号", "站", "序号", "住户编号", "地址",
                                                    "户主", "人数", "电话", "重点", "计划日期", "期限",
                                                    "走访日期", "结果", "走访人", "备注", "意见编号"};
    return titles;
}

bool VisitSheetEntry::blank() const
{
    return dateText.empty() && outcome.empty() && cadres.empty() && note.empty() && suggestionCode.empty();
}

int writeVisitSheetsXlsx(const std::string &roundName, const std::vector<VisitSheet> &sheets, const std::string &path)
{
    if (std::filesystem::path(path).extension() != ".xlsx")
        throw StoreError(StoreError::Kind::BadInput, path + ": visit sheets are written as .xlsx");
    writeThroughPartialFile(path, "visit sheets", [&](const std::string &partial) { writeFile(roundName, sheets, partial); });
    int rows = 0;
    for (const VisitSheet &sheet : sheets)
        rows += static_cast<int>(sheet.rows.size());
    return rows;
}

std::vector<VisitSheetEntry> readVisitSheetsXlsx(const std::string &path)
{
    if (!std::filesystem::is_regular_file(path))
        throw StoreError(StoreError::Kind::NotFound, path + ": no such file");
    GDALAllRegister();
    const char *drivers[] = {"XLSX", nullptr};
    // Row 1 is always the header, whatever the cells hold (TOOLCHAIN.md: AUTO misreads
    // an all-text sheet).
    const char *options[] = {"HEADERS=FORCE", "FIELD_TYPES=AUTO", nullptr};
    GdalDatasetPtr dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, options, nullptr));
    if (!dataset)
        throw StoreError(StoreError::Kind::BadInput, path + ": not a readable XLSX workbook: " + CPLGetLastErrorMsg());
    std::vector<VisitSheetEntry> entries;
    for (OGRLayer *layer : dataset->GetLayers())
        readSheet(*layer, path, entries);
    return entries;
}

} // namespace lianxin
