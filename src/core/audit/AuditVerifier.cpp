#include "audit/AuditVerifier.h"

#include <QCoreApplication>

namespace vangnet {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("vangnet::AuditLog", source);
}

} // namespace

void AuditVerifier::add(const AuditStoredRecord &r)
{
    ++m_result.checked;
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

    const bool sealed = !r.mac.isEmpty();
    if (sealed) {
        m_lastSealedId = r.id;
        m_lastSealedHash = r.hash;
        m_unsealedTail = 0;
    } else if (!sealed) {
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

AuditVerification AuditVerifier::finish(const AuditStoredHead &head)
{
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
    if (m_unsealedTail > 0)
        m_result.notes << tr("Records %1 to %2 are not sealed yet (written without a login, such as failed "
                             "logins); the next action of a logged-in user seals them.")
                              .arg(m_firstUnsealedId)
                              .arg(m_prevId);
    return m_result;
}

} // namespace vangnet
