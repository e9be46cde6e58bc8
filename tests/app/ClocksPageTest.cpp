#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "clocks/ClockService.h"
#include "clocks/ClocksPage.h"
#include "clocks/DayOffDialog.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using vangnet::clocks::ClockKind;

namespace {

/// A team lead's main window, its Deadlines page read from the database.
struct LeadWindow {
    explicit LeadWindow(AppFixture &f)
        : session(f.addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider, f.team.id)),
          service(*f.db, f.clock, session), window(*f.db, session, service, f.auth, f.worker, f.clock)
    {
        REQUIRE(window.clocksPage());
        window.clocksPage()->refresh();
    }
    ClocksPage &page() { return *window.clocksPage(); }

    const Session session;
    HouseholdService service;
    MainWindow window;
};

} // namespace

TEST_CASE("A team lead views and changes the deadlines, and a refused value is named and nothing saved",
          "[app][clocks]")
{
    AppFixture f;
    {
        MainWindow caseworkerWindow(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
        CHECK(caseworkerWindow.clocksPage() == nullptr);
        MainWindow adminWindow(*f.db, f.admin, f.service, f.auth, f.worker, f.clock);
        CHECK(adminWindow.clocksPage() == nullptr);
    }
    LeadWindow lead(f);
    ClocksPage &page = lead.page();
    INFO(page.statusText().toStdString());
    DialogRunner::clearQueued();

    // Every control speaks to a screen reader.
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QSpinBox *>(w) || qobject_cast<QCheckBox *>(w)
            || qobject_cast<QTableWidget *>(w) || qobject_cast<QGroupBox *>(w) || qobject_cast<QLabel *>(w)) {
            INFO(w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    }

    // The example policy, as seeded.
    REQUIRE(page.daysBox(ClockKind::ThreateningDebt));
    CHECK(page.daysBox(ClockKind::ThreateningDebt)->value() == 3);
    CHECK(page.workingDaysBox(ClockKind::ThreateningDebt)->isChecked());
    CHECK(page.daysBox(ClockKind::FirstConversation)->value() == 28);
    CHECK_FALSE(page.workingDaysBox(ClockKind::FirstConversation)->isChecked());
    CHECK(page.daysBox(ClockKind::DischargeAlert1)->value() == 90);
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("deadlinesTable"));
    REQUIRE(table);
    CHECK(table->rowCount() == int(clocks::allClocks().size()));
    CHECK(table->item(0, 0)->text() == clocks::clockLabel(ClockKind::ContactOffer));
    CHECK(table->item(0, 3)->text() == QStringLiteral("example policy"));

    // The public holidays the working days skip, for the clock's year (2025) and any other, dated
    // as every other screen dates (DD-MM-YYYY).
    const QStringList holidays2025 = page.holidayRows();
    CHECK(holidays2025.size() == 9);
    CHECK(holidays2025.contains(QStringLiteral("21-04-2025 Easter Monday")));
    CHECK(holidays2025.contains(QStringLiteral("26-04-2025 King's Day"))); // 27 April 2025 was a Sunday
    page.setHolidayYear(2026);
    CHECK(page.holidayRows().first() == QStringLiteral("01-01-2026 New Year's Day"));
    CHECK(page.holidayRows().contains(QStringLiteral("14-05-2026 Ascension Day")));

    // Zero or fewer days cannot even be typed: the box stops at one day.
    page.daysBox(ClockKind::Decision)->setValue(0);
    CHECK(page.daysBox(ClockKind::Decision)->value() == 1);
    page.daysBox(ClockKind::Decision)->setValue(56);

    ClockService service(*f.db, f.clock, lead.session);

    SECTION("nothing changed, nothing saved")
    {
        page.save();
        CHECK(page.statusText() == QStringLiteral("No deadline was changed."));
    }

    SECTION("changed days and a changed way of counting are saved together")
    {
        QSignalSpy changed(&page, &ClocksPage::settingsChanged);
        page.daysBox(ClockKind::ContactOffer)->setValue(10);
        page.workingDaysBox(ClockKind::Decision)->setChecked(true);
        page.save();
        CHECK(page.statusText() == QStringLiteral("2 deadlines saved."));
        CHECK(changed.count() == 1);
        const auto stored = service.settings();
        REQUIRE(stored.ok());
        CHECK(stored->of(ClockKind::ContactOffer).days == 10);
        CHECK(stored->of(ClockKind::Decision).workingDays);
        CHECK(stored->of(ClockKind::Decision).updatedBy == QStringLiteral("tineke"));
        CHECK(table->item(0, 3)->text().startsWith(QStringLiteral("tineke on ")));

        // The example values come back in the form, but only a save stores them.
        page.findChild<QPushButton *>(QStringLiteral("exampleButton"))->click();
        CHECK(page.daysBox(ClockKind::ContactOffer)->value() == 14);
        CHECK_FALSE(page.workingDaysBox(ClockKind::Decision)->isChecked());
        CHECK(service.settings()->of(ClockKind::ContactOffer).days == 10);
        page.findChild<QPushButton *>(QStringLiteral("revertButton"))->click();
        CHECK(page.daysBox(ClockKind::ContactOffer)->value() == 10);
    }

    SECTION("discharge alerts out of order are refused by name, marked, and nothing is stored")
    {
        page.daysBox(ClockKind::ContactOffer)->setValue(10);
        page.daysBox(ClockKind::DischargeAlert3)->setValue(60);
        page.save();
        CHECK(page.statusText().contains(clocks::clockLabel(ClockKind::DischargeAlert3)));
        CHECK(page.statusText().contains(QStringLiteral("60 days")));
        CHECK(DialogRunner::lastWarning() == page.statusText());
        CHECK(page.daysBox(ClockKind::DischargeAlert3)->property("refused").toBool());
        CHECK_FALSE(page.daysBox(ClockKind::DischargeAlert3)->toolTip().isEmpty());
        CHECK_FALSE(page.daysBox(ClockKind::ContactOffer)->property("refused").toBool());
        CHECK(page.daysBox(ClockKind::DischargeAlert3)->value() == 60); // the form keeps what was typed
        CHECK(service.settings()->of(ClockKind::ContactOffer).days == 14);
        CHECK(service.settings()->of(ClockKind::DischargeAlert3).days == 7);
        // Correcting the value clears the mark.
        page.daysBox(ClockKind::DischargeAlert3)->setValue(5);
        CHECK_FALSE(page.daysBox(ClockKind::DischargeAlert3)->property("refused").toBool());
        CHECK(page.daysBox(ClockKind::DischargeAlert3)->toolTip().isEmpty());
    }
}

