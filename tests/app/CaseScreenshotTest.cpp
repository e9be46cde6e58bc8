#include "CaseGuiSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "cases/CaseWidget.h"
#include "cases/CaseWindows.h"
#include "cases/CloseCaseDialog.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "importing/ImportKeys.h"
#include "support/Translations.h"
#include "zrm/ZrmService.h"

#include <QApplication>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;

// Hidden: pictures of the work queue and the case screen on invented data, in Dutch, to look
// at the layout by eye.  VANGNET_SHOT_DIR=/tmp test_cases_gui "[.screenshot]"
TEST_CASE_METHOD(CaseFixture, "Screenshots of the work queue and the case screen", "[.screenshot]")
{
    const QString out = qEnvironmentVariable("VANGNET_SHOT_DIR", QStringLiteral("/tmp"));
    if (qEnvironmentVariable("VANGNET_LANG") != QStringLiteral("en"))
        installTranslations(*QCoreApplication::instance());
    const qint64 urgent = flagged(QStringLiteral("Jansen"), QStringLiteral("7411 AA"), 1, QStringLiteral("Centrum"),
                                  {PartnerType::Huur}, 2, true);
    flagged(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, QStringLiteral("Noord"),
            {PartnerType::Huur, PartnerType::Energie, PartnerType::Water}, 20);
    flagged(QStringLiteral("Bakker"), QStringLiteral("7411 AC"), 5, QStringLiteral("Noord"),
            {PartnerType::Huur, PartnerType::Water}, 12);
    flagged(QStringLiteral("El Amrani"), QStringLiteral("7412 BA"), 14, QStringLiteral("Zuid"),
            {PartnerType::Energie, PartnerType::Zorg}, 5);
    manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7, QStringLiteral("Zuid"));
    const qint64 kees = flagged(QStringLiteral("De Boer"), QStringLiteral("7413 CA"), 22, QStringLiteral("Centrum"),
                                {PartnerType::Huur, PartnerType::Energie}, 30);
    REQUIRE(cases::CaseService(*db, clock, colleague).claim(kees).ok());

    auto taken = cases.claim(urgent);
    REQUIRE(taken.ok());
    cases::ContactAttempt letter;
    letter.kind = QStringLiteral("Brief");
    letter.date = clock.today().addDays(-1);
    letter.note = QStringLiteral("Brief met aanbod van een gesprek");
    REQUIRE(cases.addAttempt(taken->id, letter).ok());
    cases::ContactAttempt call;
    call.kind = QStringLiteral("Telefoon");
    call.reached = true;
    call.date = clock.today();
    call.dayPart = QStringLiteral("Ochtend");
    call.note = QStringLiteral("Huisbezoek afgesproken voor donderdag");
    REQUIRE(cases.addAttempt(taken->id, call).ok());
    REQUIRE(cases.addNote(taken->id, QStringLiteral("Verhuurder wil meewerken aan een betalingsregeling")).ok());
    cases::Reminder reminder;
    reminder.dueOn = clock.today().addDays(4);
    reminder.text = QStringLiteral("Huisbezoek voorbereiden");
    REQUIRE(cases.addReminder(taken->id, reminder).ok());

    cases::PlanItem goal;
    goal.kind = cases::PlanItem::Kind::Goal;
    goal.text = QStringLiteral("Huisuitzetting voorkomen");
    goal.owner = QStringLiteral("Consulent");
    auto goalAdded = cases.addPlanItem(taken->id, goal);
    REQUIRE(goalAdded.ok());
    cases::PlanItem action;
    action.goalId = goalAdded->id;
    action.text = QStringLiteral("Betalingsregeling met de verhuurder");
    action.owner = QStringLiteral("Inwoner");
    action.dueOn = clock.today().addDays(10);
    REQUIRE(cases.addPlanItem(taken->id, action).ok());
    action.text = QStringLiteral("Aanvraag bijzondere bijstand");
    action.owner = QStringLiteral("Consulent");
    action.dueOn = clock.today().addDays(-2);
    REQUIRE(cases.addPlanItem(taken->id, action).ok());

    ZrmService zrm(*db, clock, session);
    for (int weeks : {6, 0}) {
        ZrmAssessment a;
        a.householdId = urgent;
        a.caseId = taken->id;
        a.assessedOn = clock.today().addDays(-7 * weeks);
        a.scores = {{QStringLiteral("huisvesting"), weeks ? 1 : 2}, {QStringLiteral("financien"), weeks ? 1 : 3}};
        REQUIRE(zrm.record(a).ok());
    }

    MainWindow window(*db, session, service, auth, worker, clock);
    window.resize(1440, 900);
    window.show();
    waitForQueue(*window.workQueuePage());
    window.workQueuePage()->selectHouseholds({urgent});
    QTest::qWait(300);
    CHECK(window.grab().save(out + QStringLiteral("/shot-queue.png")));

    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    nav->setCurrentRow(1);
    QSignalSpy listed(&window.householdsPage()->model(), &HouseholdListModel::loaded);
    if (window.householdsPage()->model().isLoading())
        waitFor(listed);
    window.householdsPage()->selectHousehold(urgent);
    QTest::qWait(300);
    CHECK(window.grab().save(out + QStringLiteral("/shot-household.png")));
    nav->setCurrentRow(0);

    CaseWidget *screen = window.caseWindows()->open(taken->id);
    REQUIRE(screen);
    screen->resize(1180, 760); // the offscreen screen is smaller than a workstation's
    QTest::qWait(300);
    CHECK(screen->grab().save(out + QStringLiteral("/shot-case.png")));
    auto *tabs = screen->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(1);
    QTest::qWait(200);
    CHECK(screen->grab().save(out + QStringLiteral("/shot-case-plan.png")));
    tabs->setCurrentIndex(2);
    QTest::qWait(200);
    CHECK(screen->grab().save(out + QStringLiteral("/shot-case-notes.png")));
    tabs->setCurrentWidget(&screen->zrmTab());
    QTest::qWait(200);
    CHECK(screen->grab().save(out + QStringLiteral("/shot-case-zrm.png")));

    CloseCaseDialog close(screen->service(), screen->detail()->record, screen->detail()->householdName,
                          clock.today(), screen);
    close.setOutcome(QStringLiteral("Niet opgepakt: andere reden"));
    close.show();
    QTest::qWait(200);
    CHECK(close.grab().save(out + QStringLiteral("/shot-close.png")));
    close.reject();
}
