#include "demo/DemoIntake.h"

#include "demo/DemoCases.h"
#include "demo/DemoDischarges.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoHistory.h"
#include "demo/DemoNeeds.h"
#include "demo/DemoSignals.h"
#include "rules/RulesService.h"
#include "users/AuthService.h"

#include <algorithm>

namespace vangnet::demo {

int demoSignalRows(int households)
{
    return std::max(1, households * 3 / 10);
}

Result<void> importDemoSignals(const Database &db, const Clock &clock, DemoSignals &people, int rows,
                               const DemoProgress &progress)
{
    if (people.people() == 0 || rows <= 0)
        return success();
    QVector<importing::SignalRow> signalRows;
    signalRows.reserve(rows + 3);
    while (signalRows.size() < rows)
        signalRows << people.nextEpisode();
    // The caseworkers log in on the first day of the demo's year, so the audit log reads in order.
    QDate first = clock.today();
    for (const importing::SignalRow &row : signalRows)
        first = std::min(first, row.signalDate);
    const FixedClock firstDay(std::min(QDateTime(first, QTime(8, 0)), clock.now()));
    QList<Session> sessions;
    for (const QString &name : {QStringLiteral("consulent"), QStringLiteral("consulent2")}) {
        auto session = AuthService(db, firstDay).login(name, QString::fromLatin1(demoPassword));
        if (!session)
            return session.error();
        sessions << *session;
    }
    // Discharge notices about the same people: about one per 150 households a year (rows / 45,
    // as there are about 30 signal rows per 100 households).
    DemoDischarges discharges(people.seed(), clock.today());
    auto notices = discharges.year(people.adults(), std::max(4, rows / 45));
    DemoHistory history(db, clock, {&sessions.at(0), &sessions.at(1)}, people.seed());
    if (auto played = history.play(std::move(signalRows), std::move(notices), progress); !played)
        return played;
    // Today: the flags as of today (a flag about an old arrear may have lapsed since its batch),
    // and the caseworker starts on the most urgent households nobody has taken up yet.
    const Session &caseworker = sessions.first();
    auto evaluated = rules::RulesService(db, clock, caseworker).evaluateAll();
    if (!evaluated)
        return evaluated.error();
    if (auto started = startDemoCases(db, clock, caseworker); !started)
        return started;
    // The housing needs the caseworkers recorded, for the planner to match to the places.
    if (auto needs = DemoNeeds(db, clock, people.seed()).record({&sessions.at(0), &sessions.at(1)}); !needs)
        return needs.error();
    for (const Session &session : sessions)
        if (auto out = AuthService(db, clock).logout(session); !out)
            return out;
    return success();
}

} // namespace vangnet::demo
