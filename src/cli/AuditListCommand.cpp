#include "AuditListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "audit/AuditChain.h"
#include "audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString AuditListCommand::summary() const
{
    return tr("list audit records, newest first (administrator)");
}

QString AuditListCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME audit list [--user NAME] [--household ID]\n"
              "                   [--from DATE] [--to DATE] [--json]\n\n"
              "Lists audit records, newest first. Only an administrator (beheerder) may do this.\n\n"
              "  --user NAME     records of this user only\n"
              "  --household ID  records about this household only\n"
              "  --from DATE     from this day (YYYY-MM-DD, local time)\n"
              "  --to DATE       up to and including this day\n"
              "  --json          machine-readable: {\"records\": [{id, at, actor, action, object_type,\n"
              "                  object_id, result, host, os_user, reason, detail}]}");
}

int AuditListCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("user"), QStringLiteral("household"), QStringLiteral("from"), QStringLiteral("to")},
                          {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    AuditQuery query;
    for (const QString &name : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!reader.has(name))
            continue;
        const auto day = reader.date(name);
        if (!day) {
            console.error(reader.error());
            return NothingDone;
        }
        if (name == QLatin1String("from"))
            query.from = QDateTime(*day, QTime(0, 0)).toUTC();
        else
            query.to = QDateTime(*day, QTime(23, 59, 59, 999)).toUTC();
    }
    if (reader.has(QStringLiteral("household"))) {
        const auto id = reader.integer(QStringLiteral("household"), 1);
        if (!id) {
            console.error(reader.error());
            return NothingDone;
        }
        query.objectType = QStringLiteral("household");
        query.objectId = *id;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    if (reader.has(QStringLiteral("user"))) {
        auto users = in.auth().users(in.session());
        if (!users) {
            console.failure(users.error());
            return NothingDone;
        }
        const QString wanted = reader.value(QStringLiteral("user")).trimmed().toLower();
        for (const User &u : *users)
            if (u.username == wanted)
                query.actorId = u.id;
        if (query.actorId == 0) {
            console.error(tr("There is no user %1").arg(wanted));
            return NothingDone;
        }
    }
    auto events = AuditLog(in.database(), in.clock()).find(in.session(), query);
    if (!events) {
        console.failure(events.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const AuditEvent &e : *events)
            list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                    {QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                                    {QStringLiteral("actor"), e.actorName},
                                    {QStringLiteral("action"), auditActionKey(e.action)},
                                    {QStringLiteral("object_type"), e.objectType},
                                    {QStringLiteral("object_id"), e.objectId},
                                    {QStringLiteral("result"), AuditChain::resultKey(e.result)},
                                    {QStringLiteral("host"), e.origin.host},
                                    {QStringLiteral("os_user"), e.origin.osUser},
                                    {QStringLiteral("reason"), e.reason},
                                    {QStringLiteral("detail"), e.detail}});
        console.json(QJsonObject{{QStringLiteral("records"), list}});
        return Done;
    }
    QList<QStringList> rows;
    for (const AuditEvent &e : *events)
        rows << QStringList{QString::number(e.id), e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            e.actorName, auditActionLabel(e.action),
                            e.objectType.isEmpty() ? QStringLiteral("-")
                                                   : QStringLiteral("%1 %2").arg(e.objectType).arg(e.objectId),
                            e.detail, e.origin.host};
    console.table({tr("Id"), tr("When"), tr("User"), tr("Action"), tr("Object"), tr("Detail"), tr("Workstation")}, rows,
                  {0});
    return Done;
}

} // namespace vangnet::cli
