// Case summary benchmark (docs/performance.md, "Case summary PDF"): on a demo database (made by
// scripts/bench-summary.sh with `vangnet-cli demo --workday`), gives the demo caseworker's
// household with the most signals a long record through the services (signals, notices, a case
// with attempts, plan and notes, ZRM assessments, household notes) so that its summary runs to
// about five pages, then times what "Print summary…" does per profile: gathering through the
// services, building the document, rendering the PDF, and the whole audited write; as the
// reference, the subject-access PDF of the household's first member. Medians of R runs.
//
//   bench_summary --db FILE [--repeat R]

#include "PdfRenderer.h"
#include "SubjectAccessPdfWriter.h"
#include "cases/CaseService.h"
#include "households/HouseholdService.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "subjectaccess/SubjectAccessService.h"
#include "summary/CaseSummaryDocument.h"
#include "summary/CaseSummaryService.h"
#include "support/Clock.h"
#include "support/Logging.h"
#include "support/Translations.h"
#include "users/AuthService.h"
#include "zrm/ZrmScale.h"
#include "zrm/ZrmService.h"

#include "BenchSupport.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>


using namespace vangnet;
using namespace vangnet::bench;
using summary::CaseSummaryService;
using summary::SummaryProfile;

namespace {

/// The caseworker's household with the most signals.
qint64 busiestHousehold(const Database &db, const Session &worker)
{
    auto q = orFail(runSql(db.connection(),
                           QStringLiteral("SELECT h.id AS id FROM households h LEFT JOIN signals s ON s.household_id = h.id "
                                          "WHERE h.team_id = ? GROUP BY h.id ORDER BY COUNT(s.id) DESC, h.id LIMIT 1"),
                           {worker.user().teamId}, "busiest household"));
    if (!q.next())
        fail(QStringLiteral("the caseworker's team has no households"));
    return q.value(QStringLiteral("id")).toLongLong();
}

/// A long but ordinary record: what a household looks like after a year of work.
void furnish(const Database &db, const Clock &clock, const Session &worker, qint64 householdId)
{
    HouseholdService households(db, clock, worker);
    const Household h = orFail(households.get(householdId));
    const qint64 person = h.members.first().id;
    const QDate today = clock.today();
    const importing::PartnerType partners[] = {importing::PartnerType::Huur, importing::PartnerType::Energie,
                                               importing::PartnerType::Water, importing::PartnerType::Zorg};
    for (int i = 0; i < 2; ++i) {
        importing::SignalRow row;
        row.signalId = QStringLiteral("BENCH-S-%1-%2").arg(householdId).arg(i);
        row.partnerType = partners[i % 4];
        row.partnerName = QStringLiteral("Partner %1").arg(i % 4);
        row.signalDate = today.addDays(-30 * i - 3);
        row.arisenDate = row.signalDate.addDays(-45);
        row.amountCents = 25000 + 13750 * i;
        orFail(households.addSignal(householdId, person, row));
    }
    const importing::InstitutionType institutions[] = {importing::InstitutionType::Jeugdzorg,
                                                       importing::InstitutionType::MaatschappelijkeOpvang,
                                                       importing::InstitutionType::Detentie};
    for (int i = 0; i < 3; ++i) {
        importing::DischargeRow row;
        row.noticeId = QStringLiteral("BENCH-U-%1-%2").arg(householdId).arg(i);
        row.institutionType = institutions[i];
        row.institutionName = QStringLiteral("Instelling %1").arg(i);
        row.expectedDate = today.addDays(20 + 25 * i);
        row.shelter = importing::ConditionState::NietGeregeld;
        orFail(households.addDischarge(householdId, person, row));
    }
    for (int i = 0; i < 4; ++i)
        orFail(households.addNote(householdId,
                                  QStringLiteral("Huisbezoek %1: afspraken gemaakt over de betalingsregeling en de "
                                                 "volgende stappen met de woningcorporatie.")
                                      .arg(i + 1)));

    cases::CaseService cases(db, clock, worker);
    qint64 caseId = orFail(cases.openCaseOf(householdId));
    if (caseId == 0)
        caseId = orFail(cases.openManual(householdId)).id;
    for (int i = 0; i < 4; ++i) {
        cases::ContactAttempt a;
        a.kind = i % 2 ? QStringLiteral("Telefoon") : QStringLiteral("Brief");
        a.reached = i % 3 == 0;
        a.date = today.addDays(-3 * i);
        a.dayPart = QStringLiteral("Middag");
        a.note = QStringLiteral("Poging %1: bericht achtergelaten, terugbelverzoek gedaan.").arg(i + 1);
        orFail(cases.addAttempt(caseId, a));
    }
    for (int g = 0; g < 2; ++g) {
        cases::PlanItem goal;
        goal.kind = cases::PlanItem::Kind::Goal;
        goal.text = QStringLiteral("Doel %1: een stabiele woonsituatie zonder nieuwe achterstanden").arg(g + 1);
        goal = orFail(cases.addPlanItem(caseId, goal));
        for (int a = 0; a < 3; ++a) {
            cases::PlanItem action;
            action.goalId = goal.id;
            action.text = QStringLiteral("Actie %1.%2: afspraak maken en stukken verzamelen").arg(g + 1).arg(a + 1);
            action.owner = QStringLiteral("Inwoner");
            action.dueOn = today.addDays(7 * (a + 1));
            orFail(cases.addPlanItem(caseId, action));
        }
    }
    for (int i = 0; i < 3; ++i)
        orFail(cases.addNote(caseId, QStringLiteral("Overleg %1 met de schuldhulpverlening over het budgetplan.").arg(i + 1)));

    ZrmService zrm(db, clock, worker);
    for (int i = 0; i < 1; ++i) {
        ZrmAssessment a;
        a.householdId = householdId;
        a.personId = person;
        a.assessedOn = today.addDays(-60 * i);
        for (const QString &domain : zrm::domainKeys())
            a.scores.insert(domain, 1 + (i + int(domain.size())) % 5);
        orFail(zrm.record(a));
    }
}

int pagesOf(const QByteArray &pdf)
{
    return int(QString::fromLatin1(pdf).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts without a display, as the CLI does
    QGuiApplication app(argc, argv);
    initLogging(LogOptions{QString(), QStringLiteral("warn"), true});
    installTranslations(app);
    const auto [path, repeat] = dbArguments(app.arguments(), QStringLiteral("usage: bench_summary --db FILE [--repeat R]"));
    auto db = orFail(Database::open(DatabaseLocation::sqliteFile(path)));
    const SystemClock clock;
    const Session worker = orFail(AuthService(*db, clock).login(QStringLiteral("consulent"), QStringLiteral("demo")));
    const qint64 household = busiestHousehold(*db, worker);
    furnish(*db, clock, worker, household);
    const CaseSummaryService service(*db, clock, worker);
    const ReportRenderer render = pdfRenderer();
    QTemporaryDir out;

    for (const SummaryProfile profile : {SummaryProfile::Intern, SummaryProfile::Partner}) {
        const QString name = summary::profileKey(profile);
        summary::CaseSummary gathered;
        ReportDocument document;
        QByteArray pdf;
        std::clock_t cpu = std::clock();
        auto runs = timed(repeat, [&] { gathered = orFail(service.gather(household, profile)); });
        report(qPrintable(QStringLiteral("%1: gather").arg(name)), runs,
               QStringLiteral("cpu %1 ms/run").arg(cpuMsPerRun(cpu, repeat), 0, 'f', 1));
        cpu = std::clock();
        runs = timed(repeat, [&] { document = summary::caseSummaryDocument(gathered); });
        report(qPrintable(QStringLiteral("%1: document").arg(name)), runs,
               QStringLiteral("cpu %1 ms/run").arg(cpuMsPerRun(cpu, repeat), 0, 'f', 1));
        cpu = std::clock();
        runs = timed(repeat, [&] {
            pdf.clear();
            QBuffer buffer(&pdf);
            buffer.open(QIODevice::WriteOnly);
            orFail(render(document, buffer));
        });
        report(qPrintable(QStringLiteral("%1: render PDF").arg(name)), runs,
               QStringLiteral("cpu %1 ms/run, %2 pages, %3 kB").arg(cpuMsPerRun(cpu, repeat), 0, 'f', 1).arg(pagesOf(pdf)).arg(pdf.size() / 1024));
        const QString file = out.filePath(CaseSummaryService::fileNameFor(household, profile));
        cpu = std::clock();
        runs = timed(repeat, [&] { orFail(service.write(household, profile, file, render)); });
        report(qPrintable(QStringLiteral("%1: whole (gather, render, audited write)").arg(name)), runs,
               QStringLiteral("cpu %1 ms/run").arg(cpuMsPerRun(cpu, repeat), 0, 'f', 1));
    }

    // Reference, same run: the subject-access PDF (the other report on the same engine) of the
    // household's first member, as the team lead writes it.
    const Session lead = orFail(AuthService(*db, clock).login(QStringLiteral("teamleider"), QStringLiteral("demo")));
    const qint64 person = orFail(HouseholdService(*db, clock, worker).get(household)).members.first().id;
    const SubjectAccessService access(*db, clock, lead);
    QByteArray pdf;
    const std::clock_t cpu = std::clock();
    const auto runs = timed(repeat, [&] {
        const SubjectAccessReport r = orFail(access.gather(person, QStringLiteral("BENCH-1")));
        pdf.clear();
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        orFail(SubjectAccessPdfWriter().write(r, buffer));
    });
    report("reference: subject-access PDF (gather, render)", runs,
           QStringLiteral("cpu %1 ms/run, %2 pages").arg(cpuMsPerRun(cpu, repeat), 0, 'f', 1).arg(pagesOf(pdf)));
    return 0;
}
