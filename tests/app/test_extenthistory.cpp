#include "app/extenthistory.h"

#include <catch2/catch.hpp>

using namespace lianxin;

TEST_CASE("Extent history goes back and forth like a browser")
{
    ExtentHistory history;
    CHECK_FALSE(history.current());
    CHECK_FALSE(history.back());
    const Box a{0, 0, 10, 10}, b{5, 5, 8, 8}, c{1, 1, 2, 2}, d{3, 3, 4, 4};
    history.push(a);
    history.push(a); // the same view twice is one entry
    history.push(b);
    history.push(c);
    CHECK(history.size() == 3);
    CHECK(history.back() == b);
    CHECK(history.back() == a);
    CHECK_FALSE(history.back());
    CHECK(history.current() == a);
    CHECK(history.forward() == b);
    // A new view from the middle drops what lay ahead.
    history.push(d);
    CHECK_FALSE(history.canGoForward());
    CHECK(history.size() == 3);
    CHECK(history.back() == b);
    CHECK(history.forward() == d);
}

TEST_CASE("Extent history forgets the oldest views beyond its limit")
{
    ExtentHistory history(3);
    for (int i = 0; i < 5; ++i)
        history.push({double(i), 0, double(i) + 1, 1});
    CHECK(history.size() == 3);
    CHECK(history.back()->minX == 3);
    CHECK(history.back()->minX == 2);
    CHECK_FALSE(history.back());
}
