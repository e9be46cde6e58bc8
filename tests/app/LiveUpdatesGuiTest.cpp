#include "CaseGuiSupport.h"
#include "support/ChangeWait.h"

#include "DataChanges.h"
#include "DialogRunner.h"
#include "MainWindow.h"
#include "cases/CaseAttemptsTab.h"
#include "cases/CaseWidget.h"
#include "cases/CaseWindows.h"
#include "cases/WorkQueueModel.h"
#include "households/HouseholdDialog.h"
#include "households/HouseholdsPage.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>

using namespace vangnet;
using namespace vangnet::test;
using importing::PartnerType;

namespace {

/// Two caseworkers of one team, each with a main window on a connection of their own: Carla
/// (the fixture's session and database) and her colleague Kees. On SQLite there is no team
/// server: Kees's changes reach Carla's channel as the ChangeFeed would pass them on.
struct TwoColleagues : CaseFixture {
    std::unique_ptr<Database> keesDb = scratch.open();
    HouseholdService keesHouseholds{*keesDb, clock, colleague};
    cases::CaseService keesCases{*keesDb, clock, colleague};
    MainWindow carla{*db, session, service, auth, worker, clock};
    MainWindow kees{*keesDb, colleague, keesHouseholds, auth, worker, clock};

    static bool teamServer() { return engineUnderTest() == Engine::Postgres; }

    /// Waits for a colleague's change to reach Carla (PostgreSQL), or passes it on as the feed would (SQLite).
    bool reachesCarla(const std::function<bool()> &arrived, DataKind kind, const QList<qint64> &ids)
    {
        if (!teamServer())
            carla.dataChanges().publishFromColleague(kind, ids);
        return waitUntil(arrived, 2000);
    }

    /// A flagged household of the team (rent arrears, six days ago) whose case `by` has taken.
    cases::Case takenCase(cases::CaseService &by, const QString &name, const QString &postcode, int number)
    {
        const qint64 household = flagged(name, postcode, number, QStringLiteral("Centrum"), {PartnerType::Huur}, 6);
        auto taken = by.claim(household);
        REQUIRE(taken.ok());
        return *taken;
    }

    std::optional<cases::QueueItem> carlasLine(qint64 householdId) const
    {
        WorkQueueModel &model = carla.workQueuePage()->model();
        return model.itemAt(model.indexOf(householdId));
    }
};

cases::ContactAttempt phoneCall(const QDate &date)
{
    cases::ContactAttempt call;
    call.kind = QStringLiteral("Telefoon");
    call.reached = true;
    call.date = date;
    return call;
}

} // namespace

TEST_CASE_METHOD(TwoColleagues, "A colleague's contact attempt shows in the other caseworker's work queue within two seconds",
                 "[app][gui][live]")
{
    const auto opened = takenCase(keesCases, QStringLiteral("Jansen"), QStringLiteral("7411 AA"), 1);
    const qint64 household = opened.householdId;
    carla.workQueuePage()->reload();
    waitForQueue(*carla.workQueuePage());
    const auto before = carlasLine(household);
    REQUIRE(before);
    REQUIRE(before->status == cases::CaseStatus::Nieuw);

    REQUIRE(keesCases.addAttempt(opened.id, phoneCall(clock.today())).ok()); // in Kees's window's service
    auto taken = keesCases.get(opened.id);
    REQUIRE(taken.ok());
    REQUIRE(taken->status != before->status); // reaching the resident takes the case up

    // Nobody presses Refresh: the change reaches Carla's queue by itself.
    CHECK(reachesCarla([&] { return carlasLine(household) && carlasLine(household)->status == taken->status; },
                       DataKind::Cases, {opened.id}));
}

TEST_CASE_METHOD(TwoColleagues, "The household dialog says at once that a colleague changed the household, keeping the input",
                 "[app][gui][live]")
{
    const qint64 id = addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 12);
    HouseholdsPage &page = *carla.householdsPage();
    QString noticeShown;
    QString typedAfterNotice;
    QString refusal;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto &form = dynamic_cast<HouseholdDialog &>(dialog);
        CHECK(form.colleagueNotice().isEmpty());
        edit(form, "straatEdit")->setText(QStringLiteral("Nieuwe Kerkstraat"));

        auto theirs = keesHouseholds.get(id); // Kees saves the same household meanwhile
        REQUIRE(theirs.ok());
        theirs->address.toevoeging = QStringLiteral("B");
        REQUIRE(keesHouseholds.save(*theirs).ok());
        reachesCarla([&] { return !form.colleagueNotice().isEmpty(); }, DataKind::Households, {id});
        noticeShown = form.colleagueNotice();
        typedAfterNotice = edit(form, "straatEdit")->text();
        form.accept(); // the version check still refuses: the notice only said so first
        refusal = form.saveError();
        return int(QDialog::Rejected);
    });
    page.editHousehold(id);

    CHECK(noticeShown.contains(QStringLiteral("A colleague has changed this household")));
    CHECK(typedAfterNotice == QStringLiteral("Nieuwe Kerkstraat"));
    CHECK(refusal.contains(QStringLiteral("changed by someone else since you opened it")));
    CHECK(service.get(id)->address.toevoeging == QStringLiteral("B"));
}

TEST_CASE_METHOD(TwoColleagues, "An open case window shows a colleague's change as a notice and reads it on Reload",
                 "[app][gui][live]")
{
    const auto opened = takenCase(cases, QStringLiteral("Bakker"), QStringLiteral("7411 AC"), 3);
    CaseWidget *window = carla.caseWindows()->open(opened.id);
    REQUIRE(window);
    REQUIRE(window->detail());
    CHECK(window->colleagueNotice().isEmpty());
    const auto attemptsBefore = window->detail()->attempts.size();

    REQUIRE(keesCases.addAttempt(opened.id, phoneCall(clock.today())).ok());
    REQUIRE(reachesCarla([&] { return !window->colleagueNotice().isEmpty(); }, DataKind::Cases, {opened.id}));
    CHECK(window->colleagueNotice().contains(QStringLiteral("A colleague has changed this case")));
    CHECK(window->detail()->attempts.size() == attemptsBefore); // not read underneath the user

    auto *reload = window->findChild<QPushButton *>(QStringLiteral("reloadButton"));
    REQUIRE(reload);
    reload->click();
    CHECK(window->colleagueNotice().isEmpty());
    CHECK(window->detail()->attempts.size() == attemptsBefore + 1);

    // The user's own change, through the channel, reads the window again without a notice.
    carla.dataChanges().publish(DataKind::Cases, {opened.id});
    CHECK(window->colleagueNotice().isEmpty());
    window->close();
}
