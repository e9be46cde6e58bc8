#include "CaseGuiSupport.h"
#include "support/ChangeWait.h"

#include "DataChanges.h"
#include "DialogRunner.h"
#include "LostConnectionBanner.h"
#include "MainWindow.h"
#include "households/HouseholdDialog.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QLineEdit>
#include <QPushButton>

#include <atomic>

using namespace vangnet;
using namespace vangnet::test;

namespace {

/// A caseworker's main window whose server "goes away": every session on the test database but
/// the administrator's is ended, as a server restart does; whether the server answers again is
/// decided by the test.
struct LostServer : CaseFixture {
    std::unique_ptr<Database> admin = scratch.open();
    MainWindow window{*db, session, service, auth, worker, clock};
    LostConnectionBanner &banner = window.connectionBanner();
    std::shared_ptr<std::atomic_bool> serverBack = std::make_shared<std::atomic_bool>(false);

    LostServer()
    {
        banner.setProbe([back = serverBack] { return back->load(); });
    }

    void serverGoesAway()
    {
        REQUIRE(runSql(admin->connection(),
                       QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                      "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
                    .ok());
    }
};

} // namespace

TEST_CASE_METHOD(LostServer, "A lost connection is said above the pages, keeps a form's input and mends itself",
                 "[app][gui][connection]")
{
    if (engineUnderTest() != Engine::Postgres) {
        CHECK(banner.isHidden()); // a database file has no connection to lose
        CHECK_FALSE(banner.isLost());
        return;
    }
    const qint64 id = addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 12);
    REQUIRE(banner.isHidden());

    // The caseworker is typing in a form when the server goes away: the bar says so at once;
    // the save fails with a plain message and the form keeps what was typed.
    QString refusal;
    QString typed;
    bool saidAtOnce = false;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto &form = dynamic_cast<HouseholdDialog &>(dialog);
        edit(form, "straatEdit")->setText(QStringLiteral("Nieuwe Kerkstraat"));
        serverGoesAway();
        saidAtOnce = waitUntil([&] { return banner.isLost() && !banner.isHidden(); }, 2000);
        form.accept();
        refusal = form.saveError();
        typed = edit(form, "straatEdit")->text();
        return int(QDialog::Rejected);
    });
    window.householdsPage()->editHousehold(id);
    REQUIRE(saidAtOnce);
    CHECK(banner.text().contains(QStringLiteral("connection to the server")));
    CHECK(banner.findChild<QPushButton *>(QStringLiteral("tryNowButton"))->isVisibleTo(&banner));
    CHECK(refusal.contains(QStringLiteral("connection to the database server is lost")));
    CHECK(typed == QStringLiteral("Nieuwe Kerkstraat"));

    // No answer yet: it keeps trying and says when it last tried.
    banner.tryAgain();
    REQUIRE(waitUntil([&] { return banner.text().contains(QStringLiteral("does not answer yet")); }, 5000));
    CHECK(banner.isLost());

    // Back: the window's connection and the live updates open again, and every page reloads.
    QList<DataKind> reloaded;
    QObject::connect(&window.dataChanges(), &DataChanges::changed, &banner,
                     [&reloaded](DataKind kind, const QList<qint64> &) { reloaded << kind; });
    // The household list reads on a worker connection of its own, broken too: it opens anew.
    HouseholdListModel &list = window.householdsPage()->model();
    QStringList listFailures;
    bool listLoaded = false;
    QObject::connect(&list, &HouseholdListModel::loadFailed, &banner,
                     [&listFailures](const QString &why) { listFailures << why; });
    QObject::connect(&list, &HouseholdListModel::loaded, &banner, [&listLoaded] { listLoaded = true; });
    serverBack->store(true);
    banner.tryAgain();
    REQUIRE(waitUntil([&] { return !banner.isLost(); }, 5000));
    REQUIRE(waitUntil([&] { return listLoaded; }, 5000));
    CHECK(listFailures.isEmpty());
    CHECK(list.rowCount() >= 1);
    CHECK(banner.text().contains(QStringLiteral("is back")));
    CHECK(reloaded.contains(DataKind::Households));
    CHECK(reloaded.contains(DataKind::Cases));
    CHECK(service.get(id).ok());
}

TEST_CASE_METHOD(LostServer, "When only the window's own server session ends, the next action brings up the bar",
                 "[app][gui][connection]")
{
    if (engineUnderTest() != Engine::Postgres)
        return; // a database file has no server session
    const qint64 id = addHousehold(QStringLiteral("Jansen"), QStringLiteral("7411 AC"), 3);
    auto pid = runSql(db->connection(), QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid.ok());
    REQUIRE(pid->next());
    REQUIRE(runSql(admin->connection(), QStringLiteral("SELECT pg_terminate_backend(?)"), {pid->value(0)}).ok());

    auto failed = service.get(id); // the live-update connection lives on: this is how it shows
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().code == ErrorCode::ConnectionLost);
    REQUIRE(waitUntil([&] { return banner.isLost() && !banner.isHidden(); }, 3000));

    serverBack->store(true);
    banner.tryAgain();
    REQUIRE(waitUntil([&] { return !banner.isLost(); }, 5000));
    CHECK(service.get(id).ok());
}
