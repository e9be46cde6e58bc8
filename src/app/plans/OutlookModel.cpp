#include "plans/OutlookModel.h"

#include "places/PlaceKeys.h"
#include "plans/CapacityOutlookText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace vangnet {

using plans::OutlookCell;

namespace {

// Shortage colours with enough contrast for the text on them (WCAG AA); the text says "short"
// as well, so nobody depends on the colour.
const QColor shortBackground(0xf8, 0xd7, 0xda);
const QColor shortText(0x84, 0x20, 0x29);

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd-MM-yyyy"));
}

/// A header on two lines at its first space ("Begeleid\nwonen"): the columns stay narrow.
QString twoLines(QString label)
{
    if (const qsizetype space = label.indexOf(QLatin1Char(' ')); space > 0)
        label[space] = QLatin1Char('\n');
    return label;
}

} // namespace

OutlookModel::OutlookModel(QObject *parent) : QAbstractTableModel(parent) {}

void OutlookModel::setOutlook(const plans::CapacityOutlook &outlook)
{
    beginResetModel();
    m_outlook = outlook;
    endResetModel();
}

int OutlookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_outlook.weeks.size());
}

int OutlookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const OutlookCell *OutlookModel::cellAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_outlook.weeks.size())
        return nullptr;
    const plans::OutlookWeek &week = m_outlook.weeks[index.row()];
    if (index.column() == NoPreferenceColumn)
        return &week.noPreference;
    if (index.column() == TotalColumn)
        return &week.total;
    if (index.column() >= FirstWoonvormColumn && index.column() < NoPreferenceColumn)
        return &week.woonvormen[std::size_t(index.column() - FirstWoonvormColumn)];
    return nullptr;
}

QModelIndex OutlookModel::indexOf(int week, places::HousingType type) const
{
    return index(week, FirstWoonvormColumn + int(type));
}

QString OutlookModel::details(const OutlookCell &cell, int column) const
{
    if (column == NoPreferenceColumn)
        return tr("Households any housing type will do for: %1 this week, %2 so far. They count in the total.")
            .arg(cell.demand)
            .arg(cell.cumulativeDemand);
    QString text = tr("Households expected: %1 this week, %2 so far. Places coming free: %3 this week, %4 so far.")
                       .arg(cell.demand)
                       .arg(cell.cumulativeDemand)
                       .arg(cell.supply)
                       .arg(cell.cumulativeSupply);
    if (cell.isShort())
        text += QLatin1Char(' ') + tr("Short by %n household(s).", nullptr, -cell.balance());
    return text;
}

QVariant OutlookModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_outlook.weeks.size())
        return {};
    const plans::OutlookWeek &week = m_outlook.weeks[index.row()];
    const OutlookCell *cell = cellAt(index);
    const bool isShort = cell && index.column() != NoPreferenceColumn && cell->isShort();
    switch (role) {
    case Qt::DisplayRole:
        if (!cell)
            return tr("%1 (%2)").arg(week.week).arg(week.start.toString(QStringLiteral("dd-MM")));
        if (index.column() == NoPreferenceColumn)
            return QString::number(cell->cumulativeDemand);
        return plans::balanceLabel(*cell);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!cell)
            return tr("From %1 to %2").arg(day(week.start), day(week.end));
        return details(*cell, index.column());
    case Qt::BackgroundRole:
        return isShort ? QVariant(QBrush(shortBackground)) : QVariant();
    case Qt::ForegroundRole:
        return isShort ? QVariant(QBrush(shortText)) : QVariant();
    case Qt::FontRole:
        if (isShort) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::TextAlignmentRole:
        return cell ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    default:
        return {};
    }
}

QVariant OutlookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == WeekColumn)
        return tr("Week");
    if (section == NoPreferenceColumn)
        return role == Qt::DisplayRole ? twoLines(tr("No preference"))
                                       : tr("Households any housing type will do for, so far: they count in the total");
    if (section == TotalColumn)
        return role == Qt::DisplayRole ? twoLines(tr("All together")) : tr("Every place against every household, so far");
    if (section > WeekColumn && section < NoPreferenceColumn) {
        const QString label = places::housingTypeLabel(places::HousingType(section - FirstWoonvormColumn));
        return role == Qt::DisplayRole ? twoLines(label) : tr("%1: places minus households so far").arg(label);
    }
    return {};
}

} // namespace vangnet
