#include "households/HouseholdService.h"

#include "audit/AuditLog.h"
#include "domain/Validation.h"
#include "households/BsnConflicts.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "importing/DischargeWriter.h"
#include "importing/RowWriters.h"
#include "rules/RulesService.h"
#include "signals/SignalRepository.h"
#include "storage/SqlStatement.h"
#include "storage/AddressRepository.h"
#include "storage/Database.h"
#include "storage/HouseholdRepository.h"
#include "storage/NoteRepository.h"
#include "storage/PersonRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <spdlog/spdlog.h>

namespace vangnet {

HouseholdService::HouseholdService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_db(db.connection()), m_clock(clock), m_session(session)
{
}

Result<void> HouseholdService::audit(AuditAction action, qint64 id, AuditResult result) const
{
    return AuditLog(m_db, m_clock).record(m_session, action, QStringLiteral("household"), id, result);
}

Error HouseholdService::denied(const Error &refusal, qint64 id) const
{
    return AccessGuard(m_db, m_clock, m_session).refuse(refusal, QStringLiteral("household"), id);
}

Result<void> HouseholdService::reflag(qint64 id) const
{
    auto evaluated = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({id});
    if (!evaluated)
        return evaluated.error();
    return success();
}

Result<qint64> HouseholdService::mayView(qint64 id) const
{
    if (auto allowed = m_session.require(Permission::ViewHouseholds); !allowed)
        return denied(allowed.error(), id);
    auto team = HouseholdRepository(m_db).teamOf(id);
    if (team)
        if (auto allowed = m_session.requireTeam(Permission::ViewHouseholds, *team); !allowed)
            return denied(allowed.error(), id);
    return team;
}

Result<Household> HouseholdService::visible(qint64 id) const
{
    if (auto allowed = mayView(id); !allowed)
        return allowed.error();
    auto household = HouseholdRepository(m_db).get(id, m_session.fields());
    if (!household)
        return AuditLog(m_db, m_clock).recordDamage(m_session, household.error(), QStringLiteral("household"), id);
    return household;
}

Result<Household> HouseholdService::get(qint64 id) const
{
    auto household = visible(id);
    if (household)
        if (auto audited = audit(AuditAction::OpenHousehold, id); !audited)
            return audited.error();
    return household;
}

Result<void> HouseholdService::mayEdit(qint64 id) const
{
    if (auto allowed = m_session.require(Permission::EditHouseholds); !allowed)
        return denied(allowed.error(), id);
    auto team = mayView(id);
    if (!team)
        return team.error();
    if (auto allowed = m_session.requireTeam(Permission::EditHouseholds, *team); !allowed)
        return denied(allowed.error(), id);
    return success();
}

QList<FieldError> HouseholdService::validate(const Household &household) const
{
    return validateWith(household, nullptr);
}

QList<FieldError> HouseholdService::validateWith(const Household &household, QList<BsnConflict> *foreign) const
{
    QList<FieldError> errors = validation::validateHousehold(household, m_clock.today());
    const Household normal = validation::normalized(household);
    auto conflicts = findBsnConflicts(m_db, m_session.fields(), normal, m_session.user().teamId);
    if (!conflicts) {
        errors.append({QStringLiteral("members"), conflicts.error().message});
        return errors;
    }
    for (const BsnConflict &c : std::as_const(*conflicts)) {
        const QString field = QStringLiteral("members[%1].bsn").arg(c.member);
        if (c.ownTeam) {
            errors.append({field, QCoreApplication::translate("vangnet::HouseholdService", "BSN %1 is already registered for another person")
                                      .arg(normal.members.at(c.member).bsn)});
            continue;
        }
        // Another team's person: neither confirm nor deny that the BSN is known elsewhere.
        errors.append({field, QCoreApplication::translate("vangnet::HouseholdService",
                                                          "This BSN cannot be recorded here; contact the functional administrator")});
        if (foreign)
            foreign->append(c);
    }
    return errors;
}

Result<void> HouseholdService::checkBeforeSave(const Household &household) const
{
    QList<BsnConflict> foreign;
    const QList<FieldError> errors = validateWith(household, &foreign);
    // Entering another team's BSN is a look-up by BSN in effect: on record like a BSN search,
    // on the holder, so "who looked at this person" shows the attempt.
    for (const BsnConflict &c : std::as_const(foreign))
        if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::Search, QStringLiteral("person"), c.holderId,
                                                          AuditResult::Denied, {}, QStringLiteral("search:bsn attempt:register"));
            !audited)
            return audited.error();
    if (!errors.isEmpty())
        return Error::invalid(errors);
    return success();
}

