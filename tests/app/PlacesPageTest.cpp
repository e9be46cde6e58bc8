#include "AppTestSupport.h"

#include "FileDialog.h"
#include "MainWindow.h"
#include "places/PlaceKeys.h"
#include "places/PlacesModel.h"
#include "places/PlacesPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using vangnet::places::PlaceStatus;

namespace {

const QByteArray header = "plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;"
                          "max_leeftijd;max_personen;rolstoel;huisdieren;begeleiding\n";

/// Three good places and, on line 5, one whose capaciteit is 0.
const QByteArray inventory = header
    + "WP-001;Leger des Heils;Kerkstraat 1;Centrum;housing_first;1;2026-12-01;18;23;1;ja;nee;intensief\n"
      "WP-002;Kompaan;Dorpsweg 4;Noord;begeleid_wonen;2;2026-11-15;18;;3;nee;ja;midden\n"
      "WP-003;De Tussenvoorziening;Laan 9;Centrum;jongeren;1;2027-01-10;;;;nee;nee;licht\n"
      "WP-004;Kompaan;Dorpsweg 6;Noord;begeleid_wonen;0;2026-11-15;;;;nee;nee;licht\n";

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    return vangnet::test::writeFile(dir, QStringLiteral("plekken.csv"), content);
}

QString cell(const PlacesModel &model, const QString &plekId, PlacesModel::Column column)
{
    const QModelIndex index = model.indexOf(plekId);
    REQUIRE(index.isValid());
    return model.index(index.row(), column).data().toString();
}

/// Imports through the page, the file dialog pre-answered; waits for the background task.
void importThroughPage(PlacesPage &page, const QString &path)
{
    QSignalSpy finished(&page, &PlacesPage::importFinished);
    FileDialog::setNextFileName(path);
    page.findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    waitFor(finished);
}

void checkAccessibleNames(const QWidget &page)
{
    int checked = 0;
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (qobject_cast<QPushButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w)
            || qobject_cast<QTableView *>(w) || qobject_cast<QLabel *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QProgressBar *>(w)) {
            if (w->objectName().startsWith(QLatin1String("qt_")))
                continue; // Qt's own parts of a widget (the combo's view, the line edit's clear button)
            INFO(w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
            ++checked;
        }
    }
    CHECK(checked >= 11);
}

} // namespace

