#pragma once

#include "audit/AuditEvent.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace vangnet {

/// The audit records the viewer found (at most AuditQuery::limit, filtered in SQL by core).
class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        ObjectColumn,
        ResultColumn,
        OriginColumn,
        ReasonColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AuditTableModel(QObject *parent = nullptr);
    AuditTableModel(const AuditTableModel &) = delete;
    AuditTableModel &operator=(const AuditTableModel &) = delete;

    void setEvents(QList<AuditEvent> events);
    const QList<AuditEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<AuditEvent> itemAt(const QModelIndex &index) const;
    QModelIndex indexOf(qint64 id) const;

    /// The text shown in `column` for `event` (the CSV export writes the same).
    static QString text(const AuditEvent &event, Column column);
    static QString resultLabel(AuditResult result);

private:
    QList<AuditEvent> m_events;
};

} // namespace vangnet
