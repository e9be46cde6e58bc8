#include "ReportChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

namespace vangnet {

namespace {

constexpr qreal barRowPoints = 13;
constexpr qreal linesHeightPoints = 150;
constexpr qreal labelPoints = 7.5;

/// Series colours and dash patterns: told apart in black and white and by colour-blind readers.
struct SeriesLook {
    QColor color;
    Qt::PenStyle style;
};

SeriesLook lookOf(qsizetype i)
{
    static const SeriesLook looks[] = {{PdfReportLayout::accent, Qt::SolidLine},
                                       {QColor(0xc2, 0x6a, 0x00), Qt::DashLine},
                                       {QColor(0x2e, 0x7d, 0x32), Qt::DotLine},
                                       {PdfReportLayout::marking, Qt::DashDotLine}};
    return looks[i % 4];
}

/// A round upper bound for the value axis: 1, 2 or 5 times a power of ten, at least `value`.
double niceCeiling(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0})
        if (step * magnitude >= value)
            return step * magnitude;
    return 10 * magnitude;
}

QString number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v))) : QString::number(v, 'f', 1);
}

} // namespace

ReportChartObject::ReportChartObject(const PdfReportLayout &layout, QTextDocument &document)
    : QObject(&document), m_layout(layout)
{
    document.documentLayout()->registerHandler(objectType, this);
}

QTextCharFormat ReportChartObject::add(const ReportChart &chart)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(chartProperty, int(m_charts.size()));
    m_charts << chart;
    return format;
}

const ReportChart *ReportChartObject::chartOf(const QTextFormat &format) const
{
    const int i = format.property(chartProperty).toInt();
    return i >= 0 && i < m_charts.size() ? &m_charts.at(i) : nullptr;
}

QSizeF ReportChartObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    const ReportChart *chart = chartOf(format);
    const qreal width = document->pageSize().width() > 0 ? document->pageSize().width() : document->textWidth();
    if (!chart)
        return {};
    if (chart->kind == ReportChart::Kind::Bars)
        return {width, m_layout.px(barRowPoints) * qreal(chart->categories.size()) + m_layout.px(4)};
    return {width, m_layout.px(linesHeightPoints)};
}

void ReportChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const ReportChart *chart = chartOf(format);
    if (!chart || !painter)
        return;
    painter->save();
    if (chart->kind == ReportChart::Kind::Bars)
        drawBars(*painter, rect, *chart);
    else
        drawLines(*painter, rect, *chart);
    painter->restore();
}

void ReportChartObject::drawBars(QPainter &painter, const QRectF &rect, const ReportChart &chart) const
{
    const QList<double> values = chart.series.isEmpty() ? QList<double>() : chart.series.first().values;
    double max = 0;
    for (double v : values)
        max = std::max(max, v);
    const QFont font = m_layout.font(labelPoints);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const qreal labelWidth = rect.width() * 0.34;
    const qreal valueWidth = m_layout.px(36);
    const qreal barLeft = rect.left() + labelWidth + m_layout.px(6);
    const qreal barSpan = std::max<qreal>(0, rect.right() - valueWidth - barLeft);
    const qreal row = m_layout.px(barRowPoints);
    for (qsizetype i = 0; i < chart.categories.size(); ++i) {
        const qreal top = rect.top() + m_layout.px(2) + row * qreal(i);
        const double v = i < values.size() ? values.at(i) : 0;
        painter.setPen(PdfReportLayout::ink);
        const QRectF label(rect.left(), top, labelWidth, row);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(chart.categories.at(i), Qt::ElideRight, labelWidth));
        const qreal length = max > 0 ? barSpan * v / max : 0;
        const QRectF bar(barLeft, top + row * 0.18, length, row * 0.64);
        painter.fillRect(bar, PdfReportLayout::accent);
        painter.drawText(QRectF(bar.right() + m_layout.px(4), top, valueWidth, row), Qt::AlignLeft | Qt::AlignVCenter,
                         number(v));
    }
    painter.setPen(QPen(PdfReportLayout::rule, m_layout.px(0.5)));
    painter.drawLine(QPointF(barLeft, rect.top()), QPointF(barLeft, rect.bottom() - m_layout.px(2)));
}

void ReportChartObject::drawLines(QPainter &painter, const QRectF &rect, const ReportChart &chart) const
{
    const QFont font = m_layout.font(labelPoints);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    double max = 0;
    for (const ReportChart::Series &s : chart.series)
        for (double v : s.values)
            max = std::max(max, v);
    const double top = niceCeiling(max);
    const qreal legendHeight = m_layout.px(14);
    const qreal axisWidth = metrics.horizontalAdvance(number(top)) + m_layout.px(6);
    const QRectF plot(rect.left() + axisWidth + m_layout.px(12), rect.top() + m_layout.px(4), rect.width() - axisWidth - m_layout.px(26),
                      rect.height() - legendHeight - m_layout.px(16) - m_layout.px(4));
    // Value axis: four steps with grid lines.
    for (int step = 0; step <= 4; ++step) {
        const double v = top * step / 4.0;
        const qreal y = plot.bottom() - plot.height() * step / 4.0;
        painter.setPen(QPen(PdfReportLayout::rule, m_layout.px(step == 0 ? 0.8 : 0.4)));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(PdfReportLayout::muted);
        painter.drawText(QRectF(rect.left(), y - m_layout.px(6), axisWidth - m_layout.px(3), m_layout.px(12)),
                         Qt::AlignRight | Qt::AlignVCenter, number(v));
    }
    const qsizetype n = chart.categories.size();
    auto xOf = [&](qsizetype i) { return n > 1 ? plot.left() + plot.width() * qreal(i) / qreal(n - 1) : plot.center().x(); };
    painter.setPen(PdfReportLayout::muted);
    for (qsizetype i = 0; i < n; ++i) {
        const qreal x = xOf(i);
        painter.drawText(QRectF(x - m_layout.px(20), plot.bottom() + m_layout.px(2), m_layout.px(40), m_layout.px(12)),
                         Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(i));
    }
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        const SeriesLook look = lookOf(s);
        QPen pen(look.color, m_layout.px(1.4), look.style);
        painter.setPen(pen);
        const QList<double> &values = chart.series.at(s).values;
        QPolygonF line;
        for (qsizetype i = 0; i < n && i < values.size(); ++i)
            line << QPointF(xOf(i), plot.bottom() - plot.height() * values.at(i) / top);
        painter.drawPolyline(line);
        painter.setBrush(look.color);
        painter.setPen(Qt::NoPen);
        for (const QPointF &p : std::as_const(line))
            painter.drawEllipse(p, m_layout.px(1.6), m_layout.px(1.6));
        painter.setBrush(Qt::NoBrush);
    }
    // Legend below the plot.
    qreal x = plot.left();
    const qreal y = rect.bottom() - legendHeight / 2;
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        const SeriesLook look = lookOf(s);
        painter.setPen(QPen(look.color, m_layout.px(1.4), look.style));
        painter.drawLine(QPointF(x, y), QPointF(x + m_layout.px(16), y));
        painter.setPen(PdfReportLayout::ink);
        const QString name = chart.series.at(s).name;
        painter.drawText(QRectF(x + m_layout.px(20), y - m_layout.px(6), metrics.horizontalAdvance(name) + m_layout.px(2),
                                m_layout.px(12)),
                         Qt::AlignLeft | Qt::AlignVCenter, name);
        x += m_layout.px(28) + metrics.horizontalAdvance(name);
    }
}

} // namespace vangnet
