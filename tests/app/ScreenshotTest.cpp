#include "AppTestSupport.h"

#include "MainWindow.h"
#include "support/Translations.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "rules/RulesPage.h"

#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QStackedWidget>

#include <catch2/catch.hpp>

using namespace vangnet;

// Hidden: pictures of the rules GUI on a demo database, to look at layout by eye.
// VANGNET_SHOT_DB=/tmp/demo.sqlite VANGNET_SHOT_DIR=/tmp test_app "[.screenshot]"
TEST_CASE("Screenshots of the signal rules and flags on a demo database", "[.screenshot]")
{
    const QString path = qEnvironmentVariable("VANGNET_SHOT_DB");
    const QString out = qEnvironmentVariable("VANGNET_SHOT_DIR", QStringLiteral("/tmp"));
    REQUIRE_FALSE(path.isEmpty());
    installTranslations(*QCoreApplication::instance()); // in Dutch, as users see it
    auto db = Database::open(DatabaseLocation::sqliteFile(path));
    REQUIRE(db.ok());
    SystemClock clock;
    AuthService auth(**db, clock);
    auto session = auth.login(QStringLiteral("teamleider"), QStringLiteral("demo"));
    REQUIRE(session.ok());
    HouseholdService households(**db, clock, *session);
    AuthWorker worker((*db)->location(), clock, KdfLimits::moderate());
    MainWindow window(**db, *session, households, auth, worker, clock);
    window.resize(1440, 900);
    window.show();
    HouseholdsPage &page = *window.householdsPage();
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    test::waitFor(loaded);
    loaded.clear();
    auto *severity = page.findChild<QComboBox *>(QStringLiteral("severityCombo"));
    severity->setCurrentIndex(severity->findData(3));
    test::waitFor(loaded);
    REQUIRE(page.model().rowCount() > 0);
    page.selectHousehold(page.model().idAt(0));
    QTest::qWait(300); // let the layouts settle as the event loop of the application would
    CHECK(window.grab().save(out + QStringLiteral("/shot-flags.png")));

    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    nav->setCurrentRow(window.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->indexOf(window.rulesPage()));
    window.rulesPage()
        ->findChild<QPlainTextEdit *>(QStringLiteral("editor"))
        ->appendPlainText(QStringLiteral("rule x {\n  title \"X\"\n  when exists(sigals)\n}\n"));
    window.rulesPage()->check();
    QTest::qWait(300);
    CHECK(window.grab().save(out + QStringLiteral("/shot-rules.png")));
}
