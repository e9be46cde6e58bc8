#include "subjectaccess/SubjectAccessDocument.h"

#include "importing/ImportKeys.h"
#include "report/ReportText.h"
#include "rules/ExplainText.h"
#include "subjectaccess/SubjectAccessReport.h"
#include "zrm/ZrmScale.h"

#include <QCoreApplication>

namespace vangnet {

namespace {

using report::orDash;

QString resultText(AuditResult result)
{
    switch (result) {
    case AuditResult::Success: return QCoreApplication::translate("vangnet::SubjectAccessDocument", "Done");
    case AuditResult::Denied: return QCoreApplication::translate("vangnet::SubjectAccessDocument", "Refused");
    case AuditResult::Failed: return QCoreApplication::translate("vangnet::SubjectAccessDocument", "Failed");
    }
    return {};
}

QString objectText(const QString &objectType)
{
    if (objectType == QLatin1String("person"))
        return QCoreApplication::translate("vangnet::SubjectAccessDocument", "Your personal details");
    if (objectType == QLatin1String("case"))
        return QCoreApplication::translate("vangnet::SubjectAccessDocument", "Your case");
    return QCoreApplication::translate("vangnet::SubjectAccessDocument", "Your household");
}

/// A section that opens with a paragraph telling the resident what it is about.
ReportSection introduced(const QString &heading, const QString &intro)
{
    ReportSection s;
    s.heading = heading;
    s.blocks << ReportParagraph{intro};
    return s;
}

ReportSection aboutSection(const SubjectAccessReport &r)
{
    ReportSection s = introduced(QCoreApplication::translate("vangnet::SubjectAccessDocument", "About this overview"),
        QCoreApplication::translate(
        "vangnet::SubjectAccessDocument",
        "You asked which personal data about you the municipality records. This overview contains everything "
        "the homelessness-prevention team holds about you in Vangnet, its case-management system, at the moment "
        "it was produced. Data of the other members of your household are shown only as far as needed to "
        "understand yours: their role and name."));
    s.blocks << ReportKeyValues{{
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Request reference"), r.requestReference},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Produced on"), report::moment(r.generatedAt)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Produced by"), r.generatedByName},
    }};
    return s;
}

ReportSection personSection(const SubjectAccessReport &r)
{
    const Person &p = r.person;
    ReportSection s;
    s.heading = QCoreApplication::translate("vangnet::SubjectAccessDocument", "Your personal details");
    s.blocks << ReportKeyValues{{
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Initials"), orDash(p.voorletters)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "First name"), orDash(p.voornaam)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Surname prefix"), orDash(p.voorvoegsel)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Surname"), orDash(p.achternaam)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "BSN"), orDash(p.bsn)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Date of birth"), report::date(p.geboortedatum)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Phone"), orDash(p.telefoon)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "E-mail"), orDash(p.email)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Role in the household"), roleLabel(p.role)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Registration number"), QString::number(p.id)},
    }};
    return s;
}

ReportSection householdSection(const SubjectAccessReport &r)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("vangnet::SubjectAccessDocument", "Your household");
    s.blocks << ReportKeyValues{{
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Address"), r.address.oneLine()},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "District"), orDash(r.address.wijk)},
        {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Household number"), QString::number(r.householdId)},
    }};
    ReportTable members;
    members.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Other member"),
                      QCoreApplication::translate("vangnet::SubjectAccessDocument", "Role")};
    members.widths = {60, 40};
    members.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument",
                                                    "No other members are registered in your household.");
    for (const SubjectAccessHousemate &m : r.housemates)
        members.rows << QStringList{m.name, roleLabel(m.role)};
    s.blocks << members;
    return s;
}

