#include "CaseGuiSupport.h"
#include "cases/QueueWriter.h"
#include "support/TestResult.h"

#include "DialogRunner.h"
#include "cases/AssignDialog.h"
#include "cases/CaseWindows.h"
#include "cases/ContactAttemptDialog.h"
#include "cases/ContactAttemptForm.h"
#include "cases/DeadlineText.h"
#include "cases/WorkQueueModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;

namespace {

/// Four lines: a crisis (kritiek), stacked arrears with an overdue contact offer and with one
/// running, and a case opened by hand on a household without flags.
struct QueueFixture : CaseFixture {
    qint64 crisis = flagged(QStringLiteral("Jansen"), QStringLiteral("7411 AA"), 1, QStringLiteral("Centrum"),
                            {PartnerType::Huur}, 2, true);
    qint64 late = flagged(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, QStringLiteral("Noord"),
                          {PartnerType::Huur, PartnerType::Energie}, 20);
    qint64 running = flagged(QStringLiteral("Bakker"), QStringLiteral("7411 AC"), 5, QStringLiteral("Noord"),
                             {PartnerType::Huur, PartnerType::Water}, 4);
    qint64 manual = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7, QStringLiteral("Zuid"));
    QWidget owner;
    CaseWindows windows{*db, session, clock, &owner};

    QList<qint64> shownHouseholds(const WorkQueuePage &page) const
    {
        return page.model().householdIds();
    }

    static QString cell(const WorkQueuePage &page, int row, int column)
    {
        return page.model().data(page.model().index(row, column)).toString();
    }

    static QPushButton *button(const QWidget &page, const char *name)
    {
        auto *b = page.findChild<QPushButton *>(QLatin1String(name));
        REQUIRE(b);
        return b;
    }
};

} // namespace

