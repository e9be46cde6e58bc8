#pragma once

#include "support/Result.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

namespace vangnet::settings {

/// One stored organisation setting.
struct StoredSetting {
    QString value;
    QDateTime updatedAt;
    QString updatedBy;
};

/// The organisation_settings table: key/value rows.
class OrganisationRepository {
public:
    explicit OrganisationRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QHash<QString, StoredSetting>> all() const;
    /// Stores `value` under `key`; an empty value removes the row.
    Result<void> put(const QString &key, const QString &value, const QDateTime &now, const QString &by) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::settings
