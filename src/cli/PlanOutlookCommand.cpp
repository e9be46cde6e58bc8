#include "PlanOutlookCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "places/PlaceKeys.h"
#include "plans/CapacityOutlookJson.h"
#include "plans/CapacityOutlookService.h"
#include "plans/CapacityOutlookText.h"

namespace vangnet::cli {

namespace {

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

QString PlanOutlookCommand::summary() const
{
    return tr("capacity outlook: expected demand against places, per woonvorm, for 13 weeks");
}

QString PlanOutlookCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME plan outlook [--as-of DATE] [--json]\n\n"
              "For the 13 weeks from today (or --as-of, YYYY-MM-DD), per woonvorm: the households expected to\n"
              "need a place (candidates now, and discharges and 18th birthdays in youth care that the rules\n"
              "flag) against the places becoming available, and the weeks and woonvormen that run short.\n"
              "Team leads only; counts, no names. The policy is in docs/planner.md, \"Capacity outlook\".\n\n"
              "The table shows per week the cumulative balance (places minus households so far): \"short N\"\n"
              "where N more households than places are expected.\n\n"
              "  --json   {as_of, end, weeks: [{week, start, end, woonvormen: {KEY: {demand, supply,\n"
              "           cumulative_demand, cumulative_supply, balance, short}}, geen_voorkeur: {demand,\n"
              "           cumulative_demand}, total: {…}}], first_shortage: {woonvorm, week, start, deficit}\n"
              "           or null, first_total_shortage, shortages: [...], counts: {candidates, discharges,\n"
              "           turning_18, later, places, assigned_by}}");
}

int PlanOutlookCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("as-of")}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    const auto asOf = reader.date(QStringLiteral("as-of"));
    if (!asOf) {
        console.error(reader.error());
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    auto outlook = plans::CapacityOutlookService(open->database(), open->clock(), open->session()).outlook(*asOf);
    if (!outlook) {
        console.failure(outlook.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json(plans::capacityOutlookToJson(*outlook));
        return Done;
    }

    QStringList header{tr("Week"), tr("From")};
    for (places::HousingType type : places::allHousingTypes())
        header << places::housingTypeLabel(type);
    header << tr("No preference (households)") << tr("Total");
    QList<QStringList> rows;
    for (const plans::OutlookWeek &week : outlook->weeks) {
        QStringList row{QString::number(week.week), shortDate(week.start)};
        for (places::HousingType type : places::allHousingTypes())
            row << plans::balanceLabel(week.cell(type));
        row << QString::number(week.noPreference.cumulativeDemand) << plans::balanceLabel(week.total);
        rows << row;
    }
    QList<int> numbers;
    for (int c = 0; c < header.size(); ++c)
        if (c != 1)
            numbers << c;
    console.table(header, rows, numbers);
    console.out(QString());
    console.out(plans::firstShortageSentence(*outlook));
    console.out(plans::totalSentence(*outlook));
    console.out(plans::countsSentence(outlook->counts));
    return Done;
}

} // namespace vangnet::cli
