#include "dashboard/DrillDownModel.h"

namespace vangnet {

DrillDownModel::DrillDownModel(QObject *parent) : QAbstractTableModel(parent) { }

void DrillDownModel::setRows(QList<dashboard::MetricRow> rows, bool showDays)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_showDays = showDays;
    endResetModel();
}

qint64 DrillDownModel::householdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).householdId : 0;
}

int DrillDownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DrillDownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DrillDownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    const dashboard::MetricRow &r = m_rows.at(index.row());
    switch (index.column()) {
    case Household:
        return r.householdName;
    case Wijk:
        return r.wijk;
    case Date:
        return r.on.toString(QStringLiteral("dd-MM-yyyy"));
    case Group:
        return r.label.isEmpty() ? r.group : r.label;
    case Detail:
        if (m_showDays)
            return tr("%n day(s) after the signal of %1", nullptr, int(r.amount)).arg(r.since.toString(QStringLiteral("dd-MM-yyyy")));
        return r.detail;
    default:
        return {};
    }
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Household:
        return tr("Household");
    case Wijk:
        return tr("District");
    case Date:
        return tr("Date");
    case Group:
        return tr("Group");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace vangnet
