#pragma once

#include "plans/CapacityOutlook.h"

#include <QAbstractTableModel>

namespace vangnet {

/// The capacity outlook as a table: a row per week, a column per woonvorm with the cumulative
/// balance (places minus households so far), then geen voorkeur (its cumulative households) and
/// the total. A short cell says so in words and in colour (docs/planner.md, "Capacity outlook").
class OutlookModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WeekColumn,
        FirstWoonvormColumn, ///< then one per places::HousingType, in enum order
        NoPreferenceColumn = FirstWoonvormColumn + 7,
        TotalColumn,
        ColumnCount
    };

    explicit OutlookModel(QObject *parent = nullptr);
    OutlookModel(const OutlookModel &) = delete;
    OutlookModel &operator=(const OutlookModel &) = delete;

    void setOutlook(const plans::CapacityOutlook &outlook);
    const plans::CapacityOutlook &outlook() const { return m_outlook; }
    /// The cell behind an index; nullptr for the week column and invalid indexes.
    const plans::OutlookCell *cellAt(const QModelIndex &index) const;
    /// The index of a woonvorm in a week.
    QModelIndex indexOf(int week, places::HousingType type) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString details(const plans::OutlookCell &cell, int column) const;

    plans::CapacityOutlook m_outlook;
};

} // namespace vangnet
