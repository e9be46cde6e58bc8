#include "ddas/DdasJson.h"

#include "cases/CaseVocabulary.h"
#include "importing/ImportKeys.h"

#include <QJsonArray>

namespace vangnet {

namespace {

namespace vocabulary = cases::ddas;

QString date(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

/// Adds `key` only when `text` is not empty: the schema's optional strings are left out, not "".
void putText(QJsonObject &object, const QString &key, const QString &text)
{
    if (!text.trimmed().isEmpty())
        object.insert(key, text.trimmed());
}

void putDate(QJsonObject &object, const QString &key, const QDate &d)
{
    if (d.isValid())
        object.insert(key, date(d));
}

/// The schema's EnumSignaalpartner text for a stored partner type (stored as that text; the
/// lenient key lookup also takes older spellings), "Overige" for anything unknown.
QString partnerType(const QString &stored)
{
    const auto type = importing::partnerTypeFromKey(stored);
    return importing::partnerTypeKey(type.value_or(importing::PartnerType::Overige));
}

QJsonObject clientJson(const DdasClient &c)
{
    QJsonObject out;
    putText(out, QStringLiteral("Burgerservicenummer"), c.bsn);
    putText(out, QStringLiteral("Voorletters"), c.voorletters);
    putText(out, QStringLiteral("Voorvoegsel"), c.voorvoegsel);
    putText(out, QStringLiteral("Achternaam"), c.achternaam);
    putDate(out, QStringLiteral("Geboortedatum"), c.geboortedatum);
    putText(out, QStringLiteral("Straatnaam"), c.straat);
    putText(out, QStringLiteral("Postcode"), QString(c.postcode).remove(QLatin1Char(' ')).toUpper());
    if (c.huisnummer > 0)
        out.insert(QStringLiteral("Huisnummer"), QString::number(c.huisnummer));
    putText(out, QStringLiteral("Huisnummertoevoeging"), c.toevoeging);
    putText(out, QStringLiteral("Plaatsnaam"), c.plaats);
    return out;
}

QJsonObject signalJson(const DdasSignal &s, const QString &id)
{
    QJsonObject out{{QStringLiteral("ID"), id}, {QStringLiteral("crisissignaal"), s.crisis},
        {QStringLiteral("warmeOverdracht"), s.warmHandover},
        {QStringLiteral("signaalpartner"), QJsonObject{{QStringLiteral("type"), partnerType(s.partnerType)}}},
        {QStringLiteral("client"), clientJson(s.client)}};
    if (s.amountCents)
        out.insert(QStringLiteral("bedrag"), ddasWholeEuros(*s.amountCents));
    putDate(out, QStringLiteral("ontstaansdatum"), s.arisenDate);
    putDate(out, QStringLiteral("signaaldatum"), s.signalDate);
    // EnumSignaalstatus has no "taken up": a signal in a taken-up case (vroegsignaalzaak with
    // datum_opgepakt) says so through the case, and "Nog niet opgepakt" would be wrong for it.
    const bool contradicted = s.takenUp && s.status == vocabulary::notYetTakenUp();
    if (vocabulary::signaalstatus().contains(s.status) && !contradicted)
        out.insert(QStringLiteral("status"), s.status);
    return out;
}

QJsonObject attemptJson(const DdasAttempt &a)
{
    QJsonObject out{
        {QStringLiteral("soort"), vocabulary::contactsoort().contains(a.kind) ? a.kind : QStringLiteral("Overige")},
        {QStringLiteral("bereikt"), a.reached}};
    putDate(out, QStringLiteral("datum"), a.date);
    if (vocabulary::dagdeel().contains(a.dayPart))
        out.insert(QStringLiteral("dagdeel"), a.dayPart);
    return out;
}

QJsonObject caseJson(const DdasCase &c, const QDate &periodEnd)
{
    QJsonArray references;
    for (const qint64 id : c.signalIds)
        references.append(QJsonObject{{QStringLiteral("ID"), ddasSignalId(id)}});
    QJsonArray attempts;
    for (const DdasAttempt &a : c.attempts)
        attempts.append(attemptJson(a));
    QJsonObject out{{QStringLiteral("vroegsignalen"), references}, {QStringLiteral("contactpogingen"), attempts}};
    // docs/ddas.md, "Matching": matched when its first signal came in; the matching period runs
    // from the first signal's date until the case closed, or the end of the delivered period.
    putDate(out, QStringLiteral("matchingsdatum"), c.matchedOn);
    putDate(out, QStringLiteral("startdatum_matchtingperiode"), c.firstSignalDate); // sic: the schema's spelling
    putDate(out, QStringLiteral("datum_opgepakt"), c.takenUpOn);
    putDate(out, QStringLiteral("einddatum_matchingperiode"), c.closed && c.closedOn.isValid() ? c.closedOn : periodEnd);
    if (c.closed && vocabulary::eindresultaat().contains(c.outcome))
        out.insert(QStringLiteral("resultaat"), c.outcome);
    return out;
}

QJsonObject organisationJson(const DdasRequest &request, const QString &gemeentecode)
{
    QJsonObject out{{QStringLiteral("naam"), request.organisationName(gemeentecode)}};
    putText(out, QStringLiteral("kvk-nummer"), request.kvk);
    QJsonArray contacts;
    for (const DdasContact &c : request.contacts) {
        QJsonObject contact;
        putText(contact, QStringLiteral("naam"), c.naam);
        putText(contact, QStringLiteral("telefoonnummer"), c.telefoon);
        putText(contact, QStringLiteral("email"), c.email);
        putText(contact, QStringLiteral("functietitel"), c.functie);
        contacts.append(contact);
    }
    if (!contacts.isEmpty()) // the schema wants at least one when the key is there
        out.insert(QStringLiteral("contactpersoonen"), contacts);
    return out;
}

} // namespace

qint64 ddasWholeEuros(qint64 cents)
{
    return cents >= 0 ? (cents + 50) / 100 : -((-cents + 50) / 100);
}

QString ddasSignalId(qint64 signalId)
{
    return QStringLiteral("VN-%1").arg(signalId);
}

QJsonObject ddasDocument(const DdasRequest &request, const QDateTime &deliveredAt, const QList<DdasLevering> &leveringen)
{
    QJsonArray out;
    for (const DdasLevering &l : leveringen) {
        QJsonArray earlySignals;
        for (const DdasSignal &s : l.signals)
            earlySignals.append(signalJson(s, ddasSignalId(s.id)));
        QJsonArray zaken;
        for (const DdasCase &c : l.cases)
            zaken.append(caseJson(c, request.to));
        out.append(QJsonObject{{QStringLiteral("teller"), out.size() + 1}, {QStringLiteral("gemeentecode"), l.gemeentecode},
            {QStringLiteral("aanleverende_organisatie"), organisationJson(request, l.gemeentecode)},
            {QStringLiteral("vroegsignalen"), earlySignals}, {QStringLiteral("vroegsignaalzaken"), zaken}});
    }
    return {{QStringLiteral("codeGegevensleverancier"), request.leverancier.trimmed()},
        {QStringLiteral("startdatumLevering"), date(request.from)},
        {QStringLiteral("einddatumLevering"), date(request.to)},
        {QStringLiteral("aanleverdatumEnTijd"), deliveredAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("leveringen"), out}};
}

} // namespace vangnet
