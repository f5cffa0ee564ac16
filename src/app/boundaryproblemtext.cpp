#include "app/boundaryproblemtext.h"

#include <QLocale>
#include <QStringList>

namespace lianxin {

namespace {

QString codeOf(const BoundaryLayout &layout, Id id)
{
    const BoundaryArea *area = layout.find(id);
    return area ? QString::fromStdString(area->code) : QString::number(id);
}

QString codesOf(const BoundaryLayout &layout, const std::vector<Id> &ids)
{
    QStringList codes;
    for (Id id : ids)
        codes << codeOf(layout, id);
    return codes.join(QStringLiteral("、"));
}

QString placeOf(const PointXY &p) { return QStringLiteral("(%1, %2)").arg(p.x, 0, 'f', 1).arg(p.y, 0, 'f', 1); }

QString squareMetres(double m2) { return QLocale().toString(m2, 'f', 1); }

} // namespace

QString BoundaryProblemText::of(const CoverageProblem &problem, const BoundaryLayout &layout)
{
    const QString first = problem.areaIds.empty() ? QString() : codeOf(layout, problem.areaIds.front());
    const QString second = problem.areaIds.size() > 1 ? codeOf(layout, problem.areaIds[1]) : QString();
    const QString at = placeOf(problem.place);
    switch (problem.rule) {
    case CoverageRule::InvalidArea:
        return tr("Invalid area: %1 is not a valid polygon near %2").arg(first, at);
    case CoverageRule::Overlap:
        return tr("Overlap: %1 and %2 overlap by %3 m² near %4").arg(first, second, squareMetres(problem.areaM2), at);
    case CoverageRule::Gap:
        return tr("Gap: %1 m² inside the urban area lies in no area (between %2) near %3")
            .arg(squareMetres(problem.areaM2), codesOf(layout, problem.areaIds), at);
    case CoverageRule::Hole:
        return tr("Hole: %1 has a hole of %2 m² that no area fills, near %3").arg(first, squareMetres(problem.areaM2), at);
    case CoverageRule::Outside:
        return tr("Outside: %1 reaches %2 m² beyond the urban outline near %3").arg(first, squareMetres(problem.areaM2), at);
    case CoverageRule::BuildingOutside:
        return tr("Building %1 lies in no area (near %2)").arg(problem.featureId).arg(at);
    case CoverageRule::BuildingStraddles:
        return tr("Warning: building %1 straddles %2; it belongs to the area with the larger share of its footprint")
            .arg(problem.featureId)
            .arg(codesOf(layout, problem.areaIds));
    case CoverageRule::HouseholdOutside:
        return tr("Household %1 at %2 lies outside %3, the area of its building").arg(problem.featureId).arg(at, first);
    case CoverageRule::BuildingArea:
        return tr("Building %1 lies in %2 but the database records another area").arg(problem.featureId).arg(first);
    case CoverageRule::HouseholdArea:
        return tr("Household %1 belongs to %2 but the database records another area").arg(problem.featureId).arg(first);
    }
    return QString::fromStdString(problem.message);
}

} // namespace lianxin
