#include "AppTestSupport.h"

#include "households/PersonDialog.h"

#include <QComboBox>
#include <QLineEdit>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

TEST_CASE("The member dialog shows each field's problem and keeps OK disabled", "[app][dialog]")
{
    PersonDialog dialog(Person{}, QDate(2025, 6, 1));
    CHECK_FALSE(dialog.canAccept()); // no surname yet
    CHECK(dialog.fieldError(QStringLiteral("achternaam")).isEmpty()); // untouched fields stay quiet

    edit(dialog, "voorlettersEdit")->setText(QStringLiteral("A."));
    edit(dialog, "achternaamEdit")->setText(QStringLiteral("Visser"));
    CHECK(dialog.canAccept());

    SECTION("a BSN that fails the eleven test")
    {
        edit(dialog, "bsnEdit")->setText(QStringLiteral("123456789"));
        CHECK_FALSE(dialog.canAccept());
        CHECK(dialog.fieldError(QStringLiteral("bsn")) == QStringLiteral("BSN 123456789 fails the eleven test"));
        edit(dialog, "bsnEdit")->setText(QStringLiteral("999990019"));
        CHECK(dialog.canAccept());
        CHECK(dialog.fieldError(QStringLiteral("bsn")).isEmpty());
        CHECK(dialog.person().bsn == QStringLiteral("999990019"));
    }

    SECTION("a date of birth that is not DD-MM-YYYY, or lies in the future")
    {
        edit(dialog, "geboortedatumEdit")->setText(QStringLiteral("1990-03-04"));
        CHECK_FALSE(dialog.canAccept());
        CHECK(dialog.fieldError(QStringLiteral("geboortedatum")).contains(QStringLiteral("DD-MM-YYYY")));
        edit(dialog, "geboortedatumEdit")->setText(QStringLiteral("01-01-2030"));
        CHECK(dialog.fieldError(QStringLiteral("geboortedatum")) == QStringLiteral("Date of birth 01-01-2030 lies in the future"));
        edit(dialog, "geboortedatumEdit")->setText(QStringLiteral("4-3-1990"));
        CHECK(dialog.canAccept());
        CHECK(dialog.person().geboortedatum == QDate(1990, 3, 4));
    }

    SECTION("the role and the id of an edited member are kept")
    {
        Person existing;
        existing.id = 42;
        existing.version = 3;
        existing.role = MemberRole::Kind;
        existing.voornaam = QStringLiteral("Sam");
        existing.achternaam = QStringLiteral("Visser");
        PersonDialog editing(existing, QDate(2025, 6, 1));
        CHECK(editing.findChild<QComboBox *>(QStringLiteral("rolCombo"))->currentText() == roleLabel(MemberRole::Kind));
        edit(editing, "telefoonEdit")->setText(QStringLiteral("06 12345678"));
        const Person p = editing.person();
        CHECK(p.id == 42);
        CHECK(p.version == 3);
        CHECK(p.role == MemberRole::Kind);
        CHECK(p.telefoon == QStringLiteral("06 12345678"));
    }
}
