#pragma once

#include "households/DuplicatePair.h"

#include <QAbstractTableModel>
#include <QList>

namespace vangnet {

/// Mogelijke dubbelingen as a table: one row per pair, in the order detection gives them
/// (highest score first). A few hundred pairs at most, so it holds them all.
class DuplicatesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesModel)
public:
    enum Column { HouseholdA, HouseholdB, Score, Reasons, ColumnCount };

    explicit DuplicatesModel(QObject *parent = nullptr);

    void setPairs(QList<households::DuplicatePair> pairs);
    /// Takes one pair out (set aside, or merged) without reading everything again.
    void removePair(qint64 a, qint64 b);

    /// The pair at this index; null for an invalid index.
    const households::DuplicatePair *itemAt(const QModelIndex &index) const;
    /// The first column of the pair (a, b); invalid when it is not shown.
    QModelIndex indexOf(qint64 a, qint64 b) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Jansen (12), Lindelaan 12, 7411 AB Vangstad"
    static QString sideText(const households::DuplicateSide &side);

private:
    QList<households::DuplicatePair> m_pairs;
};

} // namespace vangnet
