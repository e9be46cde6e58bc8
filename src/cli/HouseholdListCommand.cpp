#include "HouseholdListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "rules/Severity.h"
#include "storage/HouseholdQuery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

QString HouseholdListCommand::summary() const
{
    return tr("list households, optionally searched and limited to one wijk");
}

QString HouseholdListCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME household list [--search TEXT] [--wijk W] [--limit N]\n"
              "       [--rule ID] [--severity LEVEL] [--by-priority] [--json]\n\n"
              "Lists the households of your own team sorted by name, as the application's household list\n"
              "does. An administrator (beheerder) sees no household data.\n\n"
              "  --search TEXT   as the search box: a BSN (9 digits) matches exactly, a postcode or its\n"
              "                  start by prefix, \"street number\" by street and number, other text\n"
              "                  member names (every word) or the street name\n"
              "  --wijk W        only households in this wijk (district)\n"
              "  --rule ID       only households with an open flag of this signal rule (rules list)\n"
              "  --severity LEVEL  only households with an open flag of at least this severity:\n"
              "                  laag, midden, hoog or kritiek (with --rule: of that rule's flag)\n"
              "  --by-priority   most urgent first (highest severity, then score) instead of by name\n"
              "  --limit N       show at most N households (default: all)\n"
              "  --json          machine-readable: {\"households\": [{id, name, address, postcode, plaats,\n"
              "                  wijk, members, priority}], \"count\": shown, \"total\": matching}\n"
              "                  (priority: the highest severity of the open flags, or null)");
}

namespace {

/// The highest severity of the household's open flags (rules::Priority::rank), or null.
QJsonValue priorityKey(qint64 rank)
{
    const qint64 severity = rank / 1000000;
    if (severity < 1 || severity > 4)
        return QJsonValue();
    return rules::severityKey(static_cast<rules::Severity>(severity));
}

} // namespace

int HouseholdListCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("search"), QStringLiteral("wijk"), QStringLiteral("limit"), QStringLiteral("rule"),
                           QStringLiteral("severity")},
                          {QStringLiteral("json"), QStringLiteral("by-priority")});
    if (!reader.parse(args, console))
        return NothingDone;
    int limit = 0;
    if (reader.has(QStringLiteral("limit"))) {
        const auto n = reader.integer(QStringLiteral("limit"), 1);
        if (!n) {
            console.error(reader.error());
            return NothingDone;
        }
        limit = *n;
    }
    std::optional<rules::Severity> severity;
    if (reader.has(QStringLiteral("severity"))) {
        severity = rules::severityFromKey(reader.value(QStringLiteral("severity")).trimmed().toLower());
        if (!severity) {
            console.error(tr("--severity takes laag, midden, hoog or kritiek, not '%1'").arg(reader.value(QStringLiteral("severity"))));
            return NothingDone;
        }
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;

    HouseholdFilter filter;
    filter.search = reader.value(QStringLiteral("search"));
    filter.wijk = reader.value(QStringLiteral("wijk"));
    filter.ruleId = reader.value(QStringLiteral("rule")).trimmed();
    filter.minSeverity = severity ? static_cast<int>(*severity) : 0;
    if (reader.has(QStringLiteral("by-priority"))) {
        filter.sort = HouseholdSort::Priority;
        filter.descending = true;
    }
    const HouseholdQuery query(open->database().connection(), open->session());
    auto ids = query.ids(filter);
    if (!ids) {
        console.failure(ids.error());
        return NothingDone;
    }
    const qsizetype total = ids->size();
    auto rows = query.rows(limit > 0 ? ids->mid(0, limit) : *ids);
    if (!rows) {
        console.error(rows.error().message);
        return NothingDone;
    }

    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const HouseholdRow &r : *rows)
            list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                    {QStringLiteral("name"), r.name},
                                    {QStringLiteral("address"), r.address},
                                    {QStringLiteral("postcode"), r.postcode},
                                    {QStringLiteral("plaats"), r.plaats},
                                    {QStringLiteral("wijk"), r.wijk},
                                    {QStringLiteral("members"), r.memberCount},
                                    {QStringLiteral("priority"), priorityKey(r.priorityRank)}});
        console.json(QJsonObject{{QStringLiteral("households"), list},
                                 {QStringLiteral("count"), static_cast<qint64>(rows->size())},
                                 {QStringLiteral("total"), static_cast<qint64>(total)}});
        return Done;
    }

    QList<QStringList> table;
    for (const HouseholdRow &r : *rows)
        table << QStringList{QString::number(r.id), r.name, r.address, r.postcode, r.plaats, r.wijk, QString::number(r.memberCount),
                             priorityKey(r.priorityRank).toString()};
    console.table({tr("Id"), tr("Name"), tr("Address"), tr("Postcode"), tr("Place"), tr("Wijk"), tr("Members"), tr("Priority")},
                  table, {0, 6});
    console.out(tr("%1 of %2 households shown").arg(rows->size()).arg(total));
    return Done;
}

} // namespace vangnet::cli
