#include "AppTestSupport.h"

#include "households/HouseholdDialog.h"

#include <QLabel>
#include <QLineEdit>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

TEST_CASE("The household dialog refuses postcode 12345 with the specific message", "[app][dialog]")
{
    AppFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 12);
    auto household = f.service.get(id);
    REQUIRE(household.ok());
    HouseholdDialog dialog(f.service, *household, f.clock.today(), {});
    REQUIRE(dialog.canAccept());

    edit(dialog, "postcodeEdit")->setText(QStringLiteral("12345"));
    CHECK_FALSE(dialog.canAccept());
    CHECK(dialog.fieldError(QStringLiteral("postcode"))
          == QStringLiteral("Postcode 12345 is not a valid Dutch postcode (expected like 1234 AB)"));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("postcodeError"))->isVisibleTo(&dialog));

    edit(dialog, "postcodeEdit")->setText(QStringLiteral("1234ab"));
    CHECK(dialog.canAccept());
    CHECK(dialog.fieldError(QStringLiteral("postcode")).isEmpty());

    edit(dialog, "huisnummerEdit")->setText(QStringLiteral("twaalf"));
    CHECK_FALSE(dialog.canAccept());
    CHECK(dialog.fieldError(QStringLiteral("huisnummer")) == QStringLiteral("House number must be a number from 1 to 99999"));
}

TEST_CASE("A new household needs members before OK is enabled", "[app][dialog]")
{
    AppFixture f;
    HouseholdDialog dialog(f.service, Household{}, f.clock.today(), {QStringLiteral("Centrum")});
    edit(dialog, "straatEdit")->setText(QStringLiteral("Kerkstraat"));
    edit(dialog, "huisnummerEdit")->setText(QStringLiteral("1"));
    edit(dialog, "postcodeEdit")->setText(QStringLiteral("7411 AB"));
    edit(dialog, "plaatsEdit")->setText(QStringLiteral("Lindewaarde"));
    CHECK_FALSE(dialog.canAccept());
    CHECK(dialog.fieldError(QStringLiteral("postcode")).isEmpty());
}

TEST_CASE("A BSN registered in another household is refused on OK, beside the members", "[app][dialog]")
{
    AppFixture f;
    f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 12, {}, QStringLiteral("999990020"));
    Household h;
    h.address = {0, QStringLiteral("Kerkstraat"), 4, {}, QStringLiteral("7411 AC"), QStringLiteral("Lindewaarde"), {}};
    Person p;
    p.voorletters = QStringLiteral("K.");
    p.achternaam = QStringLiteral("de Boer");
    p.bsn = QStringLiteral("999990020");
    h.members << p;
    HouseholdDialog dialog(f.service, h, f.clock.today(), {});
    REQUIRE(dialog.canAccept()); // valid on its own; the clash is only known to the database
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.fieldError(QStringLiteral("members")).contains(QStringLiteral("already registered")));
}

TEST_CASE("A stale edit is reported in the dialog, keeping what the user typed", "[app][dialog]")
{
    AppFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 12);
    auto opened = f.service.get(id);
    REQUIRE(opened.ok());
    HouseholdDialog dialog(f.service, *opened, f.clock.today(), {});

    // Someone else saves the same household in the meantime.
    Household theirs = *opened;
    theirs.address.toevoeging = QStringLiteral("B");
    REQUIRE(f.service.save(theirs).ok());

    edit(dialog, "straatEdit")->setText(QStringLiteral("Nieuwe Kerkstraat"));
    REQUIRE(dialog.canAccept());
    dialog.accept();

    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.saveError().contains(QStringLiteral("changed by someone else since you opened it")));
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("saveError"))->isVisibleTo(&dialog));
    CHECK(edit(dialog, "straatEdit")->text() == QStringLiteral("Nieuwe Kerkstraat"));
    CHECK(dialog.household().address.straat == QStringLiteral("Nieuwe Kerkstraat"));
    CHECK(f.service.get(id)->address.straat == QStringLiteral("Dorpsstraat")); // nothing of ours was written
}
