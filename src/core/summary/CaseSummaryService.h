#pragma once

#include "report/ReportRenderer.h"
#include "summary/CaseSummary.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::summary {

/// What a batch of summaries came to.
struct BatchOutcome {
    QStringList written; ///< the files in place, in the order of the households
    bool cancelled = false; ///< the progress callback said stop (between two households)
    qint64 failedHousehold = 0; ///< the household the batch stopped at; 0 when none failed
    std::optional<Error> failure; ///< why it stopped there
};

/// Casusoverzicht (docs/case-summary.md): a household's summary for a handover or a
/// multidisciplinary meeting, in the intern or the partner profile, written as a file and
/// audited. Whoever may open the household may print it: Permission::ViewHouseholds and the
/// household's team (need-to-know, through HouseholdService); a refusal is audited as
/// PermissionDenied there. Every file written is recorded as AuditAction::Export on the
/// household, detail "case_summary:<profile>", before it is moved into place (QSaveFile and
/// commitAuditedExport): never a half-written file, never an export without a record.
class CaseSummaryService {
    Q_DECLARE_TR_FUNCTIONS(vangnet::summary::CaseSummaryService)
public:
    /// `progress(done, total)` after each household; false stops the batch before the next one.
    using Progress = std::function<bool(qint64, qint64)>;

    CaseSummaryService(const Database &db, const Clock &clock, const Session &session);

    /// Everything the profile holds of the household, read through the features' services
    /// (their permission checks apply) and reduced to the profile (PartnerRedaction).
    Result<CaseSummary> gather(qint64 householdId, SummaryProfile profile) const;
    /// Renders `summary` (caseSummaryDocument) with `render` to `fileName` and records the export.
    Result<void> save(const CaseSummary &summary, const ReportRenderer &render, const QString &fileName) const;
    /// gather() and save(): what `vangnet-cli export pdf` and the household's "Print summary…" do.
    Result<void> write(
        qint64 householdId, SummaryProfile profile, const QString &fileName, const ReportRenderer &render) const;
    /// One summary per household into `folder`, named fileNameFor(). Stops at the first household
    /// that fails (the outcome says which and why; the files before it stay, complete and
    /// recorded) or when `progress` says stop. An unusable folder is refused before anything runs.
    Result<BatchOutcome> writeAll(const QList<qint64> &householdIds, SummaryProfile profile, const QString &folder,
        const ReportRenderer &render, const Progress &progress = {}) const;

    /// "samenvatting-<id>-<profile>.pdf": the household's number, never a person's name.
    static QString fileNameFor(qint64 householdId, SummaryProfile profile);
    /// Problems with a file to write (field "out"): no name, a folder, a folder that does not
    /// exist or may not be written, a file that may not be overwritten.
    static QList<FieldError> checkTarget(const QString &fileName);
    /// Problems with a folder to write a batch into (field "folder").
    static QList<FieldError> checkFolder(const QString &folder);
    /// "case_summary:intern": the audit record's detail.
    static QString auditDetail(SummaryProfile profile);

private:
    Result<QHash<int, QString>> ruleSetTexts() const;
    Result<void> addPlacements(CaseSummary &summary) const;

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::summary
