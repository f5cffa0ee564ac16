#include "store/rosterexport.h"

#include "store/gdaldataset.h"
#include "store/partialfile.h"
#include "store/storeerror.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <system_error>

namespace lianxin {

namespace {

// Excel refuses longer sheet names and these characters in them.
constexpr std::size_t kMaxSheetNameChars = 31;
const std::string kForbiddenSheetChars = "[]:*?/\\";

const char *const kColumns[] = {"组号", "负责单位", "组长", "组员", "住户编号", "地址", "户主", "电话"};

struct RosterRow {
    Id bodyId = 0;
    std::vector<std::string> values; // in kColumns order
};

// One row per household, grouped by contact group (group id, then household id).
std::vector<RosterRow> rosterRows(const World &world)
{
    std::map<Id, const Department *> departments;
    for (const Department &d : world.departments)
        departments[d.id] = &d;
    std::map<Id, const Cadre *> cadres;
    for (const Cadre &c : world.cadres)
        cadres[c.id] = &c;
    std::map<Id, const ContactGroup *> groups;
    for (const ContactGroup &g : world.groups)
        groups[g.id] = &g;
    std::map<Id, std::string> leaderOf, memberOf;
    for (const GroupMember &m : world.groupMembers) {
        const auto cadre = cadres.find(m.cadreId);
        if (cadre == cadres.end())
            continue;
        std::string &slot = m.isLeader ? leaderOf[m.groupId] : memberOf[m.groupId];
        slot += (slot.empty() ? "" : "、") + cadre->second->name;
    }
    std::map<Id, const Resident *> headOf;
    for (const Resident &r : world.residents)
        if (r.isHead || !headOf.contains(r.householdId))
            headOf[r.householdId] = &r; // the head, else the first resident
    std::vector<const Household *> households;
    for (const Household &h : world.households)
        households.push_back(&h);
    std::stable_sort(households.begin(), households.end(), [](const Household *a, const Household *b) {
        return a->groupId != b->groupId ? a->groupId < b->groupId : a->id < b->id;
    });

    std::vector<RosterRow> rows;
    rows.reserve(households.size());
    for (const Household *h : households) {
        const auto group = groups.find(h->groupId);
        if (group == groups.end())
            throw StoreError(StoreError::Kind::BadInput, "household " + h->code + " is in group "
                                                             + std::to_string(h->groupId) + ", which does not exist");
        const auto department = departments.find(group->second->departmentId);
        const auto head = headOf.find(h->id);
        RosterRow row;
        row.bodyId = group->second->departmentId;
        row.values = {group->second->code,
                      department != departments.end() ? department->second->name : std::string(),
                      leaderOf[h->groupId],
                      memberOf[h->groupId],
                      h->code,
                      h->address,
                      head != headOf.end() ? head->second->name : std::string(),
                      head != headOf.end() ? maskPhone(head->second->phone) : std::string()};
        rows.push_back(std::move(row));
    }
    return rows;
}

// The first `limit` UTF-8 characters of `text`.
std::string firstChars(const std::string &text, std::size_t limit)
{
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == limit)
            return text.substr(0, i);
    }
    return text;
}

// A sheet name Excel accepts, unique among `used`.
std::string sheetName(const std::string &bodyName, Id bodyId, std::set<std::string> &used)
{
    std::string name = bodyName.empty() ? "单位" + std::to_string(bodyId) : bodyName;
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

OGRLayer *createRosterLayer(GDALDataset &dataset, const std::string &name, RosterFormat format, const std::string &target)
{
    char **options = nullptr;
    if (format == RosterFormat::Csv)
        options = CSLSetNameValue(options, "WRITE_BOM", "YES"); // Excel reads UTF-8 only with a BOM
    OGRLayer *layer = dataset.CreateLayer(name.c_str(), nullptr, wkbNone, options);
    CSLDestroy(options);
    if (!layer)
        throw StoreError(StoreError::Kind::NotWritable, "cannot create sheet " + name + " in " + target + ": "
                                                            + CPLGetLastErrorMsg());
    for (const char *column : kColumns) {
        OGRFieldDefn field(column, OFTString);
        if (layer->CreateField(&field) != OGRERR_NONE)
            throw StoreError(StoreError::Kind::NotWritable, "cannot add column " + std::string(column) + " to " + target
                                                                + ": " + CPLGetLastErrorMsg());
    }
    return layer;
}

void writeRow(OGRLayer &layer, const RosterRow &row, const std::string &target)
{
    OGRFeature feature(layer.GetLayerDefn());
    for (std::size_t i = 0; i < row.values.size(); ++i)
        feature.SetField(static_cast<int>(i), row.values[i].c_str());
    if (layer.CreateFeature(&feature) != OGRERR_NONE)
        throw StoreError(StoreError::Kind::NotWritable, "cannot write a row to " + target + ": " + CPLGetLastErrorMsg());
}

// Writes the whole file at `target`; the caller renames it into place.
void writeRosterFile(const World &world, const std::vector<RosterRow> &rows, RosterFormat format, const std::string &target)
{
    GDALAllRegister();
    const char *driverName = format == RosterFormat::Xlsx ? "XLSX" : "CSV";
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        throw StoreError(StoreError::Kind::NotWritable, std::string("GDAL has no ") + driverName + " driver; cannot write "
                                                            + target);
    GdalDatasetPtr dataset(driver->Create(target.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        throw StoreError(StoreError::Kind::NotWritable, "cannot create " + target + ": " + CPLGetLastErrorMsg());

    if (format == RosterFormat::Csv) {
        OGRLayer *layer = createRosterLayer(*dataset, "rosters", format, target);
        for (const RosterRow &row : rows)
            writeRow(*layer, row, target);
    } else {
        // One sheet per responsible body, in department id order.
        std::map<Id, std::string> bodyNames;
        for (const Department &d : world.departments)
            bodyNames[d.id] = d.name;
        std::map<Id, std::vector<const RosterRow *>> byBody;
        for (const RosterRow &row : rows)
            byBody[row.bodyId].push_back(&row);
        std::set<std::string> used;
        for (const auto &[body, bodyRows] : byBody) {
            OGRLayer *layer = createRosterLayer(*dataset, sheetName(bodyNames[body], body, used), format, target);
            for (const RosterRow *row : bodyRows)
                writeRow(*layer, *row, target);
        }
    }
    // Closing writes the file (XLSX: the whole workbook); GDAL 3.6's GDALClose() returns
    // nothing, so look at the error state it leaves.
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() == CE_Failure || CPLGetLastErrorType() == CE_Fatal)
        throw StoreError(StoreError::Kind::NotWritable, "cannot finish " + target + ": " + CPLGetLastErrorMsg());
    if (!std::filesystem::is_regular_file(target))
        throw StoreError(StoreError::Kind::NotWritable, "GDAL did not write " + target);
}

} // namespace

RosterFormat rosterFormatForPath(const std::string &path)
{
    std::string extension = std::filesystem::path(path).extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (extension == ".xlsx")
        return RosterFormat::Xlsx;
    if (extension == ".csv")
        return RosterFormat::Csv;
    throw StoreError(StoreError::Kind::BadInput, path + ": rosters are written as .xlsx or .csv, not '" + extension + "'");
}

int writeRosters(const World &world, const std::string &path)
{
    const RosterFormat format = rosterFormatForPath(path);
    const std::vector<RosterRow> rows = rosterRows(world);
    writeThroughPartialFile(path, "rosters",
                            [&](const std::string &partial) { writeRosterFile(world, rows, format, partial); });
    return static_cast<int>(rows.size());
}

} // namespace lianxin