ReportSection notesSection(const SubjectAccessReport &r)
{
    ReportSection s;
    s.heading = QCoreApplication::translate("vangnet::SubjectAccessDocument", "Notes about your household");
    ReportTable notes;
    notes.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Date"),
                    QCoreApplication::translate("vangnet::SubjectAccessDocument", "Written by"),
                    QCoreApplication::translate("vangnet::SubjectAccessDocument", "Note")};
    notes.widths = {21, 21, 58};
    notes.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument", "There are no notes.");
    for (const Note &n : r.notes)
        notes.rows << QStringList{report::moment(n.createdAt), n.author, n.text};
    s.blocks << notes;
    return s;
}

ReportSection signalsSection(const SubjectAccessReport &r)
{
    ReportSection s = introduced(QCoreApplication::translate("vangnet::SubjectAccessDocument", "Signals about you"),
        QCoreApplication::translate("vangnet::SubjectAccessDocument", "Organisations you owe money to (such as your landlord, energy supplier or health "
                                   "insurer) report arrears to the municipality, so that it can offer help early "
                                   "(Wet gemeentelijke schuldhulpverlening). Institutions report when you are about to "
                                   "leave them."));
    ReportTable early;
    early.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Date"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "From"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "Arrears"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "Status")};
    early.widths = {16, 44, 24, 16};
    early.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument", "No early signals about you were received.");
    for (const SignalRecord &e : r.earlySignals) {
        QString arrears = e.amountCents ? rules::formatMoney(*e.amountCents) : QStringLiteral("—");
        if (e.arisenDate.isValid())
            arrears += QLatin1Char(' ') + QCoreApplication::translate("vangnet::SubjectAccessDocument", "since %1").arg(report::date(e.arisenDate));
        early.rows << QStringList{report::date(e.signalDate), e.partnerType + QStringLiteral(" · ") + e.partnerName, arrears,
                                  e.status};
    }
    s.blocks << early;
    ReportTable discharges;
    discharges.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Expected"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "Institution"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "Shelter"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "Income"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "Debts")};
    discharges.widths = {16, 36, 16, 16, 16};
    discharges.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument", "No discharge notices about you were received.");
    for (const DischargeRecord &d : r.discharges)
        discharges.rows << QStringList{report::date(d.expectedDate),
                                       report::institutionLabel(d.institutionType) + QStringLiteral(" · ") + d.institutionName,
                                       report::conditionLabel(d.shelter), report::conditionLabel(d.income), report::conditionLabel(d.debts)};
    s.blocks << discharges;
    return s;
}

ReportSection flagsSection(const SubjectAccessReport &r)
{
    ReportSection s = introduced(
        QCoreApplication::translate("vangnet::SubjectAccessDocument", "Flags: when the signals called for attention"),
        QCoreApplication::translate("vangnet::SubjectAccessDocument", "Rules set by the municipality point out when signals together call for "
                                   "attention, for example arrears with two organisations within three months. A flag "
                                   "asks an employee to look; it decides nothing by itself."));
    ReportTable flags;
    flags.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Raised"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "Flag"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "Why"), QCoreApplication::translate("vangnet::SubjectAccessDocument", "State")};
    flags.widths = {17, 25, 42, 16};
    flags.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument", "No flags were raised on signals about you.");
    for (const rules::StoredFlag &f : r.flags) {
        QString state = QCoreApplication::translate("vangnet::SubjectAccessDocument", "open");
        if (f.resolution == QLatin1String("resolved"))
            state = QCoreApplication::translate("vangnet::SubjectAccessDocument", "resolved on %1").arg(report::date(f.resolvedOn));
        else if (f.resolution == QLatin1String("dismissed"))
            state = QCoreApplication::translate("vangnet::SubjectAccessDocument", "set aside on %1").arg(report::date(f.resolvedOn));
        flags.rows << QStringList{report::date(f.raisedOn), f.flag.title, f.flag.explanation, state};
    }
    s.blocks << flags;
    return s;
}


