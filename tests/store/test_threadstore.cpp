#include "store/threadstore.h"

#include "sampleworld.h"
#include "storetestutil.h"
#include "store/database.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace lianxin;
using namespace lianxin::test;

namespace {

Date day(int month, int d)
{
    return Date{2021, month, d};
}

Polygon box(double x, double y, double side)
{
    return Polygon{ringOf(Box{x, y, x + side, y + side}), {}};
}

std::map<Id, std::optional<Id>> threadIdsOf(const World &world)
{
    std::map<Id, std::optional<Id>> ids;
    for (const Suggestion &s : world.suggestions)
        ids[s.id] = s.threadId;
    return ids;
}

void checkSameThreads(const std::vector<TopicThread> &expected, const std::vector<TopicThread> &actual)
{
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("thread " << expected[i].id);
        CHECK(actual[i].id == expected[i].id);
        CHECK(actual[i].label == expected[i].label);
        CHECK(actual[i].concernItem == expected[i].concernItem);
        CHECK(actual[i].firstOn == expected[i].firstOn);
        CHECK(actual[i].lastOn == expected[i].lastOn);
        CHECK(actual[i].memberCount == expected[i].memberCount);
        CHECK(actual[i].hull == expected[i].hull); // bit-exact through WKB
    }
}

} // namespace

TEST_CASE("replaceTopicThreads writes threads with hulls and links, and replaces them again")
{
    const auto path = freshTempDir("threadstore") / "project.sqlite";
    const World world = sampleWorld();
    Database::create(path.string())->saveWorld(world);
    REQUIRE(world.suggestions.size() == 3);
    const Id a = world.suggestions[0].id, b = world.suggestions[1].id, c = world.suggestions[2].id;

    const std::vector<TopicThread> first = {
        {7, "消除水产加工异味 · 北城码头", "消除水产加工异味", day(3, 2), day(5, 10), 2, box(541000.25, 4197000.5, 80)},
        {9, "增设路灯 · 乐园路", "增设路灯", day(4, 6), day(4, 6), 1, box(540200, 4196200, 20)},
    };
    {
        const auto db = Database::open(path.string());
        replaceTopicThreads(*db, first, {{a, 7}, {c, 7}, {b, 9}});
    }
    World loaded = Database::open(path.string(), Database::Mode::ReadOnly)->loadWorld();
    checkSameThreads(first, loaded.topicThreads);
    CHECK(threadIdsOf(loaded) == std::map<Id, std::optional<Id>>{{a, 7}, {b, 9}, {c, 7}});

    // Replacing drops the old threads and links no longer given.
    const std::vector<TopicThread> second = {
        {12, "车船票优惠", "车船票优惠", day(5, 10), day(5, 10), 1, box(541800, 4197200, 30)},
    };
    {
        const auto db = Database::open(path.string());
        replaceTopicThreads(*db, second, {{c, 12}});
        CHECK(db->foreignKeyProblems().empty());
    }
    loaded = Database::open(path.string(), Database::Mode::ReadOnly)->loadWorld();
    checkSameThreads(second, loaded.topicThreads);
    CHECK(threadIdsOf(loaded) == std::map<Id, std::optional<Id>>{{a, std::nullopt}, {b, std::nullopt}, {c, 12}});

    // No threads at all clears everything.
    {
        const auto db = Database::open(path.string());
        replaceTopicThreads(*db, {}, {});
    }
    loaded = Database::open(path.string(), Database::Mode::ReadOnly)->loadWorld();
    CHECK(loaded.topicThreads.empty());
    CHECK(threadIdsOf(loaded) == std::map<Id, std::optional<Id>>{{a, std::nullopt}, {b, std::nullopt}, {c, std::nullopt}});
}

TEST_CASE("a bad thread or suggestion id throws and leaves the file's bytes as they were")
{
    const auto path = freshTempDir("threadstore-bad") / "project.sqlite";
    const World world = sampleWorld();
    Database::create(path.string())->saveWorld(world);
    const Id a = world.suggestions[0].id;
    const std::vector<TopicThread> threads = {
        {3, "增设路灯 · 乐园路", "增设路灯", day(4, 6), day(4, 6), 1, box(540200, 4196200, 20)},
    };
    const std::string before = fileBytes(path);

    const auto db = Database::open(path.string());
    StoreError error = caughtStoreError([&] { replaceTopicThreads(*db, threads, {{a, 4}}); });
    CHECK(error.kind() == StoreError::Kind::BadInput);
    CHECK(std::string(error.what()).find("unknown thread 4") != std::string::npos);
    CHECK(std::string(error.what()).find("project.sqlite") != std::string::npos);

    // Found only inside the transaction, after the old threads were already deleted.
    error = caughtStoreError([&] { replaceTopicThreads(*db, threads, {{a, 3}, {999, 3}}); });
    CHECK(error.kind() == StoreError::Kind::BadInput);
    CHECK(std::string(error.what()).find("suggestion 999") != std::string::npos);

    error = caughtStoreError([&] { replaceTopicThreads(*db, {threads[0], threads[0]}, {}); });
    CHECK(std::string(error.what()).find("twice") != std::string::npos);

    const World after = db->loadWorld();
    checkSameThreads(world.topicThreads, after.topicThreads);
    CHECK(threadIdsOf(after) == threadIdsOf(world));
    CHECK(fileBytes(path) == before);
}
