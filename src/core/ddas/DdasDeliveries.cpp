#include "ddas/DdasDeliveries.h"

#include "audit/AuditLog.h"
#include "audit/AuditedExport.h"
#include "ddas/DdasRequest.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QIODevice>

namespace vangnet {

namespace {
const QString objectType = QStringLiteral("ddas_delivery");
}

DdasDeliveries::DdasDeliveries(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> DdasDeliveries::mayRead() const
{
    return AccessGuard(m_db, m_clock, m_session).require(Permission::ExportStatisticsMunicipality, objectType);
}

Result<QList<DdasDelivery>> DdasDeliveries::list() const
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    return DdasDeliveryRepository(m_db).list();
}

Result<DdasDelivery> DdasDeliveries::writeCopy(qint64 id, const QString &fileName) const
{
    if (auto allowed = mayRead(); !allowed)
        return allowed.error();
    if (QList<FieldError> problems = checkDdasTarget(fileName); !problems.isEmpty())
        return Error::invalid(problems);
    auto kept = DdasDeliveryRepository(m_db).get(id);
    if (!kept)
        return kept.error();
    const QByteArray &file = kept->second;
    AuditLog log(m_db, m_clock);
    auto ioError = [&fileName](const QString &why) {
        return Error(ErrorCode::Io,
            QCoreApplication::translate("vangnet::DdasDeliveries", "%1 could not be written: %2").arg(fileName, why));
    };
    const ExportRecord record{objectType, id, {}, QStringLiteral("copy of ddas delivery %1 sha256:%2").arg(id).arg(kept->first.sha256)};
    auto written = writeAuditedExport(
        fileName,
        [&file](QIODevice &out) -> Result<void> {
            if (out.write(file) != file.size())
                return Error(ErrorCode::Io, out.errorString());
            return success();
        },
        log, m_session, record, ioError);
    if (!written)
        return written.error();
    return kept->first;
}

} // namespace vangnet
