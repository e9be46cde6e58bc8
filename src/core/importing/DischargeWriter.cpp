#include "importing/DischargeWriter.h"

#include "importing/ImportFields.h"
#include "importing/ImportKeys.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QCoreApplication>

namespace vangnet::importing {

namespace {

QVariant idOrNull(qint64 id)
{
    return id == 0 ? sqlNull() : QVariant(id);
}

QString institutionOf(const DischargeRow &row)
{
    return partnerKey(institutionTypeKey(row.institutionType), row.institutionName);
}

QString idKeyOf(const DischargeRow &row)
{
    return row.noticeId.isEmpty() ? QString() : institutionOf(row) + QLatin1Char('|') + row.noticeId;
}

/// The row's content with the stored channel where the row does not say one.
DischargeContent contentOf(const DischargeRow &row, const QString &storedChannel)
{
    return {row.expectedDate,
            row.channel ? dischargeChannelKey(*row.channel) : storedChannel,
            conditionStateKey(row.idDocument),
            conditionStateKey(row.shelter),
            conditionStateKey(row.income),
            conditionStateKey(row.debts),
            conditionStateKey(row.care)};
}

const QString &fieldKey(DischargeField field)
{
    return dischargeFieldKeys().at(int(field));
}

} // namespace

DischargeWriter::DischargeWriter(QSqlDatabase db, DischargeChanges changes)
    : m_db(db), m_changes(std::move(changes)), m_timestamp(timestampToSql(m_changes.at)),
      m_insert(db, QStringLiteral("discharge_notices"),
               {QStringLiteral("batch_id"), QStringLiteral("household_id"), QStringLiteral("person_id"),
                QStringLiteral("notice_id"), QStringLiteral("institution_type"), QStringLiteral("institution_name"),
                QStringLiteral("expected_date"), QStringLiteral("channel"), QStringLiteral("id_document"),
                QStringLiteral("shelter"), QStringLiteral("income"), QStringLiteral("debts"), QStringLiteral("care"),
                QStringLiteral("bsn_invalid"), QStringLiteral("id_key"), QStringLiteral("fact_key"),
                QStringLiteral("created_at")},
               QStringLiteral("fact_key"), "add discharge notice", 1),
      m_notices(db), m_storedIds(db, "discharge_notices")
{
}

Result<QList<Written>> DischargeWriter::add(const DischargeRow &row, const RowTarget &target, qint64 batchId)
{
    if (const QString idKey = idKeyOf(row); !idKey.isEmpty()) {
        auto stored = m_notices.findByIdKey(idKey);
        if (!stored)
            return stored.error();
        if (*stored) {
            auto written = redeliver(row, **stored, target, batchId);
            if (!written)
                return written.error();
            return QList<Written>{*written};
        }
    }
    if (target.householdId == 0) // known() saw it, and it is gone: nothing to add it to
        return QList<Written>{Written{}};
    auto written = insert(row, target, batchId);
    if (!written)
        return written.error();
    return QList<Written>{*written};
}

Result<Written> DischargeWriter::write(const DischargeRow &row, const RowTarget &target, qint64 batchId)
{
    auto written = add(row, target, batchId);
    return only(written, flush());
}

Result<bool> DischargeWriter::known(const DischargeRow &row) const
{
    const QString idKey = idKeyOf(row);
    if (idKey.isEmpty())
        return false;
    return m_storedIds.contains(idKey);
}

Result<void> DischargeWriter::audit(qint64 dischargeId, const QString &detail) const
{
    return m_changes.audit ? m_changes.audit(dischargeId, detail) : success();
}

Result<Written> DischargeWriter::redeliver(const DischargeRow &row, const StoredDischarge &stored, const RowTarget &target,
                                           qint64 batchId)
{
    Written written;
    written.id = stored.id;
    const DischargeContent content = contentOf(row, stored.content.channel);
    if (content == stored.content)
        return written; // the same notice again: a duplicate
    if (m_changes.sameHouseholdOnly && stored.householdId != target.householdId) {
        written.refused = Reject{row.line, fieldKey(DischargeField::NoticeId),
                                 QCoreApplication::translate("vangnet::importing::DischargeWriter",
                                                             "A notice with this id belongs to another household; it "
                                                             "is left as it was.")};
        return written;
    }
    if (content.expectedDate != stored.content.expectedDate) {
        if (!m_bounds) {
            auto bounds = DischargeDateBounds::load(m_db, m_changes.today);
            if (!bounds)
                return bounds.error();
            m_bounds = *bounds;
        }
        if (auto refusal = m_bounds->refusal(content.expectedDate)) {
            written.refused = Reject{row.line, fieldKey(DischargeField::ExpectedDate), *refusal};
            return written;
        }
    }
    if (auto changed = m_notices.redeliver(stored.id, content, batchId, m_changes.actor, m_changes.at); !changed)
        return changed.error();
    if (auto audited = audit(stored.id, batchId == 0 ? QStringLiteral("redelivered:manual")
                                                     : QStringLiteral("redelivered:batch %1").arg(batchId));
        !audited)
        return audited.error();
    if (auto followed = m_notices.followOnOpenCases(stored.id, m_changes.actor, m_changes.at); !followed)
        return followed.error();
    written.updated = true;
    written.households << stored.householdId;
    return written;
}

Result<Written> DischargeWriter::insert(const DischargeRow &row, const RowTarget &target, qint64 batchId)
{
    const QString institution = institutionOf(row);
    const QString factKey = institution + QLatin1Char('|') + QString::number(target.personId) + QLatin1Char('|') +
                            isoDate(row.expectedDate);
    const QString idKey = idKeyOf(row);
    auto outcomes = m_insert.add({idOrNull(batchId), target.householdId, idOrNull(target.personId), row.noticeId,
                                  institutionTypeKey(row.institutionType), row.institutionName.trimmed(),
                                  isoDate(row.expectedDate), row.channel ? dischargeChannelKey(*row.channel) : QString(),
                                  conditionStateKey(row.idDocument), conditionStateKey(row.shelter),
                                  conditionStateKey(row.income), conditionStateKey(row.debts),
                                  conditionStateKey(row.care), invalidBsn(row.person) ? 1 : 0,
                                  idKey.isEmpty() ? sqlNull() : QVariant(idKey), factKey, m_timestamp},
                                 factKey);
    if (!outcomes)
        return outcomes.error();
    Written written;
    if (!outcomes->isEmpty() && outcomes->constFirst()) {
        written.inserted = true;
        written.id = *outcomes->constFirst();
    }
    if (written.inserted && target.personId != 0)
        if (auto superseded = supersedeOlder(row, target, batchId, written); !superseded)
            return superseded.error();
    return written;
}

Result<void> DischargeWriter::supersedeOlder(const DischargeRow &row, const RowTarget &target, qint64 batchId,
                                             Written &written)
{
    auto older = m_notices.openPredecessors(target.personId, institutionTypeKey(row.institutionType), written.id);
    if (!older)
        return older.error();
    bool carried = false;
    for (const StoredDischarge &old : std::as_const(*older)) {
        if (auto superseded = m_notices.supersede(old.id, written.id, batchId, m_changes.actor, m_changes.at);
            !superseded)
            return superseded;
        if (auto audited = audit(old.id, QStringLiteral("superseded_by:%1").arg(written.id)); !audited)
            return audited;
        auto linked = m_notices.carryOverCase(old.id, written.id, m_changes.actor, m_changes.at);
        if (!linked)
            return linked.error();
        carried = carried || *linked;
        ++written.superseded;
        written.households << old.householdId;
    }
    // The case's checklist now follows the newer notice, where the caseworker did not set it.
    if (carried)
        if (auto followed = m_notices.followOnOpenCases(written.id, m_changes.actor, m_changes.at); !followed)
            return followed.error();
    return success();
}

} // namespace vangnet::importing
