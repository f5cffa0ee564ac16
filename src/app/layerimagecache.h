#pragma once
// The canvas's per-layer image cache: one transparent image per layer, valid for one
// view (extent, size, dpi) and one revision of that layer's style. Toggling, fading or
// reordering a layer recomposes from these images; only a changed view or style makes a
// layer draw again.
#include "core/geometry.h"

#include <QImage>
#include <QSize>
#include <QString>

#include <map>

namespace lianxin {

struct LayerImageKey {
    Box extent;
    QSize size;
    double dpi = 96.0;
    quint64 styleRevision = 0;
    friend bool operator==(const LayerImageKey &, const LayerImageKey &) = default;
};

class LayerImageCache {
public:
    // The cached image of `layerId` if it was drawn for exactly `key`, else a null image.
    QImage find(const QString &layerId, const LayerImageKey &key) const
    {
        const auto it = m_entries.find(layerId);
        return it != m_entries.end() && it->second.key == key ? it->second.image : QImage();
    }
    // Keeps one image per layer: a new view replaces the old one, so memory stays at
    // one screenful per layer.
    void insert(const QString &layerId, const LayerImageKey &key, const QImage &image)
    {
        m_entries[layerId] = Entry{key, image};
    }
    void clear() { m_entries.clear(); }
    std::size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        LayerImageKey key;
        QImage image;
    };
    std::map<QString, Entry> m_entries;
};

} // namespace lianxin