ReportSection casesSection(const SubjectAccessReport &r)
{
    ReportSection s = introduced(QCoreApplication::translate("vangnet::SubjectAccessDocument", "Your case: what the municipality did"),
        QCoreApplication::translate("vangnet::SubjectAccessDocument", "When signals call for it, an employee opens a case: they try to contact you, may keep a plan with you, "
        "and close the case with an outcome."));
    if (r.cases.isEmpty())
        s.blocks << ReportParagraph{QCoreApplication::translate("vangnet::SubjectAccessDocument", "No case was opened about you.")};
    for (const cases::CaseDetail &d : r.cases) {
        const cases::Case &c = d.record;
        ReportKeyValues facts;
        facts.rows << ReportKeyValues::Row{QCoreApplication::translate("vangnet::SubjectAccessDocument", "Case"), QString::number(c.id)}
                    << ReportKeyValues::Row{QCoreApplication::translate("vangnet::SubjectAccessDocument", "Status"), cases::caseStatusLabel(c.status)}
                    << ReportKeyValues::Row{QCoreApplication::translate("vangnet::SubjectAccessDocument", "Opened"), report::date(c.openedOn)};
        if (c.closedOn.isValid())
            facts.rows << ReportKeyValues::Row{QCoreApplication::translate("vangnet::SubjectAccessDocument", "Closed"), report::date(c.closedOn)}
                        << ReportKeyValues::Row{QCoreApplication::translate("vangnet::SubjectAccessDocument", "Outcome"), c.outcome};
        if (!c.internalReason.isEmpty())
            facts.rows << ReportKeyValues::Row{QCoreApplication::translate("vangnet::SubjectAccessDocument", "Internal reason"), c.internalReason};
        s.blocks << facts;
        ReportTable attempts;
        attempts.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Date"),
                           QCoreApplication::translate("vangnet::SubjectAccessDocument", "Contact attempt"),
                           QCoreApplication::translate("vangnet::SubjectAccessDocument", "Reached"),
                           QCoreApplication::translate("vangnet::SubjectAccessDocument", "Note")};
        attempts.widths = {16, 22, 12, 50};
        attempts.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument", "No contact attempts were recorded.");
        for (const cases::ContactAttempt &a : d.attempts)
            attempts.rows << QStringList{report::date(a.date), a.kind,
                                         a.reached ? QCoreApplication::translate("vangnet::SubjectAccessDocument", "yes")
                                                   : QCoreApplication::translate("vangnet::SubjectAccessDocument", "no"),
                                         a.note};
        s.blocks << attempts;
        ReportTable plan;
        plan.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Plan"),
                       QCoreApplication::translate("vangnet::SubjectAccessDocument", "Who"),
                       QCoreApplication::translate("vangnet::SubjectAccessDocument", "Before"),
                       QCoreApplication::translate("vangnet::SubjectAccessDocument", "Done")};
        plan.widths = {52, 18, 15, 15};
        plan.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument", "There is no plan of action.");
        for (const cases::PlanItem &p : d.plan)
            plan.rows << QStringList{(p.kind == cases::PlanItem::Kind::Goal ? QString() : QStringLiteral("– ")) + p.text,
                                     p.owner, report::date(p.dueOn), report::date(p.doneOn)};
        s.blocks << plan;
        if (!d.conditions.isEmpty()) {
            ReportKeyValues conditions;
            for (const cases::BasicCondition &b : d.conditions)
                conditions.rows << ReportKeyValues::Row{cases::basicConditionLabel(b.key), importing::conditionStateLabel(b.state)};
            s.blocks << conditions;
        }
        ReportTable notes;
        notes.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Date"),
                        QCoreApplication::translate("vangnet::SubjectAccessDocument", "Written by"),
                        QCoreApplication::translate("vangnet::SubjectAccessDocument", "Note")};
        notes.widths = {21, 21, 58};
        notes.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument", "There are no notes on this case.");
        for (const Note &n : d.notes)
            notes.rows << QStringList{report::moment(n.createdAt), n.author, n.text};
        for (const cases::Reminder &m : d.reminders)
            notes.rows << QStringList{report::date(m.dueOn), m.author, m.text};
        s.blocks << notes;
    }
    return s;
}

