#include "cases/WorkQueueModel.h"

#include "cases/DeadlineText.h"
#include "cases/QueueText.h"
#include "rules/SeverityText.h"

#include <QBrush>
#include <QFont>

namespace vangnet {

using cases::QueueItem;

WorkQueueModel::WorkQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkQueueModel::setItems(const QList<QueueItem> &items, const QDate &today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QueueItem *WorkQueueModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return nullptr;
    return &m_items.at(index.row());
}

QModelIndex WorkQueueModel::indexOf(qint64 householdId) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).householdId == householdId)
            return index(row, 0);
    }
    return {};
}

QString WorkQueueModel::statusText(const QueueItem &item)
{
    return cases::QueueText::status(item);
}

QString WorkQueueModel::assigneeText(const QueueItem &item)
{
    return cases::QueueText::assignee(item);
}

QVariant WorkQueueModel::display(const QueueItem &item, int column) const
{
    switch (column) {
    case Priority: return cases::QueueText::priority(item);
    case Household: return item.householdName;
    case Wijk: return item.wijk;
    case TopFlag: return cases::QueueText::flag(item);
    case Status: return statusText(item);
    case Assignee: return assigneeText(item);
    case NextDeadline: return item.next ? DeadlineText::summary(*item.next) : cases::QueueText::noDeadline();
    case OpenSignals: return item.openSignals;
    default: return {};
    }
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueItem &item = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(item, column);
    case Qt::ToolTipRole:
        if (column == NextDeadline && item.next)
            return tr("%1\nStarted %2, due %3\n%4")
                .arg(item.next->label, DeadlineText::date(item.next->startsOn), DeadlineText::date(item.next->dueOn),
                     DeadlineText::relative(*item.next, m_today));
        if (column == Priority && item.severity > 0)
            return tr("Priority %1 in the team: %2").arg(item.priorityRank).arg(SeverityText::label(item.severity));
        return display(item, column);
    case Qt::BackgroundRole:
        if (column == Priority && item.severity > 0)
            return QBrush(SeverityText::colour(item.severity));
        return {};
    case Qt::ForegroundRole:
        if (column == Priority && item.severity > 0)
            return QBrush(Qt::white);
        if (column == NextDeadline && item.next && DeadlineText::colour(item.next->state).isValid())
            return QBrush(DeadlineText::colour(item.next->state));
        if (column == Assignee && item.assigneeId == 0)
            return QBrush(Qt::darkGray);
        return {};
    case Qt::FontRole:
        if ((column == NextDeadline && item.next && item.next->state == clocks::DeadlineState::Overdue)
            || (column == Priority && item.severity > 0)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (column == NextDeadline && item.next)
            return DeadlineText::icon(item.next->state);
        return {};
    case Qt::TextAlignmentRole:
        if (column == OpenSignals)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (column == Priority)
            return QVariant(Qt::AlignCenter);
        return {};
    default: return {};
    }
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case Priority: return tr("Priority");
    case Household: return tr("Household");
    case Wijk: return tr("District");
    case TopFlag: return tr("Most severe flag");
    case Status: return tr("Case status");
    case Assignee: return tr("Assigned to");
    case NextDeadline: return role == Qt::ToolTipRole ? tr("The most urgent deadline that is not met yet") : tr("Next deadline");
    case OpenSignals: return tr("Open signals");
    default: return {};
    }
}

} // namespace vangnet
