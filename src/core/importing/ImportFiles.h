#pragma once

#include "importing/ImportProfile.h"
#include "importing/RowSource.h"
#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

namespace vangnet {
class Session;
}

namespace vangnet::importing {

/// A signal file as the import reads it: "csv", "ddas", or "" (by the file name: .json is DDAS).
/// A file that cannot be used at all is refused here, before anything is written.
Result<std::unique_ptr<SignalSource>> openSignalFile(const QString &path, const QString &format,
                                                     const ImportProfile &profile);
/// The format a signal file is read as, for the batch record: "csv" or "ddas" ("" = by name).
QString signalFormatName(const QString &path, const QString &format);
Result<std::unique_ptr<DischargeSource>> openDischargeFile(const QString &path, const ImportProfile &profile);
/// The column names on a CSV file's header line, read with the profile's delimiter and encoding
/// (for choosing columns by hand). Refuses, as the readers do, files that are empty or binary.
Result<QStringList> readCsvHeader(const QString &path, const ImportProfile &profile);

/// Saved mapping profiles (table import_profiles), beside the built-in ones.
class ProfileRepository {
public:
    explicit ProfileRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    /// The built-in profile first, then the saved ones by name.
    Result<QList<ImportProfile>> list(ImportProfile::Kind kind) const;
    /// By name (case-insensitive); "" is the built-in one. NotFound names the known profiles.
    Result<ImportProfile> find(ImportProfile::Kind kind, const QString &name) const;
    /// The saved profile of any kind whose name matches `name` (case-insensitive), if there is one:
    /// the one save() would replace.
    Result<std::optional<ImportProfile>> named(const QString &name) const;
    /// Saves (or replaces) a profile; Permission::ImportSignals. The built-in names are reserved.
    /// A saved profile whose name differs only in case is replaced too, as find() would not tell
    /// the two apart. The one path for the CLI and the import wizard.
    Result<void> save(const Session &session, const ImportProfile &profile, const QDateTime &now);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::importing
