#pragma once
// One boundary edit under way, as the CLI and the app both run it: the world as recorded,
// the layout being edited, where the buildings fall in it, its coverage problems and its
// impact. The save itself is the store's (store/boundarystore.h): it takes gridAreasOf()
// the layout and buildingAreas().
#include "analysis/boundaryimpact.h"
#include "analysis/boundarylayout.h"
#include "analysis/buildingplacement.h"
#include "analysis/coveragerules.h"
#include "core/geos.h"

#include <optional>
#include <vector>

namespace lianxin {

class BoundarySession {
public:
    // `world` must outlive the session. The layout starts as recorded.
    explicit BoundarySession(const World &world, double tolerance = kDefaultSnapTolerance);

    const World &world() const { return m_world; }
    const GeosContext &geos() const { return m_geos; }
    double tolerance() const { return m_tolerance; }
    const BoundaryLayout &recorded() const { return m_recorded; }
    const BoundaryLayout &layout() const { return m_layout; }

    // Replaces the layout. With `changed` (the bounds of what the edit touched, before and
    // after), only the buildings there are placed again: fast enough to run while a
    // vertex is dragged.
    void setLayout(BoundaryLayout layout, const std::optional<Box> &changed = std::nullopt);

    const std::vector<PlacedBuilding> &placement() const { return m_placement; }
    // The area of each world building in the layout (0: none), for the store's save.
    std::vector<Id> buildingAreas() const;
    // checkStored: also compare what the database records with the rules (lianxin-cli
    // boundaries check); an edit's check leaves that to the save.
    CoverageReport check(bool checkStored = false) const;
    BoundaryImpact impact() const;

private:
    const World &m_world;
    double m_tolerance;
    GeosContext m_geos;
    BuildingPlacer m_placer;
    ImpactContext m_impact;
    BoundaryLayout m_recorded;
    BoundaryLayout m_layout;
    std::vector<PlacedBuilding> m_placement;
};

// The layout's areas as the model's grid areas (what the store writes), and back.
std::vector<GridArea> gridAreasOf(const BoundaryLayout &layout);
BoundaryLayout boundaryLayoutOf(const std::vector<GridArea> &areas, const std::vector<UrbanArea> &urbanAreas);

} // namespace lianxin
