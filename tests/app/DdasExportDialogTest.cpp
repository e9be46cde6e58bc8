#include "AppTestSupport.h"

#include "DialogRunner.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "audit/AuditLog.h"
#include "ddas/DdasExportDialog.h"
#include "ddas/MunicipalityRepository.h"
#include "ddas/DdasSchemaCheck.h"
#include "storage/SqlStatement.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

struct DdasGuiFixture : AppFixture {
    DdasGuiFixture()
        : lead(addUser(QStringLiteral("tom"), QStringLiteral("Tom Leider"), Role::Teamleider, team.id))
    {
        QSettings().remove(QStringLiteral("ddas"));
        FileDialog::setInteractive(false);
        FileDialog::clearQueued();
    }
    ~DdasGuiFixture() { FileDialog::clearQueued(); }

    /// A May 2025 signal of Carla's team in a case, and a case without signals.
    void addMay()
    {
        // Addresses without a wijk lie in municipality 0518.
        REQUIRE(MunicipalityRepository(db->connection()).set({{}, QStringLiteral("0518"), clock.now(), QStringLiteral("test")}).ok());
        const qint64 household = addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 3);
        auto stored = service.get(household);
        REQUIRE(stored.ok());
        importing::SignalRow row;
        row.signalId = QStringLiteral("MEI-1");
        row.partnerType = importing::PartnerType::Water;
        row.partnerName = QStringLiteral("Waterbedrijf");
        row.signalDate = QDate(2025, 5, 12);
        row.amountCents = 23456;
        auto signal = service.addSignal(household, stored->members[0].id, row);
        REQUIRE(signal.ok());
        const QString insertCase = QStringLiteral(
            "INSERT INTO cases (household_id, status, origin, opened_on, opened_at, opened_by, updated_at, updated_by) "
            "VALUES (?, 'nieuw', ?, '2025-05-13', '2025-05-13T09:00:00Z', 'carla', '2025-05-13T09:00:00Z', 'carla') "
            "RETURNING id");
        auto withSignal = runSql(db->connection(), insertCase, {household, QStringLiteral("signal")});
        REQUIRE(withSignal.ok());
        REQUIRE(withSignal->next());
        REQUIRE(runSql(db->connection(), QStringLiteral("INSERT INTO case_signals (case_id, signal_id) VALUES (?, ?)"),
            {withSignal->value(0), *signal})
                    .ok());
        REQUIRE(runSql(db->connection(), insertCase, {household, QStringLiteral("manual")}).ok());
    }

    Session lead;
    QTemporaryDir out;
};

template <typename T> T *child(const QWidget &parent, const char *name)
{
    auto *found = parent.findChild<T *>(QLatin1String(name));
    INFO(name);
    REQUIRE(found);
    return found;
}

