#include "AppTestSupport.h"
#include "PageLoad.h"

#include "DialogRunner.h"
#include "FileDialog.h"
#include "cases/CaseWindows.h"
#include "cases/WorkQueueModel.h"
#include "cases/WorkQueuePage.h"
#include "exports/HouseholdListSource.h"
#include "exports/ListExporter.h"
#include "exports/QueueListSource.h"
#include "exports/SignalListSource.h"
#include "exports/XlsxContent.h"
#include "households/HouseholdListModel.h"
#include "households/HouseholdsPage.h"
#include "signals/SignalsPage.h"
#include "support/CatchQt.h"

#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

/// The fixture's consulent with three households, a place to export to, and no real dialogs.
struct ExportGuiFixture : AppFixture {
    ExportGuiFixture()
    {
        FileDialog::setInteractive(false);
        FileDialog::clearQueued();
        bakker = addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 1, QStringLiteral("Centrum"));
        addHousehold(QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("7411 AB"), 2, QStringLiteral("Noord"));
        addHousehold(QStringLiteral("Mulder"), QStringLiteral("7412 CD"), 3, QStringLiteral("Noord"));
    }
    ~ExportGuiFixture() { FileDialog::clearQueued(); }

    /// Clicks the page's "Export…" and waits until the file is written (or the export failed).
    static QList<QVariant> clickExport(QWidget &page, ListExporter &exporter)
    {
        auto *button = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
        REQUIRE(button);
        CHECK_FALSE(button->accessibleName().isEmpty());
        QSignalSpy finished(&exporter, &ListExporter::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        waitFor(finished);
        REQUIRE(finished.size() == 1);
        return finished.first();
    }

    QTemporaryDir out;
    qint64 bakker = 0;
};

QStringList headersOf(const QAbstractItemModel &model)
{
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    return headers;
}

QStringList headersOf(const QList<exports::ListColumn> &columns)
{
    QStringList headers;
    for (const exports::ListColumn &column : columns)
        headers << column.header;
    return headers;
}

} // namespace

TEST_CASE_METHOD(ExportGuiFixture, "Export… on the households page writes the list it shows and says where",
                 "[app][gui][exports]")
{
    HouseholdsPage page(*db, session, service, clock);
    QSignalSpy loaded(&page.model(), &HouseholdListModel::loaded);
    waitFor(loaded);
    REQUIRE(page.model().rowCount() == 3);

    const QString xlsx = out.filePath(QStringLiteral("huishoudens.xlsx"));
    FileDialog::setNextFileName(xlsx);
    const QList<QVariant> outcome = clickExport(page, page.exporter());
    INFO(outcome.at(1).toString().toStdString());
    REQUIRE(outcome.at(0).toBool());
    CHECK(DialogRunner::lastInformation().contains(xlsx));
    CHECK(page.exporter().lastMessage() == QStringLiteral("3 row(s) written to %1.").arg(xlsx));
    // In the list's order (by name), as the screen shows it; the formula is text with an apostrophe.
    CHECK(xlsxCell(xlsx, QStringLiteral("A1")) == page.model().headerData(0, Qt::Horizontal).toString());
    CHECK(xlsxCell(xlsx, QStringLiteral("A2")) == QStringLiteral("'") + page.model().data(page.model().index(0, 0)).toString());
    CHECK(xlsxCell(xlsx, QStringLiteral("A4")) == page.model().data(page.model().index(2, 0)).toString());
    CHECK_FALSE(xlsxSheet(xlsx).contains(QStringLiteral("<f>")));

    SECTION("with the search applied, and a name without suffix becomes the chosen (default) format")
    {
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        // Return applies the search at once (typing waits for a pause); the export follows the list
        // once it shows the search's result.
        QSignalSpy searched(&page.model(), &HouseholdListModel::loaded);
        search->setText(QStringLiteral("Bakker"));
        QTest::keyClick(search, Qt::Key_Return);
        waitFor(searched);
        REQUIRE(page.model().rowCount() == 1);
        const QString named = out.filePath(QStringLiteral("bakker"));
        FileDialog::setNextFileName(named);
        REQUIRE(clickExport(page, page.exporter()).at(0).toBool());
        CHECK_FALSE(QFile::exists(named));
        CHECK(xlsxCell(named + QStringLiteral(".xlsx"), QStringLiteral("A2")) == QStringLiteral("Bakker, J."));
        CHECK(xlsxCell(named + QStringLiteral(".xlsx"), QStringLiteral("A3")).isEmpty());
    }
    SECTION("a folder that does not exist is refused before anything runs")
    {
        const QString missing = out.filePath(QStringLiteral("weg/lijst.csv"));
        FileDialog::setNextFileName(missing);
        CHECK_FALSE(page.exporter().run({}, QStringLiteral("huishoudens")));
        CHECK(DialogRunner::lastWarning().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(missing));
    }
    SECTION("cancelling the file dialog starts nothing")
    {
        CHECK_FALSE(page.exporter().run({}, QStringLiteral("huishoudens")));
        CHECK_FALSE(page.exporter().isRunning());
    }
}

