#include "CaseGuiSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "cases/CaseWidget.h"
#include "cases/CaseWindows.h"
#include "households/HouseholdDetailWidget.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "needs/NeedDialog.h"
#include "needs/NeedPanel.h"
#include "needs/NeedService.h"
#include "places/PlaceKeys.h"
#include "places/PlaceService.h"
#include "support/TestResult.h"
#include "support/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;
using places::CareLevel;
using places::HousingType;

namespace {

template <typename T>
T *child(const QWidget &parent, const char *name)
{
    auto *w = parent.findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

/// The wijken the place inventory knows: Centrum and Zuid (and Noord, the household's own).
void importPlaces(AppFixture &f)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = writeFile(
        dir, QStringLiteral("plekken.csv"),
        "plek_id;aanbieder;locatie;wijk;woonvorm;capaciteit;beschikbaar_vanaf;min_leeftijd;max_leeftijd;"
        "max_personen;rolstoel;huisdieren;begeleiding\n"
        "WP-001;Kompaan;Kerkstraat 1;Centrum;housing_first;1;2025-09-01;;;;ja;nee;intensief\n"
        "WP-002;Kompaan;Laan 9;Zuid;jongeren;1;2025-10-01;;;;nee;nee;licht\n"
        "WP-003;Kompaan;Dorpsweg 4;Noord;gezinsplek;1;2025-10-01;;;;nee;ja;midden\n");
    required(places::PlaceService(*f.db, f.clock, f.admin).importFile(path));
}

/// Ticks the items of `list` whose data is in `values` and unticks the others.
void tick(QListWidget *list, const QVariantList &values)
{
    for (int row = 0; row < list->count(); ++row)
        list->item(row)->setCheckState(values.contains(list->item(row)->data(Qt::UserRole)) ? Qt::Checked
                                                                                              : Qt::Unchecked);
}

QStringList texts(const QListWidget *list)
{
    QStringList out;
    for (int row = 0; row < list->count(); ++row)
        out << list->item(row)->text();
    return out;
}

/// Queues an answer for the next NeedDialog: `fill` changes the form, then OK is pressed. The
/// dialog's result (accepted or still open after a refusal) is what the caller receives.
void answerNeedDialog(const std::function<void(NeedDialog &)> &fill)
{
    DialogRunner::setNextHandler([fill](QDialog &d) {
        auto *dialog = qobject_cast<NeedDialog *>(&d);
        REQUIRE(dialog);
        fill(*dialog);
        child<QDialogButtonBox>(*dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        return dialog->result();
    });
}

/// Every named control has an accessible name (Qt's own parts and labels that show text excepted).
int checkAccessibleNames(const QWidget &root)
{
    int checked = 0;
    for (const QWidget *w : root.findChildren<QWidget *>()) {
        if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        INFO(w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
        ++checked;
    }
    return checked;
}

struct NeedFixture : CaseFixture {
    needs::NeedService needs{*db, clock, session};
    places::PlaceService places{*db, clock, session};
    /// Jansen in Noord: the head and two children.
    qint64 householdId = addHousehold(QStringLiteral("Jansen"), QStringLiteral("7411 AA"), 1, QStringLiteral("Noord"),
                                      {}, 2);
    Household household = required(service.get(householdId));

    std::optional<needs::HousingNeed> stored() { return required(needs.get(householdId)); }
};

} // namespace

TEST_CASE_METHOD(NeedFixture, "A caseworker records, changes and removes a housing need on the household panel",
                 "[app][needs]")
{
    importPlaces(*this);
    NeedPanel panel(needs, places, service, session, clock);
    QSignalSpy changed(&panel, &NeedPanel::needChanged);
    panel.setHousehold(household);
    auto *recordButton = child<QPushButton>(panel, "recordButton");
    auto *removeButton = child<QPushButton>(panel, "removeButton");
    CHECK(panel.summaryText() == QStringLiteral("No housing need recorded."));
    CHECK(panel.canEdit());
    CHECK_FALSE(recordButton->isHidden());
    CHECK(recordButton->text() == QStringLiteral("Record housing need…"));
    CHECK(removeButton->isHidden());

    const Person &head = *household.headOfHousehold();
    answerNeedDialog([&](NeedDialog &dialog) {
        // A new need: the head applies, the whole household moves, from today, any place.
        CHECK(child<QComboBox>(dialog, "applicantCombo")->currentData().toLongLong() == head.id);
        CHECK(child<QComboBox>(dialog, "applicantCombo")->count() == 3);
        CHECK(child<QSpinBox>(dialog, "personsSpin")->value() == 3);
        CHECK(child<QDateEdit>(dialog, "availableFromEdit")->date() == clock.today());
        CHECK(child<QDateEdit>(dialog, "availableFromEdit")->displayFormat() == QStringLiteral("dd-MM-yyyy"));
        auto *wijken = child<QListWidget>(dialog, "wijkenList");
        CHECK(texts(wijken)
              == QStringList{QStringLiteral("Centrum"), QStringLiteral("Noord (the household's district)"),
                             QStringLiteral("Zuid")});
        CHECK(child<QListWidget>(dialog, "housingTypesList")->count() == places::allHousingTypes().size());
        CHECK(child<QLabel>(dialog, "housingTypesHint")->text() == QStringLiteral("None ticked: any housing type."));

        child<QSpinBox>(dialog, "personsSpin")->setValue(2);
        child<QCheckBox>(dialog, "wheelchairCheck")->setChecked(true);
        child<QCheckBox>(dialog, "petCheck")->setChecked(true);
        auto *care = child<QComboBox>(dialog, "careCombo");
        care->setCurrentIndex(care->findData(int(CareLevel::Midden)));
        tick(child<QListWidget>(dialog, "housingTypesList"), {int(HousingType::HousingFirst), int(HousingType::Jongeren)});
        tick(wijken, {QStringLiteral("Noord"), QStringLiteral("Zuid")});
        child<QDateEdit>(dialog, "availableFromEdit")->setDate(QDate(2025, 9, 1));
    });
    recordButton->click();

    auto need = stored();
    REQUIRE(need);
    CHECK(need->applicantId == head.id);
    CHECK(need->persons == 2);
    CHECK(need->wheelchair);
    CHECK(need->pet);
    CHECK(need->care == CareLevel::Midden);
    CHECK(need->woonvormen == QList<HousingType>{HousingType::HousingFirst, HousingType::Jongeren});
    CHECK(need->wijken == QStringList{QStringLiteral("Noord"), QStringLiteral("Zuid")});
    CHECK(need->availableFrom == QDate(2025, 9, 1));
    CHECK(need->updatedBy == QStringLiteral("carla"));
    CHECK(changed.count() == 1);
    const QString summary = panel.summaryText();
    INFO(summary.toStdString());
    CHECK(summary.contains(QStringLiteral("Applicant: J. Jansen")));
    CHECK(summary.contains(QStringLiteral("Persons moving: 2\n")));
    CHECK(summary.contains(QStringLiteral("Support needed: ") + places::careLevelLabel(CareLevel::Midden)));
    CHECK(summary.contains(QStringLiteral("Housing types: ") + places::housingTypeLabel(HousingType::HousingFirst)
                           + QStringLiteral(", ") + places::housingTypeLabel(HousingType::Jongeren)));
    CHECK(summary.contains(QStringLiteral("Districts: Noord, Zuid")));
    CHECK(summary.contains(QStringLiteral("Available from: 01-09-2025")));
    // A screen reader reads the accessible name, not the text: each value says what it is and holds.
    CHECK(child<QLabel>(panel, "applicantValue")->accessibleName() == QStringLiteral("Applicant: J. Jansen"));
    CHECK(child<QLabel>(panel, "wijkenValue")->accessibleName() == QStringLiteral("Districts: Noord, Zuid"));
    CHECK(recordButton->text() == QStringLiteral("Change housing need…"));
    CHECK_FALSE(removeButton->isHidden());

    // Changing it: the dialog opens on the stored need; no wijk ticked means any.
    answerNeedDialog([&](NeedDialog &dialog) {
        CHECK(child<QSpinBox>(dialog, "personsSpin")->value() == 2);
        CHECK(child<QCheckBox>(dialog, "petCheck")->isChecked());
        CHECK(dialog.need().wijken == QStringList{QStringLiteral("Noord"), QStringLiteral("Zuid")});
        child<QSpinBox>(dialog, "personsSpin")->setValue(3);
        tick(child<QListWidget>(dialog, "wijkenList"), {});
    });
    recordButton->click();
    need = stored();
    REQUIRE(need);
    CHECK(need->persons == 3);
    CHECK(need->wijken.isEmpty());
    CHECK(need->pet);
    CHECK(panel.summaryText().contains(QStringLiteral("Districts: Any district")));
    CHECK(changed.count() == 2);

    // OK on an unchanged need stores nothing and tells nobody.
    answerNeedDialog([](NeedDialog &) {});
    recordButton->click();
    CHECK(changed.count() == 2);

    SECTION("removing asks first; no keeps it")
    {
        DialogRunner::setNextConfirmation(false);
        removeButton->click();
        CHECK(DialogRunner::lastQuestion().contains(household.displayName()));
        CHECK(stored());
        CHECK(changed.count() == 2);
    }

    SECTION("removing asks first; yes removes it")
    {
        DialogRunner::setNextConfirmation(true);
        removeButton->click();
        CHECK_FALSE(stored());
        CHECK(panel.summaryText() == QStringLiteral("No housing need recorded."));
        CHECK(removeButton->isHidden());
        CHECK(recordButton->text() == QStringLiteral("Record housing need…"));
        CHECK(changed.count() == 3);
    }
}

TEST_CASE_METHOD(NeedFixture, "The service's refusal of the applicant is shown beside the field and nothing is stored",
                 "[app][needs]")
{
    // The applicant, a child, leaves the household: the need stays without an applicant.
    needs::HousingNeed need;
    need.householdId = householdId;
    need.applicantId = household.members.at(2).id;
    need.availableFrom = clock.today();
    REQUIRE(needs.record(need).ok());
    Household smaller = household;
    smaller.members.removeLast();
    required(service.save(smaller));
    household = required(service.get(householdId));
    REQUIRE(stored()->applicantId == 0);

    NeedPanel panel(needs, places, service, session, clock);
    panel.setHousehold(household);
    CHECK(panel.summaryText().contains(QStringLiteral("Applicant: Nobody: the applicant left the household")));

    bool refused = false;
    answerNeedDialog([&](NeedDialog &dialog) {
        auto *applicant = child<QComboBox>(dialog, "applicantCombo");
        CHECK(applicant->currentText() == QStringLiteral("Choose the applicant"));
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        // Still open: the service's reason beside the applicant, none above the buttons.
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.fieldError(QStringLiteral("applicant"))
              == QStringLiteral("The applicant must be a member of the household."));
        CHECK_FALSE(child<QLabel>(dialog, "applicantError")->isHidden());
        CHECK(applicant->accessibleDescription() == dialog.fieldError(QStringLiteral("applicant")));
        CHECK(dialog.messageText().isEmpty());
        CHECK(stored()->applicantId == 0);
        refused = true;
        // Choosing a member clears the message; OK (pressed by the helper) then stores it.
        applicant->setCurrentIndex(applicant->findData(household.members.first().id));
        CHECK(dialog.fieldError(QStringLiteral("applicant")).isEmpty());
    });
    child<QPushButton>(panel, "recordButton")->click();
    CHECK(refused);
    CHECK(stored()->applicantId == household.members.first().id);
}

TEST_CASE_METHOD(NeedFixture, "A caseworker of another team sees no need and cannot record one", "[app][needs]")
{
    const Team south = required(auth.createTeam(admin, QStringLiteral("Team Zuid")));
    const Session otto = addUser(QStringLiteral("otto"), QStringLiteral("Otto Ander"), Role::Consulent, south.id);
    HouseholdService ottoHouseholds(*db, clock, otto);
    needs::NeedService ottoNeeds(*db, clock, otto);
    places::PlaceService ottoPlaces(*db, clock, otto);

    NeedPanel panel(ottoNeeds, ottoPlaces, ottoHouseholds, otto, clock);
    panel.showHousehold(householdId);
    CHECK_FALSE(panel.household()); // read only once it is visible
    panel.show();
    CHECK_FALSE(panel.household());
    CHECK(panel.summaryText() == QStringLiteral("This household belongs to another team; you have no access to it."));
    CHECK_FALSE(panel.canEdit());
    CHECK(child<QPushButton>(panel, "recordButton")->isHidden());
    CHECK(child<QPushButton>(panel, "removeButton")->isHidden());
    panel.recordNeed(); // no button, and the slot does nothing either
    CHECK_FALSE(stored());

    // Even given the household (a stale screen), the dialog says why and stores nothing.
    NeedDialog dialog(ottoNeeds, household, std::nullopt, {}, clock.today());
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.messageText()
          == QStringLiteral("The housing need was not saved: There is no household %1 that you may see.").arg(householdId));
    CHECK_FALSE(child<QLabel>(dialog, "messageLabel")->isHidden());
    CHECK(child<QLabel>(dialog, "messageLabel")->accessibleName() == dialog.messageText());
    CHECK_FALSE(stored());

