#pragma once
// A small World with every entity, every optional both set and unset, and real polygons
// in EPSG:4549 near South Changshan (x ~ 540000, y ~ 4197000), for the store tests.
#include "core/world.h"

namespace lianxin::test {

World sampleWorld();

// Compares two worlds field by field with Catch CHECKs that name the entity and id;
// doubles must match bit for bit.
void checkSameWorld(const World &expected, const World &actual);

} // namespace lianxin::test
