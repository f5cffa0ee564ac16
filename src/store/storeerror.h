#pragma once
#include <stdexcept>
#include <string>

namespace lianxin {

// A failure the user can act on: the message names the file and the problem.
class StoreError : public std::runtime_error {
public:
    enum class Kind { NotFound, NotADatabase, Corrupt, NewerSchema, NotWritable, AlreadyExists, BadInput, Sql };
    StoreError(Kind kind, const std::string &message)
        : std::runtime_error(message)
        , m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

private:
    Kind m_kind;
};

} // namespace lianxin
