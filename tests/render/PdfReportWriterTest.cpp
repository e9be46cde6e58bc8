#include "render/PdfTools.h"

#include "PdfReportWriter.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {

ReportDocument longDocument(int rows)
{
    ReportDocument d;
    d.title = QStringLiteral("Testrapport Vangstad");
    d.subtitle = QStringLiteral("Synthetische gegevens");
    d.marking = QStringLiteral("Vertrouwelijk");
    d.footer = QStringLiteral("Kenmerk T-1");
    ReportSection s;
    s.heading = QStringLiteral("Gegevens");
    s.blocks << ReportParagraph{QStringLiteral("Een alinea met een ë, een é en een €-teken.\nEn een tweede regel.")}
             << ReportKeyValues{{{QStringLiteral("Naam"), QStringLiteral("Jan Jansen")}, {QStringLiteral("Plaats"), QStringLiteral("Vangstad")}}};
    ReportTable t;
    t.header = {QStringLiteral("Volgnummer"), QStringLiteral("Omschrijving")};
    t.widths = {30, 70};
    for (int i = 1; i <= rows; ++i)
        t.rows << QStringList{QStringLiteral("rij-%1").arg(i), QStringLiteral("Omschrijving van regel %1").arg(i)};
    s.blocks << t << ReportTable{{QStringLiteral("Leeg")}, {}, {}, QStringLiteral("Geen regels.")};
    d.sections << s;
    return d;
}

QString writeFile(const QTemporaryDir &dir, const ReportDocument &document)
{
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(PdfReportWriter().write(document, file).ok());
    file.close();
    return path;
}

} // namespace

TEST_CASE("A report renders as a valid A4 PDF", "[render]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(PdfReportWriter().write(longDocument(3), buffer).ok());
    const QByteArray pdf = buffer.data();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(pdf.size() > 5000);            // fonts are embedded
    CHECK(pdf.contains("/FontFile2"));   // as TrueType, so text stays text
    CHECK(pdf.contains("/ToUnicode"));   // with the map text extraction needs
    CHECK(pdf.contains("/MediaBox [0 0 595")); // A4 in points
}

TEST_CASE("The PDF's text can be extracted, with header, footer and page numbers on every page", "[render]")
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, longDocument(150));
    int check = -1;
    const QString checked = runPdfTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}, &check);
    INFO(checked.toStdString());
    CHECK(check == 0);

    const int pages = pdfPages(path);
    CHECK(pages >= 3);
    const QString text = pdfText(path);
    const QStringList pageTexts = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pageTexts.size() == pages);
    for (int i = 0; i < pages; ++i) {
        INFO("page " << i + 1);
        const QString &page = pageTexts.at(i);
        CHECK(page.contains(QStringLiteral("Vertrouwelijk")));
        CHECK(page.contains(QStringLiteral("Testrapport Vangstad")));
        CHECK(page.contains(QStringLiteral("Kenmerk T-1")));
        CHECK(page.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
        CHECK(page.contains(QStringLiteral("Volgnummer"))); // the table's header row repeats
    }
    CHECK(text.contains(QStringLiteral("Een alinea met een ë, een é en een €-teken.")));
    CHECK(text.contains(QStringLiteral("Jan Jansen")));
    CHECK(text.contains(QStringLiteral("rij-1 ")));
    CHECK(text.contains(QStringLiteral("Omschrijving van regel 150")));
    CHECK(text.contains(QStringLiteral("Geen regels.")));
    // Every row once: none lost or doubled at a page break.
    CHECK(text.count(QStringLiteral("Omschrijving van regel ")) == 150);
}

TEST_CASE("Page breaks leave no heading or table header without its content", "[render]")
{
    // Sections of different lengths, so headings and table ends fall at many page positions.
    ReportDocument d;
    d.title = QStringLiteral("Paginering");
    d.marking = QStringLiteral("Vertrouwelijk");
    for (int i = 1; i <= 40; ++i) {
        ReportSection s;
        s.heading = QStringLiteral("Sectie %1").arg(i);
        s.blocks << ReportParagraph{QStringLiteral("Tekst %1. ").arg(i).repeated(1 + (i * 7) % 23)};
        ReportTable t;
        t.header = {QStringLiteral("Kop%1").arg(i), QStringLiteral("Waarde")};
        for (int r = 0; r < 1 + i % 4; ++r)
            t.rows << QStringList{QStringLiteral("rij%1").arg(i), QString::number(r)};
        s.blocks << t;
        d.sections << s;
    }
    QTemporaryDir dir;
    const QString path = writeFile(dir, d);
    const QStringList pages = pdfText(path).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    REQUIRE(pages.size() >= 3);
    for (int p = 0; p < pages.size(); ++p) {
        const QString &page = pages.at(p);
        for (int i = 1; i <= 40; ++i) {
            INFO("page " << p + 1 << ", section " << i);
            const QRegularExpression heading(QStringLiteral("Sectie %1\\b").arg(i));
            if (page.contains(heading))
                CHECK(page.contains(QStringLiteral("Tekst %1.").arg(i)));
            if (page.contains(QRegularExpression(QStringLiteral("Kop%1\\b").arg(i))))
                CHECK(page.contains(QRegularExpression(QStringLiteral("rij%1\\b").arg(i))));
        }
    }
}
