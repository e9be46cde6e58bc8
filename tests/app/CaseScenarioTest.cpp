#include "CaseGuiSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "cases/CaseAttemptsTab.h"
#include "cases/CaseWidget.h"
#include "cases/CaseWindows.h"
#include "cases/CloseCaseDialog.h"
#include "cases/ContactAttemptForm.h"
#include "cases/WorkQueueModel.h"
#include "zrm/ZrmDialog.h"
#include "zrm/ZrmHistoryWidget.h"

#include <QAction>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;

TEST_CASE_METHOD(CaseFixture, "The work queue is the first page for those who work cases, with a shortcut",
                 "[app][gui][cases]")
{
    MainWindow window(*db, session, service, auth, worker, clock);
    REQUIRE(window.workQueuePage());
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    CHECK(stack->indexOf(window.workQueuePage()) == 0);
    CHECK(stack->currentWidget() == window.workQueuePage());
    CHECK(window.findChild<QListWidget *>(QStringLiteral("navigationList"))->item(0)->text() == QStringLiteral("Work queue"));
    QAction *go = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_1))
            go = action;
    REQUIRE(go);
    window.findChild<QListWidget *>(QStringLiteral("navigationList"))->setCurrentRow(1);
    CHECK(stack->currentWidget() != window.workQueuePage());
    go->trigger();
    CHECK(stack->currentWidget() == window.workQueuePage());
    waitForQueue(*window.workQueuePage());
    // Every page has its entry in the Go menu, the first nine with Ctrl+1 … Ctrl+9.
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuGo"));
    REQUIRE(menu);
    REQUIRE(menu->actions().size() == stack->count());
    for (int i = 0; i < stack->count(); ++i) {
        QAction *page = menu->actions().at(i);
        INFO(page->text().toStdString());
        CHECK(page->shortcut() == (i < 9 ? QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)) : QKeySequence()));
        page->trigger();
        CHECK(stack->currentIndex() == i);
    }

    MainWindow administrators(*db, admin, service, auth, worker, clock);
    CHECK_FALSE(administrators.workQueuePage());
    CHECK_FALSE(administrators.caseWindows());
}

TEST_CASE_METHOD(CaseFixture,
                 "A caseworker opens the queue, takes the most urgent household, logs two contact attempts, "
                 "scores a ZRM and closes the case with an outcome",
                 "[app][gui][cases][scenario]")
{
    const qint64 urgent = flagged(QStringLiteral("Jansen"), QStringLiteral("7411 AA"), 1, QStringLiteral("Centrum"),
                                  {PartnerType::Huur}, 2, true);
    const qint64 stacked = flagged(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, QStringLiteral("Noord"),
                                   {PartnerType::Huur, PartnerType::Energie}, 20);
    MainWindow window(*db, session, service, auth, worker, clock);
    window.show();
    WorkQueuePage &queue = *window.workQueuePage();
    waitForQueue(queue);

    // The most urgent household is on top: take it.
    REQUIRE(queue.model().rowCount() == 2);
    CHECK(queue.model().householdIds() == QList<qint64>{urgent, stacked});
    auto *view = queue.findChild<QTableView *>(QStringLiteral("tableView"));
    view->selectRow(0);
    queue.findChild<QPushButton *>(QStringLiteral("takeButton"))->click();
    waitForQueue(queue);
    const qint64 caseId = openCaseOf(urgent);
    REQUIRE(caseId != 0);
    CHECK(queue.model().itemAt(queue.model().index(0, 0))->assigneeId == session.user().id);

    // Open it: its own window.
    REQUIRE(queue.selectedItems().size() == 1);
    queue.findChild<QPushButton *>(QStringLiteral("openButton"))->click();
    CaseWidget *screen = window.caseWindows()->windowFor(caseId);
    REQUIRE(screen);
    CHECK(screen->isWindow());
    CHECK(screen->isVisible());

    // Two contact attempts: a letter that got no answer, then a home visit that did.
    cases::ContactAttempt letter;
    letter.kind = QStringLiteral("Brief");
    letter.date = clock.today().addDays(-1);
    screen->attemptsTab().form().setAttempt(letter);
    screen->attemptsTab().addAttempt();
    cases::ContactAttempt visit;
    visit.kind = QStringLiteral("Huisbezoek");
    visit.reached = true;
    visit.date = clock.today();
    visit.dayPart = QStringLiteral("Middag");
    visit.note = QStringLiteral("Gesprek gehad, hulp afgesproken");
    screen->attemptsTab().form().setAttempt(visit);
    screen->attemptsTab().addAttempt();
    REQUIRE(screen->attemptsTab().errorText().isEmpty());
    CHECK(screen->attemptsTab().attemptCount() == 2);
    CHECK(screen->detail()->record.status == cases::CaseStatus::InBehandeling);
    waitForQueue(queue);
    CHECK(queue.model().itemAt(queue.model().indexOf(urgent))->status == cases::CaseStatus::InBehandeling);

    // Score a ZRM in the case: the household's history shows it, linked to this case.
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *zrm = qobject_cast<ZrmDialog *>(&dialog);
        REQUIRE(zrm);
        zrm->setScore(QStringLiteral("huisvesting"), 2);
        zrm->setScore(QStringLiteral("financien"), 1);
        dialog.accept();
        return dialog.result();
    });
    screen->findChild<QPushButton *>(QStringLiteral("zrmButton"))->click();
    REQUIRE(screen->zrmHistory().assessments().size() == 1);
    const ZrmAssessment scored = screen->zrmHistory().assessments().first();
    CHECK(scored.caseId == caseId);
    CHECK(scored.householdId == urgent);
    CHECK(scored.scores.value(QStringLiteral("huisvesting")) == 2);
    CHECK(scored.assessorName == QStringLiteral("Carla Consulent"));
    CHECK(screen->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentWidget() == &screen->zrmTab());

    // Close it with an outcome.
    const QString outcome = QStringLiteral("(Budget)advies en/of quick fix");
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *close = qobject_cast<CloseCaseDialog *>(&dialog);
        REQUIRE(close);
        close->setOutcome(outcome);
        dialog.accept();
        return dialog.result();
    });
    screen->findChild<QPushButton *>(QStringLiteral("closeButton"))->click();
    auto closed = cases.get(caseId);
    REQUIRE(closed.ok());
    CHECK(closed->status == cases::CaseStatus::Afgesloten);
    CHECK(closed->outcome == outcome);
    CHECK(closed->closedOn == clock.today());
    auto detail = cases.detail(caseId);
    REQUIRE(detail.ok());
    CHECK(detail->attempts.size() == 2);

    // The queue no longer shows the case as open work.
    waitForQueue(queue);
    const QModelIndex line = queue.model().indexOf(urgent);
    if (line.isValid())
        CHECK(queue.model().itemAt(line)->caseId != caseId);
    DialogRunner::clearQueued();
}
