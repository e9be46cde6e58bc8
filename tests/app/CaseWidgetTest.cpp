#include "CaseGuiSupport.h"

#include "DialogRunner.h"
#include "cases/CaseAttemptsTab.h"
#include "cases/CaseNotesTab.h"
#include "cases/CasePlanTab.h"
#include "cases/CaseWidget.h"
#include "cases/CloseCaseDialog.h"
#include "cases/ContactAttemptForm.h"
#include "cases/RequestStepDialog.h"
#include "households/HouseholdDetailWidget.h"
#include "households/HouseholdsPage.h"
#include "importing/ImportKeys.h"
#include "FileDialog.h"
#include "summary/CaseSummaryExporter.h"
#include "summary/SummaryProfileDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QMenu>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QFile>
#include <QTabWidget>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;
using cases::CaseStatus;

namespace {

QPushButton *button(const QWidget &w, const char *name)
{
    auto *b = w.findChild<QPushButton *>(QLatin1String(name));
    REQUIRE(b);
    return b;
}

QString labelText(const QWidget &w, const char *name)
{
    auto *l = w.findChild<QLabel *>(QLatin1String(name));
    REQUIRE(l);
    return l->text();
}

const QString NotTakenUp = QStringLiteral("Niet opgepakt: andere reden");

} // namespace

TEST_CASE_METHOD(CaseFixture, "The case screen offers only the transitions that make sense", "[app][gui][cases]")
{
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    CaseWidget widget(*db, session, clock, openCaseOf(household));
    REQUIRE(widget.detail());
    CHECK(labelText(widget, "statusLabel") == QStringLiteral("New"));
    CHECK(labelText(widget, "originLabel") == QStringLiteral("Opened by hand"));
    CHECK(labelText(widget, "titleLabel").contains(QStringLiteral("Mulder")));
    auto *start = button(widget, "startButton");
    auto *wait = button(widget, "waitButton");
    auto *close = button(widget, "closeButton");
    CHECK(start->isVisibleTo(&widget));
    CHECK(start->text() == QStringLiteral("Start working on it"));
    CHECK_FALSE(wait->isVisibleTo(&widget)); // nieuw → wacht op inwoner is no transition
    CHECK(close->isVisibleTo(&widget));

    QSignalSpy changed(&widget, &CaseWidget::caseChanged);
    start->click();
    CHECK(changed.count() == 1);
    CHECK(labelText(widget, "statusLabel") == QStringLiteral("In progress"));
    CHECK(labelText(widget, "takenUpLabel") == clock.today().toString(QStringLiteral("dd-MM-yyyy")));
    CHECK_FALSE(start->isVisibleTo(&widget));
    REQUIRE(wait->isVisibleTo(&widget));
    wait->click();
    CHECK(widget.detail()->record.status == CaseStatus::WachtOpInwoner);
    CHECK(start->text() == QStringLiteral("Resume work"));
    CHECK_FALSE(wait->isVisibleTo(&widget));
    CHECK(labelText(widget, "versionLabel").contains(QStringLiteral("Carla Consulent")));
}

TEST_CASE_METHOD(CaseFixture, "A case is closed only with an outcome, and the internal reason stays apart",
                 "[app][gui][cases]")
{
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    CaseWidget widget(*db, session, clock, openCaseOf(household));
    QString reported;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *close = qobject_cast<CloseCaseDialog *>(&dialog);
        REQUIRE(close);
        dialog.accept(); // no outcome
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(close->errorText().contains(QStringLiteral("outcome")));
        dialog.reject();
        return dialog.result();
    });
    button(widget, "closeButton")->click();
    CHECK(caseOf(household).status == CaseStatus::Nieuw);

    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *close = qobject_cast<CloseCaseDialog *>(&dialog);
        REQUIRE(close);
        close->setOutcome(NotTakenUp);
        reported = dialog.findChild<QLabel *>(QStringLiteral("reportedLabel"))->text();
        CHECK(dialog.findChild<QGroupBox *>(QStringLiteral("internalGroup"))->title().contains(QStringLiteral("not reported")));
        close->setInternalReason(QStringLiteral("Bewoner wil geen contact met de gemeente"));
        DialogRunner::setNextConfirmation(true); // no attempt at all: a warning to confirm
        dialog.accept();
        return dialog.result();
    });
    button(widget, "closeButton")->click();
    CHECK(reported.contains(NotTakenUp));
    CHECK(reported.contains(QStringLiteral("signal partner")));
    auto closed = cases.get(widget.caseId());
    REQUIRE(closed.ok());
    CHECK(closed->status == CaseStatus::Afgesloten);
    CHECK(closed->outcome == NotTakenUp);
    CHECK(closed->internalReason == QStringLiteral("Bewoner wil geen contact met de gemeente"));
    CHECK(closed->closedOn == clock.today());
    CHECK(labelText(widget, "closedLabel").contains(NotTakenUp));
    CHECK(labelText(widget, "closedLabel").contains(QStringLiteral("not reported")));
    // Closed: only reopening is offered, and no new records.
    CHECK(button(widget, "startButton")->text() == QStringLiteral("Reopen"));
    CHECK_FALSE(button(widget, "closeButton")->isVisibleTo(&widget));
    CHECK_FALSE(widget.attemptsTab().findChild<QGroupBox *>(QStringLiteral("addGroup"))->isEnabled());
    DialogRunner::clearQueued();
}

