#include "PdfReportWriter.h"

#include "PdfReportLayout.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QIODevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

constexpr int dpi = 300;

/// One page's frame around the flowing text: header with title and marking, footer with the
/// footer text and the page number.
class PageFrame {
public:
    PageFrame(const PdfReportLayout &layout, const ReportDocument &document, qreal width)
        : m_layout(layout), m_document(document), m_width(width)
    {
    }

    qreal headerHeight() const { return m_layout.px(24); }
    qreal footerHeight() const { return m_layout.px(24); }

    void drawHeader(QPainter &painter) const
    {
        const QRectF band(0, 0, m_width, headerHeight() - m_layout.px(8));
        painter.setFont(m_layout.font(8, true));
        painter.setPen(PdfReportLayout::marking);
        painter.drawText(band, Qt::AlignRight | Qt::AlignBottom, m_document.marking);
        const qreal markingWidth = QFontMetricsF(painter.font(), painter.device()).horizontalAdvance(m_document.marking);
        painter.setFont(m_layout.font(8));
        painter.setPen(PdfReportLayout::muted);
        const QRectF titleBand = band.adjusted(0, 0, -(markingWidth + m_layout.px(12)), 0);
        painter.drawText(titleBand, Qt::AlignLeft | Qt::AlignBottom,
                         QFontMetricsF(painter.font(), painter.device())
                             .elidedText(m_document.title, Qt::ElideRight, titleBand.width()));
        line(painter, headerHeight() - m_layout.px(5));
    }

    void drawFooter(QPainter &painter, qreal top, int page, int pages) const
    {
        line(painter, top + m_layout.px(5));
        const QRectF band(0, top + m_layout.px(8), m_width, footerHeight() - m_layout.px(8));
        painter.setFont(m_layout.font(8));
        painter.setPen(PdfReportLayout::muted);
        const QString number = QCoreApplication::translate("vangnet::PdfReportWriter", "Page %1 of %2").arg(page).arg(pages);
        const QFontMetricsF metrics(painter.font(), painter.device());
        painter.drawText(band, Qt::AlignRight | Qt::AlignTop, number);
        const QRectF textBand = band.adjusted(0, 0, -(metrics.horizontalAdvance(number) + m_layout.px(12)), 0);
        painter.drawText(textBand, Qt::AlignLeft | Qt::AlignTop,
                         metrics.elidedText(m_document.footer, Qt::ElideRight, textBand.width()));
    }

private:
    void line(QPainter &painter, qreal y) const
    {
        painter.setPen(QPen(PdfReportLayout::rule, m_layout.px(0.5)));
        painter.drawLine(QPointF(0, y), QPointF(m_width, y));
    }

    const PdfReportLayout &m_layout;
    const ReportDocument &m_document;
    qreal m_width;
};

Error renderError()
{
    return Error(ErrorCode::Io, QCoreApplication::translate("vangnet::PdfReportWriter", "The PDF could not be made."));
}

} // namespace

Result<void> PdfReportWriter::write(const ReportDocument &document, QIODevice &out) const
{
    // Fonts come from the platform integration: without a QGuiApplication there are none.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        spdlog::error("PDF rendering needs a QGuiApplication");
        return renderError();
    }
    QPdfWriter pdf(&out);
    pdf.setResolution(dpi);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 14, 20, 14),
                                  QPageLayout::Millimeter));
    pdf.setTitle(document.title);
    pdf.setCreator(QStringLiteral("Vangnet"));

    const PdfReportLayout layout(dpi);
    const QRectF paintArea = pdf.pageLayout().paintRectPixels(dpi);
    const PageFrame frame(layout, document, paintArea.width());
    const qreal bodyHeight = paintArea.height() - frame.headerHeight() - frame.footerHeight();

    QTextDocument text;
    text.documentLayout()->setPaintDevice(&pdf);
    text.setPageSize(QSizeF(paintArea.width(), bodyHeight)); // before the content: tables paginate while built
    // In one edit block the layout runs once, when it closes, instead of after every cell it
    // builds (quadratic in a table's rows: 1.5 s against 35 ms for seven pages of tables; the
    // pages come out the same, docs/performance.md "Case summary PDF").
    QTextCursor edit(&text);
    edit.beginEditBlock();
    layout.build(text, document);
    edit.endEditBlock();
    layout.keepHeadingsWithNext(text, layout.px(72));

    QPainter painter;
    if (!painter.begin(&pdf)) {
        spdlog::error("PDF painter could not start");
        return renderError();
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const int pages = text.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !pdf.newPage()) {
            painter.end();
            return renderError();
        }
        frame.drawHeader(painter);
        painter.save();
        painter.translate(0, frame.headerHeight() - page * bodyHeight);
        const QRectF visible(0, page * bodyHeight, paintArea.width(), bodyHeight);
        painter.setClipRect(visible);
        text.drawContents(&painter, visible);
        painter.restore();
        frame.drawFooter(painter, frame.headerHeight() + bodyHeight, page + 1, pages);
    }
    if (!painter.end())
        return renderError();
    spdlog::info("PDF report rendered: {} pages", pages);
    return success();
}

} // namespace vangnet