TEST_CASE_METHOD(QueueFixture, "The work queue shows the most urgent household first, its deadline in words",
                 "[app][gui][cases]")
{
    WorkQueuePage page(*db, session, clock, windows);
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    waitForQueue(page);
    // Critical first; of the two "high" ones the overdue deadline first; the flagless case last.
    REQUIRE(shownHouseholds(page) == QList<qint64>{crisis, late, running, manual});
    CHECK(cell(page, 0, WorkQueueModel::Priority) == QStringLiteral("Critical"));
    CHECK(cell(page, 1, WorkQueueModel::Priority) == QStringLiteral("High"));
    CHECK(cell(page, 3, WorkQueueModel::Priority) == QStringLiteral("No flag"));
    CHECK(cell(page, 1, WorkQueueModel::Household).contains(QStringLiteral("Visser")));
    CHECK(cell(page, 1, WorkQueueModel::Wijk) == QStringLiteral("Noord"));
    CHECK(cell(page, 1, WorkQueueModel::Status) == QStringLiteral("No case yet"));
    CHECK(cell(page, 3, WorkQueueModel::Status) == QStringLiteral("New"));
    CHECK(cell(page, 3, WorkQueueModel::Assignee) == QStringLiteral("Unassigned"));
    CHECK(cell(page, 1, WorkQueueModel::OpenSignals) == QStringLiteral("2"));
    CHECK_FALSE(cell(page, 1, WorkQueueModel::TopFlag).isEmpty());

    // The overdue contact offer: the date, the state in words and the clock, in red with an icon.
    const QModelIndex deadline = page.model().index(1, WorkQueueModel::NextDeadline);
    const QString text = deadline.data().toString();
    CHECK(text.contains(DeadlineText::date(clock.today().addDays(-6))));
    CHECK(text.contains(QStringLiteral("Overdue")));
    CHECK(deadline.data(Qt::ForegroundRole).value<QBrush>().color()
          == DeadlineText::colour(clocks::DeadlineState::Overdue));
    CHECK_FALSE(deadline.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(deadline.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue by 6 day(s)")));
    const QString other = page.model().index(2, WorkQueueModel::NextDeadline).data().toString();
    CHECK_FALSE(other.contains(QStringLiteral("Overdue")));

    // Rows keep one height: the table stays fast and even.
    auto *view = page.findChild<QTableView *>(QStringLiteral("tableView"));
    CHECK(view->verticalHeader()->sectionResizeMode(0) == QHeaderView::Fixed);
}

TEST_CASE_METHOD(QueueFixture, "The queue's filters narrow it and their labels count what they would show",
                 "[app][gui][cases]")
{
    REQUIRE(cases.claim(late).ok());
    cases::CaseService kees(*db, clock, colleague);
    REQUIRE(kees.claim(running).ok());

    WorkQueuePage page(*db, session, clock, windows);
    waitForQueue(page);
    REQUIRE(page.totalCount() == 4);
    auto *teamButton = button(page, "teamButton");
    auto *mineButton = button(page, "mineButton");
    auto *unassignedButton = button(page, "unassignedButton");
    auto *overdue = page.findChild<QCheckBox *>(QStringLiteral("overdueCheck"));
    CHECK(teamButton->text() == QStringLiteral("Team (4)"));
    CHECK(mineButton->text() == QStringLiteral("Mine (1)"));
    CHECK(unassignedButton->text() == QStringLiteral("Unassigned (2)"));
    CHECK(overdue->text() == QStringLiteral("&Overdue only (1)"));

    mineButton->click();
    CHECK(shownHouseholds(page) == QList<qint64>{late});
    unassignedButton->click();
    CHECK(shownHouseholds(page) == QList<qint64>{crisis, manual});
    teamButton->click();
    CHECK(page.model().rowCount() == 4);

    auto *wijk = page.findChild<QComboBox *>(QStringLiteral("wijkCombo"));
    REQUIRE(wijk->findData(QStringLiteral("Noord")) > 0);
    wijk->setCurrentIndex(wijk->findData(QStringLiteral("Noord")));
    CHECK(shownHouseholds(page) == QList<qint64>{late, running});
    CHECK(teamButton->text() == QStringLiteral("Team (2)"));
    CHECK(unassignedButton->text() == QStringLiteral("Unassigned (0)"));
    wijk->setCurrentIndex(0);

    auto *severity = page.findChild<QComboBox *>(QStringLiteral("severityCombo"));
    severity->setCurrentIndex(severity->findData(4));
    CHECK(shownHouseholds(page) == QList<qint64>{crisis});
    CHECK(teamButton->text() == QStringLiteral("Team (1)"));
    severity->setCurrentIndex(severity->findData(0));

    overdue->setChecked(true);
    CHECK(shownHouseholds(page) == QList<qint64>{late});
    CHECK(page.counts().overdue == 1);
    auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
    CHECK(count->text() == QStringLiteral("1 line(s) of 4"));
}

TEST_CASE_METHOD(QueueFixture, "Take makes the household's case mine, but not someone else's case",
                 "[app][gui][cases]")
{
    cases::CaseService kees(*db, clock, colleague);
    REQUIRE(kees.claim(running).ok());
    WorkQueuePage page(*db, session, clock, windows);
    waitForQueue(page);
    auto *take = button(page, "takeButton");
    CHECK_FALSE(take->isEnabled()); // nothing selected

    REQUIRE(page.selectHouseholds({running}));
    CHECK_FALSE(take->isEnabled()); // Kees has it

    REQUIRE(page.selectHouseholds({crisis}));
    REQUIRE(take->isEnabled());
    take->click();
    CHECK(page.messageText().contains(QStringLiteral("Jansen")));
    waitForQueue(page);
    const cases::Case taken = caseOf(crisis);
    CHECK(taken.assigneeId == session.user().id);
    CHECK(taken.origin == cases::CaseOrigin::Flag); // from its flag, not by hand
    // The line shows it and stays selected.
    REQUIRE(page.selectedItems().size() == 1);
    CHECK(page.selectedItems().first().householdId == crisis);
    const int row = page.model().indexOf(crisis).row();
    CHECK(cell(page, row, WorkQueueModel::Assignee) == QStringLiteral("Carla Consulent"));
    CHECK(cell(page, row, WorkQueueModel::Status) == QStringLiteral("New"));
    CHECK_FALSE(take->isEnabled());
    CHECK(button(page, "mineButton")->text() == QStringLiteral("Mine (1)"));
}

TEST_CASE_METHOD(QueueFixture, "The team lead assigns several households at once, opening cases where needed",
                 "[app][gui][cases]")
{
    {
        WorkQueuePage caseworkers(*db, session, clock, windows);
        CHECK_FALSE(button(caseworkers, "assignButton")->isVisibleTo(&caseworkers));
        waitForQueue(caseworkers);
    }
    WorkQueuePage page(*db, lead, clock, windows);
    waitForQueue(page);
    auto *assign = button(page, "assignButton");
    CHECK(assign->isVisibleTo(&page));
    REQUIRE(page.selectHouseholds({crisis, manual}));
    REQUIRE(assign->isEnabled());

    const qint64 keesId = colleague.user().id;
    QString intro;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *assignDialog = qobject_cast<AssignDialog *>(&dialog);
        REQUIRE(assignDialog);
        intro = dialog.findChild<QLabel *>(QStringLiteral("introLabel"))->text();
        dialog.accept(); // nobody chosen yet: refused in the dialog
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK_FALSE(assignDialog->errorText().isEmpty());
        REQUIRE(assignDialog->choose(keesId));
        dialog.accept();
        return dialog.result();
    });
    assign->click();
    CHECK(intro.contains(QStringLiteral("2 household(s)")));
    CHECK(intro.contains(QStringLiteral("1 of them have no case yet")));
    CHECK(page.messageText() == QStringLiteral("2 case(s) assigned to Kees Collega."));
    waitForQueue(page);
    CHECK(caseOf(crisis).assigneeId == keesId);
    CHECK(caseOf(manual).assigneeId == keesId);
    CHECK(caseOf(crisis).origin == cases::CaseOrigin::Flag);
    for (qint64 id : {crisis, manual})
        CHECK(cell(page, page.model().indexOf(id).row(), WorkQueueModel::Assignee) == QStringLiteral("Kees Collega"));
    DialogRunner::clearQueued();
}

