#include "AppTestSupport.h"
#include "../plans/PlanFixture.h"

#include "DataChanges.h"
#include "places/PlaceRepository.h"
#include "plans/PlanEntriesModel.h"
#include "plans/PlanStateRepository.h"
#include "plans/PlannerPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using vangnet::plans::EntryStatus;

namespace {

/// Two kritiek households and two places where the greedy baseline loses one: the first
/// household (higher priority) takes place A, the only one the second (with a pet) may use.
struct Scenario {
    PlanFixture f;
    qint64 first = f.candidate(4, 20);
    qint64 second = f.candidate(4, 10, [](needs::HousingNeed &n) { n.pet = true; });
    qint64 placeA = f.place(QStringLiteral("A"), [](places::PlaceDetails &d) { d.pets = true; });
    qint64 placeB = f.place(QStringLiteral("B"), [](places::PlaceDetails &d) { d.pets = false; });
    DataChanges changes;
};

void run(PlannerPage &page)
{
    QSignalSpy finished(&page, &PlannerPage::runFinished);
    page.findChild<QPushButton *>(QStringLiteral("runButton"))->click();
    waitFor(finished);
}

EntryStatus statusOf(const PlannerPage &page, qint64 household)
{
    for (const plans::PlanEntry &e : page.model().allEntries()) {
        if (e.householdId == household)
            return e.status;
    }
    FAIL("household not in the run");
    return EntryStatus::NotPlaced;
}

void checkAccessibleNames(const QWidget &page)
{
    int checked = 0;
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QProgressBar *>(w) || qobject_cast<QGroupBox *>(w)) {
            if (w->objectName().startsWith(QLatin1String("qt_")) || w->objectName().isEmpty())
                continue; // Qt's own parts of a widget
            INFO(w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
            ++checked;
        }
    }
    CHECK(checked >= 14);
}

} // namespace

TEST_CASE("A team lead runs the planner, reads optimal against greedy and why, and a proposal goes to placed",
          "[app][planner]")
{
    Scenario s;
    PlannerPage page(*s.f.db, s.f.teamLead, s.f.clock, s.changes);
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();
    checkAccessibleNames(page);
    CHECK(page.model().rowCount() == 0);
    CHECK(page.findChild<QComboBox *>(QStringLiteral("runCombo"))->currentText() == QStringLiteral("No plan run yet"));

    QSignalSpy published(&s.changes, &DataChanges::changed);
    run(page);
    INFO(page.statusText().toStdString());
    REQUIRE(page.shownRunId() > 0);
    CHECK(page.statusText().contains(QStringLiteral("optimal: 2 placed, greedy: 1")));
    CHECK(page.summaryText().startsWith(QStringLiteral("kritiek: optimal: 2 placed, greedy: 1")));
    CHECK(published.size() == 1);
    CHECK(page.model().rowCount() == 2);

    REQUIRE(page.selectHousehold(s.second));
    CHECK(page.explanationText().contains(QStringLiteral("A")));
    if (const QString dir = qEnvironmentVariable("VANGNET_SCREENSHOTS"); !dir.isEmpty()) { // to look at it
        page.resize(1280, 720);
        page.grab().save(dir + QStringLiteral("/planner-page.png"));
    }
    CHECK(statusOf(page, s.second) == EntryStatus::Proposed);

    page.approveSelected();
    CHECK(statusOf(page, s.second) == EntryStatus::Approved);
    page.offerSelected();
    page.acceptSelected();
    CHECK(statusOf(page, s.second) == EntryStatus::Accepted);
    page.placeSelected(PlanFixture::asOf.addDays(3));
    INFO(page.statusText().toStdString());
    CHECK(statusOf(page, s.second) == EntryStatus::Placed);
    const auto placeA = places::PlaceRepository(s.f.db->connection()).find(QStringLiteral("A"));
    REQUIRE(placeA.ok());
    REQUIRE(placeA->has_value());
    CHECK((*placeA)->status == places::PlaceStatus::Bezet); // its one place is taken
    CHECK(published.size() == 5);

    // A wrong step is refused with the reason, and nothing changes.
    page.approveSelected();
    CHECK(statusOf(page, s.second) == EntryStatus::Placed);
    CHECK_FALSE(page.statusText().isEmpty());

    // Reopening the run shows what was stored.
    const qint64 runId = page.shownRunId();
    PlannerPage again(*s.f.db, s.f.teamLead, s.f.clock, s.changes);
    again.refresh();
    CHECK(again.shownRunId() == runId);
    CHECK(statusOf(again, s.second) == EntryStatus::Placed);
    CHECK(again.summaryText() == page.summaryText());
}

