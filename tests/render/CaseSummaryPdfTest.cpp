#include "render/PdfTools.h"
#include "summary/CaseSummaryFixture.h"

#include "PdfRenderer.h"
#include "summary/CaseSummaryDocument.h"
#include "summary/CaseSummaryService.h"
#include "summary/PartnerRedaction.h"
#include "zrm/ZrmScale.h"

#include <QBuffer>
#include <QFile>
#include <QStandardPaths>
#include <QThread>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::summary;
using vangnet::test::CaseSummaryFixture;

namespace {

/// pdftotext and qpdf (scripts/setup.sh installs both); without them the PDF is not read back.
bool pdfToolsPresent()
{
    for (const QString &tool : {QStringLiteral("pdftotext"), QStringLiteral("qpdf")})
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            WARN("SKIPPED: " << tool.toStdString() << " is missing (scripts/setup.sh installs poppler-utils and qpdf)");
            return false;
        }
    return true;
}

/// qpdf's structural check of the file passes (exit code 0: no errors, no warnings).
void checkStructure(const QString &path)
{
    int code = -1;
    const QString report = vangnet::test::runPdfTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &code);
    INFO(report.toStdString());
    CHECK(code == 0);
}

/// pdftotext joins a table cell's lines with the columns beside it: compare without line breaks
/// and runs of spaces, which is how a reader meets the words too; the typesetter's ligatures
/// ("ﬁ") are letters again (NFKC).
QString flat(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

/// The text in the order it was drawn (pdftotext -raw): a table cell's lines stay together, so
/// a word wrapped inside a cell is not interleaved with its neighbours' words.
QString drawnText(const QString &path)
{
    int code = -1;
    const QString text = vangnet::test::runPdfTool(
        QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}, &code);
    REQUIRE(code == 0);
    return flat(text);
}

} // namespace

TEST_CASE_METHOD(CaseSummaryFixture, "The case summary PDFs hold their profile's content as text and pass qpdf --check",
    "[render][summary]")
{
    if (!pdfToolsPresent())
        return;
    const CaseSummaryService summaries(*db, clock, users.caseworkerA());
    const QString intern = out.filePath(QStringLiteral("intern.pdf"));
    const QString partner = out.filePath(QStringLiteral("partner.pdf"));
    require(summaries.write(householdId, SummaryProfile::Intern, intern, pdfRenderer()));
    require(summaries.write(householdId, SummaryProfile::Partner, partner, pdfRenderer()));
    if (qEnvironmentVariableIsSet("VANGNET_KEEP_PDF")) {
        QFile::copy(intern, qEnvironmentVariable("VANGNET_KEEP_PDF") + QStringLiteral("-intern.pdf"));
        QFile::copy(partner, qEnvironmentVariable("VANGNET_KEEP_PDF") + QStringLiteral("-partner.pdf"));
    }
    checkStructure(intern);
    checkStructure(partner);

    const QString internText = flat(vangnet::test::pdfText(intern));
    CHECK(internText.contains(QStringLiteral("Case summary")));
    CHECK(internText.contains(QStringLiteral("Confidential")));
    CHECK(internText.contains(QStringLiteral("*****0019")));
    CHECK_FALSE(internText.contains(QStringLiteral("999990019")));
    CHECK(internText.contains(QStringLiteral("Printed 24-11-2026")));
    CHECK(internText.contains(users.caseworkerA().user().displayName));
    CHECK(internText.contains(QStringLiteral("HUISHOUDEN-GEHEIM")));
    CHECK(internText.contains(QStringLiteral("PI Vangstad")));
    CHECK(internText.contains(QStringLiteral("Crisissignaal")));
    CHECK(internText.contains(zrm::domainLabel(u"geestelijke_gezondheid")));

    const QString partnerText = flat(vangnet::test::pdfText(partner)) + QLatin1Char('\n') + drawnText(partner);
    CHECK(partnerText.contains(QStringLiteral("Partner (minimised)")));
    CHECK_FALSE(partnerText.contains(QStringLiteral("99999")));
    CHECK_FALSE(partnerText.contains(QStringLiteral("0019")));
    CHECK_FALSE(partnerText.contains(QStringLiteral("0020")));
    for (const QString &marker : CaseSummaryFixture::noteMarkers()) {
        INFO(marker.toStdString());
        CHECK_FALSE(partnerText.contains(marker));
    }
    for (const QString &word : CaseSummaryFixture::specialWords()) {
        INFO(word.toStdString());
        CHECK_FALSE(partnerText.contains(word, Qt::CaseInsensitive));
    }
    for (const QString &domain : partnerHiddenZrmDomains())
        CHECK_FALSE(partnerText.contains(zrm::domainLabel(domain)));
    CHECK(partnerText.contains(QStringLiteral("Crisissignaal")));
    CHECK(partnerText.contains(QStringLiteral("Woonruimte na uitstroom")));
}

TEST_CASE_METHOD(CaseSummaryFixture, "The case summary renders on a worker thread", "[render][summary]")
{
    const CaseSummary summary
        = require(CaseSummaryService(*db, clock, users.caseworkerA()).gather(householdId, SummaryProfile::Intern));
    const ReportDocument document = caseSummaryDocument(summary);
    QByteArray bytes;
    Result<void> rendered = Error(ErrorCode::Io, QStringLiteral("not run"));
    // What the GUI's BackgroundTask does: QPdfWriter, QPainter and QTextDocument off the GUI thread.
    QThread *worker = QThread::create([&] {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        rendered = pdfRenderer()(document, buffer);
    });
    worker->start();
    REQUIRE(worker->wait(60000));
    delete worker;
    INFO((rendered ? std::string() : rendered.error().message.toStdString()));
    REQUIRE(rendered.ok());
    CHECK(bytes.startsWith("%PDF-"));

    QByteArray onGuiThread;
    QBuffer buffer(&onGuiThread);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(pdfRenderer()(document, buffer).ok());
    CHECK(bytes.size() > 10000);
    CHECK(
        qAbs(bytes.size() - onGuiThread.size()) < onGuiThread.size() / 20); // the same document, give or take metadata

    if (!pdfToolsPresent())
        return;
    const QString path = out.filePath(QStringLiteral("thread.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    checkStructure(path);
    const QString text = flat(vangnet::test::pdfText(path));
    CHECK(text.contains(QStringLiteral("Household and members")));
    CHECK(text.contains(QStringLiteral("Jan Jansen")));
    CHECK(text.contains(QStringLiteral("Woonruimte na uitstroom")));
}
