#pragma once

// The load driver's pure parts (scripts/bench-load.sh, docs/performance.md "Team server under
// load"): the loopback check, the action mix, the per-client result file and the summary the
// script prints. No database here, so LoadRecordsTest covers them without a server.

#include "support/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <random>
#include <vector>

namespace vangnet::bench {

/// At most this many simulated caseworkers: the team mode's upper bound (docs/team-mode.md).
inline constexpr int maxClients = 30;

/// True for a host on this machine (127.0.0.1, localhost, ::1): the driver refuses any other,
/// so a load run cannot be pointed at a real municipality's server.
bool isLoopbackHost(const QString &host);

/// Refuses a run outside the driver's bounds: a URL that is not PostgreSQL on this machine, or
/// that names a user unless `namedUser` (the superuser reference run), more than maxClients
/// clients, a run of more than ten minutes.
Result<void> checkBounds(const QString &url, int clients, int seconds, bool namedUser = false);

/// One timed action of a client, one line of its result file:
/// `action <TAB> milliseconds <TAB> ok|error <TAB> detail` — the detail is the id the service
/// returned for a saved record (`attempt 123`, `note 45`), or the error's message.
struct ActionRecord {
    QString action;
    double ms = 0;
    bool ok = true;
    QString detail;
};

/// The line for the file (tabs and newlines in the detail become spaces).
QString formatRecord(const ActionRecord &record);
/// Parses a result file's text; a malformed line is refused naming `fileName`, the line and why.
Result<QList<ActionRecord>> parseRecords(const QString &text, const QString &fileName);

/// The p-th percentile (0 < p ≤ 100) by nearest rank: the smallest value with at least p% of the
/// values at or below it. 0 for no values.
double percentile(std::vector<double> values, double p);

/// Weights of the actions a client picks from, e.g. `queue=15,household=30,...`.
class ActionMix {
public:
    /// The default mix (LoadRecords.cpp says where the weights come from).
    static ActionMix caseworker();
    /// `name=weight,…` over the known actions; refused naming the part that is wrong.
    static Result<ActionMix> parse(const QString &text);
    static const QStringList &actions(); ///< queue, household, attempt, search, note

    /// An action drawn by weight.
    QString pick(std::mt19937 &random) const;
    QString text() const; ///< `name=weight,…` as parse() reads it
    int weight(const QString &action) const { return m_weights.value(action); }

private:
    QMap<QString, int> m_weights;
};

/// One action's figures over every client's records.
struct ActionSummary {
    QString action;
    int count = 0;
    int errors = 0;
    double p50 = 0;
    double p95 = 0;
    double p99 = 0;
    double max = 0;
    QStringList errorMessages; ///< distinct, at most five
};

/// Per action in ActionMix::actions() order, then any other action found (login last).
QList<ActionSummary> summarize(const QList<ActionRecord> &records);

/// The ids of the records the services said were saved, for the lost-update check:
/// `kind` is the detail's first word (`attempt`, `note`).
QList<qint64> savedIds(const QList<ActionRecord> &records, const QString &kind);

} // namespace vangnet::bench
