#include "HouseholdMergeCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "households/HouseholdMergeService.h"

#include <QJsonObject>

namespace vangnet::cli {

QString HouseholdMergeCommand::summary() const
{
    return tr("merge two households of your team that are one family");
}

QString HouseholdMergeCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME household merge KEEP OTHER\n"
              "           [--keep-version N] [--other-version N] [--json]\n\n"
              "Moves everything of household OTHER (members, signals, discharge notices, cases, flags, notes, ...)\n"
              "to household KEEP and removes OTHER; members who are the same person become one. The merge is\n"
              "recorded and can be undone with 'household unmerge MERGE_ID' (docs/duplicates.md).\n\n"
              "  --keep-version N, --other-version N   refuse when the household changed since version N\n"
              "                                        (as 'household duplicates --json' shows it)\n"
              "  --json   {merge, kept, merged, persons_joined, moved: {table: rows}, removed: {table: rows}}\n\n"
              "Exit status: 0 merged, 2 nothing changed.");
}

int HouseholdMergeCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader(
        {QStringLiteral("keep-version"), QStringLiteral("other-version")}, {QStringLiteral("json")}, 2);
    if (!reader.parse(args, console))
        return NothingDone;
    const std::optional<qint64> keep = reader.positionalId(0);
    const std::optional<qint64> other = reader.positionalId(1);
    if (!keep || !other) {
        console.error(tr("name the household that stays and the one that goes by their ids; see "
                         "'vangnet-cli household merge --help'"));
        return NothingDone;
    }
    std::optional<int> versions[2];
    const QString versionOptions[2]{QStringLiteral("keep-version"), QStringLiteral("other-version")};
    for (int i = 0; i < 2; ++i)
        if (reader.has(versionOptions[i])) {
            bool ok = false;
            versions[i] = reader.value(versionOptions[i]).toInt(&ok);
            if (!ok || *versions[i] < 1) {
                console.error(tr("--%1: a version is a whole number from 1").arg(versionOptions[i]));
                return NothingDone;
            }
        }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto done = households::HouseholdMergeService(in.database(), in.clock(), in.session())
                    .merge(*keep, *other, versions[0], versions[1]);
    if (!done) {
        console.failure(done.error());
        return NothingDone;
    }
    const auto toJson = [](const QMap<QString, int> &per) {
        QJsonObject o;
        for (auto it = per.cbegin(); it != per.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    };
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("merge"), done->mergeId}, {QStringLiteral("kept"), done->keptId},
            {QStringLiteral("merged"), done->mergedId}, {QStringLiteral("persons_joined"), done->personsJoined},
            {QStringLiteral("moved"), toJson(done->moved)}, {QStringLiteral("removed"), toJson(done->removed)}});
        return Done;
    }
    console.out(tr("Household %1 merged into household %2 (merge %3).")
                    .arg(done->mergedId)
                    .arg(done->keptId)
                    .arg(done->mergeId));
    for (auto it = done->moved.cbegin(); it != done->moved.cend(); ++it)
        console.out(tr("  moved %1: %2").arg(it.key()).arg(it.value()));
    console.out(tr("Undo with: vangnet-cli household unmerge %1").arg(done->mergeId));
    return Done;
}

} // namespace vangnet::cli
