#include "PdfReportLayout.h"

#include "ReportChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QImage>
#include <QUrl>

#include <cmath>

namespace vangnet {

const QColor PdfReportLayout::ink(0x1d, 0x23, 0x2b);
const QColor PdfReportLayout::accent(0x1f, 0x3a, 0x5f);
const QColor PdfReportLayout::muted(0x5f, 0x6b, 0x78);
const QColor PdfReportLayout::rule(0xb8, 0xc2, 0xcc);
const QColor PdfReportLayout::headerFill(0xe6, 0xec, 0xf2);
const QColor PdfReportLayout::marking(0x9b, 0x1c, 0x1c);

namespace {
constexpr qreal bodySize = 9.5;

// "\n" in report text is a line break inside the paragraph or cell, not a new paragraph.
QString lines(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar(QChar::LineSeparator));
}
} // namespace

PdfReportLayout::PdfReportLayout(int dpi)
    // DejaVu Sans (fonts-dejavu-core) covers every Dutch letter and the symbols used.
    : m_dpi(dpi), m_family(QStringLiteral("DejaVu Sans"))
{
}

QFont PdfReportLayout::font(qreal points, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(points);
    f.setBold(bold);
    // No ligatures: "fi" stays two letters in the PDF's text, so a search for "Confidential"
    // or a screen reader finds the word (shaping is cosmetic in Latin script).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

void PdfReportLayout::addBlock(QTextCursor &cursor, qreal pointSize, bool bold, const QColor &color,
                               qreal spaceBefore, qreal spaceAfter, const QString &text, int headingLevel) const
{
    QTextBlockFormat block;
    block.setTopMargin(px(spaceBefore));
    block.setBottomMargin(px(spaceAfter));
    QTextCharFormat chars;
    chars.setFont(font(pointSize, bold));
    chars.setForeground(color);
    block.setHeadingLevel(headingLevel);
    // The document's first block is there already, empty.
    if (cursor.document()->isEmpty()) {
        cursor.setBlockFormat(block);
        cursor.setCharFormat(chars);
    } else {
        cursor.insertBlock(block, chars);
    }
    cursor.insertText(lines(text), chars);
}

void PdfReportLayout::addParagraph(QTextCursor &cursor, const ReportParagraph &paragraph) const
{
    addBlock(cursor, bodySize, false, ink, 2, 4, paragraph.text);
}

void PdfReportLayout::endTable(QTextCursor &cursor) const
{
    // Qt puts an empty block after a table; it becomes a small fixed gap. (Reusing it for the
    // next heading would lose that heading's top margin.)
    cursor.movePosition(QTextCursor::End);
    QTextBlockFormat gap;
    gap.setLineHeight(px(4), QTextBlockFormat::FixedHeight);
    cursor.setBlockFormat(gap);
}

void PdfReportLayout::addKeyValues(QTextCursor &cursor, const ReportKeyValues &pairs) const
{
    if (pairs.rows.isEmpty())
        return;
    QTextTableFormat format;
    format.setBorder(0);
    format.setCellSpacing(0);
    format.setCellPadding(tableUnits(2));
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 30),
                                      QTextLength(QTextLength::PercentageLength, 70)});
    // No bottom margin on tables: a margin that crosses a page break makes Qt repeat the header
    // row of a finished table on the next page. Space after a table is the next block's.
    format.setTopMargin(px(2));
    QTextTable *table = cursor.insertTable(int(pairs.rows.size()), 2, format);
    QTextCharFormat key;
    key.setFont(font(bodySize));
    key.setForeground(muted);
    QTextCharFormat value;
    value.setFont(font(bodySize));
    value.setForeground(ink);
    for (int row = 0; row < table->rows(); ++row) {
        const ReportKeyValues::Row &pair = pairs.rows.at(row);
        table->cellAt(row, 0).firstCursorPosition().insertText(lines(pair.key), key);
        table->cellAt(row, 1).firstCursorPosition().insertText(lines(pair.value), value);
    }
    endTable(cursor);
}

