#include "demo/DemoCases.h"

#include "cases/CaseService.h"
#include "cases/WorkQueue.h"

namespace vangnet::demo {

namespace {

cases::ContactAttempt attempt(const QString &kind, bool reached, QDate date, const QString &dayPart, const QString &note)
{
    cases::ContactAttempt a;
    a.kind = kind;
    a.reached = reached;
    a.date = date;
    a.dayPart = dayPart;
    a.note = note;
    return a;
}

} // namespace

Result<void> startDemoCases(const Database &db, const Clock &clock, const Session &caseworker)
{
    auto items = cases::WorkQueue(db, clock, caseworker).load();
    if (!items)
        return items.error();
    cases::CaseService service(db, clock, caseworker);
    const QDate today = clock.today();
    // The most urgent households nobody has taken up yet (the demo's history has cases of its own).
    QList<qint64> households;
    for (const cases::QueueItem &item : *items)
        if (item.caseId == 0 && households.size() < 6)
            households << item.householdId;
    for (int i = 0; i < households.size(); ++i) {
        auto c = service.claim(households.at(i));
        if (!c)
            return c.error();
        const qint64 id = c->id;
        auto add = [&](const cases::ContactAttempt &a) -> Result<void> {
            auto added = service.addAttempt(id, a);
            if (!added)
                return added.error();
            return success();
        };
        if (i == 0 || i == 1 || i == 3) {
            if (auto r = add(attempt(QStringLiteral("Brief"), false, today.addDays(-6), QString(),
                                     QStringLiteral("Brief met aanbod van een gesprek gestuurd")));
                !r)
                return r;
            if (auto r = add(attempt(QStringLiteral("Telefoon"), true, today.addDays(-2), QStringLiteral("Ochtend"),
                                     QStringLiteral("Afspraak gemaakt voor een huisbezoek")));
                !r)
                return r;
        }
        // Offers accepted: a request with a crisis intervention and its first conversation held, a
        // request waiting for its first conversation, and one whose first conversation is overdue.
        if (i == 0 || i == 1 || i == 5) {
            auto current = service.get(id);
            if (!current)
                return current.error();
            const QDate registered = i == 5 ? today.addDays(-40) : today.addDays(-2);
            auto request = service.registerRequest(id, current->version, registered,
                                                   i == 0 ? QStringLiteral("ontruiming") : QString());
            if (!request)
                return request.error();
            if (i == 0)
                if (auto held = service.setFirstConversation(id, request->version, today.addDays(-1)); !held)
                    return held.error();
        }
        if (i == 0) {
            cases::PlanItem goal;
            goal.kind = cases::PlanItem::Kind::Goal;
            goal.text = QStringLiteral("Huurachterstand inlopen");
            auto g = service.addPlanItem(id, goal);
            if (!g)
                return g.error();
            cases::PlanItem action;
            action.goalId = g->id;
            action.text = QStringLiteral("Betalingsregeling met verhuurder voorstellen");
            action.owner = QStringLiteral("Consulent");
            action.dueOn = today.addDays(10);
            if (auto a = service.addPlanItem(id, action); !a)
                return a.error();
            if (auto n = service.addNote(id, QStringLiteral("Inwoner staat open voor hulp; inkomen is onlangs gedaald.")); !n)
                return n.error();
        }
        if (i == 2) {
            if (auto r = add(attempt(QStringLiteral("Huisbezoek"), false, today.addDays(-1), QStringLiteral("Middag"),
                                     QStringLiteral("Niemand thuis, kaartje achtergelaten")));
                !r)
                return r;
            auto current = service.get(id);
            if (!current)
                return current.error();
            if (auto moved = service.move(id, current->version, cases::CaseStatus::WachtOpInwoner); !moved)
                return moved.error();
        }
        if (i == 3 || i == 4) {
            auto current = service.get(id);
            if (!current)
                return current.error();
            const QString outcome = i == 3 ? QStringLiteral("(Budget)advies en/of quick fix")
                                           : QStringLiteral("Niet opgepakt: herhaalde melding");
            const QString reason = i == 4 ? QStringLiteral("Zelfde achterstand loopt al in een eerder traject") : QString();
            if (auto closed = service.close(id, current->version, outcome, today, reason); !closed)
                return closed.error();
        }
    }
    return success();
}

} // namespace vangnet::demo
