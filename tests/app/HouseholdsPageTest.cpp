#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "MainWindow.h"
#include "households/HouseholdDetailWidget.h"
#include "households/HouseholdDialog.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "households/PersonDialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

void setText(const QWidget &parent, const char *name, const QString &text)
{
    auto *e = parent.findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(e);
    e->setText(text);
}

/// Queues an answer for the member dialog that fills it in and accepts it.
void queueMember(const QString &voornaam, const QString &achternaam, const QString &bsn, MemberRole role)
{
    DialogRunner::setNextHandler([=](QDialog &dialog) {
        auto *person = qobject_cast<PersonDialog *>(&dialog);
        REQUIRE(person);
        setText(dialog, "voornaamEdit", voornaam);
        setText(dialog, "achternaamEdit", achternaam);
        setText(dialog, "bsnEdit", bsn);
        setText(dialog, "geboortedatumEdit", QStringLiteral("12-05-1985"));
        auto *roles = dialog.findChild<QComboBox *>(QStringLiteral("rolCombo"));
        roles->setCurrentText(roleLabel(role));
        REQUIRE(person->canAccept());
        dialog.accept();
        return dialog.result();
    });
}

void search(HouseholdsPage &page, const QString &text)
{
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    setText(page, "searchEdit", text); // debounced: the model reloads ~200 ms later
    waitFor(loaded);
}

} // namespace

TEST_CASE("A household created through the dialog is found again by postcode and by BSN", "[app][gui]")
{
    AppFixture f;
    f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1, QStringLiteral("Centrum"));
    f.addHousehold(QStringLiteral("Mulder"), QStringLiteral("7412 CD"), 2, QStringLiteral("Noord"));
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    REQUIRE(window.householdsPage());
    CHECK_FALSE(window.usersPage()); // a consulent does not manage users
    HouseholdsPage &page = *window.householdsPage();
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    waitFor(loaded);
    REQUIRE(page.model().rowCount() == 2);

    qint64 createdId = 0;
    DialogRunner::setNextHandler([&](QDialog &dialog) {
        auto *household = qobject_cast<HouseholdDialog *>(&dialog);
        REQUIRE(household);
        setText(dialog, "straatEdit", QStringLiteral("Molenweg"));
        setText(dialog, "huisnummerEdit", QStringLiteral("17"));
        setText(dialog, "toevoegingEdit", QStringLiteral("a"));
        setText(dialog, "postcodeEdit", QStringLiteral("7415cx"));
        setText(dialog, "plaatsEdit", QStringLiteral("Lindewaarde"));
        queueMember(QStringLiteral("Fatima"), QStringLiteral("El Idrissi"), QStringLiteral("999990032"), MemberRole::Hoofdbewoner);
        dialog.findChild<QPushButton *>(QStringLiteral("addMemberButton"))->click();
        queueMember(QStringLiteral("Youssef"), QStringLiteral("El Idrissi"), QStringLiteral("999990044"), MemberRole::Partner);
        dialog.findChild<QPushButton *>(QStringLiteral("addMemberButton"))->click();
        REQUIRE(household->household().members.size() == 2);
        REQUIRE(household->canAccept());
        dialog.accept();
        createdId = household->saved().id;
        return dialog.result();
    });
    loaded.clear();
    window.findChild<QAction *>(QStringLiteral("actionNewHousehold"))->trigger();
    REQUIRE(createdId != 0);
    waitFor(loaded);
    CHECK(page.model().rowCount() == 3);
    CHECK(page.selectedId() == createdId); // the new household is selected and shown
    REQUIRE(page.detail().household().has_value());
    CHECK(page.detail().household()->members.size() == 2);
    CHECK(page.detail().household()->address.postcode == QStringLiteral("7415 CX"));

    search(page, QStringLiteral("7415 CX"));
    REQUIRE(page.model().rowCount() == 1);
    CHECK(page.model().idAt(0) == createdId);
    CHECK(page.selectedId() == createdId); // the selection survives the refresh

    search(page, QStringLiteral("999990044"));
    REQUIRE(page.model().rowCount() == 1);
    CHECK(page.model().idAt(0) == createdId);

    search(page, QStringLiteral("7412"));
    REQUIRE(page.model().rowCount() == 1);
    CHECK(page.model().idAt(0) != createdId);
    CHECK(page.selectedId() == 0);
}

TEST_CASE("The detail panel adds notes and deletes a household after confirmation", "[app][gui]")
{
    AppFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1);
    HouseholdsPage page(*f.db, f.session, f.service, f.clock);
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    waitFor(loaded);
    page.selectHousehold(id);
    HouseholdDetailWidget &detail = page.detail();
    REQUIRE(detail.household().has_value());
    REQUIRE(detail.household()->id == id);

    setText(detail, "noteEdit", QStringLiteral("Eerste contact gelegd"));
    detail.findChild<QPushButton *>(QStringLiteral("addNoteButton"))->click();
    auto notes = f.service.notes(id);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().text == QStringLiteral("Eerste contact gelegd"));
    CHECK(notes->first().author == QStringLiteral("Carla Consulent")); // the logged-in user signs the note
    const auto *list = detail.findChild<QListWidget *>(QStringLiteral("notesList"));
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Eerste contact gelegd")));

    DialogRunner::setNextConfirmation(false);
    detail.removeHousehold();
    CHECK(f.service.get(id).ok());

    DialogRunner::setNextConfirmation(true);
    loaded.clear();
    detail.removeHousehold();
    CHECK(f.service.get(id).error().code == ErrorCode::NotFound);
    waitFor(loaded);
    CHECK(page.model().rowCount() == 0);
    CHECK_FALSE(detail.household().has_value());
}

TEST_CASE("On the first login of a day the flags are evaluated again, once", "[app][gui][rules]")
{
    AppFixture f;
    f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1, QStringLiteral("Centrum"));
    MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    rules::RulesService rules(*f.db, f.clock, f.session);
    REQUIRE_FALSE(rules.lastFullEvaluation()->isValid());

    window.show();
    window.refreshFlagsForToday(*f.db, f.clock);
    REQUIRE(window.refreshingFlags());
    for (int i = 0; i < 200 && window.refreshingFlags(); ++i)
        QTest::qWait(50);
    REQUIRE_FALSE(window.refreshingFlags());
    CHECK(*rules.lastFullEvaluation() == f.clock.now().toLocalTime().date());
    // The result is a message in the status bar; while it shows, the user and database labels
    // make room for it instead of being painted over by it.
    QStatusBar &bar = *window.statusBar();
    CHECK(bar.currentMessage().startsWith(QStringLiteral("Flags updated for today")));
    auto labelsShown = [&bar] {
        int shown = 0;
        for (QLabel *label : bar.findChildren<QLabel *>(Qt::FindDirectChildrenOnly))
            if (label->accessibleName() == QStringLiteral("Logged in as") || label->text().startsWith(QStringLiteral("Database:")))
                shown += label->isVisible() ? 1 : 0;
        return shown;
    };
    CHECK(labelsShown() == 0);
    // When the message goes, they come back.
    bar.clearMessage();
    CHECK(labelsShown() == 2);

    MainWindow again(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
    again.refreshFlagsForToday(*f.db, f.clock);
    CHECK_FALSE(again.refreshingFlags()); // today's evaluation is there already
}
