#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "households/HouseholdDetailWidget.h"
#include "importing/ImportService.h"

#include <QComboBox>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::importing;
using namespace vangnet::test;

TEST_CASE("Imported signals and notices show on the household's timeline, newest first", "[app][gui][import]")
{
    AppFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, QStringLiteral("999990019"));

    RowPerson visser;
    visser.bsn = QStringLiteral("999990019");
    visser.bsnValid = true;
    visser.achternaam = QStringLiteral("Visser");
    SignalRow older;
    older.line = 2;
    older.signalId = QStringLiteral("S-1");
    older.partnerType = PartnerType::Huur;
    older.partnerName = QStringLiteral("Woonstichting Zonnehof");
    older.signalDate = QDate(2025, 4, 1);
    older.arisenDate = QDate(2025, 2, 1);
    older.amountCents = 123456;
    older.person = visser;
    SignalRow newer = older;
    newer.signalId = QStringLiteral("S-2");
    newer.partnerType = PartnerType::Energie;
    newer.partnerName = QStringLiteral("Stroomlijn Energie");
    newer.signalDate = QDate(2025, 5, 10);
    newer.crisis = true;
    ImportService import(*f.db, f.clock, f.session);
    VectorSource<SignalRow> source({older, newer});
    REQUIRE(import.importSignals(source, {QStringLiteral("signalen.csv"), QStringLiteral("csv"), {}}).ok());
    DischargeRow notice;
    notice.institutionType = InstitutionType::Detentie;
    notice.institutionName = QStringLiteral("PI Vangstad");
    notice.expectedDate = QDate(2025, 6, 30);
    notice.shelter = ConditionState::NietGeregeld;
    notice.person = visser;
    VectorSource<DischargeRow> notices({notice});
    REQUIRE(import.importDischarges(notices, {QStringLiteral("uitstroom.csv"), QStringLiteral("csv"), {}}).ok());

    HouseholdDetailWidget detail(f.service, f.session, f.clock);
    detail.showHousehold(id);
    auto *list = detail.findChild<QListWidget *>(QStringLiteral("timelineList"));
    REQUIRE(list);
    REQUIRE(list->count() == 3);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("30-06-2025")));
    CHECK(list->item(0)->text().contains(QStringLiteral("PI Vangstad")));
    CHECK(list->item(0)->text().contains(QStringLiteral("shelter")));
    CHECK(list->item(1)->text().contains(QStringLiteral("Stroomlijn Energie")));
    CHECK(list->item(1)->text().contains(QStringLiteral("crisis")));
    CHECK(list->item(2)->text().contains(QStringLiteral("Woonstichting Zonnehof")));
    CHECK(list->item(2)->text().contains(QStringLiteral("1.234,56")));
    CHECK(detail.findChild<QGroupBox *>(QStringLiteral("timelineGroup"))->title().contains(QStringLiteral("3")));
}

TEST_CASE("A signal and a discharge notice entered by hand appear on the timeline", "[app][gui][import]")
{
    AppFixture f;
    const qint64 id = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3);
    HouseholdDetailWidget detail(f.service, f.session, f.clock);
    detail.showHousehold(id);
    auto *list = detail.findChild<QListWidget *>(QStringLiteral("timelineList"));
    REQUIRE(list->count() == 0);

    DialogRunner::setNextHandler([](QDialog &dialog) {
        edit(dialog, "partnerNameEdit")->setText(QStringLiteral("Waterbedrijf Lindewaarde"));
        edit(dialog, "amountEdit")->setText(QStringLiteral("12,3,4")); // not an amount: the dialog stays open
        dialog.accept();
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().contains(QStringLiteral("1.234,56")));
        edit(dialog, "amountEdit")->setText(QStringLiteral("1.234,56"));
        edit(dialog, "arisenDateEdit")->setText(QStringLiteral("01-04-2025"));
        dialog.accept();
        return dialog.result();
    });
    detail.addSignal();
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Waterbedrijf Lindewaarde")));
    CHECK(list->item(0)->text().contains(QStringLiteral("1.234,56")));

    DialogRunner::setNextHandler([](QDialog &dialog) {
        edit(dialog, "institutionNameEdit")->setText(QStringLiteral("Kliniek De Berk"));
        edit(dialog, "expectedDateEdit")->setText(QStringLiteral("15-07-2025"));
        dialog.findChild<QComboBox *>(QStringLiteral("shelterCombo"))->setCurrentIndex(3); // not arranged
        dialog.accept();
        return dialog.result();
    });
    detail.addDischarge();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().contains(QStringLiteral("Kliniek De Berk")));
    DialogRunner::clearQueued();
}
