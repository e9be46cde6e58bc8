#include "cases/DeadlineText.h"

#include <QPainter>
#include <QPixmap>

namespace vangnet {

using clocks::DeadlineState;

QString DeadlineText::date(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString DeadlineText::moment(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

QString DeadlineText::summary(const clocks::Deadline &deadline)
{
    return tr("%1 · %2 · %3").arg(date(deadline.dueOn), clocks::deadlineStateLabel(deadline.state), deadline.label);
}

QString DeadlineText::relative(const clocks::Deadline &deadline, const QDate &today)
{
    if (deadline.state == DeadlineState::Met)
        return deadline.metOn.isValid() ? tr("Met on %1").arg(date(deadline.metOn)) : tr("Met");
    const auto days = static_cast<int>(today.daysTo(deadline.dueOn));
    if (days < 0)
        return tr("Overdue by %n day(s)", nullptr, -days);
    if (days == 0)
        return tr("Due today");
    return tr("Due in %n day(s)", nullptr, days);
}

QColor DeadlineText::colour(DeadlineState state)
{
    // Contrast ≥ 4.5:1 on white, like SeverityText's colours.
    switch (state) {
    case DeadlineState::Overdue: return QColor(0xb7, 0x1c, 0x1c);
    case DeadlineState::DueSoon: return QColor(0x8a, 0x5a, 0x00);
    case DeadlineState::Met: return QColor(0x2e, 0x6b, 0x30);
    case DeadlineState::Open: return {};
    }
    return {};
}

QIcon DeadlineText::icon(DeadlineState state)
{
    constexpr int size = 16;
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF circle(1.5, 1.5, size - 3, size - 3);
    const QColor colour = state == DeadlineState::Open ? QColor(0x75, 0x75, 0x75) : DeadlineText::colour(state);
    if (state == DeadlineState::Open) {
        painter.setPen(QPen(colour, 2));
        painter.drawEllipse(circle);
        return QIcon(pixmap);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(circle);
    painter.setPen(QPen(Qt::white, 2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    switch (state) {
    case DeadlineState::Overdue:
        painter.drawLine(QPointF(8, 4.5), QPointF(8, 9));
        painter.drawPoint(QPointF(8, 11.8));
        break;
    case DeadlineState::DueSoon:
        painter.drawLine(QPointF(8, 4.5), QPointF(8, 8.5));
        painter.drawLine(QPointF(8, 8.5), QPointF(10.8, 10.5));
        break;
    case DeadlineState::Met:
        painter.drawPolyline(QPolygonF({QPointF(4.8, 8.3), QPointF(7, 10.6), QPointF(11.4, 5.6)}));
        break;
    case DeadlineState::Open: break;
    }
    return QIcon(pixmap);
}

} // namespace vangnet
