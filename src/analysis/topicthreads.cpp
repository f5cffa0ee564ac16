#include "analysis/topicthreads.h"

#include "analysis/dbscan.h"
#include "analysis/textsimilarity.h"
#include "core/geos.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>
#include <string>
#include <tuple>
#include <unordered_map>

namespace lianxin {

namespace {

constexpr double kHullBufferMetres = 10.0;
const char *const kUnknownItem = "未分类";

void checkArguments(const std::vector<ThreadInput> &inputs, const ThreadingOptions &options)
{
    if (!(options.epsMetres > 0.0) || !std::isfinite(options.epsMetres))
        throw std::invalid_argument("topic threads: eps must be a positive distance in metres, not "
                                    + std::to_string(options.epsMetres));
    if (options.minSize < 1)
        throw std::invalid_argument("topic threads: the minimum size must be at least 1, not "
                                    + std::to_string(options.minSize));
    if (options.textSimilarity && !(*options.textSimilarity >= 0.0 && *options.textSimilarity <= 1.0))
        throw std::invalid_argument("topic threads: the text similarity must lie in 0..1, not "
                                    + std::to_string(*options.textSimilarity));
    if (options.windowDays && *options.windowDays < 0)
        throw std::invalid_argument("topic threads: the time window must not be negative ("
                                    + std::to_string(*options.windowDays) + " days)");
    if (!(options.keepIdOverlap > 0.0 && options.keepIdOverlap <= 1.0))
        throw std::invalid_argument("topic threads: the overlap that keeps an id must lie in (0, 1], not "
                                    + std::to_string(options.keepIdOverlap));
    std::set<Id> seen;
    for (const ThreadInput &input : inputs) {
        if (!seen.insert(input.id).second)
            throw std::invalid_argument("topic threads: duplicate input id " + std::to_string(input.id));
        if (!std::isfinite(input.location.x) || !std::isfinite(input.location.y))
            throw std::invalid_argument("topic threads: input " + std::to_string(input.id)
                                        + " has a non-finite location");
    }
}

// The symmetric neighbour condition besides distance; empty when nothing restricts.
class PairCriteria {
public:
    PairCriteria(const std::vector<ThreadInput> &inputs, const ThreadingOptions &options)
        : m_inputs(inputs)
        , m_options(options)
    {
        if (options.sameConcernItem) {
            std::unordered_map<std::string, int> indexOf;
            for (const ThreadInput &input : inputs)
                m_item.push_back(indexOf.try_emplace(input.concernItem, static_cast<int>(indexOf.size()))
                                     .first->second);
        }
        if (options.textSimilarity) {
            std::vector<std::string> texts;
            for (const ThreadInput &input : inputs)
                texts.push_back(input.text);
            m_texts = std::make_unique<BigramTfIdf>(texts);
        }
    }

    bool active() const { return m_options.sameConcernItem || m_options.textSimilarity || m_options.windowDays; }

