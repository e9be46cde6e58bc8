#include "ClocksHolidaysCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "clocks/Holidays.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace vangnet::cli {

namespace {

constexpr int firstYear = 1990;
constexpr int lastYear = 2200;

} // namespace

QString ClocksHolidaysCommand::summary() const
{
    return tr("list the public holidays that working-day deadlines skip");
}

QString ClocksHolidaysCommand::help() const
{
    return tr("Usage: vangnet-cli clocks holidays [--year YEAR] [--json]\n\n"
              "Lists the public holidays of the Algemene termijnenwet for YEAR (this year by default):\n"
              "the days a deadline counted in working days skips, besides Saturday and Sunday. Days the\n"
              "government adds by decree are not included (docs/clocks.md).\n\n"
              "  --year YEAR   %1 to %2\n"
              "  --json        machine-readable: {\"year\", \"holidays\": [{date, key, name, weekday}]}")
        .arg(firstYear)
        .arg(lastYear);
}

int ClocksHolidaysCommand::run(const QStringList &args, const GlobalOptions &, Console &console)
{
    ArgumentReader reader({QStringLiteral("year")}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    int year = QDate::currentDate().year();
    if (reader.has(QStringLiteral("year"))) {
        const auto given = reader.integer(QStringLiteral("year"), firstYear);
        if (!given || *given > lastYear) {
            console.error(tr("--year must be a year from %1 to %2, not '%3'")
                              .arg(firstYear)
                              .arg(lastYear)
                              .arg(reader.value(QStringLiteral("year"))));
            return NothingDone;
        }
        year = *given;
    }
    const QList<clocks::PublicHoliday> days = clocks::publicHolidays(year);
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const clocks::PublicHoliday &day : days)
            list.append(QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                {QStringLiteral("key"), day.key}, {QStringLiteral("name"), day.name},
                {QStringLiteral("weekday"), day.date.dayOfWeek() <= Qt::Friday}});
        console.json(QJsonObject{{QStringLiteral("year"), year}, {QStringLiteral("holidays"), list}});
        return Done;
    }
    const QLocale locale;
    QList<QStringList> rows;
    for (const clocks::PublicHoliday &day : days)
        rows << QStringList{day.date.toString(Qt::ISODate), locale.dayName(day.date.dayOfWeek()), day.name};
    console.table({tr("Date"), tr("Day"), tr("Public holiday")}, rows);
    return Done;
}

} // namespace vangnet::cli