Result<Household> HouseholdService::create(Household household)
{
    if (auto allowed = m_session.require(Permission::EditHouseholds); !allowed)
        return denied(allowed.error(), 0);
    household.teamId = m_session.user().teamId; // a new household belongs to its maker's team
    if (auto checked = checkBeforeSave(household); !checked)
        return checked.error();
    Household h = validation::normalized(std::move(household));
    const QDateTime now = m_clock.now();

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto addressId = AddressRepository(m_db).upsert(h.address);
    if (!addressId)
        return addressId.error();
    h.address.id = *addressId;
    auto id = HouseholdRepository(m_db).insert(h, now);
    if (!id)
        return id.error();
    PersonRepository persons(m_db, m_session.fields());
    for (Person &p : h.members) {
        p.householdId = *id;
        auto stored = persons.insert(p, now);
        if (!stored)
            return stored.error();
        p = *stored;
    }
    // The audit record joins this transaction: the change and its record commit together.
    if (auto audited = audit(AuditAction::CreateHousehold, *id); !audited)
        return audited.error();
    if (auto flagged = reflag(*id); !flagged)
        return flagged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("household {} created with {} members", *id, h.members.size());
    return visible(*id);
}

Result<void> HouseholdService::writeMembers(const Household &stored, Household &edited)
{
    PersonRepository persons(m_db, m_session.fields());
    const QDateTime now = m_clock.now();
    QSet<qint64> kept;
    for (const Person &p : edited.members)
        if (p.id != 0)
            kept.insert(p.id);
    // Remove first, so a BSN moved from a removed member to a new one does not collide.
    for (const Person &old : stored.members)
        if (!kept.contains(old.id))
            if (auto removed = persons.remove(old.id); !removed)
                return removed;
    for (Person &p : edited.members) {
        p.householdId = edited.id;
        if (p.id == 0) {
            auto inserted = persons.insert(p, now);
            if (!inserted)
                return inserted.error();
            p = *inserted;
            continue;
        }
        const auto old = std::find_if(stored.members.cbegin(), stored.members.cend(),
                                      [&p](const Person &s) { return s.id == p.id; });
        if (old == stored.members.cend())
            return Error{ErrorCode::StaleEdit, QCoreApplication::translate("vangnet::HouseholdService", "A member of this household was removed by someone else since you "
                                                  "opened it. Your changes were not saved.")};
        if (*old == p)
            continue;
        auto updated = persons.update(p, now);
        if (!updated)
            return updated.error();
        p = *updated;
    }
    return success();
}

Result<Household> HouseholdService::save(Household household)
{
    if (household.id == 0)
        return create(std::move(household));
    if (auto allowed = mayEdit(household.id); !allowed)
        return allowed.error();
    if (auto checked = checkBeforeSave(household); !checked)
        return checked.error();
    Household h = validation::normalized(std::move(household));

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    HouseholdRepository households(m_db);
    auto stored = households.get(h.id, m_session.fields());
    if (!stored)
        return stored.error();
    if (stored->version != h.version)
        return households.staleOrMissing(h.id).error();
    h.teamId = stored->teamId; // moving a household to another team is not an edit of its facts

    AddressRepository addresses(m_db);
    auto addressId = addresses.upsert(h.address);
    if (!addressId)
        return addressId.error();
    h.address.id = *addressId;
    if (auto written = writeMembers(*stored, h); !written)
        return written.error();
    if (auto version = households.update(h, h.version, m_clock.now()); !version)
        return version.error();
    if (stored->address.id != h.address.id)
        if (auto cleaned = addresses.removeIfUnused(stored->address.id); !cleaned)
            return cleaned.error();
    if (auto audited = audit(AuditAction::ChangeHousehold, h.id); !audited)
        return audited.error();
    if (auto flagged = reflag(h.id); !flagged)
        return flagged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("household {} saved ({} members)", h.id, h.members.size());
    return visible(h.id);
}

