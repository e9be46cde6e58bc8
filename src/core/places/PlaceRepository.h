#pragma once

#include "places/Place.h"
#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet::places {

/// The places table: the one way to it. Permission checks and audit records are the
/// caller's (PlaceService).
class PlaceRepository {
public:
    explicit PlaceRepository(QSqlDatabase db);

    /// Every place, ordered by plek_id.
    Result<QList<Place>> all() const;
    /// The distinct non-empty wijken of the places, sorted: the names a need can choose from.
    Result<QStringList> wijken() const;
    /// The place with this plek_id (compared exactly); nullopt when none.
    Result<std::optional<Place>> find(const QString &plekId) const;
    /// Stores a new place with status vrij; its id.
    Result<qint64> insert(const PlaceDetails &details, const QString &by, const QDateTime &at);
    /// Replaces what the provider says about place `id`; its status stays as it is.
    Result<void> update(qint64 id, const PlaceDetails &details, const QString &by, const QDateTime &at);
    /// Sets the status of place `id`.
    Result<void> setStatus(qint64 id, PlaceStatus status, const QString &by, const QDateTime &at);

private:
    QSqlDatabase m_db;
};

} // namespace vangnet::places