TEST_CASE_METHOD(CaseFixture, "A stale save keeps what was typed, says someone else changed the case, and can reload",
                 "[app][gui][cases]")
{
    const QDateTime now = clock.now();
    clock.set(now.addDays(-3)); // opened three days ago: it can be closed on an earlier day than today
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    clock.set(now);
    CaseWidget widget(*db, session, clock, openCaseOf(household));
    const int versionRead = widget.detail()->record.version;
    cases::CaseService kees(*db, clock, colleague);
    REQUIRE(kees.move(widget.caseId(), versionRead, CaseStatus::InBehandeling).ok()); // meanwhile

    const QDate yesterday = clock.today().addDays(-1);
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *close = qobject_cast<CloseCaseDialog *>(&dialog);
        REQUIRE(close);
        close->setOutcome(NotTakenUp);
        close->setClosedOn(yesterday);
        close->setInternalReason(QStringLiteral("Dubbel gemeld"));
        dialog.accept();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(close->errorText().contains(QStringLiteral("Someone else changed this case")));
        CHECK(close->outcome() == NotTakenUp);
        CHECK(close->closedOn() == yesterday);
        CHECK(close->internalReason() == QStringLiteral("Dubbel gemeld"));
        auto *reload = dialog.findChild<QPushButton *>(QStringLiteral("reloadButton"));
        REQUIRE(reload->isVisibleTo(&dialog));
        reload->click();
        CHECK(close->errorText().contains(QStringLiteral("In progress")));
        CHECK(close->outcome() == NotTakenUp); // still there after the reload
        CHECK(close->internalReason() == QStringLiteral("Dubbel gemeld"));
        DialogRunner::setNextConfirmation(true); // no attempt at all: a warning to confirm
        dialog.accept();
        return dialog.result();
    });
    button(widget, "closeButton")->click();
    auto closed = cases.get(widget.caseId());
    REQUIRE(closed.ok());
    CHECK(closed->status == CaseStatus::Afgesloten);
    CHECK(closed->closedOn == yesterday);
    CHECK(closed->internalReason == QStringLiteral("Dubbel gemeld"));

    // A transition button on a stale screen: refused, said, and the screen shows the case as it is.
    const qint64 other = manualCase(QStringLiteral("Smit"), QStringLiteral("7411 AE"), 9);
    CaseWidget second(*db, session, clock, openCaseOf(other));
    REQUIRE(kees.move(second.caseId(), second.detail()->record.version, CaseStatus::InBehandeling).ok());
    button(second, "startButton")->click(); // still shown: the screen read "nieuw"
    CHECK(second.messageText().contains(QStringLiteral("Someone else changed this case")));
    CHECK(second.detail()->record.status == CaseStatus::InBehandeling);
    CHECK_FALSE(button(second, "startButton")->isVisibleTo(&second));
    DialogRunner::clearQueued();
}

TEST_CASE_METHOD(CaseFixture, "Contact attempts on the case screen: the table and a refusal that keeps the input",
                 "[app][gui][cases]")
{
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    CaseWidget widget(*db, session, clock, openCaseOf(household));
    CaseAttemptsTab &tab = widget.attemptsTab();
    cases::ContactAttempt a;
    a.kind = QStringLiteral("Brief");
    a.date = clock.today().addDays(-3);
    tab.form().setAttempt(a);
    tab.addAttempt();
    CHECK(tab.errorText().isEmpty());
    CHECK(tab.attemptCount() == 1);
    CHECK(widget.detail()->record.status == CaseStatus::InBehandeling); // a new case is taken up
    auto *tabs = widget.findChild<QTabWidget *>(QStringLiteral("tabs"));
    CHECK(tabs->tabText(tabs->indexOf(&tab)).contains(QStringLiteral("(1)")));
    CHECK(tab.form().attempt().note.isEmpty()); // cleared for the next one

    // Closed meanwhile by a colleague: the service refuses, the form keeps the attempt.
    cases::CaseService kees(*db, clock, colleague);
    REQUIRE(kees.close(widget.caseId(), widget.detail()->record.version, NotTakenUp, clock.today()).ok());
    a.kind = QStringLiteral("Telefoon");
    a.date = clock.today();
    a.note = QStringLiteral("Voicemail ingesproken");
    tab.form().setAttempt(a);
    tab.addAttempt();
    CHECK_FALSE(tab.errorText().isEmpty());
    CHECK(tab.form().attempt().note == QStringLiteral("Voicemail ingesproken"));
}

