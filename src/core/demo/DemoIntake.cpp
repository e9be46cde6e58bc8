#include "demo/DemoIntake.h"

#include "demo/DemoCases.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoSignals.h"
#include "importing/ImportService.h"
#include "rules/RulesService.h"
#include "users/AuthService.h"

namespace vangnet::demo {

Result<void> importDemoSignals(const Database &db, const Clock &clock, DemoSignals &people, int rows)
{
    if (people.people() == 0 || rows <= 0)
        return success();
    AuthService auth(db, clock);
    auto session = auth.login(QStringLiteral("consulent"), QString::fromLatin1(demoPassword));
    if (!session)
        return session.error();
    QVector<importing::SignalRow> signalRows;
    signalRows.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        importing::SignalRow row = people.next();
        row.line = i + 2; // as if read from a file with a header line
        signalRows << row;
    }
    importing::VectorSource<importing::SignalRow> source(std::move(signalRows));
    importing::ImportService import(db, clock, *session);
    import.setEvaluateRules(false); // the full evaluation below covers every household once
    auto imported = import.importSignals(source, {QStringLiteral("demo-signalen.csv"), QStringLiteral("csv"),
                                                  QStringLiteral("standaard")});
    if (!imported)
        return imported.error();
    auto evaluated = rules::RulesService(db, clock, *session).evaluateAll();
    if (!evaluated)
        return evaluated.error();
    if (auto started = startDemoCases(db, clock, *session); !started)
        return started;
    return auth.logout(*session);
}

} // namespace vangnet::demo
