#pragma once

#include "dashboard/DashboardRepository.h"

#include <QAbstractTableModel>

namespace vangnet {

/// The households behind one dashboard figure: household, wijk, the date that put it in the
/// figure, its group (partner, rule, caseworker …) and a detail (flag title, place, days).
class DrillDownModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Household, Wijk, Date, Group, Detail, ColumnCount };

    explicit DrillDownModel(QObject *parent = nullptr);

    void setRows(QList<dashboard::MetricRow> rows, bool showDays);
    const QList<dashboard::MetricRow> &rows() const { return m_rows; }
    qint64 householdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<dashboard::MetricRow> m_rows;
    bool m_showDays = false;
};

} // namespace vangnet
