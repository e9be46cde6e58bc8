#include "ClocksListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "clocks/ClockService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using clocks::ClockSetting;

QString ClocksListCommand::summary() const
{
    return tr("list the deadline settings (clocks)");
}

QString ClocksListCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME clocks list [--json]\n\n"
              "Lists every deadline (clock) setting: its days, whether they are working days, who set it\n"
              "and when. The shipped values are an example of municipal policy (docs/clocks.md).\n\n"
              "  --json   machine-readable: {\"clocks\": [{clock, days, working_days, label, updated_at, "
              "updated_by}]}");
}

int ClocksListCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto settings = ClockService(in.database(), in.clock(), in.session()).settings();
    if (!settings) {
        console.failure(settings.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (clocks::ClockKind kind : clocks::allClocks()) {
            const ClockSetting &s = settings->of(kind);
            const QJsonValue updatedAt
                = s.updatedAt.isValid() ? QJsonValue(s.updatedAt.toString(Qt::ISODateWithMs)) : QJsonValue();
            list.append(QJsonObject{{QStringLiteral("clock"), clocks::clockKey(kind)}, {QStringLiteral("days"), s.days},
                {QStringLiteral("working_days"), s.workingDays}, {QStringLiteral("label"), clocks::clockLabel(kind)},
                {QStringLiteral("updated_at"), updatedAt}, {QStringLiteral("updated_by"), s.updatedBy}});
        }
        console.json(QJsonObject{{QStringLiteral("clocks"), list}});
        return Done;
    }
    QList<QStringList> rows;
    for (clocks::ClockKind kind : clocks::allClocks()) {
        const ClockSetting &s = settings->of(kind);
        rows << QStringList{clocks::clockKey(kind), clocks::clockLabel(kind), QString::number(s.days),
            s.workingDays ? tr("working days") : tr("calendar days"),
            s.updatedAt.isValid()
                ? tr("%1 by %2")
                      .arg(s.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.updatedBy)
                : tr("default")};
    }
    console.table({tr("Clock"), tr("Description"), tr("Days"), tr("Counted in"), tr("Set")}, rows, {2});
    return Done;
}

} // namespace vangnet::cli
