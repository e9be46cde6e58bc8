#pragma once

#include "ArgumentReader.h"
#include "Command.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "importing/RejectsJson.h"

#include <QFileInfo>
#include <QJsonObject>

namespace vangnet::cli {

/// The texts an import that adds, updates or leaves rows alone words in its own translation
/// context: the refusal without a file, the summary line ("%1" the file, then read, added,
/// updated, unchanged, rejected) and one rejected row ("%1" file, "%2" line, "%3" ", column",
/// "%4" reason).
struct UpsertImportTexts {
    QString missingFile;
    QString summary;
    QString reject;
};

/// `places import` and `need import` after their help: one file argument and `--json`, a login,
/// the service's import (`importFile(database)` returning a Result of a summary with read,
/// inserted, updated, unchanged, rejected and rejects), then the counts as JSON
/// (`{read, inserted, updated, unchanged, rejected, rejects}`) or text. Exit status 0, 1 with
/// rejected rows, 2 when nothing was done.
template <typename ImportFile>
int runUpsertImport(const QStringList &args, const GlobalOptions &global, Console &console,
                    const UpsertImportTexts &texts, ImportFile importFile)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    if (reader.positionals().isEmpty()) {
        console.error(texts.missingFile);
        return NothingDone;
    }
    const QString path = reader.positionals().constFirst();
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    auto summary = importFile(*open, path);
    if (!summary) {
        console.failure(summary.error());
        return NothingDone;
    }
    const QString fileName = QFileInfo(path).fileName();
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("read"), summary->read},
                      {QStringLiteral("inserted"), summary->inserted},
                      {QStringLiteral("updated"), summary->updated},
                      {QStringLiteral("unchanged"), summary->unchanged},
                      {QStringLiteral("rejected"), summary->rejected},
                      {QStringLiteral("rejects"), importing::rejectsJson(summary->rejects)}});
    } else {
        console.out(QString(texts.summary)
                        .arg(fileName)
                        .arg(summary->read)
                        .arg(summary->inserted)
                        .arg(summary->updated)
                        .arg(summary->unchanged)
                        .arg(summary->rejected));
        for (const importing::Reject &r : summary->rejects)
            console.error(QString(texts.reject)
                              .arg(fileName)
                              .arg(r.line)
                              .arg(r.column.isEmpty() ? QString() : QStringLiteral(", ") + r.column, r.reason));
    }
    return summary->rejected > 0 ? DoneWithProblems : Done;
}

} // namespace vangnet::cli