Result<void> HouseholdService::remove(qint64 id, int version)
{
    if (auto allowed = mayEdit(id); !allowed)
        return allowed;
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    HouseholdRepository households(m_db);
    auto stored = households.get(id, m_session.fields());
    if (!stored)
        return stored.error();
    if (auto removed = households.remove(id, version); !removed)
        return removed;
    if (auto cleaned = AddressRepository(m_db).removeIfUnused(stored->address.id); !cleaned)
        return cleaned;
    if (auto audited = audit(AuditAction::DeleteHousehold, id); !audited)
        return audited;
    if (auto committed = tx.commit(); !committed)
        return committed;
    spdlog::info("household {} removed", id);
    return success();
}

Result<Note> HouseholdService::addNote(qint64 householdId, const QString &text)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return Error::invalid({{QStringLiteral("note"), QCoreApplication::translate("vangnet::HouseholdService", "A note cannot be empty")}});
    if (auto allowed = mayEdit(householdId); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    // The author is who is logged in, never what a caller says.
    auto note = NoteRepository(m_db, m_session.fields())
                    .add(Note{0, householdId, m_session.user().displayName, m_clock.now(), body, 0});
    if (!note)
        return note.error();
    // The record names the note, not its text; it commits with the note.
    if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::ChangeHousehold, QStringLiteral("household"),
                                                      householdId, AuditResult::Success, {},
                                                      QStringLiteral("note %1 added").arg(note->id));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("note {} added to household {}", note->id, householdId);
    return note;
}

Result<QString> HouseholdService::revealBsn(qint64 personId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid({{QStringLiteral("reason"),
                                QCoreApplication::translate("vangnet::HouseholdService", "Give the reason for looking at the BSN")}});
    PersonRepository persons(m_db, m_session.fields());
    auto householdId = persons.householdOf(personId);
    if (!householdId)
        return householdId.error();
    if (auto shown = mayView(*householdId); !shown)
        return shown.error();
    auto plain = persons.revealBsn(personId);
    if (!plain)
        return AuditLog(m_db, m_clock).recordDamage(m_session, plain.error(), QStringLiteral("person"), personId);
    if (plain->isEmpty())
        return Error{ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::HouseholdService", "No BSN is registered for this person.")};
    // No record, no BSN: the reveal is shown only once it is in the audit log.
    if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::RevealBsn, QStringLiteral("person"), personId,
                                                      AuditResult::Success, reason.trimmed(),
                                                      QStringLiteral("household %1").arg(*householdId));
        !audited)
        return audited.error();
    spdlog::info("BSN of person {} revealed to user {}", personId, m_session.user().id);
    return plain;
}

Result<QList<SignalRecord>> HouseholdService::signalsOf(qint64 householdId) const
{
    if (auto shown = mayView(householdId); !shown)
        return shown.error();
    return SignalRepository(m_db).signalsOf(householdId);
}

Result<QList<DischargeRecord>> HouseholdService::dischargesOf(qint64 householdId) const
{
    if (auto shown = mayView(householdId); !shown)
        return shown.error();
    return SignalRepository(m_db).dischargesOf(householdId);
}

namespace {

/// The member must belong to the household.
Result<void> requireMember(const Household &h, qint64 personId)
{
    for (const Person &p : h.members)
        if (p.id == personId)
            return success();
    return Error::invalid({{QStringLiteral("person"),
                            QCoreApplication::translate("vangnet::HouseholdService", "Choose a member of this household")}});
}

Error duplicateEntry()
{
    return Error{ErrorCode::Conflict, QCoreApplication::translate("vangnet::HouseholdService",
                                                                  "This household already has exactly this entry.")};
}

} // namespace