TEST_CASE("A team lead adds a day off by decree on the Deadlines page and removes it again", "[app][clocks]")
{
    AppFixture f;
    LeadWindow lead(f);
    ClocksPage &page = lead.page();
    page.setHolidayYear(2027);
    DialogRunner::clearQueued();
    QSignalSpy changed(&page, &ClocksPage::settingsChanged);
    // An unsaved deadline value stays in the form while days off come and go.
    page.daysBox(ClockKind::Decision)->setValue(50);

    // First a public holiday: refused in the dialog, which stays open with the reason.
    QString refusal;
    DialogRunner::setNextHandler([&](QDialog &d) {
        auto &dialog = dynamic_cast<DayOffDialog &>(d);
        dialog.setDate(QDate(2027, 5, 6)); // Ascension Day 2027
        dialog.setName(QStringLiteral("Hemelvaart"));
        dialog.accept();
        refusal = dialog.errorText();
        return dialog.result();
    });
    page.addDayOff();
    CHECK(refusal.contains(QStringLiteral("06-05-2027")));
    CHECK(changed.isEmpty());

    DialogRunner::setNextHandler([](QDialog &d) {
        auto &dialog = dynamic_cast<DayOffDialog &>(d);
        dialog.setDate(QDate(2027, 5, 7));
        dialog.setName(QStringLiteral("Vrijdag na Hemelvaartsdag"));
        dialog.accept();
        return dialog.result();
    });
    page.addDayOff();
    CHECK(changed.size() == 1);
    CHECK(page.holidayRows().contains(
        QStringLiteral("07-05-2027 Vrijdag na Hemelvaartsdag (day off by decree, added by tineke)")));
    CHECK(page.statusText().contains(QStringLiteral("07-05-2027")));
    CHECK(page.daysBox(ClockKind::Decision)->value() == 50);
    auto stored = ClockService(*f.db, f.clock, lead.session).settings();
    REQUIRE(stored.ok());
    CHECK_FALSE(stored->workingDays().isWorkingDay(QDate(2027, 5, 7)));

    // A public holiday row cannot be removed; the added day can, after a yes.
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeDayOffButton"));
    REQUIRE(remove);
    REQUIRE(page.selectDayOff(QDate(2027, 5, 6)));
    CHECK_FALSE(remove->isEnabled());
    REQUIRE(page.selectDayOff(QDate(2027, 5, 7)));
    CHECK(remove->isEnabled());
    DialogRunner::setNextConfirmation(false);
    page.removeDayOff();
    CHECK(page.holidayRows().size() == 10);
    DialogRunner::setNextConfirmation(true);
    page.removeDayOff();
    CHECK(DialogRunner::lastQuestion().contains(QStringLiteral("07-05-2027")));
    CHECK(page.holidayRows().size() == 9);
    CHECK(changed.size() == 2);
    CHECK(page.daysBox(ClockKind::Decision)->value() == 50);
}
