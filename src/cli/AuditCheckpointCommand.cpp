#include "AuditCheckpointCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "audit/AuditLog.h"

#include <QFile>

namespace vangnet::cli {

QString AuditCheckpointCommand::summary() const
{
    return tr("write down the audit log's head, to catch a rollback later (administrator)");
}

QString AuditCheckpointCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME audit checkpoint [--append FILE]\n\n"
              "Checks the audit log and prints one line with the database id, the number and hash of\n"
              "its last record, the time and a seal made with a key only a logged-in user can derive.\n"
              "Keep these lines away from the database (another machine, a daily scheduled job):\n"
              "`audit verify --against FILE` then finds a log rolled back to an older copy or\n"
              "rewritten since. Only an administrator (beheerder) may do this. Exit status: 0 written,\n"
              "1 the log is not intact (nothing written), 2 could not run.\n\n"
              "  --append FILE  append the line to FILE (created readable by its owner only)");
}

int AuditCheckpointCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("append")}, {});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto made = AuditLog(in.database(), in.clock()).checkpoint(in.session());
    if (!made) {
        console.failure(made.error());
        return made.error().code == ErrorCode::Conflict ? DoneWithProblems : NothingDone;
    }
    const QString line = made->toLine();
    if (!reader.has(QStringLiteral("append"))) {
        console.out(line);
        return Done;
    }
    const QString fileName = reader.value(QStringLiteral("append"));
    QFile file(fileName);
    // Created for its owner only; an existing file keeps the mode its owner gave it.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text,
                   QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write((line + QLatin1Char('\n')).toUtf8()) < 0 || !file.flush()) {
        console.failure(Error{ErrorCode::Io, tr("%1: the checkpoint was not written: %2").arg(fileName, file.errorString())});
        return NothingDone;
    }
    console.out(tr("Checkpoint at record %1 appended to %2.").arg(made->seq).arg(fileName));
    return Done;
}

} // namespace vangnet::cli