    // The beheerder has no households page and no case screens: nothing of needs at all.
    MainWindow beheer(*db, admin, service, auth, worker, clock);
    CHECK_FALSE(beheer.householdsPage());
    CHECK_FALSE(beheer.caseWindows());
    CHECK(beheer.findChildren<NeedPanel *>().isEmpty());
}

TEST_CASE_METHOD(NeedFixture, "The case screen shows the same need, and a change on either side reaches the other",
                 "[app][needs]")
{
    REQUIRE(cases.openManual(householdId).ok());
    needs::HousingNeed need;
    need.householdId = householdId;
    need.applicantId = household.members.first().id;
    need.persons = 3;
    need.care = CareLevel::Intensief;
    need.woonvormen = {HousingType::Gezinsplek};
    need.availableFrom = QDate(2025, 7, 1);
    REQUIRE(needs.record(need).ok());

    MainWindow window(*db, session, service, auth, worker, clock);
    REQUIRE(window.householdsPage());
    QSignalSpy loaded(&window.householdsPage()->model(), &HouseholdListModel::loaded);
    waitFor(loaded);
    window.householdsPage()->selectHousehold(householdId); // the list's selection is what the page shows again
    HouseholdDetailWidget &detail = window.householdsPage()->detail();
    REQUIRE(detail.household());
    REQUIRE(detail.household()->id == householdId);
    REQUIRE(detail.needPanel());
    NeedPanel &onHousehold = *detail.needPanel();
    CHECK_FALSE(child<QGroupBox>(detail, "needGroup")->isHidden());
    CHECK(onHousehold.summaryText().contains(QStringLiteral("Available from: 01-07-2025")));

    CaseWidget *caseWindow = window.caseWindows()->openForHousehold(householdId, household.displayName());
    REQUIRE(caseWindow);
    NeedPanel &onCase = caseWindow->needPanel();
    auto *tabs = child<QTabWidget>(*caseWindow, "tabs");
    CHECK(tabs->tabText(tabs->indexOf(&onCase)) == QStringLiteral("Housing need"));
    tabs->setCurrentWidget(&onCase);
    CHECK(onCase.summaryText() == onHousehold.summaryText());
    CHECK_FALSE(child<QPushButton>(onCase, "removeButton")->isHidden());

    // Changed on the case screen: the case tells the others (caseChanged) and the household panel reads it again.
    QSignalSpy caseChanged(window.caseWindows(), &CaseWindows::caseChanged);
    answerNeedDialog([](NeedDialog &dialog) { child<QCheckBox>(dialog, "wheelchairCheck")->setChecked(true); });
    child<QPushButton>(onCase, "recordButton")->click();
    CHECK(stored()->wheelchair);
    CHECK(caseChanged.count() == 1);
    CHECK(onHousehold.summaryText().contains(QStringLiteral("Wheelchair access: Yes")));
    CHECK(onCase.summaryText() == onHousehold.summaryText());

    // Removed on the household panel: the open case screen shows it is gone.
    DialogRunner::setNextConfirmation(true);
    child<QPushButton>(onHousehold, "removeButton")->click();
    CHECK_FALSE(stored());
    CHECK(onCase.summaryText() == QStringLiteral("No housing need recorded."));
    caseWindow->close();
}

