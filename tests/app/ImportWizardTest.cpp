#include "AppTestSupport.h"

#include "FileDialog.h"
#include "DialogRunner.h"
#include "importing/ImportBatchesDialog.h"
#include "importing/ImportWizard.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

const QByteArray header = "signaal_id;signaalpartner;partner_naam;signaaldatum;ontstaansdatum;bedrag;crisissignaal;"
                          "warme_overdracht;bsn;voorletters;voornaam;voorvoegsel;achternaam;geboortedatum;straat;huisnummer;"
                          "toevoeging;postcode;plaats\r\n";

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

} // namespace

TEST_CASE("The import wizard checks, imports and reports skipped rows; a second run adds nothing", "[app][gui][import]")
{
    AppFixture f;
    f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, QStringLiteral("999990019"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("signalen.csv"),
                                   header + "S1;Huur;Zonnehof;2025-05-01;2025-03-01;1.234,56;nee;nee;999990019;A.;;;Visser;;;;;;\r\n"
                                            "S2;Huur;Zonnehof;2025-05-01;;12;nee;nee;;;;;;;;;;;\r\n");

    for (int round = 0; round < 2; ++round) {
        ImportWizard wizard(*f.db, f.session, f.clock);
        wizard.restart();
        wizard.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
        wizard.next();
        REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
        auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
        CHECK(mapping->rowCount() > 10);

        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        wizard.next();
        REQUIRE(checked.wait(10000));
        CHECK(wizard.findChild<QLabel *>(QStringLiteral("checkSummary"))->text().contains(QStringLiteral("1 rows can be imported")));
        CHECK(wizard.findChild<QTableWidget *>(QStringLiteral("checkRejects"))->rowCount() >= 1);

        QSignalSpy imported(&wizard, &ImportWizard::importFinished);
        wizard.next();
        REQUIRE(imported.wait(10000));
        CHECK(wizard.summary().imported == (round == 0 ? 1 : 0));
        CHECK(wizard.summary().duplicates == (round == 0 ? 0 : 1));
        CHECK(wizard.summary().rejected >= 1);
        CHECK(wizard.findChild<QTableWidget *>(QStringLiteral("runRejects"))->rowCount() == wizard.summary().rejected);

        const QString report = dir.filePath(QStringLiteral("overgeslagen-%1.csv").arg(round));
        FileDialog::setNextFileName(report);
        wizard.saveRejects();
        QFile saved(report);
        REQUIRE(saved.open(QIODevice::ReadOnly));
        CHECK(saved.readAll().contains("signalen.csv;3;"));
    }
}

TEST_CASE("The import wizard refuses an unusable file on its first page", "[app][gui][import]")
{
    AppFixture f;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("leeg.csv"), QByteArray());
    ImportWizard wizard(*f.db, f.session, f.clock);
    wizard.restart();
    wizard.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::FilePage);
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("fileErrorLabel"))->text().contains(QStringLiteral("leeg.csv")));
}

TEST_CASE("Import batches are listed and an untouched one is withdrawn after confirming", "[app][gui][import]")
{
    AppFixture f;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("nieuw.csv"),
                                   header + "S1;Huur;Zonnehof;2025-05-01;;100;nee;nee;;N.;;;Nieuwkomer;;Stationsweg;4;;7426 AB;Lindewaarde\r\n");
    {
        ImportWizard wizard(*f.db, f.session, f.clock);
        wizard.restart();
        wizard.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
        wizard.next();
        QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
        wizard.next();
        REQUIRE(checked.wait(10000));
        QSignalSpy imported(&wizard, &ImportWizard::importFinished);
        wizard.next();
        REQUIRE(imported.wait(10000));
        REQUIRE(wizard.summary().newHouseholds == 1);
    }
    ImportBatchesDialog dialog(*f.db, f.session, f.clock);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("batchesTable"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 2)->text() == QStringLiteral("nieuw.csv"));
    table->selectRow(0);
    DialogRunner::setNextConfirmation(false);
    dialog.withdrawSelected();
    CHECK_FALSE(dialog.changed());
    DialogRunner::setNextConfirmation(true);
    dialog.withdrawSelected();
    CHECK(dialog.changed());
    CHECK_FALSE(table->item(0, 8)->text().isEmpty()); // withdrawn, by whom and when
    CHECK(f.service.get(1).error().code == ErrorCode::NotFound); // the household it made went with it
    DialogRunner::clearQueued();
}