Result<qint64> HouseholdService::addSignal(qint64 householdId, qint64 personId, const importing::SignalRow &row)
{
    if (auto allowed = mayEdit(householdId); !allowed)
        return allowed.error();
    QList<FieldError> errors;
    if (!row.signalDate.isValid())
        errors.append({QStringLiteral("signaaldatum"), QCoreApplication::translate("vangnet::HouseholdService", "Give the signal date")});
    else if (row.signalDate > m_clock.today())
        errors.append({QStringLiteral("signaaldatum"),
                       QCoreApplication::translate("vangnet::HouseholdService", "The signal date lies in the future")});
    if (row.arisenDate.isValid() && row.signalDate.isValid() && row.arisenDate > row.signalDate)
        errors.append({QStringLiteral("ontstaansdatum"), QCoreApplication::translate("vangnet::HouseholdService",
                                                                                     "The arrears cannot arise after the signal date")});
    if (row.amountCents && *row.amountCents < 0)
        errors.append({QStringLiteral("bedrag"), QCoreApplication::translate("vangnet::HouseholdService", "The amount cannot be negative")});
    if (!errors.isEmpty())
        return Error::invalid(errors);
    return addEntry(householdId, personId, "signal", [&]() -> Result<importing::Written> {
        importing::SignalWriter writer(m_db, timestampToSql(m_clock.now()));
        if (auto loaded = writer.loadPerson(personId); !loaded)
            return loaded.error();
        importing::SignalRow stored = row;
        stored.person = {}; // the member is chosen, not matched
        return writer.write(stored, {householdId, personId}, 0);
    });
}

Result<qint64> HouseholdService::addDischarge(qint64 householdId, qint64 personId, const importing::DischargeRow &row)
{
    if (auto allowed = mayEdit(householdId); !allowed)
        return allowed.error();
    if (!row.expectedDate.isValid())
        return Error::invalid({{QStringLiteral("verwachte_uitstroomdatum"),
                                QCoreApplication::translate("vangnet::HouseholdService", "Give the expected discharge date")}});
    return addEntry(householdId, personId, "discharge notice", [&]() -> Result<importing::Written> {
        importing::DischargeRow stored = row;
        stored.person = {};
        // The same id again updates that notice; a newer one supersedes the member's older open
        // one (docs/formats.md, "Discharge lifecycle"). Each notice changed is on record.
        importing::DischargeChanges changes{m_session.user().displayName, m_clock.now(), m_clock.today(),
                                            [this](qint64 dischargeId, const QString &detail) {
                                                return AuditLog(m_db, m_clock).record(
                                                    m_session, AuditAction::ChangeDischarge,
                                                    QStringLiteral("discharge_notice"), dischargeId,
                                                    AuditResult::Success, {}, detail);
                                            },
                                            true};
        return importing::DischargeWriter(m_db, std::move(changes)).write(stored, {householdId, personId}, 0);
    });
}

Result<qint64> HouseholdService::addEntry(qint64 householdId, qint64 personId, const char *what,
                                          const std::function<Result<importing::Written>()> &write)
{
    auto household = HouseholdRepository(m_db).get(householdId, m_session.fields());
    if (!household)
        return household.error();
    if (auto member = requireMember(*household, personId); !member)
        return member.error();
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto written = write();
    if (!written)
        return written.error();
    if (written->refused) // nothing was written; the field names the entry's own field
        return Error::invalid({{written->refused->column, written->refused->reason}});
    if (!written->inserted && !written->updated)
        return duplicateEntry();
    const char *done = written->updated ? "updated" : "added";
    // The change and its record commit together; the record names the entry, not its content.
    if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::ChangeHousehold, QStringLiteral("household"),
                                                      householdId, AuditResult::Success, {},
                                                      QStringLiteral("%1 %2 %3").arg(QLatin1String(what)).arg(written->id)
                                                          .arg(QLatin1String(done)));
        !audited)
        return audited.error();
    QList<qint64> changed{householdId}; // and those of notices it updated or superseded
    for (qint64 other : std::as_const(written->households))
        if (!changed.contains(other))
            changed << other;
    for (qint64 id : std::as_const(changed))
        if (auto flagged = reflag(id); !flagged)
            return flagged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("{} {} {} by hand on household {}", what, written->id, done, householdId);
    return written->id;
}

Result<QList<Note>> HouseholdService::notes(qint64 householdId) const
{
    if (auto shown = mayView(householdId); !shown)
        return shown.error();
    auto notes = NoteRepository(m_db, m_session.fields()).forHousehold(householdId);
    if (!notes)
        return AuditLog(m_db, m_clock).recordDamage(m_session, notes.error(), QStringLiteral("household"), householdId);
    return notes;
}

} // namespace vangnet
