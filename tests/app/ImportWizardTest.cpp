#include "AppTestSupport.h"

#include "FileDialog.h"
#include "DialogRunner.h"
#include "importing/ColumnMappingTable.h"
#include "importing/ImportBatchesDialog.h"
#include "importing/ImportFiles.h"
#include "importing/ImportWizard.h"
#include "rules/RulesService.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <memory>

using namespace vangnet;
using namespace vangnet::test;

namespace {

const QByteArray header = "signaal_id;signaalpartner;partner_naam;signaaldatum;ontstaansdatum;bedrag;crisissignaal;"
                          "warme_overdracht;bsn;voorletters;voornaam;voorvoegsel;achternaam;geboortedatum;straat;huisnummer;"
                          "toevoeging;postcode;plaats\r\n";

/// A platform's own export: other names for the columns, in another order, and fields missing.
const QByteArray platformFile = "Kenmerk;Datum signaal;Naam;Soort schuldeiser;BSN nummer;Achterstand\r\n"
                                "X1;2025-05-02;Visser;Energie;999990019;250,00\r\n"
                                "X2;2025-05-03;Jansen;Huur;;80\r\n"; // no BSN, no address: skipped

ColumnMappingTable &mappingOf(const ImportWizard &wizard)
{
    auto *table = wizard.findChild<ColumnMappingTable *>(QStringLiteral("mappingTable"));
    REQUIRE(table);
    return *table;
}

/// Picks `column` (as the combo box shows it) for the field `key` on the mapping page.
void choose(const ImportWizard &wizard, const QString &key, const QString &column)
{
    QComboBox *combo = mappingOf(wizard).comboFor(key);
    REQUIRE(combo);
    const int index = combo->findText(column);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

QString shownProblem(const ImportWizard &wizard)
{
    return wizard.findChild<QLabel *>(QStringLiteral("mappingProblemLabel"))->text();
}

bool nextEnabled(const ImportWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

/// Opens `path` in a fresh wizard (the profile `profile` chosen, "" = the built-in one) and goes to
/// the mapping page.
void openOnMappingPage(ImportWizard &wizard, const QString &path, const QString &profile = {})
{
    wizard.restart();
    if (!profile.isEmpty()) {
        auto *profiles = wizard.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        REQUIRE(profiles->findText(profile) >= 0);
        profiles->setCurrentIndex(profiles->findText(profile));
    }
    wizard.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
}

/// Checks and imports from the mapping page on.
void checkAndImport(ImportWizard &wizard)
{
    QSignalSpy checked(&wizard, &ImportWizard::checkFinished);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    REQUIRE(checked.wait(10000));
    QSignalSpy imported(&wizard, &ImportWizard::importFinished);
    wizard.next();
    REQUIRE(imported.wait(10000));
}

/// Maps the platform file's columns by hand.
void mapPlatformColumns(const ImportWizard &wizard)
{
    choose(wizard, QStringLiteral("signaal_id"), QStringLiteral("Kenmerk"));
    choose(wizard, QStringLiteral("signaalpartner"), QStringLiteral("Soort schuldeiser"));
    choose(wizard, QStringLiteral("signaaldatum"), QStringLiteral("Datum signaal"));
    choose(wizard, QStringLiteral("achternaam"), QStringLiteral("Naam"));
    choose(wizard, QStringLiteral("bsn"), QStringLiteral("BSN nummer"));
    choose(wizard, QStringLiteral("bedrag"), QStringLiteral("Achterstand"));
}

/// The profile mapPlatformColumns() makes, under `name`.
importing::ImportProfile platformProfile(const QString &name)
{
    importing::ImportProfile profile;
    profile.name = name;
    profile.kind = importing::ImportProfile::Kind::Signals;
    profile.columns = {{QStringLiteral("signaal_id"), QStringLiteral("Kenmerk")},
                       {QStringLiteral("signaalpartner"), QStringLiteral("Soort schuldeiser")},
                       {QStringLiteral("signaaldatum"), QStringLiteral("Datum signaal")},
                       {QStringLiteral("achternaam"), QStringLiteral("Naam")},
                       {QStringLiteral("bsn"), QStringLiteral("BSN nummer")},
                       {QStringLiteral("bedrag"), QStringLiteral("Achterstand")}};
    return profile;
}

/// Answers the next name question with `name`.
void answerName(const QString &name)
{
    DialogRunner::setNextHandler([name](QDialog &dialog) {
        auto *ask = qobject_cast<QInputDialog *>(&dialog);
        REQUIRE(ask);
        ask->setTextValue(name);
        return int(QDialog::Accepted);
    });
}

} // namespace

TEST_CASE("The import wizard checks, imports and reports skipped rows, and a second run adds nothing", "[app][gui][import]")
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
    {
        // Another team's caseworker sees none of it: a batch is its importer's team's.
        const Team zuid = *f.auth.createTeam(f.admin, QStringLiteral("Team Zuid"));
        const Session other = f.addUser(QStringLiteral("zoe"), QStringLiteral("Zoë Zuid"), Role::Consulent, zuid.id);
        ImportBatchesDialog theirs(*f.db, other, f.clock);
        CHECK(theirs.findChild<QTableWidget *>(QStringLiteral("batchesTable"))->rowCount() == 0);
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

TEST_CASE("A file with other column names imports once its columns are chosen by hand", "[app][gui][import]")
{
    AppFixture f;
    const qint64 visser = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {},
                                         QStringLiteral("999990019"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("platform-x.csv"), platformFile);
    ImportWizard wizard(*f.db, f.session, f.clock);
    openOnMappingPage(wizard, path); // the built-in profile finds none of the required columns

    ColumnMappingTable &mapping = mappingOf(wizard);
    REQUIRE(mapping.rowCount() == 19); // every signal field
    QComboBox *partner = mapping.comboFor(QStringLiteral("signaalpartner"));
    REQUIRE(partner);
    CHECK(partner->currentText() == QStringLiteral("(choose a column)"));
    CHECK(partner->count() == 1 + 6); // the file's six columns
    CHECK(partner->accessibleName() == QStringLiteral("Column in the file for Signal partner (kind of creditor)"));
    CHECK(mapping.comboFor(QStringLiteral("plaats"))->currentText() == QStringLiteral("(not in file)"));
    CHECK_FALSE(nextEnabled(wizard));

    mapPlatformColumns(wizard);
    CHECK(shownProblem(wizard).isEmpty());
    CHECK(nextEnabled(wizard));
    CHECK(wizard.readingProfile().columns == platformProfile({}).columns);

    checkAndImport(wizard);
    CHECK(wizard.summary().read == 2);
    CHECK(wizard.summary().imported == 1);
    CHECK(wizard.summary().matched == 1);
    CHECK(wizard.summary().rejected == 1);
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT s.partner_signal_id, s.partner_type, s.signal_date, s.amount_cents, "
                                  "s.household_id, b.profile FROM signals s JOIN import_batches b ON b.id = s.batch_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("X1"));
    CHECK(q.value(1).toString().contains(QStringLiteral("nergie")));
    CHECK(q.value(2).toString().startsWith(QStringLiteral("2025-05-02")));
    CHECK(q.value(3).toLongLong() == 25000);
    CHECK(q.value(4).toLongLong() == visser);
    CHECK(q.value(5).toString() == QStringLiteral("Vangnet signalen (edited)"));
    CHECK_FALSE(q.next());
}

TEST_CASE("A required field without a column, or a column chosen twice, keeps Next disabled and says why",
          "[app][gui][import]")
{
    AppFixture f;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("signalen.csv"),
                                   header + "S1;Huur;Zonnehof;2025-05-01;;12;nee;nee;999990019;A.;;;Visser;;;;;;\r\n");
    ImportWizard wizard(*f.db, f.session, f.clock);
    openOnMappingPage(wizard, path);
    REQUIRE(mappingOf(wizard).comboFor(QStringLiteral("achternaam"))->currentText() == QStringLiteral("achternaam"));
    CHECK(shownProblem(wizard).isEmpty());
    CHECK(nextEnabled(wizard));

    SECTION("a required field")
    {
        choose(wizard, QStringLiteral("achternaam"), QStringLiteral("(choose a column)"));
        CHECK_FALSE(nextEnabled(wizard));
        CHECK(shownProblem(wizard) == QStringLiteral("Choose the column that holds the required field “Surname”."));
        wizard.next();
        CHECK(wizard.currentId() == ImportWizard::PreviewPage);
        choose(wizard, QStringLiteral("achternaam"), QStringLiteral("achternaam"));
        CHECK(nextEnabled(wizard));
        CHECK(shownProblem(wizard).isEmpty());
    }
    SECTION("neither the BSN nor the address")
    {
        choose(wizard, QStringLiteral("bsn"), QStringLiteral("(not in file)"));
        CHECK(nextEnabled(wizard)); // postcode and house number will do
        choose(wizard, QStringLiteral("postcode"), QStringLiteral("(not in file)"));
        CHECK_FALSE(nextEnabled(wizard));
        CHECK(shownProblem(wizard).contains(QStringLiteral("the BSN, or for both the postcode and the house number")));
        // "Not in file" is meant: the bsn column is not read even though it has the field's own name.
        CHECK(wizard.readingProfile().leftOut(QStringLiteral("bsn")));
    }
    SECTION("one column for two fields")
    {
        choose(wizard, QStringLiteral("voornaam"), QStringLiteral("achternaam"));
        CHECK_FALSE(nextEnabled(wizard));
        CHECK(shownProblem(wizard)
              == QStringLiteral("The column “achternaam” is chosen for more than one field (“First name”, “Surname”); a "
                                "column can feed only one field."));
        wizard.next();
        CHECK(wizard.currentId() == ImportWizard::PreviewPage);
        choose(wizard, QStringLiteral("voornaam"), QStringLiteral("voornaam"));
        CHECK(nextEnabled(wizard));
    }
}

TEST_CASE("Columns chosen by hand are saved as a profile and offered for the next file", "[app][gui][import]")
{
    AppFixture f;
    f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, QStringLiteral("999990019"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("platform-x.csv"), platformFile);
    importing::ProfileRepository profiles(f.db->connection());
    {
        ImportWizard wizard(*f.db, f.session, f.clock);
        openOnMappingPage(wizard, path);
        mapPlatformColumns(wizard);
        auto *save = wizard.findChild<QPushButton *>(QStringLiteral("saveProfileButton"));
        REQUIRE(save->isEnabled());
        CHECK(save->text() == QStringLiteral("Save as profile…"));

        answerName(QStringLiteral("Platform X"));
        save->click();
        auto stored = profiles.find(importing::ImportProfile::Kind::Signals, QStringLiteral("Platform X"));
        REQUIRE(stored.ok());
        CHECK(*stored == platformProfile(QStringLiteral("Platform X")));
        CHECK(DialogRunner::lastQuestion().isEmpty()); // a new name: nothing to confirm
        auto *choice = wizard.findChild<QComboBox *>(QStringLiteral("profileCombo"));
        CHECK(choice->currentText() == QStringLiteral("Platform X"));
        CHECK(wizard.readingProfile().name == QStringLiteral("Platform X")); // the batch names the saved profile

        // The same name again (in any case): replaced only when the user agrees.
        choose(wizard, QStringLiteral("bedrag"), QStringLiteral("(not in file)"));
        answerName(QStringLiteral("PLATFORM X"));
        DialogRunner::setNextConfirmation(false);
        save->click();
        CHECK(DialogRunner::lastQuestion().contains(QStringLiteral("“Platform X”")));
        CHECK(*profiles.find(importing::ImportProfile::Kind::Signals, QStringLiteral("Platform X"))
              == platformProfile(QStringLiteral("Platform X")));
        answerName(QStringLiteral("platform x"));
        DialogRunner::setNextConfirmation(true);
        save->click();
        auto replaced = profiles.list(importing::ImportProfile::Kind::Signals);
        REQUIRE(replaced.ok());
        REQUIRE(replaced->size() == 2); // the built-in one and this: replaced, not added beside it
        CHECK(replaced->at(1).name == QStringLiteral("platform x"));
        CHECK(replaced->at(1).leftOut(QStringLiteral("bedrag")));

        // The built-in name is reserved; the reason is shown.
        answerName(QStringLiteral("Vangnet signalen"));
        save->click();
        CHECK(DialogRunner::lastWarning().contains(QStringLiteral("built-in")));
        DialogRunner::clearQueued();
    }

    ImportWizard next(*f.db, f.session, f.clock);
    auto *choice = next.findChild<QComboBox *>(QStringLiteral("profileCombo"));
    REQUIRE(choice->findText(QStringLiteral("platform x")) >= 0);
    openOnMappingPage(next, path, QStringLiteral("platform x"));
    CHECK(mappingOf(next).comboFor(QStringLiteral("signaalpartner"))->currentText() == QStringLiteral("Soort schuldeiser"));
    CHECK(mappingOf(next).comboFor(QStringLiteral("bedrag"))->currentText() == QStringLiteral("(not in file)"));
    CHECK(nextEnabled(next));
    CHECK_FALSE(mappingOf(next).mapping()->edited());
    checkAndImport(next);
    CHECK(next.summary().imported == 1);
    QSqlQuery q(f.db->connection());
    REQUIRE(q.exec(QStringLiteral("SELECT s.amount_cents, b.profile FROM signals s JOIN import_batches b ON b.id = s.batch_id")));
    REQUIRE(q.next());
    CHECK(q.value(0).isNull()); // the replaced profile leaves the amount out
    CHECK(q.value(1).toString() == QStringLiteral("platform x"));
}

TEST_CASE("Saving a profile needs the permission to import", "[app][gui][import]")
{
    AppFixture f;
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("platform-x.csv"), platformFile);
    ImportWizard wizard(*f.db, f.admin, f.clock); // the administrator does not import
    openOnMappingPage(wizard, path);
    mapPlatformColumns(wizard);
    answerName(QStringLiteral("Platform X"));
    wizard.saveMappingAsProfile();
    CHECK(DialogRunner::lastWarning().startsWith(QStringLiteral("The profile “Platform X” was not saved: ")));
    CHECK(importing::ProfileRepository(f.db->connection()).list(importing::ImportProfile::Kind::Signals)->size() == 1);
    DialogRunner::clearQueued();
}

TEST_CASE("Discharge notices get their own fields and rules on the mapping page", "[app][gui][import]")
{
    AppFixture f;
    f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, QStringLiteral("999990019"));
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("uitstroom.csv"),
                                   "Soort;Verwacht;achternaam;bsn\r\ndetentie;2025-07-01;Visser;999990019\r\n");
    ImportWizard wizard(*f.db, f.session, f.clock);
    auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setCurrentIndex(kind->findData(static_cast<int>(importing::ImportProfile::Kind::Discharges)));
    openOnMappingPage(wizard, path);
    CHECK(mappingOf(wizard).rowCount() == 21);
    CHECK(mappingOf(wizard).comboFor(QStringLiteral("signaalpartner")) == nullptr);
    CHECK(shownProblem(wizard)
          == QStringLiteral("Choose the column that holds the required field “Institution type”.\n"
                            "Choose the column that holds the required field “Expected discharge date”."));
    CHECK_FALSE(nextEnabled(wizard));
    choose(wizard, QStringLiteral("instelling_type"), QStringLiteral("Soort"));
    choose(wizard, QStringLiteral("verwachte_uitstroomdatum"), QStringLiteral("Verwacht"));
    CHECK(nextEnabled(wizard));
    checkAndImport(wizard);
    for (const auto &reject : wizard.summary().rejects)
        UNSCOPED_INFO(reject.column.toStdString() << ": " << reject.reason.toStdString());
    CHECK(wizard.summary().imported == 1);
    CHECK(wizard.summary().matched == 1);
    CHECK(wizard.summary().rejected == 0);
}

