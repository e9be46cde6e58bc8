#pragma once

#include "subjectaccess/SubjectAccessReport.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

class Database;
class Session;
class SubjectAccessWriter;

/// Inzageverzoek (AVG art. 15): gathers everything Vangnet holds about one person and writes it
/// to a file, audited. Only a team lead of the person's household's team may
/// (Permission::SubjectAccess); every refusal is audited. Household data is read through
/// HouseholdService, so need-to-know applies exactly as when the household is opened.
class SubjectAccessService {
public:
    SubjectAccessService(const Database &db, const Clock &clock, const Session &session);

    /// The report for person `personId`. `requestReference` (required; no personal data: a case
    /// or letter number) is kept in the report and in the audit record of the export.
    Result<SubjectAccessReport> gather(qint64 personId, const QString &requestReference) const;

    /// Writes `report` with `writer` to `fileName` and records the export (AuditAction::Export,
    /// object person, reason = the request reference, detail = the format). The file is written
    /// to a temporary file first; nothing appears under `fileName` when writing fails or the
    /// audit record cannot be written. The record is committed before the file is moved into
    /// place, so there is never an export without a record; if that last move fails, a Failed
    /// record follows the first.
    Result<void> save(const SubjectAccessReport &report, const SubjectAccessWriter &writer,
                      const QString &fileName) const;

    /// The longest request reference accepted.
    static constexpr int maxReferenceLength = 200;

private:
    Result<void> mayExport(qint64 personId) const;
    /// Records a PermissionDenied about person `personId`; returns the refusal (or the audit error).
    Error denied(const Error &refusal, qint64 personId) const;
    Result<QString> checkedReference(const QString &reference) const;
    Result<void> addAccessLog(SubjectAccessReport &report) const;

    QSqlDatabase m_db;
    const Database &m_database;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
