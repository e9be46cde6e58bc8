#include "DdasMunicipalitiesCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "ddas/MunicipalityService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QStringList DdasMunicipalitiesCommand::words() const
{
    const QString last = m_action == Action::List ? QStringLiteral("list")
                         : m_action == Action::Set ? QStringLiteral("set")
                                                   : QStringLiteral("remove");
    return {QStringLiteral("ddas"), QStringLiteral("municipalities"), last};
}

QString DdasMunicipalitiesCommand::summary() const
{
    switch (m_action) {
    case Action::List: return tr("list which wijk belongs to which municipality (gemeentecode) for DDAS");
    case Action::Set: return tr("give a wijk its municipality code (gemeentecode) for DDAS");
    case Action::Remove: return tr("remove the municipality code of a wijk");
    }
    return {};
}

QString DdasMunicipalitiesCommand::help() const
{
    switch (m_action) {
    case Action::List:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME ddas municipalities list [--json]\n\n"
                  "Lists each wijk with its municipality code (gemeentecode): the DDAS delivery has one\n"
                  "levering per municipality.\n"
                  "  --json   {\"municipalities\": [{wijk, gemeentecode, updated_at, updated_by}]}");
    case Action::Set:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME ddas municipalities set --wijk WIJK\n"
                  "                   --gemeentecode CODE\n\n"
                  "Gives WIJK (\"\" for addresses without a wijk) the four-digit CBS municipality code. Team\n"
                  "lead or administrator; recorded in the audit log.");
    case Action::Remove:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME ddas municipalities remove --wijk WIJK\n\n"
                  "Removes the municipality code of WIJK. Recorded in the audit log.");
    }
    return {};
}

int DdasMunicipalitiesCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    QStringList options;
    if (m_action != Action::List)
        options << QStringLiteral("wijk");
    if (m_action == Action::Set)
        options << QStringLiteral("gemeentecode");
    ArgumentReader reader(options, m_action == Action::List ? QStringList{QStringLiteral("json")} : QStringList());
    if (!reader.parse(args, console))
        return NothingDone;
    for (const QString &name : options)
        if (!reader.has(name)) {
            console.error(tr("ddas municipalities %1 needs --%2").arg(words().last(), name));
            return NothingDone;
        }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    MunicipalityService service(open->database(), open->clock(), open->session());
    const QString wijk = reader.value(QStringLiteral("wijk"));
    if (m_action != Action::List) {
        auto changed = m_action == Action::Set ? service.set(wijk, reader.value(QStringLiteral("gemeentecode")))
                                               : service.remove(wijk);
        if (!changed) {
            console.failure(changed.error());
            return NothingDone;
        }
        console.out(m_action == Action::Set
                ? tr("Wijk '%1' belongs to municipality %2.").arg(wijk, reader.value(QStringLiteral("gemeentecode")).trimmed())
                : tr("Wijk '%1' has no municipality code any more.").arg(wijk));
        return Done;
    }
    auto all = service.list();
    if (!all) {
        console.failure(all.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const WijkMunicipality &m : std::as_const(*all))
            rows.append(QJsonObject{{QStringLiteral("wijk"), m.wijk}, {QStringLiteral("gemeentecode"), m.gemeentecode},
                {QStringLiteral("updated_at"), m.updatedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("updated_by"), m.updatedBy}});
        console.json({{QStringLiteral("municipalities"), rows}});
        return Done;
    }
    QList<QStringList> rows;
    for (const WijkMunicipality &m : std::as_const(*all))
        rows << QStringList{m.wijk, m.gemeentecode, m.updatedBy};
    console.table({tr("Wijk"), tr("Gemeentecode"), tr("Set by")}, rows);
    return Done;
}

} // namespace vangnet::cli
