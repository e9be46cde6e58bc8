#include "audit/AuditVerifier.h"

#include <QCoreApplication>

namespace vangnet {

namespace {

// The context lupdate gives these tr() calls, so the Dutch is found at run time.
QString tr(const char *source)
{
    return QCoreApplication::translate("vangnet::AuditVerifier", source);
}

} // namespace

void AuditVerifier::add(const AuditStoredRecord &r)
{
    ++m_result.checked;
    const qsizetype problemsBefore = m_result.problems.size();
    bool reported = false;
    if (AuditChain::hash(r.prevHash, r.fields) != r.hash) {
        m_result.problems << tr("Record %1 was altered: its content does not match its hash.").arg(r.id);
        reported = true;
    } else if (!r.mac.isEmpty() && r.mac != m_chain.mac(r.hash)) {
        // The hash is right, so whoever wrote it could compute hashes but had no key.
        m_result.problems << tr("Record %1 was inserted or rewritten without the key: its seal is invalid.").arg(r.id);
        reported = true;
    }
    checkLink(r);
    // A gap the chain already shows is not reported twice.
    checkSequence(r, m_result.problems.size() > problemsBefore);

    const bool sealed = !r.mac.isEmpty();
    if (sealed) {
        m_lastSealedId = r.id;
        m_lastSealedHash = r.hash;
        m_unsealedTail = 0;
    } else {
        if (m_unsealedTail++ == 0)
            m_firstUnsealedId = r.id;
    }
    m_seen.insert(r.hash, r.id);
    m_prevId = r.id;
    m_prevHash = r.hash;
    m_prevReported = reported;
    m_prevSealed = sealed;
}

void AuditVerifier::checkLink(const AuditStoredRecord &r)
{
    if (r.prevHash == m_prevHash)
        return;
    if (const auto earlier = m_seen.constFind(r.prevHash); earlier != m_seen.cend()) {
        // The record points back past its predecessor: what lies between was put in later.
        m_result.problems << tr("Records after %1 and before %2 were inserted: the chain skips them.")
                                 .arg(*earlier)
                                 .arg(r.id);
    } else if (m_prevReported) {
        // The predecessor was rewritten with a new hash; already reported.
    } else if (m_prevId == 0) {
        m_result.problems << tr("Records before %1 were removed: the chain does not start there.").arg(r.id);
    } else if (r.id == m_prevId + 1 && !m_prevSealed) {
        m_result.problems << tr("Record %1 was altered: record %2 no longer links to it.").arg(m_prevId).arg(r.id);
    } else {
        m_result.problems << tr("A record between %1 and %2 was removed: the chain is broken there.")
                                 .arg(m_prevId)
                                 .arg(r.id);
    }
}

void AuditVerifier::checkSequence(const AuditStoredRecord &r, bool reported)
{
    const int actionField = 4;
    const int detailField = 11;
    const bool genesis = r.fields.value(actionField) == auditActionKey(AuditAction::Genesis);
    if (genesis) {
        if (m_genesisId != 0)
            m_result.problems << tr("Record %1 starts the log a second time: the log before it was replaced.").arg(r.id);
        else {
            if (r.mac.isEmpty() && !reported)
                m_result.problems << tr("Record %1 claims to start the log but is not sealed: it was put there "
                                        "without the key.")
                                         .arg(r.id);
            m_genesisId = r.id;
            m_result.databaseId = r.fields.value(detailField).section(QLatin1Char(':'), 1);
        }
    } else if (m_genesisId == 0 && r.seq != 0 && !r.mac.isEmpty() && m_sealedWithoutGenesis == 0) {
        m_sealedWithoutGenesis = r.id;
    } else if (m_genesisId != 0 && !reported && r.seq != m_prevSeq + 1) {
        // The hash covers the seq: a gap with intact hashes was made with the chain recomputed.
        if (r.seq == 0)
            m_result.problems << tr("Record %1 has no sequence number although the log's genesis precedes it.")
                                     .arg(r.id);
        else if (r.seq > m_prevSeq + 1)
            m_result.problems << tr("Records numbered %1 to %2 were removed before record %3.")
                                     .arg(m_prevSeq + 1)
                                     .arg(r.seq - 1)
                                     .arg(r.id);
        else
            m_result.problems << tr("Record %1 repeats sequence number %2: records were put back or inserted.")
                                     .arg(r.id)
                                     .arg(r.seq);
    }
    if (r.seq != 0) {
        m_hashAt.insert(r.seq, r.hash);
        m_prevSeq = r.seq;
    }
}

void AuditVerifier::finishSequence(const AuditStoredHead &head, bool headReported)
{
    if (m_genesisId == 0) {
        if (m_sealedWithoutGenesis != 0)
            m_result.problems << tr("The start of the audit log was removed: record %1 is numbered and sealed, but "
                                    "no genesis record comes before it. The log was wiped or cut.")
                                     .arg(m_sealedWithoutGenesis);
        else if (m_lastSealedId == 0)
            m_result.problems << tr("The audit log holds no sealed record and no genesis record: it was wiped.");
        else
            m_result.notes << tr("This log is from before sequence numbers and has no genesis record yet: the next "
                                 "action of a logged-in user writes it. Until then only the seal of the head shows a "
                                 "removed tail.");
        return;
    }
    m_result.headSeq = m_prevSeq;
    if (!headReported && head.seq != m_prevSeq)
        m_result.problems << tr("The head of the log counts %1 records in sequence, its last record is number %2: "
                                "records at the end were removed.")
                                 .arg(head.seq)
                                 .arg(m_prevSeq);
}

void AuditVerifier::compare(const AuditCheckpoint &c, AuditVerification &result) const
{
    const QString when = c.at.toString(Qt::ISODate);
    if (c.seq > m_prevSeq)
        result.problems << tr("The log was rolled back: the checkpoint of %1 saw it up to record number %2, it now "
                              "ends at number %3.")
                               .arg(when)
                               .arg(c.seq)
                               .arg(m_prevSeq);
    else if (m_hashAt.value(c.seq) != c.hash)
        result.problems << tr("The log was rolled back or rewritten: its record number %1 is not the one the "
                              "checkpoint of %2 saw.")
                               .arg(c.seq)
                               .arg(when);
}

AuditVerification AuditVerifier::finish(const AuditStoredHead &head)
{
    if (m_result.checked == 0) {
        m_result.problems << tr("The audit log was wiped: it holds no records, not even its genesis record.");
        return m_result;
    }
    const qsizetype problemsBefore = m_result.problems.size();
    if (head.lastId != m_prevId || head.lastHash != m_prevHash) {
        if (head.lastId > m_prevId)
            m_result.problems << tr("Records at the end of the log were removed: it ends at record %1, its head "
                                    "says %2.")
                                     .arg(m_prevId)
                                     .arg(head.lastId);
        else
            m_result.problems << tr("The head of the log does not match its last record %1.").arg(m_prevId);
    }
    // The head was sealed by the last sealed write; anonymous appends since then only moved seq.
    const bool headSealNeeded = m_lastSealedId != 0 || !head.headMac.isEmpty();
    if (headSealNeeded
        && head.headMac != m_chain.headMac(head.seq - m_unsealedTail, m_lastSealedId, m_lastSealedHash))
        m_result.problems << tr("The seal of the log's head is invalid: records at the end were removed or the "
                                "head was changed.");
    finishSequence(head, m_result.problems.size() > problemsBefore);
    m_result.headHash = m_prevHash;
    m_result.unsealed = m_unsealedTail;
    if (m_unsealedTail > 0)
        m_result.notes << tr("Records %1 to %2 are not sealed yet (written without a login, such as failed "
                             "logins); the next action of a logged-in user seals them.")
                              .arg(m_firstUnsealedId)
                              .arg(m_prevId);
    return m_result;
}

} // namespace vangnet
