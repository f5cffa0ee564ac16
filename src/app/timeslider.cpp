#include "app/timeslider.h"

#include "core/world.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lianxin {

namespace {
// Long enough to read the map and the legend before the next period.
constexpr int kPlayIntervalMs = 1500;

Date lastDayOfMonth(const Date &first)
{
    const Date next = first.month == 12 ? Date{first.year + 1, 1, 1} : Date{first.year, first.month + 1, 1};
    return next.addDays(-1);
}
} // namespace

TimeSlider::TimeSlider(QWidget *parent)
    : QWidget(parent)
    , m_stepCombo(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_label(new QLabel(this))
    , m_play(new QToolButton(this))
{
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setPageStep(1);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_play->setCheckable(true);
    m_playTimer.setInterval(kPlayIntervalMs);

    auto *top = new QHBoxLayout;
    top->addWidget(m_stepCombo);
    top->addWidget(m_label, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_play);
    bottom->addWidget(m_slider, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(bottom);

    connect(m_stepCombo, &QComboBox::currentIndexChanged, this,
            [this](int index) { setStep(index == 1 ? Step::Month : Step::Round); });
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        m_label->setText(currentLabel());
        emit periodChanged();
    });
    connect(m_play, &QToolButton::toggled, this, [this](bool on) { on ? play() : stop(); });
    connect(&m_playTimer, &QTimer::timeout, this, &TimeSlider::advance);
    retranslate();
    rebuild();
}

void TimeSlider::setWorld(const World &world)
{
    stop();
    std::set<int> rounds;
    std::set<Date> months;
    for (const Suggestion &s : world.suggestions) {
        rounds.insert(s.round);
        months.insert(Date{s.submittedOn.year, s.submittedOn.month, 1});
    }
    m_rounds.assign(rounds.begin(), rounds.end());
    m_months.clear();
    // Every month between the first and the last, empty ones too: a gap is news.
    if (!months.empty())
        for (Date m = *months.begin(); m <= *months.rbegin(); m = lastDayOfMonth(m).addDays(1))
            m_months.push_back(m);
    rebuild();
}

void TimeSlider::setStep(Step step)
{
    if (step == m_step)
        return;
    m_step = step;
    const QSignalBlocker blocker(m_stepCombo);
    m_stepCombo->setCurrentIndex(step == Step::Month ? 1 : 0);
    rebuild();
    emit periodChanged();
}

int TimeSlider::periodCount() const
{
    return static_cast<int>(m_step == Step::Round ? m_rounds.size() : m_months.size());
}

void TimeSlider::setPosition(int position) { m_slider->setValue(position); }

int TimeSlider::position() const { return m_slider->value(); }

HeatmapPeriod TimeSlider::currentPeriod() const
{
    HeatmapPeriod period;
    const int position = m_slider->value();
    if (position < 1 || position > periodCount())
        return period;
    if (m_step == Step::Round) {
        period.rounds.insert(m_rounds[static_cast<std::size_t>(position - 1)]);
    } else {
        const Date first = m_months[static_cast<std::size_t>(position - 1)];
        period.from = first;
        period.to = lastDayOfMonth(first);
    }
    return period;
}

QString TimeSlider::currentLabel() const
{
    const int position = m_slider->value();
    if (position < 1 || position > periodCount())
        return tr("All periods");
    if (m_step == Step::Round)
        return tr("Visit round %1").arg(m_rounds[static_cast<std::size_t>(position - 1)]);
    const Date month = m_months[static_cast<std::size_t>(position - 1)];
    return tr("%1-%2").arg(month.year).arg(month.month, 2, 10, QLatin1Char('0'));
}

void TimeSlider::play()
{
    if (periodCount() == 0)
        return;
    {
        const QSignalBlocker blocker(m_play);
        m_play->setChecked(true);
        m_play->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    }
    // From the first period again when the last one is showing (or "all").
    if (position() == 0 || position() == periodCount())
        setPosition(1);
    m_playTimer.start();
}

void TimeSlider::stop()
{
    m_playTimer.stop();
    const QSignalBlocker blocker(m_play);
    m_play->setChecked(false);
    m_play->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
}

void TimeSlider::advance()
{
    if (position() >= periodCount()) {
        stop();
        return;
    }
    setPosition(position() + 1);
}

void TimeSlider::rebuild()
{
    const QSignalBlocker blocker(m_slider);
    m_slider->setRange(0, periodCount());
    m_slider->setValue(0);
    m_slider->setEnabled(periodCount() > 0);
    m_play->setEnabled(periodCount() > 0);
    m_label->setText(currentLabel());
}

void TimeSlider::retranslate()
{
    const QSignalBlocker blocker(m_stepCombo);
    const int index = m_stepCombo->currentIndex();
    m_stepCombo->clear();
    m_stepCombo->addItem(tr("By visit round"));
    m_stepCombo->addItem(tr("By month"));
    m_stepCombo->setCurrentIndex(std::max(0, index));
    m_play->setToolTip(tr("Replay the periods one after another"));
    m_slider->setToolTip(tr("Left end: all periods"));
    m_label->setText(currentLabel());
}

void TimeSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace lianxin
