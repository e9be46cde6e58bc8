#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "retention/RetentionPage.h"
#include "retention/RetentionService.h"
#include "storage/HouseholdRepository.h"

#include <QGroupBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

qint64 householdCount(const Database &db)
{
    auto count = HouseholdRepository(db.connection()).count();
    REQUIRE(count.ok());
    return *count;
}

QString cellText(const QTableWidget &table, int row, int column)
{
    const QTableWidgetItem *item = table.item(row, column);
    return item ? item->text() : QString();
}

} // namespace

TEST_CASE("The administrator sees what is due, purges it after confirming, and sees the purge", "[app][retention]")
{
    AppFixture f;
    const QDateTime today = f.clock.now(); // 2025-06-01; 18 months back is 2023-12-01
    f.clock.set(QDateTime(QDate(2023, 3, 1), QTime(12, 0), Qt::UTC));
    const qint64 old1 = f.addHousehold(QStringLiteral("Oud"), QStringLiteral("1234AB"), 1);
    const qint64 old2 = f.addHousehold(QStringLiteral("Ouder"), QStringLiteral("1234AB"), 2);
    f.clock.set(today);
    const qint64 recent = f.addHousehold(QStringLiteral("Nieuw"), QStringLiteral("1234AB"), 3);

    MainWindow caseworkerWindow(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    CHECK(caseworkerWindow.retentionPage() == nullptr);

    MainWindow window(*f.db, f.admin, f.service, f.auth, f.worker, f.clock);
    REQUIRE(window.retentionPage());
    RetentionPage &page = *window.retentionPage();
    page.refresh();
    INFO(page.statusText().toStdString());

    // Every control speaks to a screen reader.
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QSpinBox *>(w) || qobject_cast<QTableWidget *>(w)
            || qobject_cast<QGroupBox *>(w) || qobject_cast<QProgressBar *>(w)) {
            INFO(w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    }

    auto *dueTable = page.findChild<QTableWidget *>(QStringLiteral("dueTable"));
    REQUIRE(dueTable);
    REQUIRE(dueTable->rowCount() == 4);
    CHECK(cellText(*dueTable, 0, 3) == QStringLiteral("0"));
    CHECK(cellText(*dueTable, 3, 2) == QStringLiteral("2023-12-01"));
    CHECK(cellText(*dueTable, 3, 3) == QStringLiteral("2"));
    auto *purgeButton = page.findChild<QPushButton *>(QStringLiteral("purgeButton"));
    REQUIRE(purgeButton);
    CHECK(purgeButton->isEnabled());

    SECTION("declining the confirmation purges nothing")
    {
        DialogRunner::setNextConfirmation(false);
        page.purge();
        CHECK(DialogRunner::lastQuestion().contains(QStringLiteral("2 item(s)")));
        CHECK(householdCount(*f.db) == 3);
        CHECK(page.statusText() == QStringLiteral("Nothing was purged."));
    }
    SECTION("confirming purges the due households on a worker thread")
    {
        QSignalSpy finished(&page, &RetentionPage::purgeFinished);
        DialogRunner::setNextConfirmation(true);
        page.purge();
        CHECK(DialogRunner::lastQuestion().contains(QStringLiteral("2023-12-01")));
        waitFor(finished);
        CHECK_FALSE(page.isPurging());
        CHECK(page.statusText() == QStringLiteral("2 item(s) purged."));
        HouseholdRepository households(f.db->connection());
        CHECK_FALSE(households.get(old1, f.admin.fields()).ok());
        CHECK_FALSE(households.get(old2, f.admin.fields()).ok());
        CHECK(households.get(recent, f.admin.fields()).ok());
        CHECK(cellText(*dueTable, 3, 3) == QStringLiteral("0"));
        CHECK_FALSE(purgeButton->isEnabled());
        auto *history = page.findChild<QTableWidget *>(QStringLiteral("historyTable"));
        REQUIRE(history);
        REQUIRE(history->rowCount() == 1);
        CHECK(cellText(*history, 0, 2) == QStringLiteral("2"));
        CHECK(cellText(*history, 0, 4) == f.admin.user().username);
    }
    SECTION("a changed period is saved and counted with")
    {
        QSpinBox *box = page.periodBox(RetentionCategory::HouseholdInactive);
        REQUIRE(box);
        CHECK(box->value() == 18);
        box->setValue(36);
        page.savePeriods();
        CHECK(page.statusText() == QStringLiteral("1 retention period(s) saved."));
        RetentionService service(*f.db, f.clock, f.admin);
        CHECK(service.periods()->at(3).months == 36);
        CHECK(cellText(*dueTable, 3, 3) == QStringLiteral("0"));
        CHECK(page.periodBox(RetentionCategory::HouseholdInactive)->value() == 36);
    }
}
