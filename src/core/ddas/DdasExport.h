#pragma once

#include "ddas/DdasRequest.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace vangnet {

class Database;
class Session;

/// What a DDAS delivery held.
struct DdasCounts {
    int signals = 0; ///< vroegsignalen
    int cases = 0; ///< vroegsignaalzaken
    int casesWithoutSignals = 0; ///< active in the period but without signals: not part of DDAS
    bool cancelled = false; ///< the progress callback said stop; no file was written
};

/// The DDAS delivery for CBS statistics (docs/ddas.md): the early signals and cases of the
/// session's team over a period, as JSON valid against the DDAS v0.9 schema. Only a team lead
/// may (Permission::ExportStatistics); a refusal is audited. The export itself is audited
/// (AuditAction::Export, object "ddas", no personal data in the record).
class DdasExport {
public:
    /// `progress(done, total)` between the steps; false stops the export before anything is written.
    using Progress = std::function<bool(qint64, qint64)>;

    DdasExport(const Database &db, const Clock &clock, const Session &session);

    /// Checks the permission, the request and the file, reads the delivery, writes it to
    /// `fileName` and records the export. The file is written beside the target and moved into
    /// place only after the audit record is stored: never a half-written file, never an export
    /// without a record (a failed move adds a Failed record).
    Result<DdasCounts> write(const DdasRequest &request, const QString &fileName, const Progress &progress = {}) const;

private:
    /// The session's team, or the (audited) refusal.
    Result<qint64> mayExport() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
