#include "AppTestSupport.h"

#include "../dashboard/DashboardFixture.h"
#include "../render/PdfTools.h"
#include "DataChanges.h"
#include "FileDialog.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DrillDownModel.h"
#include "settings/OrganisationDialog.h"
#include "settings/OrganisationService.h"

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChartView>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

using namespace vangnet;
using namespace vangnet::dashboard;
using vangnet::test::DashboardFixture;

namespace {

void computeAndWait(DashboardPage &page)
{
    QSignalSpy computed(&page, &DashboardPage::computed);
    page.refresh();
    test::waitFor(computed);
}

/// Clicks the figure's number and waits for its list.
qsizetype clickAndList(DashboardPage &page, Metric metric, const std::optional<QString> &group = std::nullopt)
{
    QSignalSpy listed(&page, &DashboardPage::drilledDown);
    REQUIRE(page.clickFigure(metric, group));
    test::waitFor(listed);
    return page.drillModel().rowCount();
}

} // namespace

TEST_CASE_METHOD(DashboardFixture, "The team lead opens last week and clicks one caseworker's overdue count", "[app][dashboard]")
{
    DataChanges changes;
    DashboardPage page(*db, teamLeadA, clock, changes);
    QAbstractItemModelTester tester(&page.drillModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    computeAndWait(page);
    INFO(page.statusText().toStdString());
    REQUIRE(page.dashboard().has_value());
    CHECK(page.selectedWeek().key() == QStringLiteral("2026-W47")); // the last complete week
    CHECK(page.figureText(Metric::OpenCases) == QStringLiteral("3"));
    CHECK(page.figureText(Metric::OverdueByCaseworker, QStringLiteral("consulent-a2")) == QStringLiteral("1"));
    CHECK(page.figureText(Metric::SignalsByPartner, QStringLiteral("Huur")) == QStringLiteral("2"));

    CHECK(clickAndList(page, Metric::OverdueByCaseworker, QStringLiteral("consulent-a2")) == 1);
    CHECK(page.drillModel().householdAt(0) == h2.first);
    CHECK(page.drillTitle().contains(QStringLiteral("2026-W47")));
    // Every number that drills down lists as many rows as it says.
    CHECK(clickAndList(page, Metric::SignalsByPartner) == 3);
    CHECK(clickAndList(page, Metric::NewFlagsBySeverity) == 2);
    CHECK(clickAndList(page, Metric::FirstContact, groupOutsideNorm) == 1);
    CHECK(clickAndList(page, Metric::Discharges60) == 2);
    CHECK(clickAndList(page, Metric::Resignal6m, groupResignalled) == 1);

    // A bar of the partner chart lists that partner's signals.
    QBarSet *bars = nullptr;
    for (QChartView *view : page.findChildren<QChartView *>())
        if (view->accessibleName() == metricLabel(Metric::SignalsByPartner))
            for (QAbstractSeries *series : view->chart()->series())
                if (auto *barSeries = qobject_cast<QAbstractBarSeries *>(series))
                    bars = barSeries->barSets().value(0);
    REQUIRE(bars);
    QSignalSpy listed(&page, &DashboardPage::drilledDown);
    Q_EMIT bars->clicked(0); // the smallest bar is at the bottom: Energie
    test::waitFor(listed);
    CHECK(page.drillModel().rowCount() == 1);
    CHECK(page.drillModel().householdAt(0) == h2.first);

    // Opening a listed household asks the main window for it.
    QSignalSpy opened(&page, &DashboardPage::householdRequested);
    auto *table = page.findChild<QTableView *>(QStringLiteral("drillTable"));
    table->setCurrentIndex(page.drillModel().index(0, 0));
    page.findChild<QPushButton *>(QStringLiteral("openButton"))->click();
    REQUIRE(opened.size() == 1);
    CHECK(opened.first().first().toLongLong() == h2.first);

    // Every widget has an accessible name.
    for (QWidget *w : page.findChildren<QWidget *>()) {
        if (w->objectName().startsWith(QLatin1String("qt_")) || !w->isVisibleTo(&page) || qobject_cast<QHeaderView *>(w))
            continue;
        if (qobject_cast<QComboBox *>(w) || qobject_cast<QPushButton *>(w) || qobject_cast<QAbstractItemView *>(w)
            || qobject_cast<QChartView *>(w)) {
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    }
    if (const QString dir = qEnvironmentVariable("VANGNET_SCREENSHOTS"); !dir.isEmpty()) { // to look at it
        page.resize(1400, 900);
        page.show();
        QCoreApplication::processEvents();
        page.grab().save(dir + QStringLiteral("/dashboard.png"));
    }
}

TEST_CASE_METHOD(DashboardFixture, "The dashboard exports to a PDF with the municipality and Confidential", "[app][dashboard]")
{
    const settings::OrganisationService organisation(*db, clock, users.admin());
    REQUIRE(organisation.setMunicipality(QStringLiteral("Gemeente Vangstad")).ok());
    QImage logo(90, 30, QImage::Format_RGB32);
    logo.fill(QColor(0x2e, 0x7d, 0x32));
    QByteArray png;
    QBuffer buffer(&png);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(logo.save(&buffer, "PNG"));
    REQUIRE(organisation.setLogo(png).ok());
    DataChanges changes;
    DashboardPage page(*db, teamLeadA, clock, changes);
    computeAndWait(page);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("week47.pdf"));
    FileDialog::setNextFileName(file);
    QSignalSpy exported(&page, &DashboardPage::exported);
    page.exportPdf();
    test::waitFor(exported);
    INFO(page.lastExportMessage().toStdString());
    REQUIRE(exported.first().first().toBool());
    const QString text = test::pdfText(file);
    INFO(text.left(600).toStdString());
    CHECK(text.contains(QStringLiteral("Gemeente Vangstad")));
    CHECK(text.contains(QStringLiteral("Confidential")));
    CHECK(text.contains(QStringLiteral("Weekly overview week 47, 2026")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
    CHECK_FALSE(text.contains(QStringLiteral("Aarts"))); // counts only, no household named
    int code = -1;
    test::runPdfTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), file}, &code);
    CHECK(code == 0);
    // The logo is on the first page: one image in the whole report.
    const QString images = test::runPdfTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file}, &code);
    CHECK(code == 0);
    CHECK(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() == 3); // two header lines, one image
    CHECK(images.contains(QStringLiteral("   1 ")));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND object_type = 'dashboard' "
                               "AND detail = 'dashboard:2026-W47 format:pdf'")) == 1);

    // A file in a folder that does not exist: said at once, nothing written.
    FileDialog::setNextFileName(dir.filePath(QStringLiteral("missing/week.pdf")));
    exported.clear();
    page.exportPdf();
    REQUIRE(exported.size() == 1);
    CHECK_FALSE(exported.first().first().toBool());
    CHECK_FALSE(page.lastExportMessage().isEmpty());
}

