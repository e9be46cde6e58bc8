#include "AuditVerifyCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "audit/AuditLog.h"
#include "support/Clock.h"

#include <QFile>

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString AuditVerifyCommand::summary() const
{
    return tr("check that the audit log was not altered (administrator)");
}

QString AuditVerifyCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME audit verify [--against FILE [--last]] [--json]\n\n"
              "Checks every audit record against its hash and seal and the chain between them:\n"
              "altered, removed and inserted records, a wiped log and a removed tail are listed.\n"
              "The log is checked as it is on disk, before this command's own login is recorded.\n"
              "Only an administrator (beheerder) may do this. Exit status: 0 intact, 1 problems\n"
              "found, 2 could not check.\n\n"
              "  --against FILE  also compare with the checkpoints in FILE (made by `audit checkpoint`):\n"
              "                  a log rolled back or rewritten since one of them is a problem; a\n"
              "                  checkpoint of another database, or a forged one, is refused (exit 2)\n"
              "  --last          only the last checkpoint in FILE\n"
              "  --json          machine-readable: {\"checked\": N, \"intact\": true|false, \"problems\": [...],\n"
              "                  \"notes\": [...], \"database\": ID, \"seq\": N, \"unsealed\": N, \"checkpoints\": N}");
}

namespace {

/// The checkpoints of --against, read before anyone logs in: a bad file costs no password.
std::optional<QList<AuditCheckpoint>> readCheckpoints(const ArgumentReader &reader, Console &console)
{
    if (!reader.has(QStringLiteral("against")))
        return QList<AuditCheckpoint>{};
    const QString fileName = reader.value(QStringLiteral("against"));
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        console.failure(Error{ErrorCode::Io, AuditVerifyCommand::tr("%1: cannot read the checkpoints: %2")
                                                 .arg(fileName, file.errorString())});
        return std::nullopt;
    }
    auto parsed = AuditCheckpoint::parseAll(QString::fromUtf8(file.readAll()), fileName);
    if (!parsed) {
        console.failure(parsed.error());
        return std::nullopt;
    }
    if (reader.has(QStringLiteral("last")))
        return QList<AuditCheckpoint>{parsed->last()};
    return *parsed;
}

} // namespace

int AuditVerifyCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("against")}, {QStringLiteral("json"), QStringLiteral("last")});
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.has(QStringLiteral("last")) && !reader.has(QStringLiteral("against"))) {
        console.error(tr("--last needs --against FILE"));
        return NothingDone;
    }
    const auto checkpoints = readCheckpoints(reader, console);
    if (!checkpoints)
        return NothingDone;
    // Verified the moment the password is proven: the login's own record would seal an unsealed
    // tail (anonymous failed logins, or a forger's) before it was looked at.
    std::optional<Result<AuditVerification>> verified;
    const SystemClock clock;
    auto open = LoggedInDatabase::openOrReport(global, console, [&](Database &db, const Session &session) {
        verified = AuditLog(db, clock).verify(session, *checkpoints);
    });
    if (!open)
        return NothingDone;
    if (!verified || !*verified) {
        console.failure(verified ? verified->error() : Error{ErrorCode::Database, tr("the audit log was not checked")});
        return NothingDone;
    }
    const AuditVerification &v = **verified;
    if (reader.has(QStringLiteral("json"))) {
        console.json(QJsonObject{{QStringLiteral("checked"), v.checked},
                                 {QStringLiteral("intact"), v.intact()},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(v.problems)},
                                 {QStringLiteral("notes"), QJsonArray::fromStringList(v.notes)},
                                 {QStringLiteral("database"), v.databaseId},
                                 {QStringLiteral("seq"), v.headSeq},
                                 {QStringLiteral("unsealed"), v.unsealed},
                                 {QStringLiteral("checkpoints"), checkpoints->size()}});
    } else {
        console.out(v.intact() ? tr("Audit log intact: %1 records checked.").arg(v.checked)
                               : tr("Audit log NOT intact: %1 records checked, %2 problems.")
                                     .arg(v.checked)
                                     .arg(v.problems.size()));
        for (const QString &problem : v.problems)
            console.out(QStringLiteral("  - ") + problem);
        if (!checkpoints->isEmpty())
            console.out(tr("Compared with %n checkpoint(s).", nullptr, int(checkpoints->size())));
        for (const QString &note : v.notes)
            console.out(tr("Note: %1").arg(note));
    }
    return v.intact() ? Done : DoneWithProblems;
}

} // namespace vangnet::cli
