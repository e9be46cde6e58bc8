#pragma once

#include "importing/ImportRows.h"
#include "places/Place.h"
#include "security/Role.h"
#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace vangnet {
class Clock;
class Database;
class Session;
} // namespace vangnet

namespace vangnet::places {

struct PlaceFile;

/// The outcome of one place import; `places import --json` prints it with these names.
struct PlaceImportSummary {
    qint64 read = 0;      ///< data rows in the file
    qint64 inserted = 0;  ///< new plek_ids
    qint64 updated = 0;   ///< known plek_ids whose details changed
    qint64 unchanged = 0; ///< known plek_ids delivered as they are stored
    qint64 rejected = 0;  ///< rows refused; `rejects` has one entry per bad field
    QList<importing::Reject> rejects;
};

/// The place inventory (docs/planner.md, "Place inventory"). The functioneel beheerder manages
/// it (Permission::ManagePlaces); team leads and caseworkers read it, for places hold no personal
/// data and both need them for the planner. A refusal is ErrorCode::PermissionDenied and is
/// audited; every change is audited as AuditAction::ChangePlaces with counts or the plek_id.
class PlaceService {
public:
    PlaceService(const Database &db, const Clock &clock, const Session &session);

    /// Every place, ordered by plek_id.
    Result<QList<Place>> list() const;
    /// The wijken the places are in (distinct, sorted), for who may read the places: what a
    /// housing need offers to choose from.
    Result<QStringList> wijken() const;
    /// Reads and stores a provider's file in one transaction: new plek_ids are inserted, changed
    /// ones updated (their status kept), rejected rows reported and left out. A file that cannot
    /// be read or has the wrong header is refused whole (ErrorCode::Io or Invalid), nothing stored.
    Result<PlaceImportSummary> importFile(const QString &path);
    /// The same for a file already read (PlaceCsvReader).
    Result<PlaceImportSummary> importPlaces(const PlaceFile &file);
    /// Sets the status of the place with this plek_id; NotFound when there is none.
    Result<void> setStatus(const QString &plekId, PlaceStatus status);

private:
    /// Who may read the inventory (list, wijken).
    Result<void> mayRead() const;
    Result<void> allowed(Permission permission, const QString &attempted) const;
    Result<void> audit(const QString &detail) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet::places
