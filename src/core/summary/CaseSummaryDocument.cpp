#include "summary/CaseSummaryDocument.h"

#include "importing/ImportKeys.h"
#include "places/PlaceKeys.h"
#include "report/ReportText.h"
#include "signals/SignalQuery.h"
#include "summary/CaseSummary.h"
#include "zrm/ZrmScale.h"

namespace vangnet::summary {

namespace {

QString yesNo(bool yes)
{
    return yes ? CaseSummaryDocument::tr("yes") : CaseSummaryDocument::tr("no");
}

/// One row of the timeline, with the date it is sorted by.
struct TimelineRow {
    QDate date;
    QStringList cells;
};

QString signalDetails(const SignalRecord &s)
{
    QStringList facts{partnerLabel(s.partnerType, s.partnerName)};
    if (s.amountCents)
        facts << CaseSummaryDocument::tr("arrears %1").arg(report::money(*s.amountCents));
    if (s.arisenDate.isValid())
        facts << CaseSummaryDocument::tr("since %1").arg(report::date(s.arisenDate));
    if (s.crisis)
        facts << CaseSummaryDocument::tr("crisis: threatened eviction or disconnection");
    if (s.warmHandover)
        facts << CaseSummaryDocument::tr("warm handover");
    if (s.repeated)
        facts << CaseSummaryDocument::tr("repeated signal");
    return facts.join(QStringLiteral(", "));
}

QString noticeDetails(const DischargeRecord &d, const QDate &asOf)
{
    // An empty type is one the partner profile does not name (PartnerRedaction).
    QString from = d.institutionType.isEmpty() ? CaseSummaryDocument::tr("an institution")
                                               : report::institutionLabel(d.institutionType);
    if (!d.institutionName.isEmpty())
        from += QStringLiteral(" · ") + d.institutionName;
    QStringList facts{from};
    const auto stored
        = importing::dischargeLifecycleFromKey(d.lifecycle).value_or(importing::DischargeLifecycle::Aangekondigd);
    facts << importing::dischargeLifecycleLabel(importing::lifecycleOn(stored, d.expectedDate, asOf));
    const std::pair<QString, QString> conditions[] = {{CaseSummaryDocument::tr("ID document"), d.idDocument},
        {CaseSummaryDocument::tr("shelter"), d.shelter}, {CaseSummaryDocument::tr("income"), d.income},
        {CaseSummaryDocument::tr("debts"), d.debts}, {CaseSummaryDocument::tr("care"), d.care}};
    QStringList states;
    for (const auto &[label, state] : conditions)
        states << QStringLiteral("%1: %2").arg(label, report::conditionLabel(state));
    facts << states.join(QStringLiteral(", "));
    return facts.join(QStringLiteral("\n"));
}

QString flagState(const rules::StoredFlag &f)
{
    if (f.isOpen())
        return CaseSummaryDocument::tr("open");
    if (f.resolution == QLatin1String("dismissed"))
        return CaseSummaryDocument::tr("set aside on %1").arg(report::date(f.resolvedOn));
    return CaseSummaryDocument::tr("resolved on %1").arg(report::date(f.resolvedOn));
}

QString placeText(const CaseSummary &s, const plans::PlanEntry &e)
{
    if (e.placeId == 0)
        return QStringLiteral("—");
    const auto place = s.places.constFind(e.placeId);
    if (place == s.places.cend())
        return e.plekId;
    const places::PlaceDetails &d = place->details;
    return QStringLiteral("%1\n%2, %3 (%4)")
        .arg(d.plekId, d.provider, d.location, places::housingTypeLabel(d.housingType));
}

} // namespace

ReportSection CaseSummaryDocument::introduced(const QString &heading, const QString &intro)
{
    ReportSection section;
    section.heading = heading;
    if (!intro.isEmpty())
        section.blocks << ReportParagraph{intro};
    return section;
}

ReportSection CaseSummaryDocument::introduced(const QString &heading, const QString &intro, const ReportTable &table)
{
    ReportSection section = introduced(heading, intro);
    section.blocks << table;
    return section;
}

ReportSection CaseSummaryDocument::about(const CaseSummary &s)
{
    ReportSection section = introduced(tr("About this summary"));
    section.blocks << ReportParagraph{s.profile == SummaryProfile::Partner
            ? tr("This summary is for a partner organisation, for a warm handover or a multidisciplinary meeting. "
                 "As the AVG asks, it leaves out what the handover does not need: citizen service numbers, notes "
                 "and other free text, and special categories of personal data and data about criminal convictions "
                 "(AVG articles 9 and 10). Do not pass it on; destroy it when the handover is done.")
            : tr("This summary holds what the team records about the household, for the team's own use. Citizen "
                 "service numbers are masked as on screen. Do not give it to a partner organisation: print the "
                 "partner profile for that.")};
    section.blocks << ReportKeyValues{{
        {tr("Household number"), QString::number(s.householdId)},
        {tr("Profile"), profileLabel(s.profile)},
        {tr("Printed on"), report::moment(s.generatedAt)},
        {tr("Printed by"), s.generatedByName},
    }};
    return section;
}

ReportSection CaseSummaryDocument::household(const CaseSummary &s)
{
    ReportSection section = introduced(tr("Household and members"));
    section.blocks << ReportKeyValues{{
        {tr("Address"), s.address.oneLine()},
        {tr("District"), report::orDash(s.address.wijk)},
        {tr("Team"), report::orDash(s.teamName)},
    }};
    const bool withBsn = s.profile == SummaryProfile::Intern;
    ReportTable members;
    members.header = {tr("Name"), tr("Role"), tr("Date of birth")};
    members.widths = {46, 24, 30};
    if (withBsn) {
        members.header << tr("BSN");
        members.widths = {40, 20, 20, 20};
    }
    members.emptyText = tr("No members are registered.");
    for (const SummaryMember &m : s.members) {
        QStringList row{m.name, roleLabel(m.role), report::date(m.birthDate)};
        if (withBsn)
            row << report::orDash(m.bsn);
        members.rows << row;
    }
    section.blocks << members;
    return section;
}

ReportSection CaseSummaryDocument::timeline(const CaseSummary &s)
{
    const QDate asOf = s.generatedAt.toLocalTime().date();
    QList<TimelineRow> rows;
    for (const SignalRecord &e : s.signals)
        rows.append({e.signalDate,
            {report::date(e.signalDate), tr("Early signal"), report::orDash(s.memberName(e.personId)), signalDetails(e),
                signalStatusLabel(e.status)}});
    for (const DischargeRecord &d : s.discharges)
        rows.append({d.expectedDate,
            {report::date(d.expectedDate), tr("Discharge notice"), report::orDash(s.memberName(d.personId)),
                noticeDetails(d, asOf), signalStatusLabel(d.status)}});
    std::stable_sort(
        rows.begin(), rows.end(), [](const TimelineRow &a, const TimelineRow &b) { return a.date > b.date; });
    ReportTable table{.header = {tr("Date"), tr("Kind"), tr("Member"), tr("Details"), tr("Status")},
        .rows = {},
        .widths = {13, 15, 18, 40, 14},
        .emptyText = tr("No signals or discharge notices were received.")};
    for (const TimelineRow &row : std::as_const(rows))
        table.rows << row.cells;
    return introduced(tr("Signals and discharge notices"),
        tr("Early signals by their date and discharge notices by the expected discharge "
           "date, newest first."),
        table);
}

ReportSection CaseSummaryDocument::flags(const CaseSummary &s)
{
    ReportTable table{.header = {tr("Raised"), tr("Flag"), tr("Explanation"), tr("State")},
        .rows = {},
        .widths = {13, 27, 45, 15},
        .emptyText = tr("No flags were raised.")};
    for (const rules::StoredFlag &f : s.flags)
        table.rows << QStringList{report::date(f.raisedOn), f.flag.title, f.flag.explanation, flagState(f)};
    return introduced(tr("Flags"),
        tr("What the signal rules pointed out, open flags first, with the explanation "
           "the rule gave."),
        table);
}

ReportSection CaseSummaryDocument::zrm(const CaseSummary &s)
{
    ReportTable table{.header = {tr("Date"), tr("Assessed"), tr("Scored by"), tr("Scores")},
        .rows = {},
        .widths = {13, 22, 20, 45},
        .emptyText = tr("No assessments were recorded.")};
    for (const ZrmAssessment &a : s.zrm) {
        QStringList scores;
        for (const QString &domain : zrm::domainKeys())
            if (const auto score = a.scores.constFind(domain); score != a.scores.cend())
                scores << QStringLiteral("%1: %2 (%3)")
                              .arg(zrm::domainLabel(domain))
                              .arg(*score)
                              .arg(zrm::levelName(*score));
        table.rows << QStringList{report::date(a.assessedOn),
            a.personId == 0 ? tr("the household") : report::orDash(s.memberName(a.personId)), a.assessorName,
            scores.join(QLatin1Char('\n'))};
    }
    return introduced(tr("Self-sufficiency (ZRM)"),
        tr("Zelfredzaamheid-Matrix scores from 1 (acute problems) to 5 (completely "
           "self-sufficient), newest assessment first."),
        table);
}

ReportSection CaseSummaryDocument::housing(const CaseSummary &s)
{
    ReportSection section = introduced(tr("Housing need and placements"));
    if (!s.need) {
        section.blocks << ReportParagraph{tr("No housing need is recorded.")};
    } else {
        const needs::HousingNeed &n = *s.need;
        QStringList types;
        for (const places::HousingType type : n.woonvormen)
            types << places::housingTypeLabel(type);
        section.blocks << ReportKeyValues{{
            {tr("Applicant"), report::orDash(s.memberName(n.applicantId))},
            {tr("Persons moving"), QString::number(n.persons)},
            {tr("Support needed"), places::careLevelLabel(n.care)},
            {tr("Housing types"), types.isEmpty() ? tr("any") : types.join(QStringLiteral(", "))},
            {tr("Districts"), n.wijken.isEmpty() ? tr("any") : n.wijken.join(QStringLiteral(", "))},
            {tr("Wheelchair access"), yesNo(n.wheelchair)},
            {tr("Pet"), yesNo(n.pet)},
            {tr("Available from"), report::date(n.availableFrom)},
            {tr("Registered on"), report::date(n.registeredOn)},
        }};
    }
    ReportTable table{.header = {tr("Status"), tr("Place"), tr("Urgency"), tr("Explanation"), tr("Last change")},
        .rows = {},
        .widths = {14, 26, 11, 35, 14},
        .emptyText = tr("The household was not in a plan run.")};
    for (const plans::PlanEntry &e : s.placements) {
        QString explanation = report::orDash(e.explanation);
        if (!e.declineReason.isEmpty())
            explanation += QLatin1Char('\n') + tr("Declined because: %1").arg(e.declineReason);
        table.rows << QStringList{plans::entryStatusLabel(e.status), placeText(s, e), planner::tierKey(e.tier),
            explanation, report::date(e.updatedAt.toLocalTime().date())};
    }
    section.blocks << table;
    return section;
}

ReportDocument CaseSummaryDocument::build(const CaseSummary &s)
{
    ReportDocument d;
    d.title = tr("Case summary");
    const SummaryMember *head = s.members.isEmpty() ? nullptr : &s.members.first();
    for (const SummaryMember &m : s.members)
        if (m.role == MemberRole::Hoofdbewoner) {
            head = &m;
            break;
        }
    d.subtitle = tr("Household %1 · %2").arg(s.householdId).arg(head ? head->name : s.address.oneLine());
    d.marking = tr("Confidential");
    d.footer
        = tr("Printed %1 by %2 · %3").arg(report::moment(s.generatedAt), s.generatedByName, profileLabel(s.profile));
    d.sections << about(s) << household(s) << timeline(s) << flags(s) << caseList(s) << attempts(s) << plan(s)
               << conditions(s);
    if (s.profile == SummaryProfile::Intern)
        d.sections << notes(s);
    d.sections << zrm(s) << housing(s);
    return d;
}

} // namespace vangnet::summary
