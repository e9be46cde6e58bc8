#include "summary/CaseSummaryDocument.h"

#include "cases/CaseVocabulary.h"
#include "importing/ImportKeys.h"
#include "report/ReportText.h"
#include "summary/CaseSummary.h"

// The sections about the household's cases: the cases, their contact attempts, plans of
// action, basic conditions and notes.

namespace vangnet::summary {

namespace {

QString caseNumber(const cases::Case &c)
{
    return QString::number(c.id);
}

} // namespace

ReportSection CaseSummaryDocument::caseList(const CaseSummary &s)
{
    ReportTable table{
        .header = {tr("Case"), tr("Status"), tr("Started from"), tr("Opened"), tr("Assigned to"), tr("Closed")},
        .rows = {},
        .widths = {9, 17, 17, 13, 20, 24},
        .emptyText = tr("No case was opened for the household.")};
    for (const cases::CaseDetail &d : s.cases) {
        const cases::Case &c = d.record;
        QString closed = QStringLiteral("—");
        if (c.closedOn.isValid())
            closed = tr("%1, %2").arg(report::date(c.closedOn), report::orDash(c.outcome));
        if (!c.internalReason.isEmpty())
            closed += QLatin1Char('\n') + tr("Internal reason: %1").arg(c.internalReason);
        table.rows << QStringList{caseNumber(c), cases::caseStatusLabel(c.status), cases::caseOriginLabel(c.origin),
            report::date(c.openedOn), c.assigneeName.isEmpty() ? tr("nobody") : c.assigneeName, closed};
    }
    return introduced(tr("Cases"), {}, table);
}

ReportSection CaseSummaryDocument::attempts(const CaseSummary &s)
{
    const bool withNotes = s.profile == SummaryProfile::Intern;
    ReportTable table;
    table.header = {tr("Date"), tr("Case"), tr("Kind"), tr("Part of day"), tr("Reached")};
    table.widths = {16, 10, 34, 22, 18};
    if (withNotes) {
        table.header << tr("Note");
        table.widths = {12, 8, 16, 13, 11, 40};
    }
    table.emptyText = tr("No contact attempts were recorded.");
    for (const cases::CaseDetail &d : s.cases)
        for (const cases::ContactAttempt &a : d.attempts) {
            QStringList row{report::date(a.date), caseNumber(d.record), a.kind, report::orDash(a.dayPart),
                a.reached ? tr("yes") : tr("no")};
            if (withNotes)
                row << report::orDash(a.note);
            table.rows << row;
        }
    return introduced(tr("Contact attempts"), {}, table);
}

ReportSection CaseSummaryDocument::plan(const CaseSummary &s)
{
    ReportTable table{.header = {tr("Case"), tr("Goal or action"), tr("Who"), tr("Before"), tr("Done")},
        .rows = {},
        .widths = {8, 48, 18, 13, 13},
        .emptyText = tr("There is no plan of action.")};
    for (const cases::CaseDetail &d : s.cases)
        for (const cases::PlanItem &p : d.plan) {
            const bool goal = p.kind == cases::PlanItem::Kind::Goal;
            table.rows << QStringList{caseNumber(d.record),
                goal ? tr("Goal: %1").arg(p.text) : QStringLiteral("– ") + p.text, report::orDash(p.owner),
                report::date(p.dueOn), report::date(p.doneOn)};
        }
    return introduced(tr("Plan of action"), {}, table);
}

ReportSection CaseSummaryDocument::conditions(const CaseSummary &s)
{
    ReportTable table{.header = {tr("Case"), tr("Condition"), tr("State"), tr("Recorded")},
        .rows = {},
        .widths = {10, 30, 30, 30},
        .emptyText = tr("No case has a checklist of basic conditions.")};
    for (const cases::CaseDetail &d : s.cases)
        for (const cases::BasicCondition &b : d.conditions) {
            const QString recorded
                = b.setOnCase ? tr("on the case, from %1").arg(report::date(b.since)) : tr("from the notice");
            table.rows << QStringList{caseNumber(d.record), cases::basicConditionLabel(b.key),
                importing::conditionStateLabel(b.state), recorded};
        }
    return introduced(tr("Basic conditions"),
        tr("The checklist of a case that started from a discharge notice: identity "
           "document, shelter, income, debts and care."),
        table);
}

ReportSection CaseSummaryDocument::notes(const CaseSummary &s)
{
    ReportTable table{.header = {tr("Date"), tr("Written by"), tr("On"), tr("Note")},
        .rows = {},
        .widths = {17, 17, 14, 52},
        .emptyText = tr("There are no notes.")};
    for (const Note &n : s.notes)
        table.rows << QStringList{report::moment(n.createdAt), n.author, tr("household"), n.text};
    for (const cases::CaseDetail &d : s.cases) {
        for (const Note &n : d.notes)
            table.rows << QStringList{report::moment(n.createdAt), n.author, tr("case %1").arg(d.record.id), n.text};
        for (const cases::Reminder &r : d.reminders)
            table.rows << QStringList{
                report::date(r.dueOn), r.author, tr("reminder, case %1").arg(d.record.id), r.text};
    }
    return introduced(tr("Notes"), {}, table);
}

} // namespace vangnet::summary
