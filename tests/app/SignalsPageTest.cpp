#include "AppTestSupport.h"
#include "PageLoad.h"

#include "importing/ImportService.h"
#include "signals/SignalsPage.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;

namespace {

SignalRow signalAbout(const QString &bsn, const QString &id, PartnerType type, const QDate &date)
{
    SignalRow s;
    s.signalId = id;
    s.partnerType = type;
    s.signalDate = date;
    s.amountCents = 10000;
    s.person.bsn = bsn;
    s.person.bsnValid = true;
    s.person.achternaam = QStringLiteral("X");
    return s;
}

} // namespace

TEST_CASE("The signals list shows the team's signals, filters them and opens a household", "[app][gui][import]")
{
    AppFixture f;
    const qint64 visser = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, QStringLiteral("999990019"));
    f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 5, {}, QStringLiteral("999999990"));
    // A household of another team, with a signal the consulent must not see.
    const Team other = *f.auth.createTeam(f.admin, QStringLiteral("Team Zuid"));
    Session zuid = f.addUser(QStringLiteral("kees"), QStringLiteral("Kees"), Role::Consulent, other.id);
    HouseholdService zuidService(*f.db, f.clock, zuid);
    f.addHouseholdAs(zuidService, QStringLiteral("Smit"), QStringLiteral("7420 AA"), 1);

    ImportService import(*f.db, f.clock, f.session);
    VectorSource<SignalRow> rows({signalAbout(QStringLiteral("999990019"), QStringLiteral("S-1"), PartnerType::Huur, QDate(2025, 5, 1)),
                                  signalAbout(QStringLiteral("999990019"), QStringLiteral("S-2"), PartnerType::Energie, QDate(2025, 5, 20)),
                                  signalAbout(QStringLiteral("999999990"), QStringLiteral("S-3"), PartnerType::Huur, QDate(2025, 4, 2))});
    REQUIRE(import.importSignals(rows, {QStringLiteral("s.csv"), QStringLiteral("csv"), {}}).ok());
    RowPerson smit;
    smit.achternaam = QStringLiteral("Smit");
    smit.postcode = QStringLiteral("7420 AA");
    smit.huisnummer = 1;
    smit.straat = QStringLiteral("Dorpsstraat");
    smit.plaats = QStringLiteral("Vangstad");
    SignalRow zuidSignal = signalAbout({}, QStringLiteral("S-4"), PartnerType::Water, QDate(2025, 5, 5));
    zuidSignal.person = smit;
    VectorSource<SignalRow> zuidRows({zuidSignal});
    REQUIRE(ImportService(*f.db, f.clock, zuid).importSignals(zuidRows, {QStringLiteral("z.csv"), QStringLiteral("csv"), {}}).ok());

    SignalsPage page(*f.db, f.session, f.clock);
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("signalsTable"));
    waitUntilLoaded(page);
    REQUIRE(page.rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("20-05-2025"));
    CHECK(table->item(2, 0)->text() == QStringLiteral("02-04-2025"));

    auto *partner = page.findChild<QComboBox *>(QStringLiteral("partnerCombo"));
    partner->setCurrentIndex(partner->findData(QStringLiteral("Huur")));
    CHECK(page.isLoading()); // read off the GUI thread
    waitUntilLoaded(page);
    CHECK(page.rowCount() == 2);
    CHECK(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("2")));

    QSignalSpy opened(&page, &SignalsPage::householdRequested);
    Q_EMIT table->cellDoubleClicked(0, 1);
    REQUIRE(opened.size() == 1);
    CHECK(opened.at(0).at(0).toLongLong() == visser);
}

TEST_CASE("Every signal status and partner reads as words, in the list and in its filter", "[app][gui][import]")
{
    CHECK(SignalsPage::statusText(QStringLiteral("nieuw")) == QStringLiteral("New"));
    CHECK(SignalsPage::statusText(QStringLiteral("in_behandeling")) == QStringLiteral("In progress"));
    CHECK(SignalsPage::statusText(QStringLiteral("afgesloten")) == QStringLiteral("Closed"));
    CHECK(partnerLabel(QStringLiteral("Huur"), QStringLiteral("Woonstichting Zonnehof")) ==
          QStringLiteral("Huur · Woonstichting Zonnehof"));
    CHECK(partnerLabel(QStringLiteral("DUO"), QStringLiteral("DUO")) == QStringLiteral("DUO"));
    CHECK(partnerLabel(QStringLiteral("Water"), QString()) == QStringLiteral("Water"));

    AppFixture f;
    SignalsPage page(*f.db, f.session, f.clock);
    auto *status = page.findChild<QComboBox *>(QStringLiteral("statusCombo"));
    REQUIRE(status->count() == 4);
    for (int i = 1; i < status->count(); ++i) {
        CHECK(status->itemText(i) == SignalsPage::statusText(status->itemData(i).toString()));
        CHECK_FALSE(status->itemText(i).contains(QLatin1Char('_')));
    }
    for (QComboBox *combo : page.findChildren<QComboBox *>())
        CHECK_FALSE(combo->view()->accessibleName().isEmpty());
}
