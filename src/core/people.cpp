#include "core/people.h"

namespace lianxin {

std::string maskPhone(const std::string &phone)
{
    if (phone.size() < 7)
        return std::string(phone.size(), '*');
    return phone.substr(0, 3) + std::string(phone.size() - 7, '*') + phone.substr(phone.size() - 4);
}

} // namespace lianxin
