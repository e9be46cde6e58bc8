#pragma once

#include "places/Place.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace vangnet {

/// The place inventory as a table (Woonplekken). Holds every place and shows those that pass
/// the filter; filters and sorts itself, for an inventory is a few thousand places at most.
class PlacesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlacesModel)
public:
    enum Column {
        PlekId,
        Provider,
        Location,
        Wijk,
        HousingType,
        Capacity,
        AvailableFrom,
        Status,
        Age,
        MaxPersons,
        Wheelchair,
        Pets,
        Care,
        ColumnCount
    };
    /// The value a column sorts by (dates and numbers as such, not as text).
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PlacesModel(QObject *parent = nullptr);

    void setPlaces(const QList<places::Place> &places);
    const QList<places::Place> &allPlaces() const { return m_all; }
    /// Text over plek_id, aanbieder, locatie and wijk; a woonvorm and a status (nullopt: any).
    void setFilter(const QString &text, std::optional<places::HousingType> type,
                   std::optional<places::PlaceStatus> status);

    /// The place shown at this index; null for an invalid index.
    const places::Place *itemAt(const QModelIndex &index) const;
    /// The first column of the place with this plek_id; invalid when it is not shown.
    QModelIndex indexOf(const QString &plekId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// "18–23", "from 18", "up to 23", "all".
    static QString ageText(const places::PlaceDetails &details);

private:
    bool accepts(const places::Place &place) const;
    void rebuild();
    QVariant sortValue(const places::Place &place, int column) const;

    QList<places::Place> m_all;
    QList<int> m_shown; ///< indexes into m_all, in display order
    QString m_text;
    std::optional<places::HousingType> m_type;
    std::optional<places::PlaceStatus> m_status;
    int m_sortColumn = PlekId;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace vangnet
