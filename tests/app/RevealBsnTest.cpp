#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "audit/AuditLog.h"
#include "households/HouseholdDetailWidget.h"
#include "households/HouseholdDialog.h"
#include "households/PersonDialog.h"
#include "households/RevealBsnDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

const QString bsn = QStringLiteral("999990019");
const QString masked = QStringLiteral("*****0019");

QTableWidget *membersOf(const QWidget &widget)
{
    auto *table = widget.findChild<QTableWidget *>(QStringLiteral("membersTable"));
    REQUIRE(table);
    return table;
}

/// Answers the next "Show BSN" dialog with this reason (accepting it when the dialog lets it).
void queueReason(const QString &reason)
{
    DialogRunner::setNextHandler([reason](QDialog &dialog) {
        auto *reveal = qobject_cast<RevealBsnDialog *>(&dialog);
        REQUIRE(reveal);
        reveal->setReason(reason);
        dialog.accept();
        return dialog.result();
    });
}

QList<AuditEvent> reveals(AppFixture &f)
{
    AuditQuery query;
    query.action = AuditAction::RevealBsn;
    auto found = AuditLog(*f.db, f.clock).find(f.admin, query);
    REQUIRE(found.ok());
    return *found;
}

} // namespace

TEST_CASE("Member tables show the BSN masked", "[app][gui][fields]")
{
    AppFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, bsn);
    HouseholdDetailWidget detail(f.service, f.session, f.clock);
    detail.showHousehold(id);
    CHECK(membersOf(detail)->item(0, 2)->text() == masked);

    auto household = f.service.get(id);
    REQUIRE(household.ok());
    HouseholdDialog dialog(f.service, *household, f.clock.today(), {});
    CHECK(membersOf(dialog)->item(0, 3)->text() == masked);

    // The member dialog too; left alone, the stored BSN is kept, not replaced by the mask.
    PersonDialog person(household->members.constFirst(), f.clock.today());
    CHECK(edit(person, "bsnEdit")->text() == masked);
    CHECK(person.canAccept());
    CHECK(person.person().bsn.isEmpty());
    CHECK(person.person().bsnMask == masked);
    edit(person, "bsnEdit")->clear();
    CHECK_FALSE(person.person().hasBsn());
}

TEST_CASE("Show BSN asks a reason, shows the number and leaves a record", "[app][gui][fields]")
{
    AppFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, bsn);
    HouseholdDetailWidget detail(f.service, f.session, f.clock);
    detail.showHousehold(id);
    auto *button = detail.findChild<QPushButton *>(QStringLiteral("revealBsnButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isEnabled()); // nobody selected yet
    membersOf(detail)->selectRow(0);
    CHECK(button->isEnabled());

    SECTION("cancelled or without a reason: still masked, nothing recorded")
    {
        DialogRunner::setNextHandler([](QDialog &dialog) { dialog.reject(); return dialog.result(); });
        button->click();
        queueReason(QString());
        button->click();
        CHECK(membersOf(detail)->item(0, 2)->text() == masked);
        CHECK(reveals(f).isEmpty());
    }
    SECTION("with a reason: the full BSN, and the reason in the audit log")
    {
        queueReason(QStringLiteral("Aanmelding schuldhulpverlening"));
        button->click();
        CHECK(membersOf(detail)->item(0, 2)->text() == bsn);
        CHECK_FALSE(button->isEnabled()); // already shown
        const auto records = reveals(f);
        REQUIRE(records.size() == 1);
        CHECK(records[0].actorId == f.session.user().id);
        CHECK(records[0].reason == QStringLiteral("Aanmelding schuldhulpverlening"));
        // Shown again masked once the household is read afresh, and the number that was shown
        // is overwritten where it lay: a copy sharing the table item's buffer now reads zeros.
        const QString shown = membersOf(detail)->item(0, 2)->text();
        REQUIRE(shown == bsn);
        detail.showHousehold(id);
        CHECK(membersOf(detail)->item(0, 2)->text() == masked);
        CHECK(shown == QString(bsn.size(), QChar(0)));
    }
    DialogRunner::clearQueued();
}
