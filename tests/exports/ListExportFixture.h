#pragma once

#include "cases/CaseFixture.h"
#include "support/CatchQt.h"
#include "exports/ListExport.h"

#include <QTemporaryDir>

namespace vangnet::test {

/// Team A's households "=1+1" (district Noord) and "Visser" (district "+Centrum", a text a
/// spreadsheet would run), and team B's "Anders", with a folder to export into.
struct ListExportFixture : CaseFixture {
    ListExportFixture();

    std::pair<qint64, qint64> formula;
    std::pair<qint64, qint64> visser;
    std::pair<qint64, qint64> anders; ///< team B
    QTemporaryDir out;

    /// Writes `request` as `session` to `name` in the folder; fails the test when it fails.
    QString exported(const Session &session, exports::ListExportRequest request, const QString &name);
    /// The file's text without its byte order mark, split into lines (CRLF ends).
    static QStringList csvLines(const QString &path);
    /// The byte order mark is there.
    static bool startsWithBom(const QString &path);
    /// The export records in the audit log, oldest first.
    QList<AuditEvent> exportRecords(std::optional<AuditAction> action = AuditAction::Export);
    /// The names in the folder (hidden ones too).
    QStringList filesInFolder() const;
};

} // namespace vangnet::test
