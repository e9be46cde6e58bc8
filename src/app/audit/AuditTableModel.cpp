#include "audit/AuditTableModel.h"

namespace vangnet {

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEvents(QList<AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::resultLabel(AuditResult result)
{
    switch (result) {
    case AuditResult::Success:
        return tr("Success");
    case AuditResult::Denied:
        return tr("Denied");
    case AuditResult::Failed:
        return tr("Failed");
    }
    return {};
}

QString AuditTableModel::text(const AuditEvent &event, Column column)
{
    switch (column) {
    case TimeColumn:
        return event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return event.actorName;
    case ActionColumn:
        return auditActionLabel(event.action);
    case ObjectColumn:
        if (event.objectType.isEmpty())
            return {};
        return event.objectId == 0 ? event.objectType
                                   : QStringLiteral("%1 %2").arg(event.objectType).arg(event.objectId);
    case ResultColumn:
        return resultLabel(event.result);
    case OriginColumn:
        return event.origin.osUser.isEmpty() ? event.origin.host
                                             : QStringLiteral("%1@%2").arg(event.origin.osUser, event.origin.host);
    case ReasonColumn:
        return event.reason;
    case DetailColumn:
        return event.detail;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEvent &event = m_events.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole)
        return text(event, column);
    if (role == Qt::ToolTipRole && column == TimeColumn)
        return event.at.toUTC().toString(Qt::ISODate);
    if (role == Qt::UserRole)
        return event.id;
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case ObjectColumn:
        return tr("Object");
    case ResultColumn:
        return tr("Result");
    case OriginColumn:
        return tr("Origin");
    case ReasonColumn:
        return tr("Reason");
    case DetailColumn:
        return tr("Detail");
    case ColumnCount:
        break;
    }
    return {};
}

std::optional<AuditEvent> AuditTableModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return std::nullopt;
    return m_events.at(index.row());
}

QModelIndex AuditTableModel::indexOf(qint64 id) const
{
    for (int row = 0; row < m_events.size(); ++row) {
        if (m_events.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

} // namespace vangnet
