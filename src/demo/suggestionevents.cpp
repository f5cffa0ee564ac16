#include "demo/suggestionevents.h"

#include "core/workcalendar.h"
#include "demo/lookup.h"

#include <algorithm>
#include <cmath>

namespace lianxin::demo {

namespace {

const char *const kPlatform = "连心服务平台";
const char *const kOffice = "区连心服务办公室";
constexpr double kReopenShare = 0.03;

Date nextWorkingDayFrom(const Date &day) { return isWorkingDay(day) ? day : addWorkingDays(day, 1); }

class Workflow {
public:
    Workflow(World &world, Suggestion &suggestion, Random &random)
        : m_world(world)
        , m_suggestion(suggestion)
        , m_random(random)
        , m_department(byId(world.departments, suggestion.departmentId).name)
    {
    }

    void run()
    {
        Date dispatched = nextWorkingDayFrom(m_suggestion.submittedOn);
        if (dispatched == m_suggestion.submittedOn && m_random.chance(0.35))
            dispatched = addWorkingDays(dispatched, 1);
        add(EventKind::Dispatch, dispatched, kPlatform, "平台派单至" + m_department);
        const int acceptLag = m_random.chance(0.7) ? 0 : 1;
        add(EventKind::Accept, addWorkingDays(dispatched, acceptLag), m_department, "部门接单");
        // Most answers come in a few days; none later than the deadline.
        const int earliest = std::max(1, acceptLag);
        const int span = kReplyDeadlineWorkingDays - earliest;
        const int replyLag = earliest + static_cast<int>(std::floor(std::pow(m_random.uniform(), 1.6) * (span + 1)));
        const Date replied = addWorkingDays(dispatched, std::min(replyLag, kReplyDeadlineWorkingDays));
        m_suggestion.repliedOn = replied;

        switch (m_suggestion.status) {
        case SuggestionStatus::Blocked:
            add(EventKind::Feedback, replied, m_department, "因政策、条件限制暂时不能落实,已向群众解释说明,积极创造条件逐步落实");
            break;
        case SuggestionStatus::InProgress:
            add(EventKind::Feedback, replied, m_department, "已提出办理方案,明确责任,正在推进落实");
            add(EventKind::Handle, addWorkingDays(replied, m_random.uniformInt(0, 8)), m_department, "正在办理");
            break;
        case SuggestionStatus::Done:
            add(EventKind::Feedback, replied, m_department, "已形成办理落实意见并答复群众");
            finish(replied);
            break;
        }
    }

private:
    void add(EventKind kind, const Date &on, const std::string &actor, std::string note)
    {
        SuggestionEvent event;
        event.id = static_cast<Id>(m_world.suggestionEvents.size() + 1);
        event.suggestionId = m_suggestion.id;
        event.kind = kind;
        event.on = on;
        event.actor = actor;
        event.note = std::move(note);
        m_world.suggestionEvents.push_back(std::move(event));
    }

    int contentedScore()
    {
        const double u = m_random.uniform();
        return u < 0.62 ? 5 : (u < 0.92 ? 4 : 3);
    }

    void finish(const Date &replied)
    {
        Date handled = addWorkingDays(replied, m_random.uniformInt(0, 12));
        add(EventKind::Handle, handled, m_department, "已办结");
        Date revisited = addWorkingDays(handled, m_random.uniformInt(1, 4));
        if (m_random.chance(kReopenShare)) {
            // 不满意打回重新办理: the office sends it back and the department goes again.
            const int unhappy = m_random.uniformInt(1, 2);
            add(EventKind::Revisit, revisited, kOffice, "回访不满意,满意度" + std::to_string(unhappy) + "分");
            add(EventKind::Reopen, revisited, kOffice, "不满意打回重新办理");
            handled = addWorkingDays(revisited, m_random.uniformInt(2, 8));
            add(EventKind::Handle, handled, m_department, "重新办理完毕");
            const Date answered = addWorkingDays(handled, m_random.uniformInt(0, 1));
            add(EventKind::Feedback, answered, m_department, "重新办理后答复群众");
            revisited = addWorkingDays(answered, m_random.uniformInt(1, 3));
            const int score = m_random.uniformInt(4, 5);
            add(EventKind::Revisit, revisited, kOffice, "回访满意度" + std::to_string(score) + "分");
            m_suggestion.satisfaction = score;
        } else {
            const int score = contentedScore();
            add(EventKind::Revisit, revisited, kOffice, "回访满意度" + std::to_string(score) + "分");
            m_suggestion.satisfaction = score;
        }
        m_suggestion.closedOn = revisited;
    }

    World &m_world;
    Suggestion &m_suggestion;
    Random &m_random;
    std::string m_department;
};

} // namespace

void recordWorkflow(World &world, Random &random)
{
    world.suggestionEvents.reserve(world.suggestions.size() * 5);
    for (Suggestion &suggestion : world.suggestions)
        Workflow(world, suggestion, random).run();
}

} // namespace lianxin::demo