TEST_CASE_METHOD(NeedFixture, "The dialog opens on a stored need as it is, beyond the form's usual bounds",
                 "[app][needs]")
{
    needs::HousingNeed need;
    need.householdId = householdId;
    need.applicantId = household.members.first().id;
    need.persons = 120; // an import allows any number from 1
    need.wijken = {QStringLiteral("Oud-West")}; // no place is there, and it is not the household's wijk
    need.availableFrom = QDate(2026, 3, 1);
    REQUIRE(needs.record(need).ok());
    NeedDialog dialog(needs, household, stored(), {QStringLiteral("Centrum")}, clock.today());
    CHECK(child<QSpinBox>(dialog, "personsSpin")->value() == 120);
    CHECK(texts(child<QListWidget>(dialog, "wijkenList"))
          == QStringList{QStringLiteral("Centrum"), QStringLiteral("Noord (the household's district)"),
                         QStringLiteral("Oud-West")});
    const needs::HousingNeed shown = dialog.need();
    CHECK(shown.sameNeedAs(*stored()));
    dialog.accept();
    CHECK(dialog.change() == needs::NeedChange::Unchanged);
}

TEST_CASE_METHOD(NeedFixture, "Every control of the housing need panel and dialog has an accessible name",
                 "[app][needs]")
{
    NeedPanel panel(needs, places, service, session, clock);
    panel.setHousehold(household);
    NeedDialog dialog(needs, household, std::nullopt, {QStringLiteral("Centrum")}, clock.today());
    CHECK(checkAccessibleNames(panel) >= 22);
    CHECK(checkAccessibleNames(dialog) >= 20);
    CHECK_FALSE(panel.accessibleName().isEmpty());
    CHECK_FALSE(dialog.accessibleName().isEmpty());
    CHECK_FALSE(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->accessibleName().isEmpty());
}