TEST_CASE("The result page says how many notices a re-delivery updated and superseded", "[app][gui][import]")
{
    AppFixture f;
    f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, QStringLiteral("999990019"));
    QTemporaryDir dir;
    const QByteArray header = "melding_id;instelling_type;verwachte_uitstroomdatum;bsn;achternaam\r\n";
    const auto import = [&](const QString &name, const QByteArray &rows) {
        const QString path = writeFile(dir, name, header + rows);
        auto wizard = std::make_unique<ImportWizard>(*f.db, f.session, f.clock);
        auto *kind = wizard->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(static_cast<int>(importing::ImportProfile::Kind::Discharges)));
        openOnMappingPage(*wizard, path);
        checkAndImport(*wizard);
        return wizard;
    };
    const auto first = import(QStringLiteral("uitstroom-1.csv"), "M-1;detentie;2025-07-01;999990019;Visser\r\n");
    CHECK(first->summary().imported == 1);
    const QString plain = first->findChild<QLabel *>(QStringLiteral("runSummary"))->text();
    CHECK_FALSE(plain.contains(QStringLiteral("updated.")));
    CHECK_FALSE(plain.contains(QStringLiteral("superseded")));

    // M-1 moves a month; M-2 is a newer notice of the same kind of institution.
    const auto second = import(QStringLiteral("uitstroom-2.csv"), "M-1;detentie;2025-08-01;999990019;Visser\r\n"
                                                                  "M-2;detentie;2025-09-01;999990019;Visser\r\n");
    CHECK(second->summary().updated == 1);
    CHECK(second->summary().superseded == 1);
    const QString text = second->findChild<QLabel *>(QStringLiteral("runSummary"))->text();
    CHECK(text.contains(QStringLiteral("1 notice(s) updated.")));
    CHECK(text.contains(QStringLiteral("1 older notice(s) superseded.")));
}

