#pragma once
// Visit sheets as an XLSX workbook (one sheet per responsible body, one row per household
// in walking order), and the same workbook read back once the pairs have filled in the
// date, outcome, visitors, note and suggestion columns. Phone numbers are masked.
#include "core/visitsheet.h"

#include <optional>
#include <string>
#include <vector>

namespace lianxin {

// The column titles, in order; the reader finds its columns by these titles.
const std::vector<std::string> &visitSheetColumns();

// Written to NAME.partial.xlsx and renamed (partialfile.h); throws StoreError naming the
// path (not .xlsx, folder missing, GDAL failure) and leaves no file. Returns the rows.
int writeVisitSheetsXlsx(const std::string &roundName, const std::vector<VisitSheet> &sheets, const std::string &path);

// One row of a returned sheet.
struct VisitSheetEntry {
    std::string sheet;
    int row = 0;                 // the spreadsheet's row number (the header is row 1)
    std::string roundName;
    std::string householdCode;
    std::string dateText;        // as written, for messages
    std::optional<Date> date;    // a date cell, or text "2021-05-06" / "2021/5/6"
    std::string outcome;         // 见面 / 不在家 / 已搬离 / 拒访 (or seen / absent / moved / refused)
    std::string cadres;
    std::string note;
    std::string suggestionCode;
    // Nothing written in the columns the pair fills in: a door not reached yet.
    bool blank() const;
};

// Every row of every sheet. Throws StoreError(BadInput) naming the file and the sheet for
// an unreadable file or a sheet without the 住户编号/走访日期/结果 columns.
std::vector<VisitSheetEntry> readVisitSheetsXlsx(const std::string &path);

} // namespace lianxin