TEST_CASE("A declined offer is excluded from later runs, and a caseworker cannot run or approve", "[app][planner]")
{
    Scenario s;
    PlannerPage lead(*s.f.db, s.f.teamLead, s.f.clock, s.changes);
    lead.refresh();
    run(lead);
    REQUIRE(lead.selectHousehold(s.first));
    lead.approveSelected();

    PlannerPage caseworker(*s.f.db, s.f.users.caseworkerA(), s.f.clock, s.changes);
    caseworker.refresh(); // and the lead's steps reach it through DataChanges from here on
    CHECK(caseworker.findChild<QGroupBox *>(QStringLiteral("newRunBox"))->isHidden());
    CHECK(caseworker.findChild<QPushButton *>(QStringLiteral("approveButton"))->isHidden());
    REQUIRE(caseworker.selectHousehold(s.first));
    caseworker.offerSelected();
    CHECK(statusOf(caseworker, s.first) == EntryStatus::Offered);
    CHECK(statusOf(lead, s.first) == EntryStatus::Offered); // the lead's page followed the change
    caseworker.declineSelected(QStringLiteral("Te ver van school"));
    CHECK(statusOf(caseworker, s.first) == EntryStatus::Declined);
    CHECK(caseworker.explanationText().contains(QStringLiteral("Te ver van school")));

    const auto exclusions = plans::PlanStateRepository(s.f.db->connection()).exclusions();
    REQUIRE(exclusions.ok());
    REQUIRE(exclusions->size() == 1);
    CHECK(exclusions->first().householdId == s.first);

    // The next run never proposes that pair again.
    run(lead);
    REQUIRE(lead.selectHousehold(s.first));
    for (const plans::PlanEntry &e : lead.model().allEntries()) {
        if (e.householdId == s.first && e.runId == lead.shownRunId())
            CHECK(e.placeId != exclusions->first().placeId);
    }
}

TEST_CASE("A team lead excludes and pins from the page, and sees which households with a need are no candidates",
          "[app][planner]")
{
    Scenario s;
    const auto quiet = s.f.household(); // a need, but nothing flags the household
    s.f.need(quiet);
    PlannerPage page(*s.f.db, s.f.teamLead, s.f.clock, s.changes);
    page.refresh();
    CHECK(page.notCandidatesText()
          == QStringList{QStringLiteral("Household %1 — not a candidate: no active flag").arg(quiet.first)});

    run(page);
    const auto placeOf = [&page](qint64 household) {
        for (const plans::PlanEntry &e : page.model().allEntries()) {
            if (e.householdId == household)
                return e.plekId;
        }
        return QString();
    };
    REQUIRE(placeOf(s.first) == QStringLiteral("B"));
    REQUIRE(page.selectHousehold(s.first));
    page.excludeSelected();
    INFO(page.statusText().toStdString());
    CHECK(page.statusText() == QStringLiteral("Later runs will not propose B to household %1.").arg(s.first));

    run(page); // B is out for the first household: it takes A, the only place the second may use
    CHECK(placeOf(s.first) == QStringLiteral("A"));
    CHECK(placeOf(s.second).isEmpty());

    REQUIRE(page.selectHousehold(s.second));
    page.pinSelected(QStringLiteral("A"));
    CHECK(page.statusText().startsWith(QStringLiteral("Household %1 is pinned to A").arg(s.second)));
    run(page);
    CHECK(placeOf(s.second) == QStringLiteral("A"));
    CHECK(placeOf(s.first).isEmpty()); // the staff's pin costs the first household its place, visibly

    PlannerPage caseworker(*s.f.db, s.f.users.caseworkerA(), s.f.clock, s.changes);
    caseworker.refresh();
    CHECK(caseworker.findChild<QPushButton *>(QStringLiteral("pinButton"))->isHidden());
}
