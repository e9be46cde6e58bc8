#pragma once

#include "dashboard/WeeklyDashboard.h"
#include "support/Result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::dashboard {

class DashboardWriter;

/// The team lead's weekly dashboard (docs/metrics.md): the figures of one ISO week for the
/// session's own team, the households behind any figure, and the dashboard saved as a file.
/// Team leads and caseworkers see their own team's dashboard (Permission::ViewDashboard); a
/// functioneel beheerder, who holds no household data, none. Refusals are audited.
class DashboardService {
    Q_DECLARE_TR_FUNCTIONS(vangnet::dashboard::DashboardService)
public:
    /// `done` of `total` steps; false asks to stop (the result is then an error).
    using Progress = std::function<bool(int done, int total)>;

    DashboardService(const Database &db, const Clock &clock, const Session &session);

    /// The week the dashboard opens on: the last complete one.
    IsoWeek defaultWeek() const;
    /// Parses `text` ("2026-W47") and refuses a week that has not begun yet. Empty = defaultWeek().
    Result<IsoWeek> week(const QString &text) const;

    /// Every figure of `week` for the session's team (or `teamId` when given: refused unless it
    /// is the session's own).
    Result<WeeklyDashboard> weekly(const IsoWeek &week, std::optional<qint64> teamId = std::nullopt,
                                   const Progress &progress = {}) const;

    /// The rows behind a figure: `group` picks one bar or line of it (a partner type, a rule, a
    /// user name, binnen_norm/buiten_norm, nieuw_signaal/geen_nieuw_signaal); none = the whole figure.
    Result<QList<MetricRow>> drillDown(const IsoWeek &week, Metric metric,
                                       const std::optional<QString> &group = std::nullopt,
                                       std::optional<qint64> teamId = std::nullopt) const;

    /// Writes `dashboard` with `writer` to `fileName` and records the export (object dashboard,
    /// detail "dashboard:2026-W47 format:pdf"): never a half-written file, never an export
    /// without its record.
    Result<void> save(const WeeklyDashboard &dashboard, const DashboardWriter &writer, const QString &fileName) const;

private:
    Result<qint64> permittedTeam(std::optional<qint64> teamId, const QString &attempt) const;
    MetricScope scopeOf(const IsoWeek &week, qint64 teamId) const;
    Result<QList<MetricRow>> overdueRows(const MetricScope &scope) const;
    Result<QList<MetricRow>> contactRows(Metric metric, const MetricScope &scope) const;

    const Database &m_database;
    const Clock &m_clock;
    const Session &m_session;
};

/// One file format for the dashboard (the PDF lives in the render library).
class DashboardWriter {
public:
    virtual ~DashboardWriter() = default;
    virtual QString formatKey() const = 0; ///< "pdf"
    virtual Result<void> write(const WeeklyDashboard &dashboard, QIODevice &out) const = 0;
};

} // namespace vangnet::dashboard
