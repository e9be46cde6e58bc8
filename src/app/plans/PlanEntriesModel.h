#pragma once

#include "plans/PlanRun.h"

#include <QAbstractTableModel>
#include <QList>

namespace vangnet {

/// The households of one plan run as a table (Planner page): household, tier, priority, the
/// proposed place, the proposal's status and the greedy baseline's place. Entries of another
/// team's households show only id, tier and status (PlanEntry::restricted). Filters itself;
/// a QSortFilterProxyModel on SortRole sorts it.
class PlanEntriesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEntriesModel)
public:
    enum Column { Household, Tier, Priority, Place, Status, Greedy, ColumnCount };
    /// Which entries are shown.
    enum class Filter { All, Proposed, NotPlaced, InProgress, OwnTeam };
    /// The value a column sorts by (numbers and tiers as such, not as text).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PlanEntriesModel(QObject *parent = nullptr);

    void setEntries(const QList<plans::PlanEntry> &entries);
    void setFilter(Filter filter);
    /// Replaces the entry with the same id (after a workflow step); false when it is not held.
    bool replace(const plans::PlanEntry &entry);

    /// The entry shown at this row; null for an invalid index.
    const plans::PlanEntry *entryAt(const QModelIndex &index) const;
    /// The row of the entry with this id; invalid when it is not shown.
    QModelIndex indexOf(qint64 entryId) const;
    const QList<plans::PlanEntry> &allEntries() const { return m_all; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The label of a filter, for the page's combo box.
    static QString filterLabel(Filter filter);

private:
    bool accepts(const plans::PlanEntry &entry) const;
    void rebuild();

    QList<plans::PlanEntry> m_all;
    QList<int> m_shown; ///< indexes into m_all
    Filter m_filter = Filter::All;
};

} // namespace vangnet
