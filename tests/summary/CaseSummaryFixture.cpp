#include "summary/CaseSummaryFixture.h"

#include "needs/NeedService.h"
#include "plans/PlanWorkflowService.h"
#include "zrm/ZrmService.h"

namespace vangnet::test {

namespace {

Person member(MemberRole role, const QString &voornaam, const QString &achternaam, const QString &bsn, QDate born)
{
    Person p;
    p.role = role;
    p.voornaam = voornaam;
    p.achternaam = achternaam;
    p.bsn = bsn;
    p.geboortedatum = born;
    return p;
}

/// Jan Jansen and Maria de Vries, who turned 18 this year (a youth-care notice is about her).
Household jansenHousehold()
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), 12, QStringLiteral("A"), QStringLiteral("7411 AB"),
        QStringLiteral("Vangstad"), QStringLiteral("Noord")};
    h.members << member(MemberRole::Hoofdbewoner, QStringLiteral("Jan"), QStringLiteral("Jansen"),
        QStringLiteral("999990019"), QDate(1980, 3, 14))
              << member(MemberRole::Partner, QStringLiteral("Maria"), QStringLiteral("Vries"),
                     QStringLiteral("999990020"), QDate(2008, 1, 20));
    h.members.last().voorvoegsel = QStringLiteral("de");
    return h;
}

importing::DischargeRow notice(const QString &id, importing::InstitutionType type, const QString &name, QDate expected)
{
    importing::DischargeRow row;
    row.noticeId = id;
    row.institutionType = type;
    row.institutionName = name;
    row.expectedDate = expected;
    row.idDocument = importing::ConditionState::Geregeld;
    row.shelter = importing::ConditionState::NietGeregeld;
    row.care = importing::ConditionState::InBehandeling;
    return row;
}

} // namespace

CaseSummaryFixture::CaseSummaryFixture()
{
    const Household created = require(households.create(jansenHousehold()));
    householdId = created.id;
    for (const Person &p : created.members)
        (p.achternaam == QLatin1String("Jansen") ? headId : partnerId) = p.id;
    require(
        households.addNote(householdId, QStringLiteral("Huisbezoek HUISHOUDEN-GEHEIM")));

    signal({householdId, headId}, QStringLiteral("H-1"), today().addDays(-20), true);
    const qint64 detention = require(households.addDischarge(householdId, headId,
        notice(QStringLiteral("U-1"), importing::InstitutionType::Detentie, QStringLiteral("PI Vangstad"),
            today().addDays(30))));
    require(households.addDischarge(householdId, partnerId,
        notice(QStringLiteral("U-2"), importing::InstitutionType::Jeugdzorg, QStringLiteral("Jeugdhuis De Brug"),
            today().addDays(50))));

    caseId = require(service.openFromDischarge(detention)).id;
    cases::ContactAttempt attempt;
    attempt.kind = QStringLiteral("Telefoon");
    attempt.reached = true;
    attempt.date = today().addDays(-2);
    attempt.dayPart = QStringLiteral("Middag");
    attempt.note = QStringLiteral("Gebeld POGING-GEHEIM");
    require(service.addAttempt(caseId, attempt));
    cases::PlanItem goal;
    goal.kind = cases::PlanItem::Kind::Goal;
    goal.text = QStringLiteral("Woonruimte na uitstroom");
    goal = require(service.addPlanItem(caseId, goal));
    cases::PlanItem action;
    action.goalId = goal.id;
    action.text = QStringLiteral("Inschrijven bij de woningcorporatie");
    action.owner = QStringLiteral("Inwoner");
    action.dueOn = today().addDays(14);
    require(service.addPlanItem(caseId, action));
    require(service.setCondition(caseId, QStringLiteral("inkomen"), importing::ConditionState::InBehandeling));
    require(service.addNote(caseId, QStringLiteral("Overleg CASUS-GEHEIM")));
    cases::Reminder reminder;
    reminder.dueOn = today().addDays(7);
    reminder.text = QStringLiteral("Terugbellen HERINNERING-GEHEIM");
    require(service.addReminder(caseId, reminder));

    ZrmAssessment zrm;
    zrm.householdId = householdId;
    zrm.personId = headId;
    zrm.assessedOn = today().addDays(-1);
    zrm.scores = {{QStringLiteral("huisvesting"), 2}, {QStringLiteral("financien"), 1},
        {QStringLiteral("geestelijke_gezondheid"), 2}, {QStringLiteral("lichamelijke_gezondheid"), 3},
        {QStringLiteral("middelengebruik"), 3}, {QStringLiteral("basale_adl"), 4}, {QStringLiteral("justitie"), 1}};
    require(ZrmService(*db, clock, users.caseworkerA()).record(zrm));

    need({householdId, headId});
    const places::Place wp1 = place(QStringLiteral("WP-001"));
    const qint64 runId = storeRun({{householdId, users.teamA().id, planner::Tier::Kritiek, 10, {0}}}, {wp1});
    const qint64 entryId = entryOf(runId, householdId).id;
    require(plans::PlanWorkflowService(*db, clock, teamLeadA).approve(entryId));
    plans::PlanWorkflowService worker(*db, clock, users.caseworkerA());
    require(worker.offer(entryId));
    require(worker.decline(entryId, QStringLiteral("Te ver weg WEIGERING-GEHEIM")));
}

QString CaseSummaryFixture::textOf(const ReportDocument &document)
{
    QStringList all{document.title, document.subtitle, document.marking, document.footer};
    for (const ReportSection &section : document.sections) {
        all << section.heading;
        for (const ReportBlock &block : section.blocks) {
            if (const auto *paragraph = std::get_if<ReportParagraph>(&block)) {
                all << paragraph->text;
            } else if (const auto *pairs = std::get_if<ReportKeyValues>(&block)) {
                for (const ReportKeyValues::Row &row : pairs->rows)
                    all << row.key << row.value;
            } else if (const auto *table = std::get_if<ReportTable>(&block)) {
                all << table->header << table->emptyText;
                for (const QStringList &row : table->rows)
                    all << row;
            }
        }
    }
    return all.join(QLatin1Char('\n'));
}

const QStringList &CaseSummaryFixture::noteMarkers()
{
    static const QStringList markers{QStringLiteral("HUISHOUDEN-GEHEIM"), QStringLiteral("POGING-GEHEIM"),
        QStringLiteral("CASUS-GEHEIM"), QStringLiteral("HERINNERING-GEHEIM"), QStringLiteral("WEIGERING-GEHEIM")};
    return markers;
}

const QStringList &CaseSummaryFixture::specialWords()
{
    static const QStringList words{QStringLiteral("detention"), QStringLiteral("detentie"),
        QStringLiteral("PI Vangstad"), QStringLiteral("prison"), QStringLiteral("gevangenis"),
        QStringLiteral("justice"), QStringLiteral("justitie"), QStringLiteral("health"), QStringLiteral("gezondheid"),
        QStringLiteral("clinic"), QStringLiteral("kliniek"), QStringLiteral("GGZ"), QStringLiteral("hospital"),
        QStringLiteral("ziekenhuis"), QStringLiteral("substance"), QStringLiteral("middelen"),
        QStringLiteral("addiction"), QStringLiteral("verslaving"), QStringLiteral("ADL")};
    return words;
}

} // namespace vangnet::test
