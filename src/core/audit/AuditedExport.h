#pragma once

#include "support/Result.h"

#include <QString>

#include <functional>

class QIODevice;
class QSaveFile;

namespace vangnet {

class AuditLog;
class Session;

/// What an export records about itself: the object it concerns and a reason and detail
/// without personal data.
struct ExportRecord {
    QString objectType;
    qint64 objectId = 0;
    QString reason;
    QString detail;
};

/// The last step of every export (DDAS, subject access, lists): `file`, completely written,
/// is moved into place only once its audit record (AuditAction::Export, Success) is stored, so
/// there is never an export without a record. Without the record the file is dropped and the
/// record's error returned; should the move itself fail, a second record with result Failed
/// follows and `ioError(why)` is returned.
Result<void> commitAuditedExport(QSaveFile &file, AuditLog &log, const Session &session, const ExportRecord &record,
                                 const std::function<Error(const QString &why)> &ioError);

/// A whole export in one go: opens `fileName` through QSaveFile (written beside the target),
/// lets `write` fill it, drops it when `write` fails, and ends with commitAuditedExport. For
/// exports written in one piece (a report, a PDF); those with progress between rows call
/// commitAuditedExport themselves.
Result<void> writeAuditedExport(const QString &fileName, const std::function<Result<void>(QIODevice &out)> &write,
                                AuditLog &log, const Session &session, const ExportRecord &record,
                                const std::function<Error(const QString &why)> &ioError);

} // namespace vangnet
