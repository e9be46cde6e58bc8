#pragma once

#include "demo/DemoDischarges.h"
#include "importing/ImportRows.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QList>
#include <QVector>

#include <functional>

namespace vangnet {
class Database;
class Session;
}

namespace vangnet::demo {

/// `done` of `total` days played; return false to stop.
using DemoProgress = std::function<bool(int done, int total)>;

/// A demo municipality's past year, played day by day so that its screens show a team's
/// ordinary working day rather than a year of signals nobody has looked at:
///
/// - the signal rows arrive in weekly batches, each Monday the rows dated before it (the last
///   batch today, with the rows since the last Monday), and the signal rules are evaluated on
///   the households each batch touched, as of that day;
/// - after each batch the team takes up every household the work queue offers without a case
///   (a flag, or a signal nobody has taken up): a critical flag (a threatening debt) within two
///   working days, others within a week;
///   a letter, then a call or a home visit; a case that reached the resident closes some weeks
///   later with a DDAS outcome (follow-up help after a decision), one that never reached
///   anyone closes as "no contact";
/// - discharge notices arrive in weekly batches too (some delivered again with a moved date);
///   the caseworker of a discharge case arranges the identity document and, most of the time,
///   housing before the discharge, and closes the case some weeks after it;
/// - eight days ago a caseworker entered a detention notice by hand about a member of the first
///   caseworker's team released six days ago with no housing arranged: the person is homeless
///   now, and today's queue shows it at the top with its critical flag;
/// - whatever would happen after today does not happen: today's work queue holds the
///   households that came in over the last days, the cases in progress and the odd late deadline.
///
/// Every step goes through the services, with a clock standing on the step's day, so the
/// batches, flags, cases, attempts and audit entries carry the dates they would have had.
/// `caseworkers` are logged-in sessions; each household is worked on by the first one that
/// may see its team (households no caseworker may see are left alone). The same rows and seed
/// give the same history.
class DemoHistory {
public:
    DemoHistory(const Database &db, const Clock &clock, QList<const Session *> caseworkers, quint64 seed);

    /// Plays the year up to and including today in one transaction (all or nothing). Rows dated
    /// after today are not imported. `progress` hears of each day; false from it stops the play.
    Result<void> play(QVector<importing::SignalRow> rows, QVector<DemoDischarges::Delivery> notices = {},
                      const DemoProgress &progress = {});

private:
    struct Impl;

    const Database &m_db;
    const Clock &m_clock;
    QList<const Session *> m_caseworkers;
    quint64 m_seed;
};

} // namespace vangnet::demo
