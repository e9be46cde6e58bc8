#include "plans/CapacityOutlookText.h"

#include "places/PlaceKeys.h"

#include <QCoreApplication>

namespace vangnet::plans {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vangnet::plans", text);
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

} // namespace

QString balanceLabel(const OutlookCell &cell)
{
    if (cell.isShort())
        return tr("short %1").arg(-cell.balance());
    return cell.balance() > 0 ? QStringLiteral("+%1").arg(cell.balance()) : QStringLiteral("0");
}

QString firstShortageSentence(const CapacityOutlook &outlook)
{
    const auto &first = outlook.firstShortage;
    if (!first || !first->woonvorm)
        return tr("No housing type runs short in these 13 weeks.");
    return tr("First shortage: %1 in week %2 (from %3)")
        .arg(places::housingTypeLabel(*first->woonvorm))
        .arg(first->week)
        .arg(day(first->start));
}

QString totalSentence(const CapacityOutlook &outlook)
{
    const auto &total = outlook.firstTotalShortage;
    if (!total)
        return tr("All housing types together have places enough in these 13 weeks.");
    // translate() itself, with the count: lupdate then keeps the Dutch singular and plural.
    return QCoreApplication::translate(
               "vangnet::plans",
               "All housing types together run short from week %1 (from %2): %n household(s) more than places.", nullptr,
               total->deficit)
        .arg(total->week)
        .arg(day(total->start));
}

QString countsSentence(const OutlookCounts &counts)
{
    return tr("Counted: candidates %1, discharges %2, 18th birthdays in youth care %3, later than the outlook %4; "
              "places %5. Households without a housing type (no preference): %6.")
        .arg(counts.candidates)
        .arg(counts.discharges)
        .arg(counts.turningEighteen)
        .arg(counts.later)
        .arg(counts.places)
        .arg(counts.byReason[std::size_t(WoonvormReason::None)]);
}

} // namespace vangnet::plans