TEST_CASE_METHOD(QueueFixture, "A contact attempt is logged from the queue, taking the case after asking",
                 "[app][gui][cases]")
{
    WorkQueuePage page(*db, session, clock, windows);
    waitForQueue(page);
    REQUIRE(page.selectHouseholds({late}));
    auto *attempt = button(page, "attemptButton");
    REQUIRE(attempt->isEnabled());

    // Declining the question changes nothing.
    DialogRunner::setNextConfirmation(false);
    attempt->click();
    CHECK(DialogRunner::lastQuestion().contains(QStringLiteral("has no case yet")));
    CHECK(openCaseOf(late) == 0);

    DialogRunner::setNextConfirmation(true);
    DialogRunner::setNextHandler([this](QDialog &dialog) {
        REQUIRE(qobject_cast<ContactAttemptDialog *>(&dialog));
        auto *date = dialog.findChild<QDateEdit *>(QStringLiteral("dateEdit"));
        CHECK(date->maximumDate() == clock.today());
        date->setDate(clock.today().addDays(3)); // the field does not go past today
        CHECK(date->date() == clock.today());
        date->setDate(clock.today().addDays(-1));
        auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        dialog.accept(); // no kind chosen: refused in the dialog
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(qobject_cast<ContactAttemptDialog *>(&dialog)->errorText().contains(QStringLiteral("kind of contact")));
        kind->setCurrentIndex(kind->findData(QStringLiteral("Telefoon")));
        dialog.findChild<QCheckBox *>(QStringLiteral("reachedCheck"))->setChecked(true);
        auto *dayPart = dialog.findChild<QComboBox *>(QStringLiteral("dayPartCombo"));
        dayPart->setCurrentIndex(dayPart->findData(QStringLiteral("Ochtend")));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("noteEdit"))->setPlainText(QStringLiteral("Afspraak gemaakt"));
        dialog.accept();
        return dialog.result();
    });
    attempt->click();
    CHECK(page.messageText().contains(QStringLiteral("Contact attempt logged")));
    waitForQueue(page);
    const cases::Case c = caseOf(late);
    CHECK(c.assigneeId == session.user().id);
    CHECK(c.status == cases::CaseStatus::InBehandeling);
    auto detail = cases.detail(c.id);
    REQUIRE(detail.ok());
    REQUIRE(detail->attempts.size() == 1);
    const cases::ContactAttempt &logged = detail->attempts.first();
    CHECK(logged.kind == QStringLiteral("Telefoon"));
    CHECK(logged.reached);
    CHECK(logged.date == clock.today().addDays(-1));
    CHECK(logged.dayPart == QStringLiteral("Ochtend"));
    CHECK(logged.note == QStringLiteral("Afspraak gemaakt"));
    CHECK(logged.author == QStringLiteral("Carla Consulent"));
    CHECK(cell(page, page.model().indexOf(late).row(), WorkQueueModel::Status) == QStringLiteral("In progress"));
    DialogRunner::clearQueued();
}