TEST_CASE("The beheerder imports places with one bad row, filters them and changes a status", "[app][places]")
{
    AppFixture f;
    FileDialog::setInteractive(false); // an unanswered file dialog is cancelled, never shown
    FileDialog::clearQueued();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    MainWindow window(*f.db, f.admin, f.service, f.auth, f.worker, f.clock);
    REQUIRE(window.placesPage());
    PlacesPage &page = *window.placesPage();
    QAbstractItemModelTester tester(&page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    page.refresh();
    CHECK(page.model().rowCount() == 0);
    checkAccessibleNames(page);
    auto *importButton = page.findChild<QPushButton *>(QStringLiteral("importButton"));
    auto *statusButton = page.findChild<QPushButton *>(QStringLiteral("changeStatusButton"));
    REQUIRE(importButton);
    REQUIRE(statusButton);
    CHECK_FALSE(importButton->isHidden());
    CHECK_FALSE(statusButton->isHidden());

    importThroughPage(page, writeFile(dir, inventory));
    INFO(page.statusText().toStdString());
    CHECK(page.statusText() == QStringLiteral("3 added, 0 updated, 0 unchanged, 1 rejected."));
    CHECK(page.rejectsText().startsWith(QStringLiteral("line 5, capaciteit: ")));
    CHECK(page.rejectsText().count(QLatin1Char('\n')) == 0);
    CHECK_FALSE(page.findChild<QPlainTextEdit *>(QStringLiteral("rejectsText"))->isHidden());

    PlacesModel &model = page.model();
    REQUIRE(model.rowCount() == 3);
    CHECK_FALSE(model.indexOf(QStringLiteral("WP-004")).isValid());
    CHECK(cell(model, QStringLiteral("WP-001"), PlacesModel::AvailableFrom) == QStringLiteral("01-12-2026"));
    CHECK(cell(model, QStringLiteral("WP-001"), PlacesModel::Age) == QStringLiteral("18–23"));
    CHECK(cell(model, QStringLiteral("WP-002"), PlacesModel::Age) == QStringLiteral("from 18"));
    CHECK(cell(model, QStringLiteral("WP-003"), PlacesModel::Age) == QStringLiteral("all"));
    CHECK(cell(model, QStringLiteral("WP-003"), PlacesModel::MaxPersons) == QStringLiteral("no limit"));
    CHECK(cell(model, QStringLiteral("WP-002"), PlacesModel::Pets) == QStringLiteral("yes"));
    CHECK(cell(model, QStringLiteral("WP-002"), PlacesModel::Status) == places::placeStatusLabel(PlaceStatus::Vrij));
    const QString freeLabel = places::placeStatusLabel(PlaceStatus::Vrij).toLower();
    CHECK(page.countsText().contains(freeLabel + QStringLiteral(" 3")));

    SECTION("the text and the filters narrow the table")
    {
        auto *filter = page.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
        filter->setText(QStringLiteral("centrum"));
        CHECK(model.rowCount() == 2);
        filter->setText(QStringLiteral("kompaan"));
        REQUIRE(model.rowCount() == 1);
        CHECK(model.itemAt(model.index(0, 0))->details.plekId == QStringLiteral("WP-002"));
        filter->clear();
        auto *type = page.findChild<QComboBox *>(QStringLiteral("housingTypeFilter"));
        type->setCurrentIndex(type->findData(int(places::HousingType::Jongeren)));
        REQUIRE(model.rowCount() == 1);
        CHECK(model.itemAt(model.index(0, 0))->details.plekId == QStringLiteral("WP-003"));
        type->setCurrentIndex(0);
        CHECK(model.rowCount() == 3);
        auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        status->setCurrentIndex(status->findData(int(PlaceStatus::Bezet)));
        CHECK(model.rowCount() == 0);
    }

    SECTION("the header sorts dates and numbers as such")
    {
        const auto firstId = [&model] { return model.itemAt(model.index(0, 0))->details.plekId; };
        auto *table = page.findChild<QTableView *>(QStringLiteral("placesTable"));
        table->sortByColumn(PlacesModel::AvailableFrom, Qt::AscendingOrder);
        CHECK(firstId() == QStringLiteral("WP-002")); // 15-11-2026 before 01-12-2026, though "01" < "15"
        table->sortByColumn(PlacesModel::Capacity, Qt::DescendingOrder);
        CHECK(firstId() == QStringLiteral("WP-002"));
        table->sortByColumn(PlacesModel::PlekId, Qt::DescendingOrder);
        CHECK(firstId() == QStringLiteral("WP-003"));
    }

    SECTION("a status change shows in the table and the counts")
    {
        CHECK_FALSE(statusButton->isEnabled()); // nothing selected yet
        REQUIRE(page.selectPlace(QStringLiteral("WP-002")));
        CHECK(statusButton->isEnabled());
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("newStatusCombo"));
        combo->setCurrentIndex(combo->findData(int(PlaceStatus::Bezet)));
        statusButton->click();
        CHECK(cell(model, QStringLiteral("WP-002"), PlacesModel::Status) == places::placeStatusLabel(PlaceStatus::Bezet));
        CHECK(page.countsText().contains(freeLabel + QStringLiteral(" 2")));
        CHECK(page.countsText().contains(places::placeStatusLabel(PlaceStatus::Bezet).toLower() + QStringLiteral(" 1")));
        CHECK(page.statusText().startsWith(QStringLiteral("WP-002 ")));

        // Importing the file again keeps the municipality's status and changes nothing.
        importThroughPage(page, writeFile(dir, inventory));
        CHECK(page.statusText() == QStringLiteral("0 added, 0 updated, 3 unchanged, 1 rejected."));
        CHECK(cell(model, QStringLiteral("WP-002"), PlacesModel::Status) == places::placeStatusLabel(PlaceStatus::Bezet));
    }

    SECTION("a refused status change is shown on the page, and the choice is kept")
    {
        // Someone else's change under the page: the place it shows is gone from the database.
        QSqlQuery gone(f.db->connection());
        REQUIRE(gone.exec(QStringLiteral("DELETE FROM places WHERE plek_id = 'WP-003'")));
        REQUIRE(page.selectPlace(QStringLiteral("WP-003")));
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("newStatusCombo"));
        combo->setCurrentIndex(combo->findData(int(PlaceStatus::BuitenGebruik)));
        statusButton->click();
        CHECK(page.statusText().startsWith(QStringLiteral("The status of WP-003 was not changed: ")));
        CHECK(combo->currentData().toInt() == int(PlaceStatus::BuitenGebruik));
        CHECK(model.itemAt(page.findChild<QTableView *>(QStringLiteral("placesTable"))->currentIndex())->details.plekId
              == QStringLiteral("WP-003"));
    }

    SECTION("a file that is not a place inventory is refused whole and the page keeps working")
    {
        importThroughPage(page, writeFile(dir, "a;b\n1;2\n"));
        CHECK(page.statusText().startsWith(QStringLiteral("The file was not imported: ")));
        CHECK(model.rowCount() == 3);
        CHECK(importButton->isEnabled());
    }

    SECTION("a cancelled file dialog imports nothing")
    {
        FileDialog::clearQueued();
        const QString before = page.statusText();
        page.importPlaces();
        CHECK_FALSE(page.isImporting());
        CHECK(page.statusText() == before);
    }
}

