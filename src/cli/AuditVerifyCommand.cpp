#include "AuditVerifyCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString AuditVerifyCommand::summary() const
{
    return tr("check that the audit log was not altered (administrator)");
}

QString AuditVerifyCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME audit verify [--json]\n\n"
              "Checks every audit record against its hash and seal and the chain between them:\n"
              "altered, removed and inserted records are listed. Only an administrator (beheerder)\n"
              "may do this. Exit status: 0 intact, 1 problems found, 2 could not check.\n\n"
              "  --json   machine-readable: {\"checked\": N, \"intact\": true|false, \"problems\": [...],\n"
              "           \"notes\": [...]}");
}

int AuditVerifyCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto verified = AuditLog(in.database(), in.clock()).verify(in.session());
    if (!verified) {
        console.failure(verified.error());
        return NothingDone;
    }
    const AuditVerification &v = *verified;
    if (reader.has(QStringLiteral("json"))) {
        console.json(QJsonObject{{QStringLiteral("checked"), v.checked},
                                 {QStringLiteral("intact"), v.intact()},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(v.problems)},
                                 {QStringLiteral("notes"), QJsonArray::fromStringList(v.notes)}});
    } else {
        console.out(v.intact() ? tr("Audit log intact: %1 records checked.").arg(v.checked)
                               : tr("Audit log NOT intact: %1 records checked, %2 problems.")
                                     .arg(v.checked)
                                     .arg(v.problems.size()));
        for (const QString &problem : v.problems)
            console.out(QStringLiteral("  - ") + problem);
        for (const QString &note : v.notes)
            console.out(tr("Note: %1").arg(note));
    }
    return v.intact() ? Done : DoneWithProblems;
}

} // namespace vangnet::cli
