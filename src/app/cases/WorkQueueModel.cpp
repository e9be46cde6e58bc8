#include "cases/WorkQueueModel.h"

#include "cases/DeadlineText.h"
#include "cases/QueueText.h"
#include "rules/SeverityText.h"

#include <QBrush>
#include <QFont>

#include <spdlog/spdlog.h>

namespace vangnet {

using cases::QueueItem;

namespace {
/// Pages kept: a few screens up and down; more are read again when scrolled back to.
constexpr int MaxCachedPages = 16;
} // namespace

WorkQueueModel::WorkQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkQueueModel::setKeys(cases::QueueIndex keys)
{
    beginResetModel();
    m_keys = std::move(keys);
    m_pages.clear();
    endResetModel();
}

void WorkQueueModel::refreshRows()
{
    m_pages.clear();
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int WorkQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_keys.keys.size());
}

int WorkQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const cases::QueueKey *WorkQueueModel::keyAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_keys.keys[std::size_t(row)] : nullptr;
}

const QueueItem *WorkQueueModel::rowFor(int row) const
{
    const cases::QueueKey *key = keyAt(row);
    if (!key || !m_queue)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear();
        auto rows = m_queue->rows(m_keys.householdIds(std::size_t(page) * PageSize, PageSize), m_keys.asOf);
        QHash<qint64, QueueItem> byId;
        if (rows) {
            for (const QueueItem &item : std::as_const(*rows))
                byId.insert(item.householdId, item);
        } else {
            spdlog::warn("work queue rows could not be read: {}", rows.error().message.toStdString());
        }
        it = m_pages.insert(page, byId);
    }
    const auto found = it->constFind(key->householdId);
    return found == it->cend() ? nullptr : &found.value();
}

std::optional<QueueItem> WorkQueueModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const QueueItem *item = rowFor(index.row());
    return item ? std::optional<QueueItem>(*item) : std::nullopt;
}

QList<QueueItem> WorkQueueModel::itemsAt(const QList<int> &rows) const
{
    QList<qint64> ids;
    for (int row : rows)
        if (const cases::QueueKey *key = keyAt(row))
            ids << key->householdId;
    if (ids.isEmpty() || !m_queue)
        return {};
    auto items = m_queue->rows(ids, m_keys.asOf);
    if (!items) {
        spdlog::warn("work queue rows could not be read: {}", items.error().message.toStdString());
        return {};
    }
    return std::move(items).value();
}

QModelIndex WorkQueueModel::indexOf(qint64 householdId) const
{
    const qsizetype row = m_keys.find(householdId);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), 0);
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
    case NextDeadline:
        if (item.legalOverdue && item.next)
            return tr("Statutory term overdue · %1").arg(DeadlineText::summary(*item.next));
        return item.next ? DeadlineText::summary(*item.next) : cases::QueueText::noDeadline();
    case OpenSignals: return item.openSignals;
    default: return {};
    }
}

QVariant WorkQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueItem *line = rowFor(index.row());
    if (!line)
        return {};
    const QueueItem &item = *line;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(item, column);
    case Qt::ToolTipRole:
        if (column == NextDeadline && item.next)
            return tr("%1\nStarted %2, due %3\n%4")
                       .arg(item.next->label, DeadlineText::date(item.next->startsOn), DeadlineText::date(item.next->dueOn),
                            DeadlineText::relative(*item.next, m_keys.asOf))
                + (item.legalOverdue ? QLatin1Char('\n') + tr("A statutory term (Wgs art. 4) is overdue: this line comes "
                                                              "before every priority.")
                                     : QString());
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
        if (column == NextDeadline && item.legalOverdue)
            return QBrush(DeadlineText::colour(clocks::DeadlineState::Overdue));
        if (column == NextDeadline && item.next && DeadlineText::colour(item.next->state).isValid())
            return QBrush(DeadlineText::colour(item.next->state));
        if (column == Assignee && item.assigneeId == 0)
            return QBrush(Qt::darkGray);
        return {};
    case Qt::FontRole:
        if ((column == NextDeadline && (item.legalOverdue || (item.next && item.next->state == clocks::DeadlineState::Overdue)))
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
