#include "PlacesListCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "places/PlaceKeys.h"
#include "places/PlaceService.h"

#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using places::Place;

namespace {

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

/// "18–23", "18–", "–23", or "" when the place takes any age.
QString shownAges(const std::optional<int> &min, const std::optional<int> &max)
{
    if (!min && !max)
        return QString();
    return QStringLiteral("%1–%2").arg(min ? QString::number(*min) : QString(), max ? QString::number(*max) : QString());
}

} // namespace

QString PlacesListCommand::summary() const
{
    return tr("list the place inventory");
}

QString PlacesListCommand::help() const
{
    return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME places list [--json]\n\n"
              "Lists every supported-housing place, ordered by plek_id. Team leads, caseworkers and the\n"
              "administrator may read it: places hold no personal data.\n\n"
              "  --json   {\"places\": [{plek_id, aanbieder, locatie, wijk, woonvorm, capaciteit,\n"
              "           beschikbaar_vanaf, status, min_leeftijd, max_leeftijd, max_personen, rolstoel,\n"
              "           huisdieren, begeleiding}]}; a missing bound is null");
}

int PlacesListCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    LoggedInDatabase &in = *open;
    auto list = places::PlaceService(in.database(), in.clock(), in.session()).list();
    if (!list) {
        console.failure(list.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const Place &p : *list) {
            const places::PlaceDetails &d = p.details;
            out.append(QJsonObject{{QStringLiteral("plek_id"), d.plekId},
                                   {QStringLiteral("aanbieder"), d.provider},
                                   {QStringLiteral("locatie"), d.location},
                                   {QStringLiteral("wijk"), d.wijk},
                                   {QStringLiteral("woonvorm"), places::housingTypeKey(d.housingType)},
                                   {QStringLiteral("capaciteit"), d.capacity},
                                   {QStringLiteral("beschikbaar_vanaf"), d.availableFrom.toString(Qt::ISODate)},
                                   {QStringLiteral("status"), places::placeStatusKey(p.status)},
                                   {QStringLiteral("min_leeftijd"), optionalInt(d.minAge)},
                                   {QStringLiteral("max_leeftijd"), optionalInt(d.maxAge)},
                                   {QStringLiteral("max_personen"), optionalInt(d.maxPersons)},
                                   {QStringLiteral("rolstoel"), d.wheelchair},
                                   {QStringLiteral("huisdieren"), d.pets},
                                   {QStringLiteral("begeleiding"), places::careLevelKey(d.care)}});
        }
        console.json(QJsonObject{{QStringLiteral("places"), out}});
        return Done;
    }
    QList<QStringList> rows;
    for (const Place &p : *list) {
        const places::PlaceDetails &d = p.details;
        rows << QStringList{d.plekId, d.provider, d.wijk, places::housingTypeLabel(d.housingType),
                            QString::number(d.capacity), d.availableFrom.toString(Qt::ISODate),
                            places::placeStatusLabel(p.status),
                            shownAges(d.minAge, d.maxAge),
                            places::careLevelLabel(d.care)};
    }
    console.table({tr("Place"), tr("Provider"), tr("District"), tr("Housing type"), tr("Capacity"),
                   tr("Available from"), tr("Status"), tr("Ages"), tr("Support")},
                  rows, {4});
    if (list->isEmpty())
        console.out(tr("No places yet; the administrator imports them with 'places import'."));
    return Done;
}

} // namespace vangnet::cli
