#include "HouseholdDuplicatesCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "households/DuplicateService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using households::DuplicatePair;
using households::DuplicateReason;

QString HouseholdDuplicatesCommand::summary() const
{
    return tr("list pairs of households of your team that may be one family");
}

QString HouseholdDuplicatesCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME household duplicates [--json]\n\n"
              "Lists the pairs of households of your team that may be one family, highest score first, with\n"
              "the reasons they were proposed (docs/duplicates.md). Pairs called \"not a duplicate\" are left out.\n\n"
              "  --json   {pairs: [{a, b, a_version, b_version, a_name, b_name, score,\n"
              "           reasons: [{key, level, text}]}]}; key same_bsn, similar_name, same_address or\n"
              "           earlier_address; level error (same_bsn: must never happen) or info\n\n"
              "Exit status: 0 listed, 2 nothing listed.");
}

int HouseholdDuplicatesCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, 0);
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto pairs = households::DuplicateService(in.database(), in.clock(), in.session()).candidates();
    if (!pairs) {
        console.failure(pairs.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (const DuplicatePair &p : *pairs) {
            QJsonArray reasons;
            for (const DuplicateReason &r : p.reasons)
                reasons << QJsonObject{{QStringLiteral("key"), households::duplicateReasonKey(r.kind)},
                    {QStringLiteral("level"), r.isError() ? QStringLiteral("error") : QStringLiteral("info")},
                    {QStringLiteral("text"),
                        households::duplicateReasonLabel(r.kind)
                            + (r.detail.isEmpty() ? QString() : QStringLiteral(": ") + r.detail)}};
            list << QJsonObject{{QStringLiteral("a"), p.a.id}, {QStringLiteral("b"), p.b.id},
                {QStringLiteral("a_version"), p.a.version}, {QStringLiteral("b_version"), p.b.version},
                {QStringLiteral("a_name"), p.a.name}, {QStringLiteral("b_name"), p.b.name},
                {QStringLiteral("score"), p.score}, {QStringLiteral("reasons"), reasons}};
        }
        console.json({{QStringLiteral("pairs"), list}});
        return Done;
    }
    if (pairs->isEmpty()) {
        console.out(tr("No possible duplicates."));
        return Done;
    }
    QList<QStringList> rows;
    for (const DuplicatePair &p : *pairs)
        rows << QStringList{QString::number(p.a.id), p.a.name, QString::number(p.b.id), p.b.name,
            QString::number(p.score), p.reasonsText()};
    console.table(
        {tr("Household"), tr("Name"), tr("Household"), tr("Name"), tr("Score"), tr("Reasons")}, rows, {0, 2, 4});
    return Done;
}

} // namespace vangnet::cli
