#include "plans/PlanEntriesModel.h"

namespace vangnet {

using plans::EntryStatus;
using plans::PlanEntry;

PlanEntriesModel::PlanEntriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlanEntriesModel::setEntries(const QList<PlanEntry> &entries)
{
    beginResetModel();
    m_all = entries;
    rebuild();
    endResetModel();
}

void PlanEntriesModel::setFilter(Filter filter)
{
    beginResetModel();
    m_filter = filter;
    rebuild();
    endResetModel();
}

bool PlanEntriesModel::replace(const PlanEntry &entry)
{
    for (int i = 0; i < m_all.size(); ++i) {
        if (m_all[i].id != entry.id)
            continue;
        // A step changes the status, so the entry may leave or join the filter: rebuild.
        beginResetModel();
        m_all[i] = entry;
        rebuild();
        endResetModel();
        return true;
    }
    return false;
}

const PlanEntry *PlanEntriesModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return nullptr;
    return &m_all[m_shown[index.row()]];
}

QModelIndex PlanEntriesModel::indexOf(qint64 entryId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_all[m_shown[row]].id == entryId)
            return index(row, Household);
    }
    return {};
}

int PlanEntriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PlanEntriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanEntriesModel::data(const QModelIndex &index, int role) const
{
    const PlanEntry *e = entryAt(index);
    if (!e)
        return {};
    if (role == SortRole) {
        switch (index.column()) {
        case Household:
            return e->householdId;
        case Tier:
            return int(e->tier);
        case Priority:
            return e->priority;
        case Place:
            return e->plekId;
        case Status:
            return int(e->status);
        case Greedy:
            return e->greedyPlekId;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && e->restricted)
        return tr("A household of another team: you see its tier and status only.");
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Household:
        return QString::number(e->householdId);
    case Tier:
        return planner::tierKey(e->tier);
    case Priority:
        return e->restricted ? QString() : QString::number(e->priority);
    case Place:
        if (e->restricted)
            return QString();
        return e->plekId.isEmpty() ? tr("not placed") : (e->pinned ? tr("%1 (pinned)").arg(e->plekId) : e->plekId);
    case Status:
        return plans::entryStatusLabel(e->status);
    case Greedy:
        return e->restricted ? QString() : (e->greedyPlekId.isEmpty() ? tr("not placed") : e->greedyPlekId);
    }
    return {};
}

QVariant PlanEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Household:
        return tr("Household");
    case Tier:
        return tr("Tier");
    case Priority:
        return tr("Priority");
    case Place:
        return tr("Proposed place");
    case Status:
        return tr("Status");
    case Greedy:
        return tr("Greedy would give");
    }
    return {};
}

QString PlanEntriesModel::filterLabel(Filter filter)
{
    switch (filter) {
    case Filter::All:
        return tr("All households of the run");
    case Filter::Proposed:
        return tr("With a proposed place");
    case Filter::NotPlaced:
        return tr("Not placed");
    case Filter::InProgress:
        return tr("Approved, offered or accepted");
    case Filter::OwnTeam:
        return tr("My team's households");
    }
    return {};
}

bool PlanEntriesModel::accepts(const PlanEntry &e) const
{
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Proposed:
        return e.status != EntryStatus::NotPlaced; // the place itself is blank for another team
    case Filter::NotPlaced:
        return e.status == EntryStatus::NotPlaced;
    case Filter::InProgress:
        return e.status == EntryStatus::Approved || e.status == EntryStatus::Offered
            || e.status == EntryStatus::Accepted;
    case Filter::OwnTeam:
        return !e.restricted;
    }
    return true;
}

void PlanEntriesModel::rebuild()
{
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all[i]))
            m_shown << i;
    }
}

} // namespace vangnet
