#pragma once

#include "cases/WorkQueue.h"

#include <QAbstractTableModel>
#include <QDate>

namespace vangnet {

/// The lines of the werkvoorraad as WorkQueue gives them, in queue order (priority, then
/// deadline): the order is the point of the queue, so the model does not sort.
class WorkQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Priority, Household, Wijk, TopFlag, Status, Assignee, NextDeadline, OpenSignals, ColumnCount };

    explicit WorkQueueModel(QObject *parent = nullptr);
    WorkQueueModel(const WorkQueueModel &) = delete;
    WorkQueueModel &operator=(const WorkQueueModel &) = delete;

    /// Replaces the lines; `today` words the deadlines ("overdue by 3 days").
    void setItems(const QList<cases::QueueItem> &items, const QDate &today);
    const QList<cases::QueueItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The line at the index; nullptr for an invalid index.
    const cases::QueueItem *itemAt(const QModelIndex &index) const;
    /// The household's line (column 0); invalid when it is not shown.
    QModelIndex indexOf(qint64 householdId) const;

    /// The texts of the status and assignee columns, for the case screen too.
    static QString statusText(const cases::QueueItem &item);
    static QString assigneeText(const cases::QueueItem &item);

private:
    QVariant display(const cases::QueueItem &item, int column) const;

    QList<cases::QueueItem> m_items;
    QDate m_today;
};

} // namespace vangnet
