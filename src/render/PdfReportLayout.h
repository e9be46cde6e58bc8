#pragma once

#include "report/ReportDocument.h"

#include <QColor>
#include <QFont>

class QTextCursor;
class QTextDocument;

namespace vangnet {

class ReportChartObject;

/// The look of Vangnet's PDF reports, and the builder that lays a ReportDocument out as a
/// QTextDocument in that look. Sizes are given in points and converted for the paint device's
/// resolution, so the same layout serves a 300 dpi PDF and a screen preview.
class PdfReportLayout {
public:
    explicit PdfReportLayout(int dpi);

    /// Points to device pixels.
    qreal px(qreal points) const { return points * m_dpi / 72.0; }
    /// Points to the units of table cell padding: QTextDocumentLayout scales padding
    /// from 96 dpi to the device itself, so they must not be converted with px().
    static qreal tableUnits(qreal points) { return points * 96.0 / 72.0; }
    QFont font(qreal points, bool bold = false) const;

    /// Fills `text` (empty, its paint device set) with the title and sections of `report`.
    void build(QTextDocument &text, const ReportDocument &report) const;
    /// Moves a section heading to the next page when less than `minimumBelow` (device pixels)
    /// of its page is left under it, so a heading never ends a page. Call once the page size is set.
    void keepHeadingsWithNext(QTextDocument &text, qreal minimumBelow) const;

    static const QColor ink;       ///< body text
    static const QColor accent;    ///< title and headings
    static const QColor muted;     ///< labels, header and footer text
    static const QColor rule;      ///< table borders and header/footer lines
    static const QColor headerFill;///< table header rows
    static const QColor marking;   ///< the confidentiality marking

private:
    void addBlock(QTextCursor &cursor, qreal pointSize, bool bold, const QColor &color, qreal spaceBefore,
                  qreal spaceAfter, const QString &text, int headingLevel = 0) const;
    void endTable(QTextCursor &cursor) const;
    void addParagraph(QTextCursor &cursor, const ReportParagraph &paragraph) const;
    void addKeyValues(QTextCursor &cursor, const ReportKeyValues &pairs) const;
    void addTable(QTextCursor &cursor, const ReportTable &table) const;
    void addChart(QTextCursor &cursor, ReportChartObject &charts, const ReportChart &chart) const;
    void addLetterhead(QTextCursor &cursor, const ReportDocument &report) const;

    int m_dpi;
    QString m_family;
};

} // namespace vangnet