// Hidden: the household panel with a need and the dialog, in Dutch, to look at by eye.
//   VANGNET_SHOT_DIR=/tmp test_needs_gui "[.screenshot]"
TEST_CASE_METHOD(NeedFixture, "Screenshots of the housing need on the household panel and its dialog",
                 "[.screenshot]")
{
    const QString out = qEnvironmentVariable("VANGNET_SHOT_DIR", QStringLiteral("/tmp"));
    if (qEnvironmentVariable("VANGNET_LANG") != QStringLiteral("en"))
        installTranslations(*QCoreApplication::instance());
    importPlaces(*this);
    household.members[0].voornaam = QStringLiteral("Jan");
    household.members[0].geboortedatum = QDate(1982, 3, 14);
    household.members[1].geboortedatum = QDate(2012, 5, 2);
    household.members[2].geboortedatum = QDate(2015, 11, 20);
    household = required(service.save(household));
    needs::HousingNeed need;
    need.householdId = householdId;
    need.applicantId = household.members.first().id;
    need.persons = 3;
    need.pet = true;
    need.care = CareLevel::Midden;
    need.woonvormen = {HousingType::Gezinsplek, HousingType::BegeleidWonen};
    need.wijken = {QStringLiteral("Noord"), QStringLiteral("Centrum")};
    need.availableFrom = QDate(2025, 9, 1);
    REQUIRE(needs.record(need).ok());

    REQUIRE(cases.openManual(householdId).ok());

    MainWindow window(*db, session, service, auth, worker, clock);
    QSignalSpy loaded(&window.householdsPage()->model(), &HouseholdListModel::loaded);
    window.resize(1400, 1000);
    window.show();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    nav->setCurrentRow(window.findChild<QStackedWidget *>(QStringLiteral("pageStack"))->indexOf(window.householdsPage()));
    waitFor(loaded);
    window.householdsPage()->selectHousehold(householdId);
    QTest::qWait(300);
    CHECK(window.grab().save(out + QStringLiteral("/shot-need-household.png")));
    QWidget *group = window.householdsPage()->detail().findChild<QGroupBox *>(QStringLiteral("needGroup"));
    REQUIRE(group);
    CHECK(group->grab().save(out + QStringLiteral("/shot-need-panel.png")));

    NeedDialog dialog(needs, household, needs.get(householdId).value(), required(places.wijken()), clock.today(),
                      &window);
    dialog.show();
    QTest::qWait(200);
    CHECK(dialog.grab().save(out + QStringLiteral("/shot-need-dialog.png")));
    child<QComboBox>(dialog, "applicantCombo")->setCurrentIndex(-1);
    dialog.accept(); // no applicant: the service's reason beside the field
    QTest::qWait(100);
    CHECK(dialog.grab().save(out + QStringLiteral("/shot-need-dialog-refused.png")));

    CaseWidget *caseWindow = window.caseWindows()->openForHousehold(householdId, household.displayName());
    REQUIRE(caseWindow);
    caseWindow->resize(1180, 760); // the size CaseWindows gives it on a real screen
    child<QTabWidget>(*caseWindow, "tabs")->setCurrentWidget(&caseWindow->needPanel());
    QTest::qWait(300);
    CHECK(caseWindow->grab().save(out + QStringLiteral("/shot-need-case.png")));
    caseWindow->close();
}
