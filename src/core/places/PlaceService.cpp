#include "places/PlaceService.h"

#include "audit/AuditLog.h"
#include "places/PlaceCsvReader.h"
#include "places/PlaceKeys.h"
#include "places/PlaceRepository.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet::places {

namespace {

const QString placesObject = QStringLiteral("places");

} // namespace

PlaceService::PlaceService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> PlaceService::allowed(Permission permission, const QString &attempted) const
{
    return AccessGuard(m_db, m_clock, m_session).require(permission, placesObject, 0, QStringLiteral("attempt:%1").arg(attempted));
}

Result<void> PlaceService::audit(const QString &detail) const
{
    return AuditLog(m_db, m_clock).record(m_session, AuditAction::ChangePlaces, placesObject, 0, AuditResult::Success,
                                          {}, detail);
}

Result<void> PlaceService::mayRead() const
{
    // Team leads plan with the places and caseworkers match households to them; the beheerder
    // keeps them. Nobody else has a role, so this only refuses a session without one of these.
    const Permission reading
        = m_session.can(Permission::ManagePlaces) ? Permission::ManagePlaces : Permission::ViewHouseholds;
    return allowed(reading, QStringLiteral("places_view"));
}

Result<QList<Place>> PlaceService::list() const
{
    if (auto ok = mayRead(); !ok)
        return ok.error();
    return PlaceRepository(m_db).all();
}

Result<QStringList> PlaceService::wijken() const
{
    if (auto ok = mayRead(); !ok)
        return ok.error();
    return PlaceRepository(m_db).wijken();
}

Result<PlaceImportSummary> PlaceService::importFile(const QString &path)
{
    // Checked before the file is read, so a caseworker learns nothing from its errors either.
    if (auto ok = allowed(Permission::ManagePlaces, auditActionKey(AuditAction::ChangePlaces)); !ok)
        return ok.error();
    auto file = PlaceCsvReader::read(path);
    if (!file)
        return file.error();
    return importPlaces(*file);
}

Result<PlaceImportSummary> PlaceService::importPlaces(const PlaceFile &file)
{
    if (auto ok = allowed(Permission::ManagePlaces, auditActionKey(AuditAction::ChangePlaces)); !ok)
        return ok.error();
    PlaceImportSummary summary;
    summary.read = file.read;
    summary.rejects = file.rejects;
    summary.rejected = file.rejected;

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    PlaceRepository repository(m_db);
    const QDateTime now = m_clock.now().toUTC();
    const QString by = m_session.user().username;
    for (const PlaceRow &row : file.rows) {
        auto stored = repository.find(row.details.plekId);
        if (!stored)
            return stored.error();
        if (!*stored) {
            if (auto inserted = repository.insert(row.details, by, now); !inserted)
                return inserted.error();
            ++summary.inserted;
        } else if ((*stored)->details == row.details) {
            ++summary.unchanged;
        } else {
            if (auto updated = repository.update((*stored)->id, row.details, by, now); !updated)
                return updated.error();
            ++summary.updated;
        }
    }
    // Counts only: a re-delivery of the same file changes nothing but is still worth a trace.
    const QString detail = QStringLiteral("import read:%1 inserted:%2 updated:%3 unchanged:%4 rejected:%5")
                               .arg(summary.read).arg(summary.inserted).arg(summary.updated)
                               .arg(summary.unchanged).arg(summary.rejected);
    if (auto audited = audit(detail); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("place inventory imported by user {}: {}", m_session.user().id, detail.toStdString());
    return summary;
}

Result<void> PlaceService::setStatus(const QString &plekId, PlaceStatus status)
{
    if (auto ok = allowed(Permission::ManagePlaces, auditActionKey(AuditAction::ChangePlaces)); !ok)
        return ok;
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    PlaceRepository repository(m_db);
    auto stored = repository.find(plekId);
    if (!stored)
        return stored.error();
    if (!*stored)
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::places::PlaceService", "There is no place with plek_id \"%1\".")
                         .arg(plekId)};
    const PlaceStatus before = (*stored)->status;
    if (before == status)
        return success();
    if (auto changed = repository.setStatus((*stored)->id, status, m_session.user().username, m_clock.now().toUTC());
        !changed)
        return changed;
    const QString detail
        = QStringLiteral("status %1:%2→%3").arg(plekId, placeStatusKey(before), placeStatusKey(status));
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::ChangePlaces, QStringLiteral("place"), (*stored)->id,
                                   AuditResult::Success, {}, detail);
        !audited)
        return audited;
    return tx.commit();
}

} // namespace vangnet::places
