#include "ImportBatchCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "importing/ImportService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using namespace vangnet::importing;

QStringList ImportBatchCommand::words() const
{
    return {QStringLiteral("import"), m_action == Action::List ? QStringLiteral("batches") : QStringLiteral("withdraw")};
}

QString ImportBatchCommand::summary() const
{
    return m_action == Action::List ? tr("list your team's import batches with their counts")
                                    : tr("withdraw an import batch nobody has worked on yet");
}

QString ImportBatchCommand::help() const
{
    if (m_action == Action::List)
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME import batches [--json]\n\n"
                  "Lists your own team's import batches (a batch belongs to the team of whoever imported\n"
                  "it), newest first: file, who imported, counts, withdrawn or not.\n"
                  "  --json   {\"batches\": [{batch, kind, file, format, profile, imported_by, imported_at, read,\n"
                  "           imported, duplicates, rejected, matched, new_households, withdrawn_at}]}");
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME import withdraw BATCH\n\n"
              "Removes the signals or notices of one batch, and the households it created that hold\n"
              "nothing else. Refused once any of its rows was worked on, and for another team's batch.\n"
              "Rows the batch put on another team's household go with it; that household stays.");
}

int ImportBatchCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, m_action == Action::Withdraw ? 1 : 0);
    if (!reader.parse(args, console))
        return NothingDone;
    const qint64 batch = m_action == Action::Withdraw ? reader.positionalId(0).value_or(0) : 0;
    if (m_action == Action::Withdraw && batch < 1) {
        console.error(tr("name the batch number to withdraw, e.g. 'import withdraw 12'"));
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    ImportService service(in.database(), in.clock(), in.session());
    if (m_action == Action::Withdraw) {
        if (auto withdrawn = service.withdraw(batch); !withdrawn) {
            console.failure(withdrawn.error());
            return NothingDone;
        }
        console.out(tr("Batch %1 withdrawn.").arg(batch));
        return Done;
    }
    auto batches = service.batches();
    if (!batches) {
        console.failure(batches.error());
        return NothingDone;
    }
    QJsonArray all;
    QList<QStringList> rows;
    for (const ImportBatch &b : *batches) {
        const QString kind = b.kind == ImportKind::Signals ? QStringLiteral("signals") : QStringLiteral("discharges");
        const QString when = b.importedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        all.append(QJsonObject{{QStringLiteral("batch"), b.id}, {QStringLiteral("kind"), kind},
                               {QStringLiteral("file"), b.origin.fileName}, {QStringLiteral("format"), b.origin.format},
                               {QStringLiteral("profile"), b.origin.profile}, {QStringLiteral("imported_by"), b.actorName},
                               {QStringLiteral("imported_at"), b.importedAt.toString(Qt::ISODate)},
                               {QStringLiteral("read"), b.counts.read}, {QStringLiteral("imported"), b.counts.imported},
                               {QStringLiteral("duplicates"), b.counts.duplicates}, {QStringLiteral("rejected"), b.counts.rejected},
                               {QStringLiteral("matched"), b.counts.matched},
                               {QStringLiteral("new_households"), b.counts.newHouseholds},
                               {QStringLiteral("withdrawn_at"), b.withdrawnAt.isValid() ? QJsonValue(b.withdrawnAt.toString(Qt::ISODate))
                                                                                        : QJsonValue()}});
        rows << QStringList{QString::number(b.id), kind, b.origin.fileName, b.actorName, when,
                            QString::number(b.counts.imported), QString::number(b.counts.duplicates),
                            QString::number(b.counts.rejected), b.withdrawnAt.isValid() ? tr("withdrawn") : QString()};
    }
    if (reader.has(QStringLiteral("json")))
        console.json({{QStringLiteral("batches"), all}});
    else
        console.table({tr("Batch"), tr("Kind"), tr("File"), tr("Imported by"), tr("When"), tr("Imported"), tr("Duplicates"),
                       tr("Rejected"), QString()},
                      rows, {0, 5, 6, 7});
    return Done;
}

} // namespace vangnet::cli
