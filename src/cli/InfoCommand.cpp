#include "InfoCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "storage/HouseholdRepository.h"
#include "storage/SqlStatement.h"

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
              "version and how many households and people it holds. Any logged-in user may ask.\n\n"
              "  --json   machine-readable output with the keys engine, location, schema_version,\n"
              "           households, people");
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
    auto households = HouseholdRepository(db.connection()).count();
    if (!households) {
        console.error(households.error().message);
        return NothingDone;
    }
    auto q = runSql(db.connection(), QStringLiteral("SELECT COUNT(*) FROM persons"), {}, "count persons");
    if (!q || !q->next()) {
        console.error(q ? tr("The number of people could not be read.") : q.error().message);
        return NothingDone;
    }
    const qint64 people = q->value(0).toLongLong();
    const QString engine = db.dialect().engineName();
    const int schemaVersion = db.schemaVersion();

    if (reader.has(QStringLiteral("json"))) {
        console.json(QJsonObject{{QStringLiteral("engine"), engine},
                                 {QStringLiteral("location"), location.display()},
                                 {QStringLiteral("schema_version"), schemaVersion},
                                 {QStringLiteral("households"), *households},
                                 {QStringLiteral("people"), people}});
        return Done;
    }
    const QList<QStringList> rows{
        {tr("Engine"), engine},
        {tr("Location"), location.display()},
        {tr("Schema version"), QString::number(schemaVersion)},
        {tr("Households"), QString::number(*households)},
        {tr("People"), QString::number(people)},
    };
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, row[0].size());
    for (const QStringList &row : rows)
        console.out(QStringLiteral("%1  %2").arg(row[0] + QLatin1Char(':'), -static_cast<int>(width + 1)).arg(row[1]));
    return Done;
}

} // namespace vangnet::cli