TEST_CASE_METHOD(CaseFixture, "The plan of action holds goals with their actions, and a discharge case its basic conditions",
                 "[app][gui][cases]")
{
    const qint64 household = addHousehold(QStringLiteral("De Vries"), QStringLiteral("7411 AF"), 11);
    auto opened = cases.openFromDischarge(addDetentionNotice(household));
    REQUIRE(opened.ok());

    CaseWidget widget(*db, session, clock, opened->id);
    CasePlanTab &plan = widget.planTab();
    plan.setNewItem(cases::PlanItem::Kind::Goal, QStringLiteral("Woonruimte na uitstroom"), QStringLiteral("Consulent"),
                    clock.today().addDays(30));
    plan.addItem();
    REQUIRE(plan.errorText().isEmpty());
    const auto goalId = widget.detail()->plan.first().id;
    plan.setNewItem(cases::PlanItem::Kind::Action, QStringLiteral("Aanmelden bij woningcorporatie"),
                    QStringLiteral("Inwoner"), clock.today().addDays(7), goalId);
    plan.addItem();
    REQUIRE(widget.detail()->plan.size() == 2);
    const cases::PlanItem action = widget.detail()->plan.at(1);
    CHECK(action.goalId == goalId);
    CHECK(action.owner == QStringLiteral("Inwoner"));
    CHECK(action.dueOn == clock.today().addDays(7));
    auto *tree = plan.findChild<QTreeWidget *>(QStringLiteral("planTree"));
    REQUIRE(tree->topLevelItemCount() == 1);
    REQUIRE(tree->topLevelItem(0)->childCount() == 1); // the action under its goal
    CHECK(tree->topLevelItem(0)->child(0)->text(CasePlanTab::OwnerColumn) == QStringLiteral("Inwoner"));

    plan.setNewItem(cases::PlanItem::Kind::Action, QString(), QString(), {});
    plan.addItem();
    CHECK_FALSE(plan.errorText().isEmpty()); // nothing described

    REQUIRE(plan.selectItem(action.id));
    plan.setSelectedDone(true);
    CHECK(widget.detail()->plan.at(1).doneOn == clock.today());
    CHECK(tree->topLevelItem(0)->child(0)->text(CasePlanTab::DoneColumn).startsWith(QStringLiteral("Done")));
    REQUIRE(plan.selectItem(action.id));
    DialogRunner::setNextConfirmation(true);
    plan.removeSelected();
    CHECK(widget.detail()->plan.size() == 1);

    // The five basic conditions, as the notice gave them; a change is stored.
    REQUIRE(widget.detail()->conditions.size() == 5);
    CHECK(plan.findChild<QGroupBox *>(QStringLiteral("conditionsGroup"))->isVisibleTo(&plan));
    QComboBox *shelter = plan.conditionCombo(QStringLiteral("onderdak"));
    REQUIRE(shelter);
    CHECK(shelter->currentData().toString() == conditionStateKey(ConditionState::NietGeregeld));
    CHECK(plan.conditionCombo(QStringLiteral("id_bewijs"))->currentData().toString()
          == conditionStateKey(ConditionState::Geregeld));
    const int arranged = shelter->findData(conditionStateKey(ConditionState::InBehandeling));
    shelter->setCurrentIndex(arranged);
    Q_EMIT shelter->activated(arranged);
    bool stored = false;
    for (const cases::BasicCondition &c : widget.detail()->conditions)
        if (c.key == QStringLiteral("onderdak"))
            stored = c.state == ConditionState::InBehandeling && c.updatedBy == QStringLiteral("Carla Consulent");
    CHECK(stored);

    // A case without a discharge notice has no checklist.
    const qint64 plain = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    CaseWidget other(*db, session, clock, openCaseOf(plain));
    CHECK_FALSE(other.planTab().findChild<QGroupBox *>(QStringLiteral("conditionsGroup"))->isVisibleTo(&other.planTab()));
    DialogRunner::clearQueued();
}

