#pragma once
// Topic threads as a GeoPackage a GIS opens: one layer of thread hulls with their
// attributes and one of member points, written through OGR into a ".partial" file that
// is renamed into place only when complete.
#include "core/suggestions.h"

#include <string>
#include <vector>

namespace lianxin {

struct ThreadExportFeature {
    TopicThread thread;          // id, label, item, dates, member count, hull (EPSG:4549)
    std::vector<int> rounds;     // distinct visit rounds spanned
    int done = 0;                // status mix
    int inProgress = 0;
    int blocked = 0;
    bool dated = true;           // false: first_on/last_on are written as NULL (no member had a date)
};

struct ThreadMemberFeature {
    long long sourceId = 0;      // suggestion id or the input file's feature id
    Id threadId = 0;
    PointXY location;            // EPSG:4549
};

inline constexpr const char *kThreadHullLayer = "topic_thread";
inline constexpr const char *kThreadMemberLayer = "thread_member";

// Replaces `path` (a .gpkg) as a whole. Throws StoreError(NotWritable) naming the file
// and GDAL's reason; a failed write leaves any previous file at `path` untouched.
void writeThreadsGeoPackage(const std::string &path, const std::vector<ThreadExportFeature> &threads,
                            const std::vector<ThreadMemberFeature> &members);

} // namespace lianxin
