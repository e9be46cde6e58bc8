#include "NeedShowCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "needs/NeedJson.h"
#include "needs/NeedService.h"
#include "places/PlaceKeys.h"

#include <QJsonObject>

namespace vangnet::cli {

QString NeedShowCommand::summary() const
{
    return tr("show the housing need (woonvraag) of a household of your team");
}

QString NeedShowCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME need show HOUSEHOLD [--json]\n\n"
              "Shows the housing need of household HOUSEHOLD (its id), if it has one.\n\n"
              "  --json   {\"need\": null or {huishouden_id, aanvrager_id, personen, rolstoel, huisdier,\n"
              "           begeleiding, woonvormen, wijken, vanaf, updated_at, updated_by}}\n\n"
              "Exit status: 0 shown, 2 nothing shown.");
}

int NeedShowCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, 1);
    if (!reader.parse(args, console))
        return NothingDone;
    const std::optional<qint64> given = reader.positionalId(0);
    if (!given) {
        console.error(tr("name the household by its id; see 'vangnet-cli need show --help'"));
        return NothingDone;
    }
    const qint64 id = *given;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto need = needs::NeedService(in.database(), in.clock(), in.session()).get(id);
    if (!need) {
        console.failure(need.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("need"), *need ? QJsonValue(needs::needJson(**need)) : QJsonValue()}});
        return Done;
    }
    if (!*need) {
        console.out(tr("Household %1 has no housing need.").arg(id));
        return Done;
    }
    const needs::HousingNeed &n = **need;
    QStringList types;
    for (places::HousingType t : n.woonvormen)
        types << places::housingTypeKey(t);
    const QString any = tr("any");
    console.out(tr("Housing need of household %1: applicant %2, %n person(s), from %3", nullptr, n.persons)
                    .arg(id)
                    .arg(n.applicantId > 0 ? QString::number(n.applicantId) : tr("none"))
                    .arg(n.availableFrom.toString(Qt::ISODate)));
    console.out(tr("  begeleiding %1, wheelchair %2, pet %3")
                    .arg(places::careLevelKey(n.care), n.wheelchair ? tr("yes") : tr("no"), n.pet ? tr("yes") : tr("no")));
    console.out(tr("  woonvormen: %1").arg(types.isEmpty() ? any : types.join(QStringLiteral(", "))));
    console.out(tr("  wijken: %1").arg(n.wijken.isEmpty() ? any : n.wijken.join(QStringLiteral(", "))));
    return Done;
}

} // namespace vangnet::cli
