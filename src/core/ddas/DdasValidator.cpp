#include "ddas/DdasValidator.h"

#include "cases/CaseVocabulary.h"
#include "importing/ImportKeys.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace vangnet {

namespace {

namespace vocabulary = cases::ddas;

/// A client field of the information model: at most `maxLength` characters, or matching `pattern`.
struct ClientField {
    const char *key;
    int maxLength;
    const char *pattern; ///< nullptr: length only
};

// Lengths and patterns of the BRP (names, BSN) and the BAG (address): the DDAS v0.9 JSON schema
// itself gives none, CBS matches the file against these registers (docs/ddas.md).
constexpr ClientField clientFields[] = {
    {"Burgerservicenummer", 9, "^[0-9]{9}$"},
    {"Voorletters", 20, nullptr},
    {"Voorvoegsel", 10, nullptr},
    {"Achternaam", 200, nullptr},
    {"Geboortedatum", 10, nullptr}, // a date: checked as one below
    {"Straatnaam", 80, nullptr},
    {"Postcode", 6, "^[1-9][0-9]{3}[A-Z]{2}$"},
    {"Huisnummer", 5, "^[1-9][0-9]{0,4}$"},
    {"Huisnummertoevoeging", 4, nullptr},
    {"Plaatsnaam", 80, nullptr},
};

bool isDate(const QJsonValue &v)
{
    static const QRegularExpression form(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    const QString text = v.toString();
    return v.isString() && form.match(text).hasMatch() && QDate::fromString(text, Qt::ISODate).isValid();
}

bool isDateTime(const QJsonValue &v)
{
    static const QRegularExpression form(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"));
    return v.isString() && form.match(v.toString()).hasMatch() && isDate(v.toString().left(10));
}

bool isPartnerType(const QString &text)
{
    const auto type = importing::partnerTypeFromKey(text);
    return type && importing::partnerTypeKey(*type) == text;
}

/// Collects the problems of one object, each prefixed with what it is ("Signal VN-12").
class Checker {
public:
    QStringList problems;

    void add(const QString &where, const QString &why) { problems << QStringLiteral("%1: %2").arg(where, why); }

    /// Keys outside `allowed` and `required` keys that are missing.
    void keys(const QString &where, const QJsonObject &o, const QStringList &allowed, const QStringList &required)
    {
        for (const QString &key : o.keys())
            if (!allowed.contains(key))
                add(where, QCoreApplication::translate("vangnet::DdasValidator", "the field %1 is not part of the DDAS model.").arg(key));
        for (const QString &key : required)
            if (!o.contains(key))
                add(where, QCoreApplication::translate("vangnet::DdasValidator", "the required field %1 is missing.").arg(key));
    }

    void date(const QString &where, const QJsonObject &o, const QString &key)
    {
        if (o.contains(key) && !isDate(o.value(key)))
            add(where, QCoreApplication::translate("vangnet::DdasValidator", "%1 is not a date as YYYY-MM-DD.").arg(key));
    }

    void text(const QString &where, const QJsonObject &o, const QString &key)
    {
        if (o.contains(key) && !o.value(key).isString())
            add(where, QCoreApplication::translate("vangnet::DdasValidator", "%1 is not text.").arg(key));
    }

    void oneOf(const QString &where, const QJsonObject &o, const QString &key, const QStringList &values)
    {
        if (o.contains(key) && !values.contains(o.value(key).toString()))
            add(where, QCoreApplication::translate("vangnet::DdasValidator", "%1 is not one of the values of the DDAS model.").arg(key));
    }

    void client(const QString &where, const QJsonObject &c)
    {
        QStringList allowed;
        for (const ClientField &f : clientFields)
            allowed << QLatin1String(f.key);
        keys(where, c, allowed, {});
        for (const ClientField &f : clientFields) {
            const QString key = QLatin1String(f.key);
            if (!c.contains(key))
                continue;
            const QString value = c.value(key).toString();
            if (!c.value(key).isString())
                add(where, QCoreApplication::translate("vangnet::DdasValidator", "%1 is not text.").arg(key));
            else if (value.size() > f.maxLength)
                add(where, QCoreApplication::translate("vangnet::DdasValidator", "%1 is %2 characters long; the DDAS model allows at most %3.")
                               .arg(key)
                               .arg(value.size())
                               .arg(f.maxLength));
            else if (f.pattern && !QRegularExpression(QLatin1String(f.pattern)).match(value).hasMatch())
                add(where, QCoreApplication::translate("vangnet::DdasValidator", "%1 (%2 characters) is not in the form the DDAS model asks.").arg(key).arg(value.size()));
        }
        date(where, c, QStringLiteral("Geboortedatum"));
    }

    void signal(const QString &where, const QJsonObject &s)
    {
        keys(where, s,
            {QStringLiteral("ID"), QStringLiteral("crisissignaal"), QStringLiteral("warmeOverdracht"),
                QStringLiteral("bedrag"), QStringLiteral("ontstaansdatum"), QStringLiteral("signaaldatum"),
                QStringLiteral("status"), QStringLiteral("signaalpartner"), QStringLiteral("client")},
            {QStringLiteral("client"), QStringLiteral("signaalpartner"), QStringLiteral("ID")});
        for (const char *flag : {"crisissignaal", "warmeOverdracht"})
            if (s.contains(QLatin1String(flag)) && !s.value(QLatin1String(flag)).isBool())
                add(where, QCoreApplication::translate("vangnet::DdasValidator", "%1 is not true or false.").arg(QLatin1String(flag)));
        if (s.contains(QStringLiteral("bedrag")) && !s.value(QStringLiteral("bedrag")).isDouble())
            add(where, QCoreApplication::translate("vangnet::DdasValidator", "bedrag is not a whole number of euros."));
        date(where, s, QStringLiteral("ontstaansdatum"));
        date(where, s, QStringLiteral("signaaldatum"));
        oneOf(where, s, QStringLiteral("status"), vocabulary::signaalstatus());
        if (!isPartnerType(s.value(QStringLiteral("signaalpartner")).toObject().value(QStringLiteral("type")).toString()))
            add(where, QCoreApplication::translate("vangnet::DdasValidator", "signaalpartner.type is not one of the values of the DDAS model."));
        client(where, s.value(QStringLiteral("client")).toObject());
    }

    void caseObject(const QString &where, const QJsonObject &c, const QSet<QString> &signalIds)
    {
        keys(where, c,
            {QStringLiteral("resultaat"), QStringLiteral("matchingsdatum"), QStringLiteral("startdatum_matchtingperiode"),
                QStringLiteral("datum_opgepakt"), QStringLiteral("einddatum_matchingperiode"),
                QStringLiteral("vroegsignalen"), QStringLiteral("contactpogingen")},
            {});
        for (const char *key : {"matchingsdatum", "startdatum_matchtingperiode", "datum_opgepakt", "einddatum_matchingperiode"})
            date(where, c, QLatin1String(key));
        oneOf(where, c, QStringLiteral("resultaat"), vocabulary::eindresultaat());
        const QJsonArray refs = c.value(QStringLiteral("vroegsignalen")).toArray();
        if (refs.isEmpty())
            add(where, QCoreApplication::translate("vangnet::DdasValidator", "a case needs at least one signal."));
        QSet<QString> seen;
        for (const QJsonValue &r : refs) {
            const QString id = r.toObject().value(QStringLiteral("ID")).toString();
            if (!signalIds.contains(id))
                add(where, QCoreApplication::translate("vangnet::DdasValidator", "the signal %1 is not in its levering.").arg(id));
            if (seen.contains(id))
                add(where, QCoreApplication::translate("vangnet::DdasValidator", "the signal %1 is listed twice.").arg(id));
            seen.insert(id);
        }
        for (const QJsonValue &a : c.value(QStringLiteral("contactpogingen")).toArray()) {
            const QJsonObject attempt = a.toObject();
            keys(where, attempt,
                {QStringLiteral("soort"), QStringLiteral("bereikt"), QStringLiteral("datum"), QStringLiteral("dagdeel")}, {});
            oneOf(where, attempt, QStringLiteral("soort"), vocabulary::contactsoort());
            oneOf(where, attempt, QStringLiteral("dagdeel"), vocabulary::dagdeel());
            date(where, attempt, QStringLiteral("datum"));
        }
    }

    void levering(const QString &where, const QJsonObject &l)
    {
        keys(where, l,
            {QStringLiteral("teller"), QStringLiteral("gemeentecode"), QStringLiteral("aanleverende_organisatie"),
                QStringLiteral("vroegsignalen"), QStringLiteral("vroegsignaalzaken")},
            {QStringLiteral("aanleverende_organisatie"), QStringLiteral("gemeentecode"), QStringLiteral("teller")});
        text(where, l, QStringLiteral("gemeentecode"));
        const QJsonObject organisation = l.value(QStringLiteral("aanleverende_organisatie")).toObject();
        if (organisation.contains(QStringLiteral("contactpersoonen"))
            && organisation.value(QStringLiteral("contactpersoonen")).toArray().isEmpty())
            add(where, QCoreApplication::translate("vangnet::DdasValidator", "contactpersoonen is there but empty."));
        QSet<QString> ids;
        for (const QJsonValue &v : l.value(QStringLiteral("vroegsignalen")).toArray()) {
            const QJsonObject s = v.toObject();
            const QString id = s.value(QStringLiteral("ID")).toString();
            const QString which = QCoreApplication::translate("vangnet::DdasValidator", "Signal %1").arg(id);
            if (id.isEmpty() || ids.contains(id))
                add(which, QCoreApplication::translate("vangnet::DdasValidator", "the ID is empty or not unique in its levering."));
            ids.insert(id);
            signal(which, s);
        }
        int n = 0;
        for (const QJsonValue &v : l.value(QStringLiteral("vroegsignaalzaken")).toArray())
            caseObject(QCoreApplication::translate("vangnet::DdasValidator", "%1, case %2").arg(where).arg(++n), v.toObject(), ids);
    }
};

} // namespace

QStringList ddasLeaveOutOverlong(QList<DdasLevering> &leveringen)
{
    constexpr qsizetype maxToevoeging = 4; // clientFields' Huisnummertoevoeging
    QStringList warnings;
    for (DdasLevering &l : leveringen)
        for (DdasSignal &s : l.signals)
            if (const qsizetype length = s.client.toevoeging.trimmed().size(); length > maxToevoeging) {
                s.client.toevoeging.clear();
                warnings << QCoreApplication::translate("vangnet::DdasValidator",
                    "Signal VN-%1: Huisnummertoevoeging is %2 characters long; the DDAS model allows at most %3, "
                    "so it was left out.")
                                .arg(s.id)
                                .arg(length)
                                .arg(maxToevoeging);
            }
    return warnings;
}

QStringList ddasProblems(const QJsonObject &document)
{
    Checker check;
    const QString file = QCoreApplication::translate("vangnet::DdasValidator", "Delivery");
    check.keys(file, document,
        {QStringLiteral("startdatumLevering"), QStringLiteral("einddatumLevering"), QStringLiteral("aanleverdatumEnTijd"),
            QStringLiteral("codeGegevensleverancier"), QStringLiteral("leveringen")},
        {QStringLiteral("aanleverdatumEnTijd"), QStringLiteral("einddatumLevering"), QStringLiteral("startdatumLevering"),
            QStringLiteral("codeGegevensleverancier")});
    check.date(file, document, QStringLiteral("startdatumLevering"));
    check.date(file, document, QStringLiteral("einddatumLevering"));
    if (!isDateTime(document.value(QStringLiteral("aanleverdatumEnTijd"))))
        check.add(file, QCoreApplication::translate("vangnet::DdasValidator", "aanleverdatumEnTijd is not a date and time as YYYY-MM-DDTHH:MM:SSZ."));
    check.text(file, document, QStringLiteral("codeGegevensleverancier"));
    const QJsonArray leveringen = document.value(QStringLiteral("leveringen")).toArray();
    if (document.contains(QStringLiteral("leveringen")) && leveringen.isEmpty())
        check.add(file, QCoreApplication::translate("vangnet::DdasValidator", "leveringen is there but empty."));
    for (const QJsonValue &l : leveringen) {
        const QJsonObject levering = l.toObject();
        check.levering(
            QCoreApplication::translate("vangnet::DdasValidator", "Levering %1 (gemeentecode %2)")
                .arg(levering.value(QStringLiteral("teller")).toInt())
                .arg(levering.value(QStringLiteral("gemeentecode")).toString()),
            levering);
    }
    return check.problems;
}

} // namespace vangnet
