#include "InfoCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "households/TeamFigures.h"

#include <QJsonObject>

#include <algorithm>

namespace vangnet::cli {

QString InfoCommand::summary() const
{
    return tr("show the database's engine, location, schema version and counts");
}

QString InfoCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME info [--json]\n\n"
              "Shows which database is used (engine and location, without password), its schema\n"
              "version and, need-to-know, how much your own team holds: households, people, early\n"
              "signals, discharge notices and open cases. Any logged-in user may ask; the\n"
              "administrator sees no household counts.\n\n"
              "  --json   machine-readable output with the keys engine, location, schema_version and,\n"
              "           for a team member, households, people, signals, discharge_notices, open_cases");
}

int InfoCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    Database &db = open->database();
    const DatabaseLocation &location = open->location();
    auto counts = TeamFigures(db.connection(), open->session()).counts();
    if (!counts) {
        console.failure(counts.error());
        return NothingDone;
    }
    const QString engine = db.dialect().engineName();
    const int schemaVersion = db.schemaVersion();
    // The team's figures only, as (JSON key, label, value).
    struct Figure {
        QString key;
        QString label;
        qint64 value;
    };
    QList<Figure> figures;
    if (const std::optional<TeamCounts> &c = *counts)
        figures = {{QStringLiteral("households"), tr("Households"), c->households},
                   {QStringLiteral("people"), tr("People"), c->people},
                   {QStringLiteral("signals"), tr("Early signals"), c->signals},
                   {QStringLiteral("discharge_notices"), tr("Discharge notices"), c->dischargeNotices},
                   {QStringLiteral("open_cases"), tr("Open cases"), c->openCases}};

    if (reader.has(QStringLiteral("json"))) {
        QJsonObject o{{QStringLiteral("engine"), engine},
                      {QStringLiteral("location"), location.display()},
                      {QStringLiteral("schema_version"), schemaVersion}};
        for (const Figure &f : std::as_const(figures))
            o.insert(f.key, f.value);
        console.json(o);
        return Done;
    }
    QList<QStringList> rows{
        {tr("Engine"), engine},
        {tr("Location"), location.display()},
        {tr("Schema version"), QString::number(schemaVersion)},
    };
    for (const Figure &f : std::as_const(figures))
        rows << QStringList{f.label, QString::number(f.value)};
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, row[0].size());
    for (const QStringList &row : rows)
        console.out(QStringLiteral("%1  %2").arg(row[0] + QLatin1Char(':'), -static_cast<int>(width + 1)).arg(row[1]));
    return Done;
}

} // namespace vangnet::cli
