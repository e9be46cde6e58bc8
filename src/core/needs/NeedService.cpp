#include "needs/NeedService.h"

#include "audit/AuditLog.h"
#include "needs/NeedCsvReader.h"
#include "needs/NeedRepository.h"
#include "places/PlaceKeys.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet::needs {

namespace {

const QString householdObject = QStringLiteral("household");

/// One message for "does not exist" and "not yours", so a refusal does not reveal which.
Error unknownHousehold(qint64 householdId)
{
    return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::needs::NeedService", "There is no household %1 that you may see.").arg(householdId)};
}

QString describe(const HousingNeed &n)
{
    QStringList types;
    for (places::HousingType t : n.woonvormen)
        types << places::housingTypeKey(t);
    // No names or wijken: the audit log names objects, not their personal details.
    return QStringLiteral("applicant:%1 persons:%2 wheelchair:%3 pet:%4 care:%5 woonvormen:%6 from:%7")
        .arg(n.applicantId)
        .arg(n.persons)
        .arg(n.wheelchair ? 1 : 0)
        .arg(n.pet ? 1 : 0)
        .arg(places::careLevelKey(n.care), types.join(QLatin1Char(',')), n.availableFrom.toString(Qt::ISODate));
}

} // namespace

NeedService::NeedService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> NeedService::denied(const Error &refusal, qint64 householdId) const
{
    return AccessGuard(m_db, m_clock, m_session).refuse(refusal, householdObject, householdId, QStringLiteral("attempt:need"));
}

Result<void> NeedService::mayUseAtAll(bool edit) const
{
    const Permission permission = edit ? Permission::EditHouseholds : Permission::ViewHouseholds;
    if (auto allowed = m_session.require(permission); !allowed)
        return denied(allowed.error(), 0);
    return success();
}

Result<void> NeedService::mayUse(qint64 householdId, bool edit) const
{
    if (auto allowed = mayUseAtAll(edit); !allowed)
        return allowed;
    auto team = HouseholdRepository(m_db).teamOf(householdId);
    if (!team) {
        if (team.error().code != ErrorCode::NotFound)
            return team.error();
        return denied(unknownHousehold(householdId), householdId);
    }
    const Permission permission = edit ? Permission::EditHouseholds : Permission::ViewHouseholds;
    if (auto allowed = m_session.requireTeam(permission, *team); !allowed)
        return denied(unknownHousehold(householdId), householdId);
    return success();
}

Result<void> NeedService::check(const HousingNeed &need) const
{
    if (need.persons < 1)
        return Error::invalid({{QStringLiteral("persons"), QCoreApplication::translate("vangnet::needs::NeedService", "At least one person must move.")}});
    auto member = NeedRepository(m_db).isMember(need.householdId, need.applicantId);
    if (!member)
        return member.error();
    if (!*member)
        return Error::invalid({{QStringLiteral("applicant"), QCoreApplication::translate("vangnet::needs::NeedService", "The applicant must be a member of the household.")}});
    return success();
}

Result<std::optional<HousingNeed>> NeedService::get(qint64 householdId) const
{
    if (auto ok = mayUse(householdId, false); !ok)
        return ok.error();
    return NeedRepository(m_db).find(householdId);
}

Result<NeedChange> NeedService::store(HousingNeed need)
{
    NeedRepository repository(m_db);
    auto stored = repository.find(need.householdId);
    if (!stored)
        return stored.error();
    if (*stored && (*stored)->sameNeedAs(need))
        return NeedChange::Unchanged;
    need.updatedAt = m_clock.now().toUTC();
    need.updatedBy = m_session.user().username;
    if (auto written = repository.store(need, stored->has_value()); !written)
        return written.error();
    const NeedChange change = *stored ? NeedChange::Updated : NeedChange::Inserted;
    const QString detail = (change == NeedChange::Inserted ? QStringLiteral("need recorded ") : QStringLiteral("need changed "))
                           + describe(need);
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::ChangeNeed, householdObject, need.householdId,
                                   AuditResult::Success, {}, detail);
        !audited)
        return audited.error();
    return change;
}

Result<NeedChange> NeedService::record(HousingNeed need)
{
    if (auto ok = mayUse(need.householdId, true); !ok)
        return ok.error();
    if (auto ok = check(need); !ok)
        return ok.error();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto change = store(need);
    if (!change)
        return change.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return change;
}

Result<void> NeedService::remove(qint64 householdId)
{
    if (auto ok = mayUse(householdId, true); !ok)
        return ok;
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    auto removed = NeedRepository(m_db).remove(householdId);
    if (!removed)
        return removed.error();
    if (!*removed)
        return Error{ErrorCode::NotFound, QCoreApplication::translate("vangnet::needs::NeedService", "Household %1 has no housing need.").arg(householdId)};
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::ChangeNeed, householdObject, householdId,
                                   AuditResult::Success, {}, QStringLiteral("need removed"));
        !audited)
        return audited;
    return tx.commit();
}

Result<NeedImportSummary> NeedService::importFile(const QString &path)
{
    // Checked before the file is read, so the beheerder learns nothing from its errors either.
    if (auto ok = mayUseAtAll(true); !ok)
        return ok.error();
    auto file = NeedCsvReader::read(path);
    if (!file)
        return file.error();
    return importNeeds(*file);
}

Result<NeedImportSummary> NeedService::importNeeds(const NeedFile &file)
{
    if (auto ok = mayUseAtAll(true); !ok)
        return ok.error();
    NeedImportSummary summary;
    summary.read = file.read;
    summary.rejects = file.rejects;
    summary.rejected = file.rejected;

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    HouseholdRepository households(m_db);
    NeedRepository needs(m_db);
    for (const NeedRow &row : file.rows) {
        const HousingNeed &n = row.need;
        // Refused without a PermissionDenied record per row: the import's own audit record
        // counts them, and a file of strangers' ids must not flood the log.
        auto team = households.teamOf(n.householdId);
        if (!team && team.error().code != ErrorCode::NotFound)
            return team.error();
        if (!team || !m_session.requireTeam(Permission::EditHouseholds, *team)) {
            summary.rejects << importing::Reject{row.line, NeedCsvReader::householdColumn(),
                                                 unknownHousehold(n.householdId).message};
            ++summary.rejected;
            continue;
        }
        auto member = needs.isMember(n.householdId, n.applicantId);
        if (!member)
            return member.error();
        if (!*member) {
            summary.rejects << importing::Reject{
                row.line, NeedCsvReader::applicantColumn(),
                QCoreApplication::translate("vangnet::needs::NeedService", "Person %1 is not a member of household %2.").arg(n.applicantId).arg(n.householdId)};
            ++summary.rejected;
            continue;
        }
        auto change = store(n);
        if (!change)
            return change.error();
        switch (*change) {
        case NeedChange::Inserted: ++summary.inserted; break;
        case NeedChange::Updated: ++summary.updated; break;
        case NeedChange::Unchanged: ++summary.unchanged; break;
        }
    }
    const QString detail = QStringLiteral("import read:%1 inserted:%2 updated:%3 unchanged:%4 rejected:%5")
                               .arg(summary.read).arg(summary.inserted).arg(summary.updated)
                               .arg(summary.unchanged).arg(summary.rejected);
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::ChangeNeed, QStringLiteral("housing_needs"), 0,
                                   AuditResult::Success, {}, detail);
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("housing needs imported by user {}: {}", m_session.user().id, detail.toStdString());
    return summary;
}

} // namespace vangnet::needs