ReportSection zrmSection(const SubjectAccessReport &r)
{
    ReportSection s = introduced(QCoreApplication::translate("vangnet::SubjectAccessDocument", "How well you manage: ZRM scores"),
        QCoreApplication::translate(
        "vangnet::SubjectAccessDocument",
        "An employee may score how well you manage on your own in each area of life, from 1 (acute problems) to 5 "
        "(fully self-sufficient), with the Zelfredzaamheid-Matrix (ZRM). These are the scores about you or about "
        "your household as a whole."));
    if (r.zrmAssessments.isEmpty())
        s.blocks << ReportParagraph{QCoreApplication::translate("vangnet::SubjectAccessDocument", "No scores were recorded.")};
    for (const ZrmAssessment &a : r.zrmAssessments) {
        s.blocks << ReportParagraph{QCoreApplication::translate("vangnet::SubjectAccessDocument", "%1, scored by %2 (%3)%4")
                             .arg(report::date(a.assessedOn), a.assessorName, a.zrmVersion,
                                  a.personId == 0 ? QCoreApplication::translate("vangnet::SubjectAccessDocument",
                                                                                ", for the household as a whole")
                                                  : QString())};
        ReportTable scores;
        scores.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Area of life"),
                         QCoreApplication::translate("vangnet::SubjectAccessDocument", "Score")};
        scores.widths = {50, 50};
        for (const QString &domain : zrm::domainKeys())
            if (const auto score = a.scores.constFind(domain); score != a.scores.cend())
                scores.rows << QStringList{zrm::domainLabel(domain),
                                           QStringLiteral("%1 · %2").arg(*score).arg(zrm::levelName(*score))};
        s.blocks << scores;
    }
    return s;
}

ReportSection accessSection(const SubjectAccessReport &r)
{
    ReportSection s = introduced(QCoreApplication::translate("vangnet::SubjectAccessDocument", "Who viewed or changed your data"),
        QCoreApplication::translate(
        "vangnet::SubjectAccessDocument",
        "Vangnet records every time an employee opens, changes or exports your household's file, and every "
        "attempt that was refused. Employees are named by their user name."));
    ReportTable log;
    log.header = {QCoreApplication::translate("vangnet::SubjectAccessDocument", "Date and time"),
                  QCoreApplication::translate("vangnet::SubjectAccessDocument", "Employee"),
                  QCoreApplication::translate("vangnet::SubjectAccessDocument", "Action"),
                  QCoreApplication::translate("vangnet::SubjectAccessDocument", "Concerning"),
                  QCoreApplication::translate("vangnet::SubjectAccessDocument", "Result")};
    log.widths = {21, 18, 24, 20, 17};
    log.emptyText = QCoreApplication::translate("vangnet::SubjectAccessDocument", "Nothing has been recorded.");
    for (const AuditEvent &e : r.accessLog)
        log.rows << QStringList{report::moment(e.at), e.actorName, auditActionLabel(e.action), objectText(e.objectType),
                                resultText(e.result)};
    s.blocks << log;
    return s;
}

} // namespace

ReportDocument subjectAccessDocument(const SubjectAccessReport &r)
{
    ReportDocument d;
    d.title = QCoreApplication::translate("vangnet::SubjectAccessDocument", "Subject access overview");
    d.subtitle = QCoreApplication::translate("vangnet::SubjectAccessDocument", "Personal data of %1, born %2")
                     .arg(r.person.fullName(), report::date(r.person.geboortedatum));
    d.marking = QCoreApplication::translate("vangnet::SubjectAccessDocument", "Confidential");
    d.footer = QCoreApplication::translate("vangnet::SubjectAccessDocument", "Reference %1 · produced %2")
                   .arg(r.requestReference, report::moment(r.generatedAt));
    // The order a reader expects: who and why, the person, the household, notes, access.
    // Later issues insert their sections (signals, cases) before the access log.
    d.sections << aboutSection(r) << personSection(r) << householdSection(r) << notesSection(r) << signalsSection(r)
               << flagsSection(r) << casesSection(r) << zrmSection(r) << accessSection(r);
    return d;
}

} // namespace vangnet
