#pragma once

#include "cases/ClosingRepository.h"
#include "cases/WorkQueue.h"
#include "exports/ListSource.h"
#include "security/Role.h"
#include "signals/SignalQuery.h"
#include "storage/HouseholdQuery.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::exports {

/// Which list to export, in which format, under which of the screen's filters.
struct ListExportRequest {
    ListKind kind = ListKind::Queue;
    ListFormat format = ListFormat::Csv;
    cases::QueueFilter queue;   ///< Queue: the page's scope, district, severity and overdue filters
    QDate asOf;                 ///< Queue: the day deadlines are judged on (invalid = today)
    SignalFilter signalFilter;  ///< Signals: the page's filters; its limit is ignored
    HouseholdFilter households; ///< Households: search, district, flag filters and sort
    cases::FeedbackFilter feedback; ///< Feedback: partner and period (the team is the session's)
};

struct ListExportCounts {
    qint64 rows = 0;        ///< lines written below the header
    bool cancelled = false; ///< the progress callback said stop: nothing was written or recorded
};

/// Exports the work queue, the signals list, the household list or the feedback to signal
/// partners as CSV or .xlsx (docs/exports.md). The rows come from the list's own core query,
/// so the export holds what the user may see on the screen; a user whose role may not see the
/// list is refused, and the refusal audited. The file is written beside the target (QSaveFile) and moved into place
/// only after the export is recorded in the audit log (AuditAction::Export, object "list",
/// detail "list:queue rows:123 format:xlsx"): never a half-written file, never an export
/// without a record (a failed move adds a Failed record).
class ListExport {
    Q_DECLARE_TR_FUNCTIONS(vangnet::exports::ListExport)
public:
    /// `progress(done, total)` per row; false stops the export before anything is written.
    using Progress = std::function<bool(qint64, qint64)>;

    ListExport(const Database &db, const Clock &clock, const Session &session);

    /// Checks the permission and the file, reads the list, writes it and records the export.
    Result<ListExportCounts> write(const ListExportRequest &request, const QString &fileName,
                                   const Progress &progress = {}) const;

    /// Problems with the target before anything runs (field "out"): no name, a folder, a folder
    /// that does not exist or may not be written, a file that may not be overwritten.
    static QList<FieldError> checkTarget(const QString &fileName);
    /// The permission a list needs: the work queue's WorkCases, the feedback's ExportStatistics
    /// (team lead), the others' ViewHouseholds.
    static Permission permissionFor(ListKind kind);
    /// The list's rows as the export reads them.
    std::unique_ptr<ListSource> source(const ListExportRequest &request) const;

private:
    /// The (audited) refusal when the session may not see the list.
    Result<void> mayExport(ListKind kind) const;

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::exports
