#include "app/statusreadout.h"

#include "core/projection.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>

#include <cmath>

namespace lianxin {

namespace {

QLabel *readoutLabel(QWidget *parent, const QString &widest)
{
    auto *label = new QLabel(parent);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(widest));
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

StatusReadout::StatusReadout(QWidget *parent)
    : QWidget(parent)
    , m_coordinates(readoutLabel(this, QStringLiteral("X 40 000 000.0  Y 4 000 000.0 m")))
    , m_lonLat(readoutLabel(this, QStringLiteral("120.00000°E 37.00000°N")))
    , m_scale(readoutLabel(this, QStringLiteral("比例尺 1:1,000,000")))
    , m_renderTime(readoutLabel(this, QStringLiteral("Render 9999 ms")))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_coordinates);
    layout->addWidget(m_lonLat);
    layout->addWidget(m_scale);
    layout->addWidget(m_renderTime);
    retranslate();
    // Making the projector opens PROJ's database (tens of ms): do it when the event loop
    // first turns, while the database loads, not on the user's first mouse move.
    QTimer::singleShot(0, this, [this] { lonLatOf(PointXY{500000.0, 4000000.0}); });
}

std::optional<LonLat> StatusReadout::lonLatOf(const PointXY &p) const
{
    try {
        if (!m_projector)
            m_projector = std::make_unique<Projector>();
        return m_projector->toLonLat(p);
    } catch (const std::exception &) {
        return std::nullopt; // PROJ without its database, or a point off the zone
    }
}

StatusReadout::~StatusReadout() = default;

void StatusReadout::setCursorPosition(const PointXY &p)
{
    m_cursor = p;
    m_coordinates->setText(coordinateText());
    m_lonLat->setText(lonLatText());
}

void StatusReadout::clearCursorPosition()
{
    m_cursor.reset();
    m_coordinates->clear();
    m_lonLat->clear();
}

void StatusReadout::setScale(double denominator)
{
    m_scaleDenominator = denominator;
    m_scale->setText(scaleText());
}

void StatusReadout::setRenderTime(qint64 milliseconds)
{
    m_renderMs = milliseconds;
    retranslate();
}

QString StatusReadout::scaleText() const
{
    if (!(m_scaleDenominator > 0.0))
        return {};
    // Round to 3 significant digits: 1:12,345.678 reads as 1:12,300, as on a paper map.
    const double magnitude = std::pow(10.0, std::max(0.0, std::floor(std::log10(m_scaleDenominator)) - 2.0));
    const auto rounded = static_cast<qlonglong>(std::llround(m_scaleDenominator / magnitude) * magnitude);
    return tr("Scale 1:%1").arg(QLocale().toString(rounded));
}

QString StatusReadout::coordinateText() const
{
    if (!m_cursor)
        return {};
    return QStringLiteral("%1, %2 m").arg(m_cursor->x, 0, 'f', 1).arg(m_cursor->y, 0, 'f', 1);
}

QString StatusReadout::lonLatText() const
{
    if (!m_cursor)
        return {};
    const std::optional<LonLat> ll = lonLatOf(*m_cursor);
    if (!ll)
        return QStringLiteral("—");
    return QStringLiteral("%1°%2 %3°%4")
        .arg(std::abs(ll->lon), 0, 'f', 5)
        .arg(ll->lon >= 0 ? QLatin1Char('E') : QLatin1Char('W'))
        .arg(std::abs(ll->lat), 0, 'f', 5)
        .arg(ll->lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'));
}

void StatusReadout::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatusReadout::retranslate()
{
    m_coordinates->setToolTip(tr("Cursor position, CGCS2000 / 3-degree Gauss-Kruger CM 120E (EPSG:4549)"));
    m_lonLat->setToolTip(tr("Cursor position, longitude and latitude (EPSG:4326)"));
    m_scale->setToolTip(tr("Map scale at 96 dpi"));
    m_renderTime->setToolTip(tr("Time the last map frame took to render"));
    m_scale->setText(scaleText());
    m_renderTime->setText(m_renderMs < 0 ? QString() : tr("Render %1 ms").arg(m_renderMs));
}

} // namespace lianxin
