#pragma once
// Chinese names for the demo world: people (surname + given name fitting the birth
// decade), grid areas and streets of the town of Changdao.
#include "demo/random.h"

#include <string>
#include <vector>

namespace lianxin::demo {

// A surname, weighted as on the Jiaodong coast (王, 张, 李, 刘, 孙, 于 ... first).
std::string randomSurname(Random &random);
// A given name in the fashion of the decade of `birthYear`.
std::string randomGivenName(Random &random, bool male, int birthYear);
std::string randomPersonName(Random &random, bool male, int birthYear);

// Names of the urban grid areas without the "片区" suffix (e.g. "乐园"), at least 28.
const std::vector<std::string> &gridAreaBaseNames();
// Street names of the town (e.g. "海滨路"), at least two per grid area.
const std::vector<std::string> &streetNames();

} // namespace lianxin::demo
