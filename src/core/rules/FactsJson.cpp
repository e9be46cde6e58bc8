#include "rules/FactsJson.h"

#include "zrm/ZrmScale.h"

#include <QJsonArray>

namespace vangnet::rules {

namespace {

struct Reader {
    QString error;

    QDate date(const QJsonObject &o, const char *key, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(QStringLiteral("missing date '%1'").arg(QLatin1String(key)));
            return {};
        }
        // Kept as given, even when invalid: the evaluator must cope with odd data.
        return QDate::fromString(v.toString(), Qt::ISODate);
    }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
    }

    /// `"zrm": {"huisvesting": 2}` and when each score was given, `"zrm_dates": {"huisvesting":
    /// "2024-03-01"}` (a score without a date has none): of the household, or of one member.
    void zrmScores(const QJsonObject &owner, QHash<QString, int> &scores, QHash<QString, QDate> &dates)
    {
        const QJsonObject zrm = owner.value(QLatin1String("zrm")).toObject();
        for (auto it = zrm.begin(); it != zrm.end(); ++it) {
            const int score = it.value().toInt();
            if (!zrm::isDomain(it.key()))
                fail(QStringLiteral("'%1' is not a ZRM domain").arg(it.key()));
            else if (!zrm::isScore(score))
                fail(QStringLiteral("ZRM score for '%1' must be 1..5").arg(it.key()));
            scores.insert(it.key(), score);
        }
        const QJsonObject zrmDates = owner.value(QLatin1String("zrm_dates")).toObject();
        for (auto it = zrmDates.begin(); it != zrmDates.end(); ++it) {
            if (!scores.contains(it.key()))
                fail(QStringLiteral("'%1' has a ZRM date but no score").arg(it.key()));
            dates.insert(it.key(), date(zrmDates, it.key().toLatin1().constData(), true));
        }
    }
};

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (const qint64 id : ids)
        a.append(id);
    return a;
}

} // namespace

