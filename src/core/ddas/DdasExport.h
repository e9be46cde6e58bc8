#pragma once

#include "ddas/DdasRequest.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace vangnet {

class Database;
class Session;
struct DdasData;
struct DdasLevering;

/// What a DDAS delivery held.
struct DdasCounts {
    int signals = 0; ///< vroegsignalen, over all leveringen
    int cases = 0; ///< vroegsignaalzaken, over all leveringen
    int casesWithoutSignals = 0; ///< active in the period but without signals: not part of DDAS
    int leveringen = 0; ///< one per municipality
    qint64 deliveryId = 0; ///< the kept copy (ddas_deliveries)
    QString sha256; ///< of the file as written
    QStringList warnings; ///< values left out (ddasLeaveOutOverlong), one line each
    bool cancelled = false; ///< the progress callback said stop; no file was written
};

/// The DDAS delivery for CBS statistics (docs/ddas.md): one levering per requested municipality
/// (gemeentecode), each with the early signals and cases of every team's households in that
/// municipality's wijken, as JSON valid against the DDAS v0.9 schema. Needs the
/// municipality-wide right (Permission::ExportStatisticsMunicipality) and a team that serves each
/// municipality; a refusal is audited. The export is audited (AuditAction::Export, object "ddas",
/// no personal data in the record) and the file kept (ddas_deliveries).
class DdasExport {
public:
    /// `progress(done, total)` between the steps; false stops the export before anything is written.
    using Progress = std::function<bool(qint64, qint64)>;

    DdasExport(const Database &db, const Clock &clock, const Session &session);

    /// Checks the permission, the request and the file, reads the delivery, checks it against the
    /// model (DdasValidator), writes it beside `fileName`, keeps it, records the export and only
    /// then moves it into place: never a half-written or invalid file, never an export without a
    /// record and a kept copy (a failed move adds a Failed record and drops the copy).
    Result<DdasCounts> write(const DdasRequest &request, const QString &fileName, const Progress &progress = {}) const;

private:
    /// Nothing, or the refusal (audited where it is about rights): the right, the request and
    /// the file, each municipality known and served by the lead's team.
    Result<void> mayExport(const DdasRequest &request, const QString &fileName) const;
    Result<void> denied(const Error &why) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

/// The leveringen of `data` for `gemeentecodes`, in that order: the cases whose first signal came
/// from the municipality, the municipality's signals dated in [from, to] and every signal of its
/// cases. An error naming the wijken when a signal's wijk has no municipality (docs/ddas.md).
Result<QList<DdasLevering>> ddasLeveringen(
    const DdasData &data, const QStringList &gemeentecodes, const QDate &from, const QDate &to);

} // namespace vangnet
