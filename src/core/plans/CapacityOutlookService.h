#pragma once

#include "plans/CapacityOutlook.h"
#include "support/Result.h"

#include <QDate>
#include <QSet>

#include <functional>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::plans {

/// Reports how far the outlook got; false asks it to stop (the result is then an error).
using OutlookProgress = std::function<bool(qint64 done, qint64 total)>;

/// The capacity outlook from the database (docs/planner.md, "Capacity outlook"): reads needs,
/// upcoming discharge notices, places and what is taken through their repositories, asks the
/// rules whether each notice is flagged on the day it brings its household in, and computes
/// (computeOutlook). Needs Permission::ApprovePlacements (the team lead, who plans for the whole
/// municipality); a refusal is audited. The result holds counts only.
class CapacityOutlookService {
public:
    CapacityOutlookService(const Database &db, const Clock &clock, const Session &session);

    /// The 13 weeks from `asOf` (today when invalid).
    Result<CapacityOutlook> outlook(QDate asOf = {}, const OutlookProgress &progress = {}) const;

private:
    /// The notices (not linked to an active flag already) that the rule set in force on their
    /// demand date flags, evaluated on that date.
    Result<QSet<qint64>> flaggedByRules(const QList<UpcomingDischarge> &notices, const QDate &from,
                                        const QDate &to, const OutlookProgress &progress) const;

    const Database &m_database;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::plans
