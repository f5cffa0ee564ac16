#pragma once
#include <stdexcept>
#include <string>
#include <utility>

namespace lianxin {

// A failure the user can act on: the message names the file and the problem.
class StoreError : public std::runtime_error {
public:
    enum class Kind { NotFound, NotADatabase, Corrupt, NewerSchema, NotWritable, AlreadyExists, BadInput, Sql };
    // `detail` is the underlying library's own words (SQLite's "NOT NULL constraint
    // failed: household.address"), for callers that rephrase the message.
    StoreError(Kind kind, const std::string &message, std::string detail = {})
        : std::runtime_error(message)
        , m_kind(kind)
        , m_detail(std::move(detail))
    {
    }
    Kind kind() const { return m_kind; }
    const std::string &detail() const { return m_detail; }

private:
    Kind m_kind;
    std::string m_detail;
};

} // namespace lianxin
