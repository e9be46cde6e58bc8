#include "ddas/DdasJson.h"

#include "cases/CaseVocabulary.h"
#include "importing/ImportKeys.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

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

/// The ID of every signal: the partner's own id, else "VN-<id>". IDs must be unique within the
/// delivery (a case lists its signals by ID, uniquely); a partner id that another signal of the
/// delivery already carries falls back to "VN-<id>".
QHash<qint64, QString> signalIds(const QList<DdasSignal> &earlySignals)
{
    QHash<qint64, QString> ids;
    QSet<QString> used;
    auto own = [](qint64 id) { return QStringLiteral("VN-%1").arg(id); };
    for (const DdasSignal &s : earlySignals)
        if (s.partnerSignalId.isEmpty()) {
            ids.insert(s.id, own(s.id));
            used.insert(own(s.id));
        }
    for (const DdasSignal &s : earlySignals) {
        if (!s.partnerSignalId.isEmpty()) {
            QString id = used.contains(s.partnerSignalId) ? own(s.id) : s.partnerSignalId;
            for (int n = 2; used.contains(id); ++n)
                id = QStringLiteral("VN-%1-%2").arg(s.id).arg(n);
            ids.insert(s.id, id);
            used.insert(id);
        }
    }
    return ids;
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

QJsonObject caseJson(const DdasCase &c, const QHash<qint64, QString> &ids)
{
    QJsonArray references;
    for (const qint64 id : c.signalIds)
        references.append(QJsonObject{{QStringLiteral("ID"), ids.value(id)}});
    QJsonArray attempts;
    for (const DdasAttempt &a : c.attempts)
        attempts.append(attemptJson(a));
    QJsonObject out{{QStringLiteral("vroegsignalen"), references}, {QStringLiteral("contactpogingen"), attempts}};
    putDate(out, QStringLiteral("matchingsdatum"), c.openedOn);
    putDate(out, QStringLiteral("startdatum_matchtingperiode"), c.firstSignalDate); // sic: the schema's spelling
    putDate(out, QStringLiteral("datum_opgepakt"), c.takenUpOn);
    if (c.closed) {
        putDate(out, QStringLiteral("einddatum_matchingperiode"), c.closedOn);
        if (vocabulary::eindresultaat().contains(c.outcome))
            out.insert(QStringLiteral("resultaat"), c.outcome);
    }
    return out;
}

QJsonObject organisationJson(const DdasRequest &request)
{
    QJsonObject out{{QStringLiteral("naam"), request.organisationName()}};
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

QJsonObject ddasDocument(const DdasRequest &request, const QDateTime &deliveredAt, const DdasData &data)
{
    const QHash<qint64, QString> ids = signalIds(data.signals);
    QJsonArray earlySignals;
    for (const DdasSignal &s : data.signals)
        earlySignals.append(signalJson(s, ids.value(s.id)));
    QJsonArray zaken;
    for (const DdasCase &c : data.cases)
        zaken.append(caseJson(c, ids));
    const QJsonObject levering{{QStringLiteral("teller"), 1},
        {QStringLiteral("gemeentecode"), request.gemeentecode.trimmed()},
        {QStringLiteral("aanleverende_organisatie"), organisationJson(request)},
        {QStringLiteral("vroegsignalen"), earlySignals}, {QStringLiteral("vroegsignaalzaken"), zaken}};
    return {{QStringLiteral("codeGegevensleverancier"), request.leverancier.trimmed()},
        {QStringLiteral("startdatumLevering"), date(request.from)},
        {QStringLiteral("einddatumLevering"), date(request.to)},
        {QStringLiteral("aanleverdatumEnTijd"), deliveredAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("leveringen"), QJsonArray{levering}}};
}

} // namespace vangnet