TEST_CASE_METHOD(ExportGuiFixture, "Export… on the signals page writes every signal its filters match, as CSV",
                 "[app][gui][exports]")
{
    const Household household = *service.get(bakker);
    for (const auto &[id, type, day] : {std::tuple{QStringLiteral("S-1"), importing::PartnerType::Huur, 2},
                                        std::tuple{QStringLiteral("S-2"), importing::PartnerType::Energie, 20}}) {
        importing::SignalRow row;
        row.signalId = id;
        row.partnerType = type;
        row.signalDate = QDate(2025, 5, day);
        row.amountCents = 4200;
        auto added = service.addSignal(bakker, household.members.first().id, row);
        INFO((added ? std::string() : added.error().message.toStdString()));
        REQUIRE(added.ok());
    }
    SignalsPage page(*db, session, clock);
    waitUntilLoaded(page);
    REQUIRE(page.rowCount() == 2);
    auto *partner = page.findChild<QComboBox *>(QStringLiteral("partnerCombo"));
    partner->setCurrentIndex(partner->findData(QStringLiteral("Energie")));
    waitUntilLoaded(page);
    REQUIRE(page.rowCount() == 1);

    const QString csv = out.filePath(QStringLiteral("signalen.csv"));
    FileDialog::setNextFileName(csv);
    REQUIRE(clickExport(page, page.exporter()).at(0).toBool());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArrayLiteral("\xEF\xBB\xBF"
                                              "Signal date;Partner;Amount;Household;District;Status;Marks\r\n"
                                              "20-05-2025;Energie;42,00;Bakker, J.;Centrum;New;\r\n"));
}

TEST_CASE_METHOD(ExportGuiFixture, "Export… on the work queue page writes the queue under its filters",
                 "[app][gui][exports]")
{
    importing::SignalRow row;
    row.signalId = QStringLiteral("Q-1");
    row.partnerType = importing::PartnerType::Huur;
    row.signalDate = clock.today().addDays(-3);
    REQUIRE(service.addSignal(bakker, service.get(bakker)->members.first().id, row).ok());
    QWidget owner;
    CaseWindows windows(*db, session, clock, &owner);
    WorkQueuePage page(*db, session, clock, windows);
    QSignalSpy loaded(&page, &WorkQueuePage::loaded);
    waitFor(loaded);
    REQUIRE(page.model().rowCount() == 1);

    const QString csv = out.filePath(QStringLiteral("werkvoorraad.csv"));
    FileDialog::setNextFileName(csv);
    REQUIRE(clickExport(page, page.exporter()).at(0).toBool());
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    REQUIRE(lines.size() == 3); // header, Bakker, and the empty rest after the last CRLF
    CHECK(lines[1].startsWith("No flag;Bakker, J.;Centrum;Signal not taken up yet (no rule flags it);No case yet;Unassigned;"));

    page.setScope(cases::QueueFilter::Scope::Mine); // nothing of Carla's yet: the export is empty too
    FileDialog::setNextFileName(csv);
    REQUIRE(clickExport(page, page.exporter()).at(0).toBool());
    CHECK(page.exporter().lastMessage().startsWith(QStringLiteral("0 row(s) written")));
}

TEST_CASE("The exports have the columns and titles of the screens", "[app][gui][exports]")
{
    AppFixture f;
    exports::HouseholdListSource households(f.db->connection(), f.session, {});
    HouseholdListModel householdModel(*f.db, f.session);
    CHECK(headersOf(households.columns()) == headersOf(householdModel));

    SignalsPage signalsPage(*f.db, f.session, f.clock);
    exports::SignalListSource signalsList(f.db->connection(), f.session, {});
    CHECK(headersOf(signalsList.columns()) == headersOf(*signalsPage.findChild<QTableWidget *>(QStringLiteral("signalsTable"))->model()));

    // The queue's "next deadline" column becomes three: its date, its state and which deadline.
    exports::QueueListSource queue(*f.db, f.clock, f.session, {}, {});
    QStringList screen = headersOf(WorkQueueModel());
    screen.insert(WorkQueueModel::NextDeadline + 1, QStringLiteral("Deadline state"));
    screen.insert(WorkQueueModel::NextDeadline + 2, QStringLiteral("Deadline"));
    CHECK(headersOf(queue.columns()) == screen);
}
