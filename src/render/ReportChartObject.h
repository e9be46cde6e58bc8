#pragma once

#include "PdfReportLayout.h"

#include <QObject>
#include <QTextObjectInterface>

namespace vangnet {

/// Draws a ReportChart inside the flowing text of a report: the layout reserves its size like a
/// picture, and the chart is painted with the page's painter, so its lines stay vector graphics
/// and its labels stay text in the PDF (searchable, readable aloud). Owned by its QTextDocument.
class ReportChartObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int objectType = QTextFormat::UserObject + 1;
    static constexpr int chartProperty = QTextFormat::UserProperty + 1;

    /// Registers itself with `document`'s layout.
    ReportChartObject(const PdfReportLayout &layout, QTextDocument &document);

    /// The character format that stands for `chart` in the text.
    QTextCharFormat add(const ReportChart &chart);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    const ReportChart *chartOf(const QTextFormat &format) const;
    void drawBars(QPainter &painter, const QRectF &rect, const ReportChart &chart) const;
    void drawLines(QPainter &painter, const QRectF &rect, const ReportChart &chart) const;

    PdfReportLayout m_layout;
    QList<ReportChart> m_charts;
};

} // namespace vangnet