TEST_CASE_METHOD(DashboardFixture, "Another week is computed when chosen, and the page follows data changes", "[app][dashboard]")
{
    DataChanges changes;
    DashboardPage page(*db, teamLeadA, clock, changes);
    computeAndWait(page);
    QSignalSpy computed(&page, &DashboardPage::computed);
    REQUIRE(page.selectWeek(require(IsoWeek::parse(QStringLiteral("2026-W46")))));
    test::waitFor(computed);
    CHECK(page.figureText(Metric::SignalsByPartner) == QStringLiteral("1"));
    CHECK_FALSE(page.selectWeek(require(IsoWeek::parse(QStringLiteral("2026-W50"))))); // not yet begun
}

TEST_CASE_METHOD(DashboardFixture, "The beheerder sets the municipality and a logo for reports", "[app][dashboard]")
{
    const settings::OrganisationService organisation(*db, clock, users.admin());
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(QColor(0x1f, 0x3a, 0x5f));
    REQUIRE(image.save(png));
    const QString text = dir.filePath(QStringLiteral("logo.txt"));
    {
        QFile out(text);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write("geen plaatje");
    }
    OrganisationDialog dialog(organisation);
    dialog.setMunicipality(QStringLiteral("Gemeente Vangstad"));
    CHECK_FALSE(dialog.loadLogo(text));
    CHECK(dialog.errorText().contains(QStringLiteral("PNG or JPEG")));
    CHECK(dialog.loadLogo(png));
    CHECK(dialog.errorText().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto stored = require(organisation.settings());
    CHECK(stored.municipality == QStringLiteral("Gemeente Vangstad"));
    CHECK(QImage::fromData(stored.logo).size() == QSize(120, 40));

    // A team lead's dialog is refused on saving, with the reason, and stores nothing.
    const settings::OrganisationService lead(*db, clock, teamLeadA);
    OrganisationDialog refused(lead);
    refused.setMunicipality(QStringLiteral("Elders"));
    refused.accept();
    CHECK(refused.result() != QDialog::Accepted);
    CHECK_FALSE(refused.errorText().isEmpty());
    CHECK(require(organisation.settings()).municipality == QStringLiteral("Gemeente Vangstad"));
}
