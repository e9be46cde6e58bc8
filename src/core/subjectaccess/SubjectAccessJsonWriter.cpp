#include "subjectaccess/SubjectAccessJsonWriter.h"

#include "audit/AuditChain.h"
#include "cases/CaseJson.h"
#include "rules/Severity.h"
#include "security/Wipe.h"
#include "subjectaccess/SubjectAccessReport.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace vangnet {

namespace {

QJsonValue dateOrNull(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString timestamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}

QJsonObject personJson(const Person &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("household_role"), roleKey(p.role)},
            {QStringLiteral("bsn"), p.bsn},
            {QStringLiteral("voorletters"), p.voorletters},
            {QStringLiteral("voornaam"), p.voornaam},
            {QStringLiteral("voorvoegsel"), p.voorvoegsel},
            {QStringLiteral("achternaam"), p.achternaam},
            {QStringLiteral("geboortedatum"), dateOrNull(p.geboortedatum)},
            {QStringLiteral("telefoon"), p.telefoon},
            {QStringLiteral("email"), p.email}};
}

QJsonObject householdJson(const SubjectAccessReport &r)
{
    const Address &a = r.address;
    QJsonArray members;
    for (const SubjectAccessHousemate &m : r.housemates)
        members.append(QJsonObject{{QStringLiteral("role"), roleKey(m.role)}, {QStringLiteral("name"), m.name}});
    return {{QStringLiteral("id"), r.householdId},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("straat"), a.straat},
                                                    {QStringLiteral("huisnummer"), a.huisnummer},
                                                    {QStringLiteral("toevoeging"), a.toevoeging},
                                                    {QStringLiteral("postcode"), a.postcode},
                                                    {QStringLiteral("plaats"), a.plaats},
                                                    {QStringLiteral("wijk"), a.wijk}}},
            {QStringLiteral("other_members"), members}};
}

QJsonArray notesJson(const QList<Note> &notes)
{
    QJsonArray list;
    for (const Note &n : notes)
        list.append(QJsonObject{{QStringLiteral("created_at"), timestamp(n.createdAt)},
                                {QStringLiteral("author"), n.author},
                                {QStringLiteral("text"), n.text}});
    return list;
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray signalsJson(const QList<SignalRecord> &records)
{
    QJsonArray list;
    for (const SignalRecord &r : records)
        list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("partner_type"), r.partnerType},
                                {QStringLiteral("partner_name"), r.partnerName},
                                {QStringLiteral("partner_signal_id"), r.partnerSignalId},
                                {QStringLiteral("signal_date"), dateJson(r.signalDate)},
                                {QStringLiteral("arisen_date"), dateJson(r.arisenDate)},
                                {QStringLiteral("amount_cents"), r.amountCents ? QJsonValue(*r.amountCents) : QJsonValue()},
                                {QStringLiteral("crisis"), r.crisis},
                                {QStringLiteral("warm_handover"), r.warmHandover},
                                {QStringLiteral("status"), r.status}});
    return list;
}

QJsonArray dischargesJson(const QList<DischargeRecord> &records)
{
    QJsonArray list;
    for (const DischargeRecord &r : records)
        list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                {QStringLiteral("institution_type"), r.institutionType},
                                {QStringLiteral("institution_name"), r.institutionName},
                                {QStringLiteral("expected_date"), dateJson(r.expectedDate)},
                                {QStringLiteral("id_bewijs"), r.idDocument},
                                {QStringLiteral("onderdak"), r.shelter},
                                {QStringLiteral("inkomen"), r.income},
                                {QStringLiteral("schulden"), r.debts},
                                {QStringLiteral("zorg"), r.care},
                                {QStringLiteral("status"), r.status}});
    return list;
}

QJsonArray flagsJson(const QList<rules::StoredFlag> &flags)
{
    QJsonArray list;
    for (const rules::StoredFlag &f : flags)
        list.append(QJsonObject{{QStringLiteral("rule"), f.flag.ruleId},
                                {QStringLiteral("version"), f.flag.ruleVersion},
                                {QStringLiteral("title"), f.flag.title},
                                {QStringLiteral("severity"), rules::severityKey(f.flag.severity)},
                                {QStringLiteral("explanation"), f.flag.explanation},
                                {QStringLiteral("raised_on"), dateJson(f.raisedOn)},
                                {QStringLiteral("resolved_on"), dateJson(f.resolvedOn)},
                                {QStringLiteral("resolution"), f.resolution},
                                {QStringLiteral("dismiss_reason"), f.dismissReason}});
    return list;
}

