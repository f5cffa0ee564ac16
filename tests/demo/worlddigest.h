#pragma once
// A 64-bit digest over every field of a World, to compare two worlds for equality of
// content without writing 18 operator== by hand. FNV-1a over a length-prefixed
// serialisation, so ("ab","c") and ("a","bc") differ.
#include "core/world.h"

#include <cstdint>
#include <cstring>
#include <string>

namespace lianxin::test {

class WorldDigest {
public:
    std::uint64_t value() const { return m_hash; }

    void add(const void *data, std::size_t size)
    {
        const auto *bytes = static_cast<const unsigned char *>(data);
        for (std::size_t i = 0; i < size; ++i) {
            m_hash ^= bytes[i];
            m_hash *= 0x100000001b3ULL;
        }
    }
    void add(std::int64_t v) { add(&v, sizeof v); }
    void add(int v) { add(static_cast<std::int64_t>(v)); }
    void add(unsigned v) { add(static_cast<std::int64_t>(v)); }
    void add(bool v) { add(static_cast<std::int64_t>(v)); }
    void add(double v) { add(&v, sizeof v); }
    void add(const std::string &s)
    {
        add(static_cast<std::int64_t>(s.size()));
        add(s.data(), s.size());
    }
    void add(const PointXY &p) { add(p.x), add(p.y); }
    void add(const Date &d) { add(d.toDays()); }
    template <typename T>
    void add(const std::optional<T> &v)
    {
        add(v.has_value());
        if (v)
            add(*v);
    }
    template <typename T>
    void add(const std::vector<T> &items)
    {
        add(static_cast<std::int64_t>(items.size()));
        for (const T &item : items)
            add(item);
    }
    void add(const Polygon &p) { add(p.outer), add(p.holes); }
    void add(const Island &i) { add(i.id), add(i.nameZh), add(i.nameEn), add(i.townshipId), add(i.geometry); }
    void add(const Township &t) { add(t.id), add(t.name), add(t.unitType), add(t.geometry); }
    void add(const UrbanArea &u) { add(u.id), add(u.name), add(u.townshipId), add(u.geometry); }
    void add(const GridArea &g) { add(g.id), add(g.code), add(g.name), add(g.departmentId), add(g.geometry); }
    void add(const Village &v) { add(v.id), add(v.name), add(v.townshipId), add(v.islandId), add(v.geometry); }
    void add(const Building &b) { add(b.id), add(b.address), add(b.gridAreaId), add(b.floors), add(b.geometry); }
    void add(const Shop &s)
    {
        add(s.id), add(s.name), add(s.category), add(s.buildingId), add(s.gridAreaId), add(s.location);
    }
    void add(const Department &d) { add(d.id), add(d.name), add(static_cast<int>(d.kind)), add(d.townshipId); }
    void add(const Leader &l) { add(l.id), add(l.name), add(l.title), add(l.townshipIds); }
    void add(const Cadre &c)
    {
        add(c.id), add(c.name), add(c.departmentId), add(c.partyMember), add(c.seniorityYears), add(c.local);
        add(c.birthYear), add(c.gender);
    }
    void add(const ContactGroup &g) { add(g.id), add(g.code), add(g.departmentId), add(g.rulesMet); }
    void add(const GroupMember &m) { add(m.groupId), add(m.cadreId), add(m.isLeader); }
    void add(const Household &h)
    {
        add(h.id), add(h.code), add(h.address), add(h.buildingId), add(h.villageId), add(h.gridAreaId);
        add(h.townshipId), add(h.groupId), add(h.flags), add(h.location);
    }
    void add(const Resident &r)
    {
        add(r.id), add(r.householdId), add(r.name), add(r.gender), add(r.birthYear), add(r.isHead);
        add(r.partyMember), add(r.phone);
    }
    void add(const Suggestion &s)
    {
        add(s.id), add(s.code), add(s.householdId), add(s.gridAreaId), add(s.villageId), add(s.departmentId);
        add(s.round), add(s.concernGroup), add(s.concernItem), add(s.text), add(static_cast<int>(s.status));
        add(s.submittedOn), add(s.repliedOn), add(s.closedOn), add(s.satisfaction), add(s.threadId), add(s.location);
    }
    void add(const SuggestionEvent &e)
    {
        add(e.id), add(e.suggestionId), add(static_cast<int>(e.kind)), add(e.on), add(e.actor), add(e.note);
    }
    void add(const TopicThread &t)
    {
        add(t.id), add(t.label), add(t.concernItem), add(t.firstOn), add(t.lastOn), add(t.memberCount), add(t.hull);
    }
    void add(const PlantedProblem &p)
    {
        add(p.id), add(p.description), add(p.concernItem), add(p.centre), add(p.suggestionIds);
    }
    void add(const World &w)
    {
        add(w.islands), add(w.townships), add(w.departments), add(w.leaders), add(w.urbanAreas), add(w.gridAreas);
        add(w.villages), add(w.buildings), add(w.shops), add(w.cadres), add(w.groups), add(w.groupMembers);
        add(w.households), add(w.residents), add(w.suggestions), add(w.suggestionEvents), add(w.topicThreads);
        add(w.plantedProblems);
    }

private:
    std::uint64_t m_hash = 0xcbf29ce484222325ULL;
};

inline std::uint64_t digestOf(const World &world)
{
    WorldDigest digest;
    digest.add(world);
    return digest.value();
}

} // namespace lianxin::test