TEST_CASE("After an import the signal rules evaluate the households it touched", "[app][gui][import][rules]")
{
    AppFixture f;
    const qint64 visser = f.addHousehold(QStringLiteral("Visser"), QStringLiteral("7411 AB"), 3, {}, QStringLiteral("999990019"));
    QTemporaryDir dir;
    // Rent and energy arrears within 90 days: the default rules flag the stack.
    const QString path = writeFile(dir, QStringLiteral("signalen.csv"),
                                   header + "S1;Huur;Zonnehof;2025-05-01;;1.234,56;nee;nee;999990019;A.;;;Visser;;;;;;\r\n"
                                            "S2;Energie;Stroomlijn;2025-05-10;;300;nee;nee;999990019;A.;;;Visser;;;;;;\r\n");
    ImportWizard wizard(*f.db, f.session, f.clock);
    wizard.restart();
    wizard.findChild<QLineEdit *>(QStringLiteral("pathEdit"))->setText(path);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    checkAndImport(wizard);
    REQUIRE(wizard.summary().imported == 2);
    CHECK(wizard.summary().households == QList<qint64>{visser});
    CHECK(wizard.findChild<QLabel *>(QStringLiteral("runSummary"))->text().contains(QStringLiteral("1 new flag")));

    auto flags = rules::RulesService(*f.db, f.clock, f.session).flagsOf(visser);
    REQUIRE(flags.ok());
    REQUIRE(flags->size() == 1);
    CHECK(flags->first().flag.ruleId == QStringLiteral("meerdere_achterstanden"));
}
