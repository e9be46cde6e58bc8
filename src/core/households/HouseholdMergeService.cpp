#include "households/HouseholdMergeService.h"

#include "audit/AuditLog.h"
#include "households/SurnameKey.h"
#include "rules/RulesService.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "settings/OrganisationRepository.h"
#include "storage/Database.h"
#include "storage/SealedColumns.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QCoreApplication>

namespace vangnet::households {

namespace {

const QString householdObject = QStringLiteral("household");

Error unknownHousehold(qint64 id)
{
    return Error{ErrorCode::NotFound,
        QCoreApplication::translate(
            "vangnet::households::HouseholdMergeService", "There is no household %1 that you may see.")
            .arg(id)};
}

Error changedSince(qint64 id)
{
    return Error{ErrorCode::StaleEdit,
        QCoreApplication::translate("vangnet::households::HouseholdMergeService",
            "Household %1 was changed since it was shown; look at "
            "the pair again before merging.")
            .arg(id)};
}

QChar initial(const MergePerson &p)
{
    const QString first = p.voornaam.trimmed().isEmpty() ? p.voorletters.trimmed() : p.voornaam.trimmed();
    return first.isEmpty() ? QChar() : first.at(0).toLower();
}

bool samePerson(const MergePerson &a, const MergePerson &b)
{
    if (!a.bsnHash.isEmpty() && !b.bsnHash.isEmpty())
        return a.bsnHash == b.bsnHash;
    if (!a.born.isValid() || a.born != b.born)
        return false;
    const QChar x = initial(a);
    const QChar y = initial(b);
    return (x.isNull() || y.isNull() || x == y)
        && withinOneEdit(surnameKey(a.voorvoegsel, a.achternaam), surnameKey(b.voorvoegsel, b.achternaam));
}

QString counts(const QMap<QString, int> &per)
{
    QStringList parts;
    for (auto it = per.cbegin(); it != per.cend(); ++it)
        parts << it.key() + QLatin1Char(':') + QString::number(it.value());
    return parts.join(QLatin1Char(' '));
}

} // namespace

HouseholdMergeService::HouseholdMergeService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db)
    , m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Error HouseholdMergeService::denied(const Error &refusal, qint64 id) const
{
    return AccessGuard(m_db, m_clock, m_session).refuse(refusal, householdObject, id, QStringLiteral("attempt:merge"));
}

Result<MergeHousehold> HouseholdMergeService::editable(qint64 id) const
{
    if (auto allowed = m_session.require(Permission::EditHouseholds); !allowed)
        return denied(allowed.error(), id);
    auto h = MergeRepository(m_db).household(id);
    if (!h) {
        if (h.error().code != ErrorCode::NotFound)
            return h.error();
        return denied(unknownHousehold(id), id);
    }
    if (!m_session.canSeeTeam(h->teamId))
        return denied(unknownHousehold(id), id);
    return h;
}

QHash<qint64, qint64> HouseholdMergeService::samePeople(const QList<MergePerson> &keep, const QList<MergePerson> &other)
{
    QHash<qint64, qint64> survivors;
    QSet<qint64> taken;
    for (const MergePerson &o : other)
        for (const MergePerson &k : keep)
            if (!taken.contains(k.id) && samePerson(k, o)) {
                survivors.insert(o.id, k.id);
                taken.insert(k.id);
                break;
            }
    return survivors;
}

Result<int> HouseholdMergeService::joinPeople(
    const QHash<qint64, qint64> &survivors, const QList<MergePerson> &other, MergeRecord &record)
{
    MergeRepository repository(m_db);
    const QString persons = QStringLiteral("persons");
    QJsonArray removed = record.removed.value(persons).toArray();
    QJsonArray bsnGiven;
    for (const MergePerson &p : other) {
        const auto survivor = survivors.constFind(p.id);
        if (survivor == survivors.cend())
            continue;
        if (auto pointed = repository.repoint(p.id, *survivor, record.repointed); !pointed)
            return pointed.error();
        auto row = repository.snapshot(persons, QStringLiteral("id"), p.id);
        if (!row)
            return row.error();
        for (const QJsonValue &r : std::as_const(*row))
            removed << r;
        if (auto gone = repository.deleteRow(persons, QStringLiteral("id"), p.id); !gone)
            return gone.error();
        // The survivor has no BSN and the duplicate had one: sealed again for the survivor's own
        // row (a sealed value names its row, so the stored one cannot be copied).
        if (!p.bsnHash.isEmpty()) {
            auto survivorHash = repository.bsnHashOf(*survivor);
            if (!survivorHash)
                return survivorHash.error();
            if (survivorHash->isEmpty()) {
                const QVariant stored = row->at(0).toObject().value(QStringLiteral("bsn_enc")).toVariant();
                auto plain = sealed::personBsn.open(m_session.fields(), stored, p.id);
                if (!plain)
                    return plain.error();
                if (auto hashed = repository.setBsnHash(*survivor, p.bsnHash); !hashed)
                    return hashed.error();
                if (auto sealedBsn = sealed::personBsn.write(m_db, m_session.fields(), *survivor, *plain); !sealedBsn)
                    return sealedBsn.error();
                bsnGiven << *survivor;
            }
        }
    }
    if (!removed.isEmpty())
        record.removed.insert(persons, removed);
    if (!bsnGiven.isEmpty())
        record.repointed.insert(QStringLiteral("persons.bsn"), bsnGiven);
    return int(survivors.size());
}

