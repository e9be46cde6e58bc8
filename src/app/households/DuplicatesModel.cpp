#include "households/DuplicatesModel.h"

#include <QBrush>
#include <QColor>

namespace vangnet {

DuplicatesModel::DuplicatesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DuplicatesModel::setPairs(QList<households::DuplicatePair> pairs)
{
    beginResetModel();
    m_pairs = std::move(pairs);
    endResetModel();
}

void DuplicatesModel::removePair(qint64 a, qint64 b)
{
    const QModelIndex at = indexOf(a, b);
    if (!at.isValid())
        return;
    beginRemoveRows({}, at.row(), at.row());
    m_pairs.removeAt(at.row());
    endRemoveRows();
}

const households::DuplicatePair *DuplicatesModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_pairs.size())
        return nullptr;
    return &m_pairs.at(index.row());
}

QModelIndex DuplicatesModel::indexOf(qint64 a, qint64 b) const
{
    for (qsizetype row = 0; row < m_pairs.size(); ++row)
        if (m_pairs.at(row).a.id == std::min(a, b) && m_pairs.at(row).b.id == std::max(a, b))
            return index(int(row), HouseholdA);
    return {};
}

int DuplicatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int DuplicatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DuplicatesModel::sideText(const households::DuplicateSide &side)
{
    return tr("%1 (%2), %3").arg(side.name).arg(side.id).arg(side.address);
}

QVariant DuplicatesModel::data(const QModelIndex &index, int role) const
{
    const households::DuplicatePair *pair = itemAt(index);
    if (!pair)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case HouseholdA:
            return sideText(pair->a);
        case HouseholdB:
            return sideText(pair->b);
        case Score:
            return pair->score;
        case Reasons:
            return pair->reasonsText();
        default:
            return {};
        }
    }
    // A shared BSN is an error in the register: marked in words (the reason) and in colour.
    if (role == Qt::ForegroundRole && pair->hasError() && index.column() == Reasons)
        return QBrush(QColor(0x84, 0x20, 0x29));
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HouseholdA:
        return tr("Household");
    case HouseholdB:
        return tr("Possible duplicate");
    case Score:
        return tr("Score");
    case Reasons:
        return tr("Reasons");
    default:
        return {};
    }
}

} // namespace vangnet
