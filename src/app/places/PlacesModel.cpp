#include "places/PlacesModel.h"

#include "places/PlaceKeys.h"

#include <algorithm>

namespace vangnet {

using places::Place;

PlacesModel::PlacesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void PlacesModel::setPlaces(const QList<Place> &places)
{
    m_all = places;
    rebuild();
}

void PlacesModel::setFilter(const QString &text, std::optional<places::HousingType> type,
                            std::optional<places::PlaceStatus> status)
{
    m_text = text.trimmed();
    m_type = type;
    m_status = status;
    rebuild();
}

bool PlacesModel::accepts(const Place &place) const
{
    const places::PlaceDetails &d = place.details;
    if (m_type && d.housingType != *m_type)
        return false;
    if (m_status && place.status != *m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString *field : {&d.plekId, &d.provider, &d.location, &d.wijk}) {
        if (field->contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

void PlacesModel::rebuild()
{
    beginResetModel();
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        if (accepts(m_all.at(i)))
            m_shown << i;
    }
    const int column = m_sortColumn;
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    std::stable_sort(m_shown.begin(), m_shown.end(), [&](int a, int b) {
        const QVariant left = sortValue(m_all.at(a), column);
        const QVariant right = sortValue(m_all.at(b), column);
        const auto order = QVariant::compare(left, right);
        return descending ? order == QPartialOrdering::Greater : order == QPartialOrdering::Less;
    });
    endResetModel();
}

void PlacesModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
}

const Place *PlacesModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_shown.size())
        return nullptr;
    return &m_all.at(m_shown.at(index.row()));
}

QModelIndex PlacesModel::indexOf(const QString &plekId) const
{
    for (int row = 0; row < m_shown.size(); ++row) {
        if (m_all.at(m_shown.at(row)).details.plekId == plekId)
            return index(row, 0);
    }
    return {};
}

int PlacesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int PlacesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PlacesModel::ageText(const places::PlaceDetails &d)
{
    if (d.minAge && d.maxAge)
        return QStringLiteral("%1–%2").arg(*d.minAge).arg(*d.maxAge);
    if (d.minAge)
        return tr("from %1").arg(*d.minAge);
    if (d.maxAge)
        return tr("up to %1").arg(*d.maxAge);
    return tr("all");
}

QVariant PlacesModel::sortValue(const Place &place, int column) const
{
    const places::PlaceDetails &d = place.details;
    switch (column) {
    case Capacity: return d.capacity;
    case AvailableFrom: return d.availableFrom;
    case Status: return int(place.status);
    case Age: return d.minAge.value_or(0) * 1000 + d.maxAge.value_or(999);
    case MaxPersons: return d.maxPersons.value_or(1000000);
    case Wheelchair: return int(d.wheelchair);
    case Pets: return int(d.pets);
    case Care: return int(d.care);
    case PlekId: return d.plekId.toLower();
    case Provider: return d.provider.toLower();
    case Location: return d.location.toLower();
    case Wijk: return d.wijk.toLower();
    case HousingType: return places::housingTypeLabel(d.housingType).toLower();
    default: return {};
    }
}

QVariant PlacesModel::data(const QModelIndex &index, int role) const
{
    const Place *place = itemAt(index);
    if (!place)
        return {};
    const places::PlaceDetails &d = place->details;
    const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Capacity:
        case MaxPersons: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role == SortRole)
        return sortValue(*place, index.column());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PlekId: return d.plekId;
    case Provider: return d.provider;
    case Location: return d.location;
    case Wijk: return d.wijk;
    case HousingType: return places::housingTypeLabel(d.housingType);
    case Capacity: return d.capacity;
    case AvailableFrom: return d.availableFrom.toString(QStringLiteral("dd-MM-yyyy"));
    case Status: return places::placeStatusLabel(place->status);
    case Age: return ageText(d);
    case MaxPersons: return d.maxPersons ? QString::number(*d.maxPersons) : tr("no limit");
    case Wheelchair: return yesNo(d.wheelchair);
    case Pets: return yesNo(d.pets);
    case Care: return places::careLevelLabel(d.care);
    default: return {};
    }
}

QVariant PlacesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlekId: return tr("Place id");
    case Provider: return tr("Provider");
    case Location: return tr("Location");
    case Wijk: return tr("District");
    case HousingType: return tr("Housing type");
    case Capacity: return tr("Capacity");
    case AvailableFrom: return tr("Available from");
    case Status: return tr("Status");
    case Age: return tr("Age");
    case MaxPersons: return tr("Max. persons");
    case Wheelchair: return tr("Wheelchair");
    case Pets: return tr("Pets");
    case Care: return tr("Support");
    default: return {};
    }
}

} // namespace vangnet
