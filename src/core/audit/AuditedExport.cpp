#include "audit/AuditedExport.h"

#include "audit/AuditLog.h"
#include "support/PrivateFiles.h"

#include <QSaveFile>

#include <spdlog/spdlog.h>

namespace vangnet {

Result<void> commitAuditedExport(QSaveFile &file, AuditLog &log, const Session &session, const ExportRecord &record,
                                 const std::function<Error(const QString &why)> &ioError)
{
    if (auto recorded = log.record(session, AuditAction::Export, record.objectType, record.objectId,
                                   AuditResult::Success, record.reason, record.detail);
        !recorded) {
        file.cancelWriting();
        return recorded;
    }
    if (file.commit())
        return success();
    const QString why = file.errorString();
    spdlog::error("{} export {} could not be moved into place", record.objectType.toStdString(), record.objectId);
    if (auto failed = log.record(session, AuditAction::Export, record.objectType, record.objectId, AuditResult::Failed,
                                 record.reason, record.detail);
        !failed)
        return failed;
    return ioError(why);
}

Result<void> writeAuditedExport(const QString &fileName, const std::function<Result<void>(QIODevice &out)> &write,
                                AuditLog &log, const Session &session, const ExportRecord &record,
                                const std::function<Error(const QString &why)> &ioError)
{
    // QSaveFile writes beside the target and renames on commit(): never a half-written export.
    QSaveFile file(fileName);
    if (!privatefiles::openOwnerOnly(file))
        return ioError(file.errorString());
    if (auto written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    return commitAuditedExport(file, log, session, record, ioError);
}

} // namespace vangnet
