#pragma once

#include "cases/WorkQueue.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

#include <optional>

namespace vangnet {

/// The lines of the werkvoorraad in queue order (priority, then deadline): the order is the
/// point of the queue, so the model does not sort. It holds the compact keys of every line
/// (cases::QueueIndex) and reads the full lines by page of PageSize from the GUI thread's
/// connection when the view asks for them, as the household list does: a city team's 100,000
/// lines cost a few megabytes of keys and a few small page reads.
class WorkQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Priority, Household, Wijk, TopFlag, Status, Assignee, NextDeadline, OpenSignals, ColumnCount };

    static constexpr int PageSize = 200;

    explicit WorkQueueModel(QObject *parent = nullptr);
    WorkQueueModel(const WorkQueueModel &) = delete;
    WorkQueueModel &operator=(const WorkQueueModel &) = delete;

    /// Where the full lines of a page come from (WorkQueue::rows()); without it rows show empty.
    void setQueue(const cases::WorkQueue *queue) { m_queue = queue; }
    /// Replaces the lines; their day (QueueIndex::asOf) words the deadlines ("overdue by 3 days").
    void setKeys(cases::QueueIndex keys);
    const cases::QueueIndex &keys() const { return m_keys; }
    /// Reads the full lines again (after a change), keeping the keys and so the rows.
    void refreshRows();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The key of the row; nullptr outside the rows.
    const cases::QueueKey *keyAt(int row) const;
    /// The full line at the index; nullopt for an invalid index or a line that could not be read.
    std::optional<cases::QueueItem> itemAt(const QModelIndex &index) const;
    /// The full lines of these rows in one read (a large selection does not go through the pages).
    QList<cases::QueueItem> itemsAt(const QList<int> &rows) const;
    /// The households of the rows, in order.
    QList<qint64> householdIds() const { return m_keys.householdIds(); }
    /// The household's line (column 0); invalid when it is not shown.
    QModelIndex indexOf(qint64 householdId) const;

    /// The texts of the status and assignee columns, for the case screen too.
    static QString statusText(const cases::QueueItem &item);
    static QString assigneeText(const cases::QueueItem &item);

private:
    const cases::QueueItem *rowFor(int row) const;
    QVariant display(const cases::QueueItem &item, int column) const;

    const cases::WorkQueue *m_queue = nullptr;
    cases::QueueIndex m_keys;
    mutable QHash<int, QHash<qint64, cases::QueueItem>> m_pages;
};

} // namespace vangnet