QPushButton *exportButton(const DdasExportDialog &dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("The last full month is the default DDAS period", "[app][gui][ddas]")
{
    using Range = std::pair<QDate, QDate>;
    CHECK(DdasExportDialog::lastFullMonth(QDate(2025, 6, 1)) == Range{QDate(2025, 5, 1), QDate(2025, 5, 31)});
    CHECK(DdasExportDialog::lastFullMonth(QDate(2025, 1, 15)) == Range{QDate(2024, 12, 1), QDate(2024, 12, 31)});
    CHECK(DdasExportDialog::lastFullMonth(QDate(2024, 3, 31)) == Range{QDate(2024, 2, 1), QDate(2024, 2, 29)});
}

TEST_CASE("Only a team lead finds the DDAS delivery in the File menu", "[app][gui][ddas]")
{
    DdasGuiFixture f;
    {
        MainWindow window(*f.db, f.session, f.service, f.auth, f.worker, f.clock);
        CHECK_FALSE(child<QAction>(window, "actionDdasExport")->isVisible());
    }
    HouseholdService leadService(*f.db, f.clock, f.lead);
    MainWindow window(*f.db, f.lead, leadService, f.auth, f.worker, f.clock);
    QAction *action = child<QAction>(window, "actionDdasExport");
    CHECK(action->isVisible());
    CHECK(action->text().remove(QLatin1Char('&')) == QStringLiteral("Export DDAS delivery…"));
    bool opened = false;
    DialogRunner::setNextHandler([&opened](QDialog &dialog) {
        opened = qobject_cast<DdasExportDialog *>(&dialog) != nullptr;
        return int(QDialog::Rejected);
    });
    action->trigger();
    CHECK(opened);
}

TEST_CASE("The DDAS dialog exports the period off the GUI thread and shows the counts", "[app][gui][ddas]")
{
    DdasGuiFixture f;
    f.addMay();
    const QString file = f.out.filePath(QStringLiteral("ddas-mei.json"));
    {
        DdasExportDialog dialog(*f.db, f.lead, f.clock);
        CHECK(child<QDateEdit>(dialog, "fromEdit")->date() == QDate(2025, 5, 1));
        CHECK(child<QDateEdit>(dialog, "toEdit")->date() == QDate(2025, 5, 31));
        CHECK(child<QLineEdit>(dialog, "gemeentecodeEdit")->text().isEmpty());

        SECTION("an unusable municipality code is refused before anything runs")
        {
            child<QLineEdit>(dialog, "gemeentecodeEdit")->setText(QStringLiteral("51"));
            child<QLineEdit>(dialog, "fileEdit")->setText(file);
            exportButton(dialog)->click();
            CHECK_FALSE(dialog.isRunning());
            CHECK(dialog.resultText().contains(QLatin1String("four digits")));
            CHECK_FALSE(QFile::exists(file));
            return;
        }

        child<QLineEdit>(dialog, "gemeentecodeEdit")->setText(QStringLiteral("0518"));
        CHECK(child<QLineEdit>(dialog, "organisatieEdit")->placeholderText() == QStringLiteral("Gemeente 0518"));
        CHECK(child<QLineEdit>(dialog, "fileEdit")
                  ->text()
                  .endsWith(QLatin1String("ddas-0518-2025-05-01-2025-05-31.json")));
        FileDialog::setNextFileName(file);
        child<QPushButton>(dialog, "browseButton")->click();
        CHECK(child<QLineEdit>(dialog, "fileEdit")->text() == file);

        QSignalSpy finished(&dialog, &DdasExportDialog::finished);
        exportButton(dialog)->click();
        CHECK(dialog.isRunning());
        CHECK_FALSE(exportButton(dialog)->isEnabled());
        REQUIRE(finished.wait(30000));
        CHECK(finished.first().first().toBool());
        CHECK_FALSE(dialog.isRunning());
        INFO(dialog.resultText().toStdString());
        CHECK(dialog.resultText().contains(QLatin1String("Signals: 1. Cases: 1.")));
        CHECK(dialog.resultText().contains(QLatin1String("1 case(s) without signals")));
        CHECK(exportButton(dialog)->isEnabled());

        // The delivery is kept: listed at once, and a copy is the file as written.
        auto *kept = child<QTableWidget>(dialog, "keptTable");
        REQUIRE(kept->rowCount() == 1);
        CHECK(kept->item(0, 2)->text() == QStringLiteral("0518"));
        CHECK(kept->item(0, 3)->text() == QStringLiteral("1"));
        const QString copy = f.out.filePath(QStringLiteral("kopie.json"));
        FileDialog::setNextFileName(copy);
        child<QPushButton>(dialog, "saveCopyButton")->click();
        INFO(dialog.resultText().toStdString());
        QFile original(file);
        QFile copied(copy);
        REQUIRE(original.open(QIODevice::ReadOnly));
        REQUIRE(copied.open(QIODevice::ReadOnly));
        CHECK(copied.readAll() == original.readAll());
    }
    REQUIRE(QFile::exists(file));
    const SchemaCheck check = checkAgainstSchema(file);
    INFO(check.output.toStdString());
    CHECK(check.exitCode == 0);
    AuditQuery q;
    q.objectType = QStringLiteral("ddas");
    auto events = AuditLog(*f.db, f.clock).find(f.admin, q);
    REQUIRE(events.ok());
    REQUIRE(events->size() == 1);
    CHECK(events->first().actorName == QStringLiteral("tom"));

    // The municipality code is remembered for the next delivery.
    DdasExportDialog again(*f.db, f.lead, f.clock);
    CHECK(child<QLineEdit>(again, "gemeentecodeEdit")->text() == QStringLiteral("0518"));
}

TEST_CASE("A caseworker's DDAS export is refused by the core and shown in the dialog", "[app][gui][ddas]")
{
    DdasGuiFixture f;
    DdasExportDialog dialog(*f.db, f.session, f.clock);
    child<QLineEdit>(dialog, "gemeentecodeEdit")->setText(QStringLiteral("0518"));
    child<QLineEdit>(dialog, "fileEdit")->setText(f.out.filePath(QStringLiteral("ddas.json")));
    QSignalSpy finished(&dialog, &DdasExportDialog::finished);
    exportButton(dialog)->click();
    REQUIRE(finished.wait(30000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(dialog.resultText().contains(QLatin1String("does not allow")));
    CHECK(QDir(f.out.path()).isEmpty());
}

TEST_CASE("The DDAS dialog names every widget for assistive technology", "[app][gui][ddas]")
{
    DdasGuiFixture f;
    DdasExportDialog dialog(*f.db, f.lead, f.clock);
    for (QWidget *w : dialog.findChildren<QWidget *>()) {
        if (qobject_cast<QLabel *>(w) && w->objectName().endsWith(QLatin1String("Label"))
            && w->objectName() != QLatin1String("introLabel") && w->objectName() != QLatin1String("resultLabel"))
            continue; // form labels name their buddies
        if (w->objectName().isEmpty() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        INFO(w->objectName().toStdString());
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
    for (QPushButton *button : child<QDialogButtonBox>(dialog, "buttons")->findChildren<QPushButton *>())
        CHECK_FALSE(button->accessibleName().isEmpty());
}
