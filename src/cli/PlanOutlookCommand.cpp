#include "PlanOutlookCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "places/PlaceKeys.h"
#include "plans/CapacityOutlookJson.h"
#include "plans/CapacityOutlookService.h"

namespace vangnet::cli {

using plans::OutlookCell;

namespace {

QString shortDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

/// A cell of the table: the cumulative balance, "+2", "0", or "short 3".
QString balanceText(const OutlookCell &cell)
{
    if (cell.isShort())
        return PlanOutlookCommand::tr("short %1").arg(-cell.balance());
    return cell.balance() > 0 ? QStringLiteral("+%1").arg(cell.balance()) : QStringLiteral("0");
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
            row << balanceText(week.cell(type));
        row << QString::number(week.noPreference.cumulativeDemand) << balanceText(week.total);
        rows << row;
    }
    QList<int> numbers;
    for (int c = 0; c < header.size(); ++c)
        if (c != 1)
            numbers << c;
    console.table(header, rows, numbers);
    console.out(QString());
    if (const auto &first = outlook->firstShortage)
        console.out(tr("First shortage: %1 in week %2 (from %3), %4 household(s) more than places.")
                        .arg(places::housingTypeLabel(*first->woonvorm))
                        .arg(first->week)
                        .arg(shortDate(first->start))
                        .arg(first->deficit));
    else
        console.out(tr("No woonvorm runs short in these 13 weeks."));
    if (const auto &total = outlook->firstTotalShortage)
        console.out(tr("All woonvormen together run short from week %1 (from %2).")
                        .arg(total->week)
                        .arg(shortDate(total->start)));
    const plans::OutlookCounts &c = outlook->counts;
    console.out(tr("Counted: candidates %1, discharges %2, 18th birthdays in youth care %3, later than the outlook "
                   "%4; places %5. Households without a woonvorm (no preference): %6.")
                    .arg(c.candidates)
                    .arg(c.discharges)
                    .arg(c.turningEighteen)
                    .arg(c.later)
                    .arg(c.places)
                    .arg(c.byReason[std::size_t(plans::WoonvormReason::None)]));
    return Done;
}

} // namespace vangnet::cli
