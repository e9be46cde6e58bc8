#include "subjectaccess/SubjectAccessJsonWriter.h"

#include "audit/AuditChain.h"
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
            {QStringLiteral("access_log"), accessLogJson(r.accessLog)}};
}

Result<void> SubjectAccessJsonWriter::write(const SubjectAccessReport &report, QIODevice &out) const
{
    const QByteArray bytes = QJsonDocument(toJson(report)).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return Error(ErrorCode::Io, QCoreApplication::translate("vangnet::SubjectAccessJsonWriter",
                                                                "The export could not be written: %1")
                                        .arg(out.errorString()));
    return success();
}

} // namespace vangnet
