#include "store/changeset.h"

#include "store/wkb.h"

#include <map>
#include <sstream>
#include <utility>

namespace lianxin {

namespace {

FieldValue geometryValue(std::vector<unsigned char> wkb)
{
    if (wkb.empty())
        return nullValue(); // the store writes an empty geometry as NULL
    return GeometryWkb{std::move(wkb)};
}

std::vector<FieldChange> fieldsFrom(std::vector<std::pair<std::string, FieldValue>> values, bool asBefore)
{
    std::vector<FieldChange> fields;
    fields.reserve(values.size());
    for (auto &[column, value] : values) {
        FieldChange field;
        field.column = std::move(column);
        (asBefore ? field.before : field.after) = std::move(value);
        fields.push_back(std::move(field));
    }
    return fields;
}

std::optional<double> asNumber(const FieldValue &value)
{
    if (const auto *integer = std::get_if<std::int64_t>(&value))
        return static_cast<double>(*integer);
    if (const auto *real = std::get_if<double>(&value))
        return *real;
    return std::nullopt;
}

} // namespace

FieldValue fieldValue(const Polygon &polygon) { return geometryValue(toWkb(polygon)); }
FieldValue fieldValue(const MultiPolygon &multi) { return geometryValue(toWkb(multi)); }
FieldValue fieldValue(const PointXY &point) { return geometryValue(toWkb(point)); }

bool sameValue(const FieldValue &a, const FieldValue &b)
{
    const auto *ia = std::get_if<std::int64_t>(&a);
    const auto *ib = std::get_if<std::int64_t>(&b);
    if (ia && ib)
        return *ia == *ib; // exact, also beyond 2^53
    const std::optional<double> na = asNumber(a);
    const std::optional<double> nb = asNumber(b);
    if (na && nb)
        return *na == *nb;
    return a == b;
}

std::string describeValue(const FieldValue &value)
{
    struct Describe {
        std::string operator()(std::monostate) const { return "NULL"; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const
        {
            std::ostringstream out;
            out.precision(17);
            out << v;
            return out.str();
        }
        std::string operator()(const std::string &v) const { return "\"" + v + "\""; }
        std::string operator()(const GeometryWkb &v) const
        {
            return "<geometry, " + std::to_string(v.bytes.size()) + " bytes>";
        }
    };
    return std::visit(Describe{}, value);
}

const char *toString(RowAction action)
{
    switch (action) {
    case RowAction::Insert:
        return "insert";
    case RowAction::Update:
        return "update";
    case RowAction::Delete:
        return "delete";
    }
    return "update";
}

RowChange insertRow(std::string table, Id id, std::vector<std::pair<std::string, FieldValue>> values)
{
    return {RowAction::Insert, std::move(table), id, fieldsFrom(std::move(values), false)};
}

RowChange deleteRow(std::string table, Id id, std::vector<std::pair<std::string, FieldValue>> sawValues)
{
    return {RowAction::Delete, std::move(table), id, fieldsFrom(std::move(sawValues), true)};
}

RowChange updateRow(std::string table, Id id, std::vector<FieldChange> changes)
{
    return {RowAction::Update, std::move(table), id, std::move(changes)};
}

RowChange updateRow(std::string table, Id id, std::string column, FieldValue before, FieldValue after)
{
    return updateRow(std::move(table), id, {FieldChange{std::move(column), std::move(before), std::move(after)}});
}

ChangeSet reversed(const ChangeSet &set, std::string note, std::optional<Id> undoes)
{
    ChangeSet undo;
    undo.actor = set.actor;
    undo.note = std::move(note);
    undo.undoes = undoes;
    undo.rows.reserve(set.rows.size());
    for (auto it = set.rows.rbegin(); it != set.rows.rend(); ++it) {
        RowChange row = *it;
        if (row.action == RowAction::Insert)
            row.action = RowAction::Delete;
        else if (row.action == RowAction::Delete)
            row.action = RowAction::Insert;
        for (FieldChange &field : row.fields)
            std::swap(field.before, field.after);
        undo.rows.push_back(std::move(row));
    }
    return undo;
}

std::string summarise(const ChangeSet &set)
{
    std::map<std::pair<std::string, RowAction>, int> counts;
    for (const RowChange &row : set.rows)
        ++counts[{row.table, row.action}];
    std::string text;
    for (const auto &[key, count] : counts) {
        static const char *const kDone[] = {"inserted", "updated", "deleted"};
        if (!text.empty())
            text += ", ";
        text += key.first + ": " + std::to_string(count) + " " + kDone[static_cast<int>(key.second)];
    }
    return text.empty() ? "nothing" : text;
}

} // namespace lianxin
