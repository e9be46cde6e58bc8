#include "ddas/DdasExport.h"

#include "audit/AuditLog.h"
#include "audit/AuditedExport.h"
#include "ddas/DdasJson.h"
#include "ddas/DdasReader.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {
const QString objectType = QStringLiteral("ddas");

} // namespace

DdasExport::DdasExport(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<qint64> DdasExport::mayExport() const
{
    auto allowed = m_session.require(Permission::ExportStatistics);
    const qint64 team = m_session.user().teamId;
    // Need-to-know: the delivery holds the households of the lead's own team, so a lead
    // without a team has nothing to deliver.
    if (allowed && !m_session.canSeeTeam(team))
        allowed = Error(ErrorCode::PermissionDenied,
            QCoreApplication::translate(
                "vangnet::DdasExport", "You are not in a team, so there are no households of yours to deliver."));
    if (allowed)
        return team;
    if (auto audited
        = AuditLog(m_db, m_clock).record(m_session, AuditAction::PermissionDenied, objectType, 0, AuditResult::Denied);
        !audited)
        return audited.error();
    return allowed.error();
}

Result<DdasCounts> DdasExport::write(
    const DdasRequest &request, const QString &fileName, const Progress &progress) const
{
    // Permission first: a refused attempt is audited whatever else is wrong with it.
    auto team = mayExport();
    if (!team)
        return team.error();
    if (QList<FieldError> problems = request.validate() + checkDdasTarget(fileName); !problems.isEmpty())
        return Error::invalid(problems);

    constexpr qint64 total = DdasReader::steps + 1;
    DdasReader::Progress reading;
    if (progress)
        reading = [&progress](qint64 done, qint64) { return progress(done, total); };
    auto data = DdasReader(m_db, m_session.fields()).read(*team, request.from, request.to, reading);
    if (!data)
        return data.error();
    DdasCounts counts;
    if (data->cancelled) {
        counts.cancelled = true;
        return counts;
    }
    counts.signals = static_cast<int>(data->signals.size());
    counts.cases = static_cast<int>(data->cases.size());
    counts.casesWithoutSignals = data->casesWithoutSignals;
    const QByteArray json = QJsonDocument(ddasDocument(request, m_clock.now(), *data)).toJson(QJsonDocument::Indented);
    *data = {}; // the plain BSNs are in `json` now; no second copy while writing

    auto ioError = [&fileName](const QString &why) {
        return Error(ErrorCode::Io,
            QCoreApplication::translate("vangnet::DdasExport", "%1 could not be written: %2").arg(fileName, why));
    };
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return ioError(file.errorString());
    if (file.write(json) != json.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return ioError(why);
    }
    if (progress && !progress(total, total)) {
        file.cancelWriting();
        counts.cancelled = true;
        return counts;
    }
    const QString detail = QStringLiteral("ddas:%1..%2 signals:%3 cases:%4")
                               .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))
                               .arg(counts.signals)
                               .arg(counts.cases);
    AuditLog log(m_db, m_clock);
    if (auto committed = commitAuditedExport(file, log, m_session, {objectType, 0, {}, detail}, ioError); !committed)
        return committed.error();
    spdlog::info("DDAS delivery written: {} signals, {} cases, {} cases without signals left out", counts.signals,
        counts.cases, counts.casesWithoutSignals);
    return counts;
}

} // namespace vangnet