void PdfReportLayout::addTable(QTextCursor &cursor, const ReportTable &table) const
{
    if (table.rows.isEmpty()) {
        addBlock(cursor, bodySize, false, muted, 2, 4, table.emptyText);
        return;
    }
    const int columns = int(table.header.size());
    QTextTableFormat format;
    format.setBorder(px(0.5)); // not scaled by Qt, unlike the padding
    format.setBorderBrush(rule);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(tableUnits(3));
    format.setHeaderRowCount(1); // repeated at the top of every page the table continues on
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    if (table.widths.size() == columns) {
        QList<QTextLength> widths;
        for (const int w : table.widths)
            widths << QTextLength(QTextLength::PercentageLength, w);
        format.setColumnWidthConstraints(widths);
    }
    format.setTopMargin(px(3));
    QTextTable *grid = cursor.insertTable(int(table.rows.size()) + 1, columns, format);
    QTextCharFormat head;
    head.setFont(font(bodySize - 0.5, true));
    head.setForeground(accent);
    QTextCharFormat cell;
    cell.setFont(font(bodySize - 0.5));
    cell.setForeground(ink);
    QTextTableCellFormat fill;
    fill.setBackground(headerFill);
    for (int column = 0; column < columns; ++column) {
        QTextTableCell headerCell = grid->cellAt(0, column);
        headerCell.setFormat(fill);
        headerCell.firstCursorPosition().insertText(lines(table.header.at(column)), head);
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &values = table.rows.at(row);
        for (int column = 0; column < columns && column < values.size(); ++column)
            grid->cellAt(row + 1, column).firstCursorPosition().insertText(lines(values.at(column)), cell);
    }
    endTable(cursor);
}

void PdfReportLayout::addChart(QTextCursor &cursor, ReportChartObject &charts, const ReportChart &chart) const
{
    if (chart.categories.isEmpty()) {
        addBlock(cursor, bodySize, false, muted, 2, 4, chart.emptyText);
        return;
    }
    addBlock(cursor, bodySize, false, ink, 4, 4, QString());
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), charts.add(chart));
}

void PdfReportLayout::addLetterhead(QTextCursor &cursor, const ReportDocument &report) const
{
    const QImage logo = QImage::fromData(report.logo);
    if (!logo.isNull()) {
        // At most 18 mm high and 60 mm wide, in its own proportions.
        const qreal scale = std::min(px(51) / logo.height(), px(170) / logo.width());
        const QUrl name(QStringLiteral("vangnet-report:logo"));
        cursor.document()->addResource(QTextDocument::ImageResource, name, logo);
        QTextImageFormat image;
        image.setName(name.toString());
        image.setWidth(logo.width() * scale);
        image.setHeight(logo.height() * scale);
        QTextBlockFormat right;
        right.setAlignment(Qt::AlignRight);
        right.setBottomMargin(px(4));
        cursor.setBlockFormat(right);
        cursor.insertImage(image);
    }
    if (!report.organisation.isEmpty())
        addBlock(cursor, 10, true, muted, 0, 6, report.organisation);
}

void PdfReportLayout::build(QTextDocument &text, const ReportDocument &report) const
{
    text.setDocumentMargin(0);
    text.setDefaultFont(font(bodySize));
    QTextCursor cursor(&text);
    addLetterhead(cursor, report);
    ReportChartObject *charts = nullptr;
    addBlock(cursor, 17, true, accent, 0, 2, report.title, 1);
    if (!report.subtitle.isEmpty())
        addBlock(cursor, 11, false, muted, 0, 6, report.subtitle);
    for (const ReportSection &section : report.sections) {
        addBlock(cursor, 12.5, true, accent, 12, 3, section.heading, 2);
        for (const ReportBlock &block : section.blocks) {
            if (const auto *paragraph = std::get_if<ReportParagraph>(&block))
                addParagraph(cursor, *paragraph);
            else if (const auto *pairs = std::get_if<ReportKeyValues>(&block))
                addKeyValues(cursor, *pairs);
            else if (const auto *grid = std::get_if<ReportTable>(&block))
                addTable(cursor, *grid);
            else if (const auto *chart = std::get_if<ReportChart>(&block)) {
                if (!charts)
                    charts = new ReportChartObject(*this, text); // owned by the document
                addChart(cursor, *charts, *chart);
            }
        }
    }
}

} // namespace vangnet

namespace vangnet {

void PdfReportLayout::keepHeadingsWithNext(QTextDocument &text, qreal minimumBelow) const
{
    const qreal pageHeight = text.pageSize().height();
    // In document order: moving one heading to the next page moves everything after it.
    for (QTextBlock block = text.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() < 2)
            continue;
        const QRectF box = text.documentLayout()->blockBoundingRect(block);
        const qreal pageEnd = (std::floor(box.top() / pageHeight) + 1) * pageHeight;
        if (box.bottom() + minimumBelow <= pageEnd)
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

} // namespace vangnet
