#include "ClocksDayOffCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "clocks/ClockService.h"

namespace vangnet::cli {

QString ClocksDayOffCommand::summary() const
{
    return tr("add or remove a day off by decree that working-day deadlines skip (team lead)");
}

QString ClocksDayOffCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME clocks day-off add --date YYYY-MM-DD --name TEXT\n"
              "       vangnet-cli [--db FILE|URL] --user NAME clocks day-off remove --date YYYY-MM-DD\n\n"
              "Adds a day the government adds to the public holidays by decree (Algemene termijnenwet,\n"
              "article 3, third paragraph, e.g. a Friday after Ascension Day), or takes one away again.\n"
              "Deadlines counted in working days skip it. It must be a weekday that is not a public\n"
              "holiday already. Only a team lead (teamleider) may do this; the change is audited.\n"
              "clocks list shows the days added, clocks holidays the public holidays.\n\n"
              "  --date YYYY-MM-DD  the day\n"
              "  --name TEXT        what the day is, e.g. the decree that adds it (for add)");
}

int ClocksDayOffCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("date"), QStringLiteral("name")}, {}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    const QString action = reader.positionals().value(0);
    if (action != QLatin1String("add") && action != QLatin1String("remove")) {
        console.error(tr("clocks day-off needs add or remove: clocks day-off add --date YYYY-MM-DD --name TEXT"));
        return NothingDone;
    }
    const auto date = reader.date(QStringLiteral("date"), true);
    if (!date) {
        console.error(reader.error());
        return NothingDone;
    }
    if (action == QLatin1String("add") && !reader.has(QStringLiteral("name"))) {
        console.error(tr("clocks day-off add needs --name: what the day is, e.g. the decree that adds it"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    ClockService service(in.database(), in.clock(), in.session());
    const QString day = date->toString(Qt::ISODate);
    if (action == QLatin1String("add")) {
        if (auto added = service.addDayOff(*date, reader.value(QStringLiteral("name"))); !added) {
            console.failure(added.error());
            return NothingDone;
        }
        console.out(tr("%1 is a day off now: working-day deadlines skip it.").arg(day));
        return Done;
    }
    if (auto removed = service.removeDayOff(*date); !removed) {
        console.failure(removed.error());
        return NothingDone;
    }
    console.out(tr("%1 is a working day again.").arg(day));
    return Done;
}

} // namespace vangnet::cli