/// The cases as `vangnet-cli case show --json` prints them, without the deadlines (work
/// planning, not data about the person).
QJsonArray casesJson(const QList<cases::CaseDetail> &details)
{
    QJsonArray list;
    for (const cases::CaseDetail &d : details) {
        QJsonObject c = cases::caseDetailJson(d);
        for (const char *key : {"deadlines", "unlinked_signal_ids", "version", "household", "household_id"})
            c.remove(QLatin1String(key));
        list.append(c);
    }
    return list;
}

/// As the assessment history shows them: date, who scored, the matrix version and the scores
/// by domain key (docs/zrm.md); "person" is false for an assessment of the household as a whole.
QJsonArray zrmJson(const QList<ZrmAssessment> &assessments)
{
    QJsonArray list;
    for (const ZrmAssessment &a : assessments) {
        QJsonObject scores;
        for (auto it = a.scores.cbegin(); it != a.scores.cend(); ++it)
            scores.insert(it.key(), it.value());
        list.append(QJsonObject{{QStringLiteral("assessed_on"), dateJson(a.assessedOn)},
                                {QStringLiteral("assessor"), a.assessorName},
                                {QStringLiteral("zrm_version"), a.zrmVersion},
                                {QStringLiteral("person"), a.personId != 0},
                                {QStringLiteral("case_id"), a.caseId == 0 ? QJsonValue() : QJsonValue(a.caseId)},
                                {QStringLiteral("scores"), scores}});
    }
    return list;
}

QJsonArray accessLogJson(const QList<AuditEvent> &events)
{
    QJsonArray list;
    for (const AuditEvent &e : events)
        list.append(QJsonObject{{QStringLiteral("at"), timestamp(e.at)},
                                {QStringLiteral("user"), e.actorName},
                                {QStringLiteral("action"), auditActionKey(e.action)},
                                {QStringLiteral("object_type"), e.objectType},
                                {QStringLiteral("object_id"), e.objectId},
                                {QStringLiteral("result"), AuditChain::resultKey(e.result)},
                                {QStringLiteral("reason"), e.reason}});
    return list;
}

} // namespace

QJsonObject SubjectAccessJsonWriter::toJson(const SubjectAccessReport &r)
{
    return {{QStringLiteral("format"), QStringLiteral("vangnet-subject-access")},
            {QStringLiteral("format_version"), formatVersion},
            {QStringLiteral("generated_at"), timestamp(r.generatedAt)},
            {QStringLiteral("generated_by"), QJsonObject{{QStringLiteral("username"), r.generatedBy},
                                                         {QStringLiteral("name"), r.generatedByName}}},
            {QStringLiteral("request_reference"), r.requestReference},
            {QStringLiteral("person"), personJson(r.person)},
            {QStringLiteral("household"), householdJson(r)},
            {QStringLiteral("notes"), notesJson(r.notes)},
            {QStringLiteral("signals"), signalsJson(r.earlySignals)},
            {QStringLiteral("discharge_notices"), dischargesJson(r.discharges)},
            {QStringLiteral("flags"), flagsJson(r.flags)},
            {QStringLiteral("cases"), casesJson(r.cases)},
            {QStringLiteral("zrm_assessments"), zrmJson(r.zrmAssessments)},
            {QStringLiteral("access_log"), accessLogJson(r.accessLog)}};
}

Result<void> SubjectAccessJsonWriter::write(const SubjectAccessReport &report, QIODevice &out) const
{
    QByteArray bytes = QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
    const ScopedWipe wipe(bytes); // full BSNs and notes: not left in freed memory
    if (out.write(bytes) != bytes.size())
        return Error(ErrorCode::Io, QCoreApplication::translate("vangnet::SubjectAccessJsonWriter",
                                                                "The export could not be written: %1")
                                        .arg(out.errorString()));
    return success();
}

} // namespace vangnet
