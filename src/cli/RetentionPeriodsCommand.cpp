#include "RetentionPeriodsCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "retention/RetentionService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString RetentionPeriodsCommand::summary() const
{
    return tr("list the retention period of every category (administrator)");
}

QString RetentionPeriodsCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME retention periods [--json]\n\n"
              "Lists the retention period (bewaartermijn) of every category, who set it and when.\n"
              "Only an administrator (beheerder) may do this.\n\n"
              "  --json   machine-readable: {\"periods\": [{category, months, updated_at, updated_by}]}");
}

int RetentionPeriodsCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto periods = RetentionService(in.database(), in.clock(), in.session()).periods();
    if (!periods) {
        console.failure(periods.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const RetentionPeriod &p : *periods) {
            const QJsonValue updatedAt = p.updatedAt.isValid() ? QJsonValue(p.updatedAt.toString(Qt::ISODateWithMs))
                                                               : QJsonValue();
            list.append(QJsonObject{{QStringLiteral("category"), retentionCategoryKey(p.category)},
                                    {QStringLiteral("months"), p.months},
                                    {QStringLiteral("updated_at"), updatedAt},
                                    {QStringLiteral("updated_by"), p.updatedBy}});
        }
        console.json(QJsonObject{{QStringLiteral("periods"), list}});
        return Done;
    }
    QList<QStringList> rows;
    for (const RetentionPeriod &p : *periods)
        rows << QStringList{retentionCategoryKey(p.category), retentionCategoryLabel(p.category), QString::number(p.months),
                            p.updatedAt.isValid()
                                ? tr("%1 by %2").arg(p.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                                     p.updatedBy)
                                : tr("default")};
    console.table({tr("Category"), tr("Description"), tr("Months"), tr("Set")}, rows, {2});
    return Done;
}

} // namespace vangnet::cli