TEST_CASE_METHOD(CaseFixture, "Notes and reminders on a case show who wrote them and when", "[app][gui][cases]")
{
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    CaseWidget widget(*db, session, clock, openCaseOf(household));
    CaseNotesTab &notes = widget.notesTab();
    notes.setNoteText(QStringLiteral("Huurder belt terug na het weekend"));
    notes.addNote();
    REQUIRE(widget.detail()->notes.size() == 1);
    auto *list = notes.findChild<QListWidget *>(QStringLiteral("notesList"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Carla Consulent")));
    CHECK(list->item(0)->text().contains(QStringLiteral("Huurder belt terug")));

    notes.setReminder(QStringLiteral("Nabellen over betalingsregeling"), clock.today().addDays(3));
    notes.addReminder();
    REQUIRE(widget.detail()->reminders.size() == 1);
    const cases::Reminder reminder = widget.detail()->reminders.first();
    CHECK(reminder.dueOn == clock.today().addDays(3));
    CHECK(reminder.author == QStringLiteral("Carla Consulent"));
    auto *tree = notes.findChild<QTreeWidget *>(QStringLiteral("remindersTree"));
    REQUIRE(tree->topLevelItemCount() == 1);
    CHECK(tree->topLevelItem(0)->text(CaseNotesTab::StateColumn) == QStringLiteral("Open"));
    REQUIRE(notes.selectReminder(reminder.id));
    auto *complete = notes.findChild<QPushButton *>(QStringLiteral("completeButton"));
    REQUIRE(complete->isEnabled());
    complete->click();
    CHECK(widget.detail()->reminders.first().doneAt.isValid());
    CHECK(tree->topLevelItem(0)->text(CaseNotesTab::StateColumn).startsWith(QStringLiteral("Done")));
}

TEST_CASE_METHOD(CaseFixture, "The case shows its deadlines and linked signals, and links new ones",
                 "[app][gui][cases]")
{
    const qint64 household = flagged(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, QStringLiteral("Noord"),
                                     {PartnerType::Huur, PartnerType::Energie}, 20);
    auto taken = cases.claim(household);
    REQUIRE(taken.ok());
    CaseWidget widget(*db, session, clock, taken->id);
    auto *signalList = widget.findChild<QListWidget *>(QStringLiteral("signalsList"));
    REQUIRE(signalList->count() == 2);
    CHECK(signalList->item(0)->text().contains(QStringLiteral("Partner")));
    CHECK(signalList->item(0)->text().contains(QStringLiteral("€")));
    auto *link = button(widget, "linkSignalsButton");
    CHECK_FALSE(link->isEnabled());

    auto *deadlines = widget.findChild<QTreeWidget *>(QStringLiteral("deadlinesTree"));
    REQUIRE(deadlines->topLevelItemCount() == widget.detail()->deadlines.size());
    bool overdueShown = false;
    for (int row = 0; row < deadlines->topLevelItemCount(); ++row)
        overdueShown = overdueShown || deadlines->topLevelItem(row)->text(1).endsWith(QStringLiteral("· Overdue"));
    CHECK(overdueShown);
    CHECK(widget.findChild<QGroupBox *>(QStringLiteral("deadlinesGroup"))->title().contains(QStringLiteral("overdue")));

    enterSignal(service, household, PartnerType::Water, clock.today());
    widget.reload();
    CHECK(link->text() == QStringLiteral("&Link new signals (1)"));
    REQUIRE(link->isEnabled());
    link->click();
    CHECK(signalList->count() == 3);
    CHECK(widget.detail()->record.signalIds.size() == 3);
}

TEST_CASE_METHOD(CaseFixture, "The household panel opens the household's case or offers a new one",
                 "[app][gui][cases]")
{
    const qint64 withCase = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    const qint64 without = addHousehold(QStringLiteral("Smit"), QStringLiteral("7411 AE"), 9);
    HouseholdsPage page(*db, session, service, clock);
    HouseholdDetailWidget &detail = page.detail();
    QSignalSpy requested(&page, &HouseholdsPage::caseRequested);
    auto *caseButton = button(detail, "caseButton");
    detail.showHousehold(withCase);
    CHECK(caseButton->isVisibleTo(&detail));
    CHECK(caseButton->text() == QStringLiteral("Open &case"));
    CHECK(labelText(detail, "caseLabel") == QStringLiteral("Case %1: New, unassigned").arg(openCaseOf(withCase)));
    CHECK(detail.openCaseId() == openCaseOf(withCase));
    caseButton->click();
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().at(0).toLongLong() == withCase);
    detail.showHousehold(without);
    CHECK(caseButton->text() == QStringLiteral("New &case…"));
    CHECK(labelText(detail, "caseLabel") == QStringLiteral("No open case"));

    HouseholdDetailWidget withoutCases(service, session, clock); // nobody handles cases: no button
    withoutCases.showHousehold(withCase);
    CHECK_FALSE(button(withoutCases, "caseButton")->isVisibleTo(&withoutCases));
}

TEST_CASE_METHOD(CaseFixture, "Every control of the case screen and its dialogs has an accessible name",
                 "[app][gui][cases]")
{
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    CaseWidget widget(*db, lead, clock, openCaseOf(household));
    const cases::Case record = caseOf(household);
    CloseCaseDialog close(cases, record, QStringLiteral("Mulder"), clock.today());
    RequestStepDialog decision(cases, RequestStepDialog::Step::Request, record, QStringLiteral("Mulder"), clock.today());
    int checked = 0;
    for (const QWidget *root : std::initializer_list<const QWidget *>{&widget, &close, &decision}) {
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
    CHECK(checked >= 40);
}

TEST_CASE_METHOD(CaseFixture, "On the case screen housing arranged ends the discharge flag, and a notice's state is corrected",
                 "[app][gui][cases]")
{
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    addDetentionNotice(household);
    const auto openFlags = [&] {
        auto flags = rules.flagsOf(household);
        REQUIRE(flags.ok());
        return flags->size();
    };
    REQUIRE(openFlags() == 1); // uitstroom zonder onderdak
    CaseWidget widget(*db, session, clock, openCaseOf(household));
    REQUIRE(widget.service().linkNewSignals(widget.caseId()).ok());
    widget.reload();

    // The checklist: housing arranged, from an earlier day; the flag goes at once.
    CasePlanTab &plan = widget.planTab();
    auto *since = plan.findChild<QDateEdit *>(QStringLiteral("conditionSince_onderdak"));
    REQUIRE(since);
    since->setDate(clock.today().addDays(-2));
    QComboBox *shelter = plan.conditionCombo(QStringLiteral("onderdak"));
    const int arranged = shelter->findData(conditionStateKey(ConditionState::Geregeld));
    shelter->setCurrentIndex(arranged);
    Q_EMIT shelter->activated(arranged);
    CHECK(openFlags() == 0);
    CHECK(widget.detail()->conditions.at(1).since == clock.today().addDays(-2));

    // The notice among the linked signals: its state is in the line, and can be corrected.
    auto *list = widget.findChild<QListWidget *>(QStringLiteral("signalsList"));
    REQUIRE(list);
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("announced")));
    auto *stateButton = button(widget, "noticeStateButton");
    CHECK_FALSE(stateButton->isEnabled());
    list->setCurrentRow(0);
    REQUIRE(stateButton->isEnabled());
    CHECK_FALSE(button(widget, "closeSignalButton")->isEnabled()); // a notice, not a signal
    auto *inDetention = stateButton->menu()->findChild<QAction *>(QStringLiteral("noticeState_in_detentie"));
    REQUIRE(inDetention);
    inDetention->trigger();
    CHECK(widget.messageText().contains(QStringLiteral("in detention")));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("in detention")));
}

TEST_CASE_METHOD(CaseFixture, "Print summary… on the case screen writes the household's summary", "[app][gui][cases][summary]")
{
    const qint64 household = manualCase(QStringLiteral("Mulder"), QStringLiteral("7411 AD"), 7);
    CaseWidget widget(*db, session, clock, openCaseOf(household));
    REQUIRE(widget.detail());
    auto *print = button(widget, "summaryButton");
    CHECK_FALSE(print->accessibleName().isEmpty());
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("mulder.pdf"));
    DialogRunner::setInteractive(false);
    DialogRunner::setNextHandler([](QDialog &dialog) {
        REQUIRE(qobject_cast<SummaryProfileDialog *>(&dialog));
        return int(QDialog::Accepted); // intern, the default
    });
    FileDialog::setInteractive(false);
    FileDialog::setNextFileName(file);
    QSignalSpy finished(&widget.summaries(), &CaseSummaryExporter::finished);
    print->click();
    waitFor(finished);
    INFO(finished.first().at(1).toString().toStdString());
    CHECK(finished.first().at(0).toBool());
    QFile pdf(file);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    DialogRunner::clearQueued();
    FileDialog::clearQueued();
}
