// The request for help on the case screen and the queue's band of overdue statutory terms: a
// caseworker turns an offer into a request with a crisis intervention; the 3-working-day term runs
// from the aanmelding and only the eerste gesprek meets it; an overdue term tops the queue.
#include "CaseGuiSupport.h"

#include "DialogRunner.h"
#include "cases/CaseWidget.h"
#include "cases/CaseWindows.h"
#include "cases/RequestStepDialog.h"
#include "cases/WorkQueueModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;

namespace {

QPushButton *button(const QWidget &w, const char *name)
{
    auto *b = w.findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(b);
    return b;
}

std::optional<clocks::Deadline> clockOf(const CaseWidget &widget, clocks::ClockKind kind)
{
    REQUIRE(widget.detail().has_value());
    for (const clocks::Deadline &d : widget.detail()->deadlines)
        if (d.clock == kind)
            return d;
    return std::nullopt;
}

} // namespace

TEST_CASE_METHOD(CaseFixture, "A caseworker turns an offer into a request with a crisis and records the first conversation",
                 "[app][gui][cases][wgs]")
{
    // Today is Sunday 1 June 2025.
    const qint64 household = flagged(QStringLiteral("Jansen"), QStringLiteral("7411 AA"), 1, QStringLiteral("Centrum"),
                                     {PartnerType::Huur}, 6);
    auto opened = cases.claim(household);
    REQUIRE(opened.ok());
    cases::ContactAttempt call;
    call.kind = QStringLiteral("Telefoon");
    call.reached = true;
    call.date = QDate(2025, 5, 28); // reached by phone before the offer was accepted
    REQUIRE(cases.addAttempt(opened->id, call).ok());

    CaseWidget widget(*db, session, clock, opened->id);
    CHECK(button(widget, "requestButton")->isVisibleTo(&widget));
    CHECK_FALSE(button(widget, "conversationButton")->isVisibleTo(&widget));
    CHECK_FALSE(button(widget, "decisionButton")->isVisibleTo(&widget));
    CHECK(widget.findChild<QLabel *>(QStringLiteral("typeLabel"))->text() == cases::caseTypeLabel(cases::CaseType::Vroegsignaal));

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *step = qobject_cast<RequestStepDialog *>(&dialog);
        REQUIRE(step);
        CHECK(step->step() == RequestStepDialog::Step::Request);
        CHECK(step->date() == QDate(2025, 6, 1)); // today unless changed
        step->setDate(QDate(2025, 5, 30));         // Friday
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("crisisCheck"));
        check->setChecked(true);
        step->setCrisisKind(QStringLiteral("afsluiting_energie"));
        CHECK(step->crisisKind() == QStringLiteral("afsluiting_energie"));
        dialog.accept();
        return dialog.result();
    });
    button(widget, "requestButton")->click();
    REQUIRE(widget.detail().has_value());
    CHECK(widget.detail()->record.type == cases::CaseType::Hulpvraag);
    CHECK(widget.findChild<QLabel *>(QStringLiteral("typeLabel"))->text().contains(
        cases::crisisKindLabel(QStringLiteral("afsluiting_energie"))));
    CHECK(button(widget, "conversationButton")->isVisibleTo(&widget));
    auto debt = clockOf(widget, clocks::ClockKind::ThreateningDebt);
    REQUIRE(debt.has_value());
    CHECK(debt->startsOn == QDate(2025, 5, 30));
    CHECK(debt->dueOn == QDate(2025, 6, 4)); // Monday 2, Tuesday 3, Wednesday 4
    CHECK(debt->state != clocks::DeadlineState::Met); // the earlier reached call is not the first conversation

    // A first conversation before the aanmelding is refused in the dialog, which stays open.
    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *step = qobject_cast<RequestStepDialog *>(&dialog);
        REQUIRE(step);
        step->setDate(QDate(2025, 5, 29));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(step->errorText().isEmpty());
        step->setDate(QDate(2025, 5, 31));
        dialog.accept();
        return dialog.result();
    });
    button(widget, "conversationButton")->click();
    debt = clockOf(widget, clocks::ClockKind::ThreateningDebt);
    REQUIRE(debt.has_value());
    CHECK(debt->state == clocks::DeadlineState::Met);
    CHECK(debt->metOn == QDate(2025, 5, 31));
    CHECK(clockOf(widget, clocks::ClockKind::Decision).has_value());

    DialogRunner::setNextHandler([](QDialog &dialog) {
        auto *step = qobject_cast<RequestStepDialog *>(&dialog);
        REQUIRE(step);
        CHECK(step->step() == RequestStepDialog::Step::Decision);
        step->setDecision(QStringLiteral("toelating"));
        dialog.accept();
        return dialog.result();
    });
    button(widget, "decisionButton")->click();
    CHECK(widget.detail()->record.request.decision == QStringLiteral("toelating"));
    CHECK(clockOf(widget, clocks::ClockKind::Decision)->state == clocks::DeadlineState::Met);
}

TEST_CASE_METHOD(CaseFixture, "The queue puts an overdue statutory term above higher priorities", "[app][gui][cases][wgs]")
{
    const qint64 urgent = flagged(QStringLiteral("Jansen"), QStringLiteral("7411 AA"), 1, QStringLiteral("Centrum"),
                                  {PartnerType::Huur}, 2, true);
    const qint64 request = addHousehold(QStringLiteral("Termijn"), QStringLiteral("7411 AE"), 9, QStringLiteral("Zuid"));
    REQUIRE(cases.openRequest(request, clock.today().addDays(-35)).ok()); // first conversation 4 weeks overdue
    QWidget owner;
    CaseWindows windows{*db, session, clock, &owner};
    WorkQueuePage page(*db, session, clock, windows);
    waitForQueue(page);
    const QList<qint64> shown = page.model().householdIds();
    REQUIRE(shown.size() == 2);
    CHECK(shown == QList<qint64>{request, urgent});
    const QModelIndex deadline = page.model().index(0, WorkQueueModel::NextDeadline);
    CHECK(page.model().data(deadline).toString().startsWith(QStringLiteral("Statutory term overdue")));
    CHECK(page.model().data(deadline, Qt::ForegroundRole).isValid());
    CHECK_FALSE(page.model().data(page.model().index(1, WorkQueueModel::NextDeadline)).toString().startsWith(
        QStringLiteral("Statutory term overdue")));
}
