#include "importing/ImportFiles.h"

#include "importing/CsvTable.h"
#include "importing/DischargeCsvReader.h"
#include "importing/SignalFileReader.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace vangnet::importing {

namespace {

/// A reader as a RowSource: its end, or the error that stopped it halfway.
template <typename Reader, typename Row>
class ReaderSource final : public RowSource<Row> {
public:
    explicit ReaderSource(std::unique_ptr<Reader> reader) : m_reader(std::move(reader)) {}
    Result<bool> next(Row &row, QList<Reject> &rejects) override
    {
        if (m_reader->next(row, rejects))
            return true;
        if (const auto &failure = m_reader->error())
            return *failure;
        return false;
    }
    qint64 done() const override { return m_reader->bytesRead(); }
    qint64 total() const override { return m_reader->totalBytes(); }
    QString columnName(int field) const override
    {
        if constexpr (requires { m_reader->columnName(field); })
            return m_reader->columnName(field);
        else
            return RowSource<Row>::columnName(field);
    }

private:
    std::unique_ptr<Reader> m_reader;
};

} // namespace

Result<std::unique_ptr<SignalSource>> openSignalFile(const QString &path, const QString &format, const ImportProfile &profile)
{
    SignalFileReader::Format how = SignalFileReader::formatFor(path);
    if (format == QLatin1String("csv"))
        how = SignalFileReader::Format::Csv;
    else if (format == QLatin1String("ddas"))
        how = SignalFileReader::Format::Ddas;
    else if (!format.isEmpty())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::importing::ImportFiles",
                                                                     "Unknown format '%1'; use csv or ddas.").arg(format)};
    auto reader = SignalFileReader::open(path, how, profile);
    if (!reader)
        return reader.error();
    return std::unique_ptr<SignalSource>(std::make_unique<ReaderSource<SignalReader, SignalRow>>(std::move(*reader)));
}

QString signalFormatName(const QString &path, const QString &format)
{
    if (!format.isEmpty())
        return format;
    return SignalFileReader::formatFor(path) == SignalFileReader::Format::Ddas ? QStringLiteral("ddas") : QStringLiteral("csv");
}

Result<std::unique_ptr<DischargeSource>> openDischargeFile(const QString &path, const ImportProfile &profile)
{
    auto reader = DischargeCsvReader::open(path, profile);
    if (!reader)
        return reader.error();
    return std::unique_ptr<DischargeSource>(
        std::make_unique<ReaderSource<DischargeCsvReader, DischargeRow>>(std::move(*reader)));
}

Result<QStringList> readCsvHeader(const QString &path, const ImportProfile &profile)
{
    return CsvTable::headerOf(std::make_unique<QFile>(path), path, profile);
}

Result<QList<ImportProfile>> ProfileRepository::list(ImportProfile::Kind kind) const
{
    QList<ImportProfile> out{kind == ImportProfile::Kind::Signals ? ImportProfile::defaultSignals()
                                                                  : ImportProfile::defaultDischarges()};
    auto q = runSql(m_db, QStringLiteral("SELECT definition FROM import_profiles WHERE kind = ? ORDER BY name"),
                    {kindKey(kind)}, "read import profiles");
    if (!q)
        return q.error();
    while (q->next()) {
        auto profile = ImportProfile::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        if (profile)
            out << *profile;
    }
    return out;
}

Result<ImportProfile> ProfileRepository::find(ImportProfile::Kind kind, const QString &name) const
{
    auto all = list(kind);
    if (!all)
        return all.error();
    if (name.trimmed().isEmpty())
        return all->constFirst();
    QStringList names;
    for (const ImportProfile &p : *all) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
        names << p.name;
    }
    return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::importing::ImportFiles",
                                                                  "There is no import profile '%1'; known profiles: %2")
                                          .arg(name, names.join(QStringLiteral(", ")))};
}

Result<std::optional<ImportProfile>> ProfileRepository::named(const QString &name) const
{
    for (const auto kind : {ImportProfile::Kind::Signals, ImportProfile::Kind::Discharges}) {
        auto all = list(kind);
        if (!all)
            return all.error();
        for (qsizetype i = 1; i < all->size(); ++i) // [0] is the built-in one
            if (all->at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                return std::optional<ImportProfile>(all->at(i));
    }
    return std::optional<ImportProfile>();
}

Result<void> ProfileRepository::save(const Session &session, const ImportProfile &profile, const QDateTime &now)
{
    static const SystemClock clock; // a repository holds no clock; `now` is the profile's timestamp
    if (auto allowed = AccessGuard(m_db, clock, session).require(Permission::ImportSignals, QStringLiteral("import_profile"), 0,
                                                                 QStringLiteral("attempt:save"));
        !allowed)
        return allowed;
    if (profile.name.trimmed().isEmpty())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vangnet::importing::ImportProfile", "The profile has no name")};
    for (const ImportProfile &builtIn : {ImportProfile::defaultSignals(), ImportProfile::defaultDischarges()})
        if (builtIn.name.compare(profile.name.trimmed(), Qt::CaseInsensitive) == 0)
            return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::importing::ImportFiles",
                                                                          "'%1' is the built-in profile; choose another name.")
                                                  .arg(profile.name)};
    auto existing = named(profile.name);
    if (!existing)
        return existing.error();
    Transaction transaction(m_db);
    if (auto begun = transaction.beginResult(); !begun)
        return begun;
    if (*existing && (*existing)->name != profile.name.trimmed()) {
        if (auto q = runSql(m_db, QStringLiteral("DELETE FROM import_profiles WHERE name = ?"), {(*existing)->name},
                            "replace import profile");
            !q)
            return q.error();
    }
    auto q = runSql(m_db, QStringLiteral(
        "INSERT INTO import_profiles (name, kind, definition, updated_at, updated_by) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, definition = excluded.definition, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
        {profile.name.trimmed(), kindKey(profile.kind),
         QString::fromUtf8(QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact)), timestampToSql(now),
         session.user().displayName}, "save import profile");
    if (!q)
        return q.error();
    return transaction.commit();
}

} // namespace vangnet::importing
