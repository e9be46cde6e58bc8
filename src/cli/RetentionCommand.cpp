#include "RetentionCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "retention/RetentionService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString RetentionCommand::summary() const
{
    return tr("show what the retention periods make due, or purge it (administrator)");
}

QString RetentionCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME retention --dry-run|--apply [--json]\n\n"
              "Counts, per category, the data whose retention period (bewaartermijn) has passed today.\n"
              "Only an administrator (beheerder) may do this. Give exactly one of:\n\n"
              "  --dry-run   show the period, cutoff date and number due; nothing is deleted\n"
              "  --apply     delete what is due, one transaction per category, and write a purge\n"
              "              record (category, count, date, who; no personal data)\n"
              "  --json      machine-readable: {\"as_of\": DATE, \"categories\": [{category, months,\n"
              "              cutoff, due, purged, oldest, has_data}]}\n\n"
              "'vangnet-cli retention periods' lists the periods, 'retention set' changes one.\n"
              "Exit status: 0 done, 1 some categories could not be purged, 2 nothing done.");
}

int RetentionCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("dry-run"), QStringLiteral("apply"), QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    const bool apply = reader.has(QStringLiteral("apply"));
    if (apply == reader.has(QStringLiteral("dry-run"))) {
        console.error(tr("retention needs exactly one of --dry-run (show what is due) and --apply (purge it)"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    RetentionService service(in.database(), in.clock(), in.session());
    auto due = service.due();
    if (!due) {
        console.failure(due.error());
        return NothingDone;
    }

    QList<qint64> purged(due->size(), 0);
    int failures = 0;
    qint64 purgedTotal = 0;
    if (apply) {
        for (qsizetype i = 0; i < due->size(); ++i) {
            const RetentionDue &item = due->at(i);
            if (!item.hasData || item.count == 0)
                continue;
            auto done = service.purge(item);
            if (!done) {
                console.failure(done.error());
                ++failures;
                continue;
            }
            purged[i] = done->count;
            purgedTotal += done->count;
        }
    }

    const QDate asOf = due->isEmpty() ? in.clock().today() : due->first().asOf;
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray categories;
        for (qsizetype i = 0; i < due->size(); ++i) {
            const RetentionDue &item = due->at(i);
            categories.append(QJsonObject{{QStringLiteral("category"), retentionCategoryKey(item.category)},
                                          {QStringLiteral("months"), item.months},
                                          {QStringLiteral("cutoff"), item.cutoff.toString(Qt::ISODate)},
                                          {QStringLiteral("due"), item.count},
                                          {QStringLiteral("purged"), purged.at(i)},
                                          {QStringLiteral("oldest"), dateOrNull(item.oldest)},
                                          {QStringLiteral("has_data"), item.hasData}});
        }
        console.json(QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                 {QStringLiteral("categories"), categories}});
    } else {
        console.out(apply ? tr("Retention as of %1: purged what was due.").arg(asOf.toString(Qt::ISODate))
                          : tr("Retention as of %1 (dry run: nothing is deleted).").arg(asOf.toString(Qt::ISODate)));
        QList<QStringList> rows;
        for (qsizetype i = 0; i < due->size(); ++i) {
            const RetentionDue &item = due->at(i);
            QStringList row{retentionCategoryKey(item.category), tr("%n month(s)", nullptr, item.months),
                            item.cutoff.toString(Qt::ISODate), QString::number(item.count)};
            if (apply)
                row << QString::number(purged.at(i));
            row << (item.hasData ? (item.oldest.isValid() ? item.oldest.toString(Qt::ISODate) : QStringLiteral("-"))
                                 : retentionNoDataNote());
            rows << row;
        }
        QStringList header{tr("Category"), tr("Period"), tr("Cutoff"), tr("Due")};
        if (apply)
            header << tr("Purged");
        header << tr("Oldest");
        console.table(header, rows, apply ? QList<int>{3, 4} : QList<int>{3});
        if (apply)
            console.out(tr("%n item(s) purged.", nullptr, int(purgedTotal)));
    }
    if (failures == 0)
        return Done;
    return purgedTotal > 0 ? DoneWithProblems : NothingDone;
}

} // namespace vangnet::cli