Result<MergeOutcome> HouseholdMergeService::merge(
    qint64 keep, qint64 other, std::optional<int> keepVersion, std::optional<int> otherVersion)
{
    if (keep == other) {
        if (auto allowed = editable(keep); !allowed)
            return allowed.error();
        return Error{ErrorCode::Invalid,
            QCoreApplication::translate(
                "vangnet::households::HouseholdMergeService", "A household cannot be merged with itself.")};
    }
    auto kept = editable(keep);
    if (!kept)
        return kept.error();
    auto gone = editable(other);
    if (!gone)
        return gone.error();
    for (const auto &[h, version] : {std::pair(*kept, keepVersion), std::pair(*gone, otherVersion)})
        if (version && *version != h.version)
            return changedSince(h.id);

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    MergeRepository repository(m_db);
    // Read again inside the transaction: a save between the checks and here is caught too.
    for (const MergeHousehold &h : {*kept, *gone}) {
        auto now = repository.household(h.id);
        if (!now)
            return now.error();
        if (now->version != h.version)
            return changedSince(h.id);
    }
    auto keepPeople = repository.persons(keep);
    if (!keepPeople)
        return keepPeople.error();
    auto otherPeople = repository.persons(other);
    if (!otherPeople)
        return otherPeople.error();
    const QHash<qint64, qint64> survivors = samePeople(*keepPeople, *otherPeople);

    MergeRecord record;
    record.keptId = keep;
    record.mergedId = other;
    record.teamId = kept->teamId;
    record.mergedAt = m_clock.now().toUTC();
    record.mergedBy = m_session.user().username;
    auto householdRow = repository.snapshot(QStringLiteral("households"), QStringLiteral("id"), other);
    if (!householdRow)
        return householdRow.error();
    record.household = householdRow->at(0).toObject();
    auto inserted = repository.insertRecord(record);
    if (!inserted)
        return inserted.error();
    record.id = *inserted;

    auto joined = joinPeople(survivors, *otherPeople, record);
    if (!joined)
        return joined.error();
    if (auto heads = repository.demoteHeads(other, record.repointed); !heads)
        return heads.error();
    if (auto cleared = repository.removeConflicts(keep, other, record.removed); !cleared)
        return cleared.error();
    if (auto moved = repository.moveAll(other, keep, record.moved); !moved)
        return moved.error();
    if (auto flags = repository.closeDoubleFlags(keep, record.mergedAt.date(), record.repointed); !flags)
        return flags.error();
    if (auto keys = repository.addMatchKeys(record.id, keep, *gone, *otherPeople, survivors); !keys)
        return keys.error();
    if (auto removed = repository.deleteRow(QStringLiteral("households"), QStringLiteral("id"), other); !removed)
        return removed.error();
    if (auto touched = repository.touch(keep, record.mergedAt); !touched)
        return touched.error();
    if (auto updated = repository.updateRecord(record); !updated)
        return updated.error();

    MergeOutcome outcome{record.id, keep, other, *joined, {}, {}};
    for (auto it = record.moved.constBegin(); it != record.moved.constEnd(); ++it)
        outcome.moved.insert(it.key(), int(it.value().toArray().size()));
    for (auto it = record.removed.constBegin(); it != record.removed.constEnd(); ++it)
        outcome.removed.insert(it.key(), int(it.value().toArray().size()));
    const QString detail = QStringLiteral("merge:%1 household %2 into %3; moved %4; removed %5")
                               .arg(record.id)
                               .arg(other)
                               .arg(keep)
                               .arg(counts(outcome.moved), counts(outcome.removed));
    if (auto audited
        = AuditLog(m_db, m_clock)
              .record(m_session, AuditAction::MergeHousehold, householdObject, keep, AuditResult::Success, {}, detail);
        !audited)
        return audited.error();
    if (auto flagged = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({keep}); !flagged)
        return flagged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<int> HouseholdMergeService::undoDays() const
{
    auto settings = settings::OrganisationRepository(m_db).all();
    if (!settings)
        return settings.error();
    bool ok = false;
    const int days = settings->value(undoDaysKey()).value.toInt(&ok);
    return ok && days > 0 ? days : defaultUndoDays;
}

Result<void> HouseholdMergeService::setUndoDays(int days)
{
    AccessGuard guard(m_db, m_clock, m_session);
    if (auto allowed = guard.require(Permission::ManageOrganisation, QStringLiteral("organisation"), 0,
            QStringLiteral("attempt:merge_undo_days"));
        !allowed)
        return allowed;
    if (days < 1 || days > maxUndoDays)
        return Error::invalid({{undoDaysKey(),
            QCoreApplication::translate(
                "vangnet::households::HouseholdMergeService", "A merge can be undone for 1 to %1 days.")
                .arg(maxUndoDays)}});
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto stored = settings::OrganisationRepository(m_db).put(
            undoDaysKey(), QString::number(days), m_clock.now().toUTC(), m_session.user().username);
        !stored)
        return stored;
    if (auto audited = AuditLog(m_db, m_clock)
                           .record(m_session, AuditAction::ChangeOrganisation, QStringLiteral("organisation"), 0,
                               AuditResult::Success, {}, QStringLiteral("%1: %2").arg(undoDaysKey()).arg(days));
        !audited)
        return audited;
    return tx.commit();
}

Result<QList<MergeRecord>> HouseholdMergeService::merges() const
{
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::ViewHouseholds, householdObject);
        !allowed)
        return allowed.error();
    return MergeRepository(m_db).records(m_session.user().teamId);
}

} // namespace vangnet::households
