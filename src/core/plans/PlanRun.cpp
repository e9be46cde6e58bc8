#include "plans/PlanRun.h"

#include <QCoreApplication>
#include <QStringList>

namespace vangnet::plans {

namespace {

constexpr EntryStatus allStatuses[] = {EntryStatus::Proposed, EntryStatus::NotPlaced, EntryStatus::Approved,
                                       EntryStatus::Offered, EntryStatus::Accepted, EntryStatus::Declined,
                                       EntryStatus::Placed, EntryStatus::Superseded};

} // namespace

QString entryStatusKey(EntryStatus status)
{
    // Stored in plan_entries.status (its CHECK holds the same list): these keys never change.
    switch (status) {
    case EntryStatus::Proposed: return QStringLiteral("voorgesteld");
    case EntryStatus::NotPlaced: return QStringLiteral("niet_geplaatst");
    case EntryStatus::Approved: return QStringLiteral("goedgekeurd");
    case EntryStatus::Offered: return QStringLiteral("aangeboden");
    case EntryStatus::Accepted: return QStringLiteral("geaccepteerd");
    case EntryStatus::Declined: return QStringLiteral("afgewezen");
    case EntryStatus::Placed: return QStringLiteral("geplaatst");
    case EntryStatus::Superseded: return QStringLiteral("vervallen");
    }
    return {};
}

std::optional<EntryStatus> entryStatusFromKey(const QString &key)
{
    for (EntryStatus status : allStatuses)
        if (entryStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString entryStatusLabel(EntryStatus status)
{
    switch (status) {
    case EntryStatus::Proposed: return QCoreApplication::translate("vangnet::plans", "proposed");
    case EntryStatus::NotPlaced: return QCoreApplication::translate("vangnet::plans", "not placed");
    case EntryStatus::Approved: return QCoreApplication::translate("vangnet::plans", "approved");
    case EntryStatus::Offered: return QCoreApplication::translate("vangnet::plans", "offered");
    case EntryStatus::Accepted: return QCoreApplication::translate("vangnet::plans", "accepted");
    case EntryStatus::Declined: return QCoreApplication::translate("vangnet::plans", "declined");
    case EntryStatus::Placed: return QCoreApplication::translate("vangnet::plans", "placed");
    case EntryStatus::Superseded: return QCoreApplication::translate("vangnet::plans", "superseded");
    }
    return {};
}

QString tierCountsText(const std::array<qint64, planner::tierCount> &counts)
{
    QStringList parts;
    for (qint64 n : counts)
        parts << QString::number(n);
    return parts.join(QLatin1Char('/'));
}

} // namespace vangnet::plans