std::optional<HouseholdFacts> factsFromJson(const QJsonObject &json, QString *error)
{
    Reader r;
    HouseholdFacts facts;
    facts.householdId = json.value(QLatin1String("household")).toInteger();
    facts.wijk = json.value(QLatin1String("wijk")).toString();
    for (const QJsonValue &v : json.value(QLatin1String("signals")).toArray()) {
        const QJsonObject o = v.toObject();
        SignalFact s;
        s.id = o.value(QLatin1String("id")).toInteger();
        s.partnerType = o.value(QLatin1String("partner")).toString();
        s.amountCents = o.value(QLatin1String("amount_cents")).toInteger();
        s.signalDate = r.date(o, "date", true);
        s.arisenDate = r.date(o, "since", false);
        s.crisis = o.value(QLatin1String("crisis")).toBool();
        s.repeated = o.value(QLatin1String("repeated")).toBool();
        s.status = o.value(QLatin1String("status")).toString(QStringLiteral("nieuw"));
        s.partnerName = o.value(QLatin1String("partner_name")).toString();
        s.warmHandover = o.value(QLatin1String("warm_handover")).toBool();
        facts.signals.append(s);
    }
    for (const QJsonValue &v : json.value(QLatin1String("discharges")).toArray()) {
        const QJsonObject o = v.toObject();
        DischargeFact d;
        d.id = o.value(QLatin1String("id")).toInteger();
        d.personId = o.value(QLatin1String("person")).toInteger();
        d.institutionType = o.value(QLatin1String("institution")).toString();
        d.expectedDate = r.date(o, "expected", true);
        const QString unknown = QStringLiteral("onbekend");
        d.idDocument = o.value(QLatin1String("id_bewijs")).toString(unknown);
        d.shelter = o.value(QLatin1String("onderdak")).toString(unknown);
        d.income = o.value(QLatin1String("inkomen")).toString(unknown);
        d.debts = o.value(QLatin1String("schulden")).toString(unknown);
        d.care = o.value(QLatin1String("zorg")).toString(unknown);
        d.status = o.value(QLatin1String("status")).toString(QStringLiteral("nieuw"));
        d.lifecycle = o.value(QLatin1String("lifecycle")).toString(d.lifecycle);
        // {"onderdak": {"state": "geregeld", "since": "2024-05-01"}}: what the case's checklist says.
        const QJsonObject onCase = o.value(QLatin1String("case_conditions")).toObject();
        for (auto it = onCase.begin(); it != onCase.end(); ++it) {
            const qsizetype i = conditionKeysInFactOrder().indexOf(it.key());
            const QJsonObject condition = it.value().toObject();
            const QString state = condition.value(QLatin1String("state")).toString();
            if (i < 0)
                r.fail(QStringLiteral("'%1' is not a basic condition").arg(it.key()));
            else if (state.isEmpty())
                r.fail(QStringLiteral("case condition '%1' has no state").arg(it.key()));
            else
                d.caseConditions[std::size_t(i)] = CaseCondition{state, r.date(condition, "since", false)};
        }
        facts.discharges.append(d);
    }
    for (const QJsonValue &v : json.value(QLatin1String("persons")).toArray()) {
        const QJsonObject o = v.toObject();
        PersonFact p;
        p.id = o.value(QLatin1String("id")).toInteger();
        p.birthDate = r.date(o, "birth", false);
        p.child = o.value(QLatin1String("child")).toBool();
        p.role = o.value(QLatin1String("role")).toString(p.child ? QStringLiteral("kind") : QString());
        r.zrmScores(o, p.zrmScores, p.zrmDates);
        facts.persons.append(p);
    }
    for (const QJsonValue &v : json.value(QLatin1String("attempts")).toArray()) {
        const QJsonObject o = v.toObject();
        facts.contactAttempts.append(ContactAttemptFact{r.date(o, "date", true), o.value(QLatin1String("reached")).toBool()});
    }
    // {"id": 7, "status": "afgesloten", "origin": "signal", "opened": "2024-01-10", "closed": "2024-03-01",
    //  "outcome": "Definitief geen contact kunnen krijgen"}
    for (const QJsonValue &v : json.value(QLatin1String("cases")).toArray()) {
        const QJsonObject o = v.toObject();
        facts.cases.append(CaseFact{o.value(QLatin1String("id")).toInteger(),
                                    o.value(QLatin1String("status")).toString(QStringLiteral("nieuw")),
                                    o.value(QLatin1String("origin")).toString(QStringLiteral("manual")),
                                    r.date(o, "opened", true), r.date(o, "closed", false),
                                    o.value(QLatin1String("outcome")).toString()});
    }
    r.zrmScores(json, facts.zrmScores, facts.zrmDates);
    if (!r.error.isEmpty()) {
        if (error)
            *error = r.error;
        return std::nullopt;
    }
    return facts;
}

QJsonObject evaluationToJson(const Evaluation &evaluation)
{
    QJsonArray flags;
    for (const Flag &f : evaluation.flags) {
        flags.append(QJsonObject{
            {QStringLiteral("rule"), f.ruleId},
            {QStringLiteral("version"), f.ruleVersion},
            {QStringLiteral("severity"), severityKey(f.severity)},
            {QStringLiteral("score"), f.score},
            {QStringLiteral("signals"), idsToJson(f.signalIds)},
            {QStringLiteral("discharges"), idsToJson(f.dischargeIds)},
            {QStringLiteral("explanation"), f.explanation},
        });
    }
    QJsonArray failures;
    for (const EvaluationFailure &f : evaluation.failures)
        failures.append(QJsonObject{{QStringLiteral("rule"), f.ruleId}, {QStringLiteral("message"), f.message}});
    const Priority p = priority(evaluation.flags);
    return QJsonObject{
        {QStringLiteral("flags"), flags},
        {QStringLiteral("failures"), failures},
        {QStringLiteral("priority"),
         QJsonObject{{QStringLiteral("severity"), p.severity}, {QStringLiteral("score"), p.score},
                     {QStringLiteral("flags"), p.flagCount}}},
    };
}

} // namespace vangnet::rules