TEST_CASE("A caseworker and a team lead read the places without the import and status buttons", "[app][places]")
{
    AppFixture f;
    FileDialog::setInteractive(false); // an unanswered file dialog is cancelled, never shown
    FileDialog::clearQueued();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    {
        MainWindow admin(*f.db, f.admin, f.service, f.auth, f.worker, f.clock);
        REQUIRE(admin.placesPage());
        importThroughPage(*admin.placesPage(), writeFile(dir, inventory));
    }
    const Session lead = f.addUser(QStringLiteral("tineke"), QStringLiteral("Tineke Teamleider"), Role::Teamleider,
                                   f.team.id);
    HouseholdService leadService(*f.db, f.clock, lead);
    MainWindow caseworkerWindow(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    MainWindow leadWindow(*f.db, lead, leadService, f.auth, f.worker, f.clock);
    for (MainWindow *window : {&caseworkerWindow, &leadWindow}) {
        REQUIRE(window->placesPage());
        PlacesPage &page = *window->placesPage();
        const auto *nav = window->findChild<QListWidget *>(QStringLiteral("navigationList"));
        CHECK_FALSE(nav->findItems(QStringLiteral("Places"), Qt::MatchExactly).isEmpty());
        page.refresh();
        CHECK(page.model().rowCount() == 3);
        for (const char *name : {"importButton", "changeStatusButton", "newStatusCombo", "importProgress"}) {
            INFO(name);
            auto *w = page.findChild<QWidget *>(QString::fromLatin1(name));
            REQUIRE(w);
            CHECK(w->isHidden());
        }
        checkAccessibleNames(page);
        page.importPlaces(); // no button, and the page refuses the slot too
        CHECK_FALSE(page.isImporting());
    }
}

TEST_CASE("Screenshot of the Woonplekken page after an import with a rejected row", "[.screenshot]")
{
    AppFixture f;
    FileDialog::setInteractive(false);
    FileDialog::clearQueued();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString out = qEnvironmentVariable("VANGNET_SHOT_DIR", QStringLiteral("/tmp"));
    MainWindow window(*f.db, f.admin, f.service, f.auth, f.worker, f.clock);
    REQUIRE(window.placesPage());
    window.show();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    nav->setCurrentRow(window.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->indexOf(window.placesPage()));
    importThroughPage(*window.placesPage(), writeFile(dir, inventory));
    window.placesPage()->selectPlace(QStringLiteral("WP-002"));
    QTest::qWait(300); // let the layouts settle as the event loop of the application would
    CHECK(window.grab().save(out + QStringLiteral("/shot-places.png")));
}
