#pragma once
// Owning handle of a GDAL dataset: closing it is what flushes a file (a GeoPackage's last
// transaction, an XLSX's whole workbook), so every store file holds datasets this way.
#include <gdal_priv.h>

#include <memory>

namespace lianxin {

struct GdalDatasetCloser {
    void operator()(GDALDataset *dataset) const { GDALClose(dataset); }
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

} // namespace lianxin