TEST_CASE_METHOD(QueueFixture, "A contact attempt dated in the future is refused, and what was typed stays",
                 "[app][gui][cases]")
{
    const qint64 caseId = openCaseOf(manual);
    // A workstation whose calendar runs ahead of the service's: the field allows the date, the
    // service refuses it, and the dialog says so.
    ContactAttemptDialog dialog(cases, caseId, QStringLiteral("Mulder"), clock.today().addDays(5));
    cases::ContactAttempt typed;
    typed.kind = QStringLiteral("Huisbezoek");
    typed.date = clock.today().addDays(2);
    typed.dayPart = QStringLiteral("Middag");
    typed.note = QStringLiteral("Niemand thuis");
    dialog.form().setAttempt(typed);
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    INFO(dialog.errorText().toStdString());
    CHECK(dialog.errorText().contains(QStringLiteral("future")));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->isVisibleTo(&dialog));
    const cases::ContactAttempt kept = dialog.form().attempt();
    CHECK(kept.kind == typed.kind);
    CHECK(kept.date == typed.date);
    CHECK(kept.dayPart == typed.dayPart);
    CHECK(kept.note == typed.note);
    auto detail = cases.detail(caseId);
    REQUIRE(detail.ok());
    CHECK(detail->attempts.isEmpty());
}

TEST_CASE_METHOD(QueueFixture, "Every control of the work queue and its dialogs has an accessible name",
                 "[app][gui][cases]")
{
    WorkQueuePage page(*db, lead, clock, windows);
    waitForQueue(page);
    ContactAttemptDialog attempt(cases, openCaseOf(manual), QStringLiteral("Mulder"), clock.today());
    AssignDialog assign({{colleague.user().id, QStringLiteral("Kees Collega")}}, QStringLiteral("Assign"), true, 0, {});
    int checked = 0;
    for (const QWidget *root : std::initializer_list<const QWidget *>{&page, &attempt, &assign}) {
        for (const QWidget *w : root->findChildren<QWidget *>()) {
            if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_"))
                || w->metaObject() == &QWidget::staticMetaObject)
                continue;
            if (const auto *label = qobject_cast<const QLabel *>(w); label && !label->text().isEmpty())
                continue;
            INFO(w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
            ++checked;
        }
    }
    CHECK(checked >= 20);
}

TEST_CASE_METHOD(QueueFixture, "A long queue shows its first lines at once, then the whole queue in the same place",
                 "[app][gui][cases]")
{
    QueueWriter{team.id, team.id, {session.user().id, colleague.user().id}, clock.today()}.write(*db, 3000, 7);
    const cases::WorkQueue reference(*db, clock, lead);
    const cases::QueueIndex whole = required(reference.index());
    REQUIRE(whole.keys.size() > 2000);

    WorkQueuePage page(*db, lead, clock, windows);
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QList<qint64> firstLines;
    QString firstLabel;
    QObject::connect(&page, &WorkQueuePage::firstLinesShown, &page, [&] {
        CHECK_FALSE(page.isComplete());
        firstLines = page.model().householdIds();
        firstLabel = page.findChild<QLabel *>(QStringLiteral("countLabel"))->text();
        CHECK_FALSE(cell(page, 0, WorkQueueModel::Household).isEmpty()); // its rows read at once
    });
    waitForQueue(page);
    // The first lines were the true beginning of the queue, a page at least (every tie of the last).
    REQUIRE(firstLines.size() >= WorkQueueModel::PageSize);
    CHECK(firstLines == whole.householdIds(0, std::size_t(firstLines.size())));
    CHECK(firstLabel.contains(QStringLiteral("loading the rest")));
    CHECK(page.isComplete());
    CHECK(page.model().householdIds() == whole.householdIds());
    CHECK(page.totalCount() == int(whole.keys.size()));
    // A line deep down is read when the view gets there.
    CHECK(cell(page, 2500, WorkQueueModel::Household) == reference.rows({whole.keys[2500].householdId})->first().householdName);

    // A reload keeps the selection and the line at the top.
    auto *view = page.findChild<QTableView *>(QStringLiteral("tableView"));
    const qint64 chosen = whole.keys[1500].householdId;
    REQUIRE(page.selectHouseholds({chosen}));
    view->scrollTo(page.model().index(1400, 0), QAbstractItemView::PositionAtTop);
    const int top = view->rowAt(0);
    page.reload();
    waitForQueue(page);
    REQUIRE(page.selectedItems().size() == 1);
    CHECK(page.selectedItems().first().householdId == chosen);
    CHECK(view->rowAt(0) == top);
}