    bool operator()(std::size_t i, std::size_t j) const
    {
        if (m_options.sameConcernItem && m_item[i] != m_item[j])
            return false;
        // A text without any bigram says nothing, like no text at all.
        if (m_texts && m_texts->termCount(i) > 0 && m_texts->termCount(j) > 0
            && m_texts->cosine(i, j) < *m_options.textSimilarity)
            return false;
        if (m_options.windowDays && m_inputs[i].submittedOn && m_inputs[j].submittedOn
            && std::abs(m_inputs[i].submittedOn->toDays() - m_inputs[j].submittedOn->toDays())
                   > *m_options.windowDays)
            return false;
        return true;
    }

private:
    const std::vector<ThreadInput> &m_inputs;
    const ThreadingOptions &m_options;
    std::vector<int> m_item;
    std::unique_ptr<BigramTfIdf> m_texts;
};

std::string nearestPlaceName(const std::vector<NamedPlace> &places, const PointXY &centre)
{
    const NamedPlace *best = nullptr;
    double bestDistance = 0.0;
    for (const NamedPlace &place : places) {
        const double d = std::hypot(place.location.x - centre.x, place.location.y - centre.y);
        if (!best || d < bestDistance) {
            best = &place;
            bestDistance = d;
        }
    }
    return best ? best->name : std::string();
}

Polygon hullOf(const GeosContext &geos, const std::vector<PointXY> &points)
{
    const GeosGeometry cloud = geos.multiPoint(points);
    const GeosGeometry hull = cloud ? geos.convexHull(cloud.get()) : GeosGeometry();
    const GeosGeometry buffered = hull ? geos.buffer(hull.get(), kHullBufferMetres) : GeosGeometry();
    MultiPolygon parts = buffered ? geos.toMultiPolygon(buffered.get()) : MultiPolygon{};
    if (parts.size() != 1)
        throw std::runtime_error("topic threads: GEOS could not build a thread's hull: " + geos.lastError());
    return std::move(parts.front());
}

// The members' item; without the same-item rule the most frequent one (first on ties).
std::string mostCommonItem(const std::vector<ThreadInput> &inputs, const std::vector<std::size_t> &members)
{
    std::map<std::string, int> counts;
    for (std::size_t i : members)
        ++counts[inputs[i].concernItem];
    const std::string *best = &inputs[members.front()].concernItem;
    for (std::size_t i : members)
        if (counts[inputs[i].concernItem] > counts[*best])
            best = &inputs[i].concernItem;
    return *best;
}

// One thread from the input indices of its members (ascending); id and label come later.
FoundThread describe(const std::vector<ThreadInput> &inputs, const std::vector<std::size_t> &members,
                     const GeosContext &geos)
{
    FoundThread found;
    std::set<int> rounds;
    std::vector<PointXY> locations;
    std::optional<Date> first;
    std::optional<Date> last;
    for (std::size_t i : members) {
        const ThreadInput &input = inputs[i];
        found.members.push_back(input.id);
        locations.push_back(input.location);
        found.centre.x += input.location.x;
        found.centre.y += input.location.y;
        if (input.round > 0)
            rounds.insert(input.round);
        if (input.status)
            ++found.statusMix[*input.status];
        if (input.submittedOn) {
            first = first ? std::min(*first, *input.submittedOn) : *input.submittedOn;
            last = last ? std::max(*last, *input.submittedOn) : *input.submittedOn;
        }
    }
    std::sort(found.members.begin(), found.members.end());
    found.centre.x /= static_cast<double>(members.size());
    found.centre.y /= static_cast<double>(members.size());
    found.rounds.assign(rounds.begin(), rounds.end());
    found.thread.concernItem = mostCommonItem(inputs, members);
    found.dated = first.has_value();
    found.thread.firstOn = first.value_or(Date{});
    found.thread.lastOn = last.value_or(Date{});
    found.thread.memberCount = static_cast<int>(members.size());
    found.thread.hull = hullOf(geos, locations);
    return found;
}

double jaccard(const std::vector<Id> &a, const std::vector<Id> &b) // both ascending
{
    std::size_t common = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    const std::size_t united = a.size() + b.size() - common;
    return united == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(united);
}

// Keeps previous ids for threads that barely changed: best overlap first, each old id and
// each new thread used once; the rest are numbered after every old id in discovery order.
void assignIds(std::vector<FoundThread> &threads, const std::map<Id, std::vector<Id>> &previous,
               double keepIdOverlap)
{
    std::vector<std::tuple<double, Id, std::size_t>> candidates; // overlap, old id, new index
    Id nextId = 1;
    for (const auto &[oldId, oldMembers] : previous) {
        nextId = std::max(nextId, oldId + 1);
        std::vector<Id> sorted = oldMembers;
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        for (std::size_t t = 0; t < threads.size(); ++t) {
            const double overlap = jaccard(threads[t].members, sorted);
            if (overlap >= keepIdOverlap)
                candidates.emplace_back(overlap, oldId, t);
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        if (std::get<0>(a) != std::get<0>(b))
            return std::get<0>(a) > std::get<0>(b);
        return std::make_pair(std::get<1>(a), std::get<2>(a)) < std::make_pair(std::get<1>(b), std::get<2>(b));
    });
    std::set<Id> usedIds;
    std::vector<bool> named(threads.size(), false);
    for (const auto &[overlap, oldId, t] : candidates) {
        if (named[t] || usedIds.count(oldId))
            continue;
        threads[t].thread.id = oldId;
        named[t] = true;
        usedIds.insert(oldId);
    }
    for (std::size_t t = 0; t < threads.size(); ++t)
        if (!named[t])
            threads[t].thread.id = nextId++;
}

} // namespace

ThreadingResult findTopicThreads(const std::vector<ThreadInput> &inputs, const std::vector<NamedPlace> &places,
                                 const ThreadingOptions &options, const std::map<Id, std::vector<Id>> &previous)
{
    checkArguments(inputs, options);
    std::vector<PointXY> locations;
    locations.reserve(inputs.size());
    for (const ThreadInput &input : inputs)
        locations.push_back(input.location);
    const PairCriteria criteria(inputs, options);
    DbscanOptions clustering;
    clustering.eps = options.epsMetres;
    clustering.minPoints = options.minSize;
    if (criteria.active())
        clustering.pairFilter = [&criteria](std::size_t i, std::size_t j) { return criteria(i, j); };
    const std::vector<int> labels = dbscan(locations, clustering);

    std::vector<std::vector<std::size_t>> clusters;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] == kDbscanNoise)
            continue;
        if (static_cast<std::size_t>(labels[i]) >= clusters.size())
            clusters.resize(static_cast<std::size_t>(labels[i]) + 1);
        clusters[static_cast<std::size_t>(labels[i])].push_back(i);
    }
    const GeosContext geos;
    ThreadingResult result;
    for (const std::vector<std::size_t> &members : clusters)
        result.threads.push_back(describe(inputs, members, geos));
    assignIds(result.threads, previous, options.keepIdOverlap);
    for (FoundThread &found : result.threads) {
        const std::string item = found.thread.concernItem.empty() ? kUnknownItem : found.thread.concernItem;
        const std::string place = nearestPlaceName(places, found.centre);
        found.thread.label = place.empty() ? item : item + " · " + place;
    }

    result.threadOf.assign(inputs.size(), std::nullopt);
    for (std::size_t i = 0; i < labels.size(); ++i)
        if (labels[i] != kDbscanNoise)
            result.threadOf[i] = result.threads[static_cast<std::size_t>(labels[i])].thread.id;
    std::sort(result.threads.begin(), result.threads.end(),
              [](const FoundThread &a, const FoundThread &b) { return a.thread.id < b.thread.id; });
    // Two threads of one item near one street would read alike in every list; number the
    // later ones (in id order, so a label stays put as long as its id does).
    std::map<std::string, int> seen;
    for (FoundThread &found : result.threads) {
        const int count = ++seen[found.thread.label];
        if (count > 1)
            found.thread.label += " (" + std::to_string(count) + ")";
    }
    return result;
}

} // namespace lianxin
