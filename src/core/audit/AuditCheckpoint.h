#pragma once

#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vangnet {

class SecretKey;

/// The head of the audit chain written down outside the database, so a log rolled back to an
/// older copy, or rewritten by someone holding a password, is caught (docs/security.md, "What
/// the audit log can and cannot detect"). One line of text:
///   vangnet-audit-checkpoint 1 <database id> <seq> <hash> <time, UTC ISO> <mac>
/// The mac is keyed BLAKE2b with the checkpoint key (crypto_kdf subkey 2, "vangckpt", of the
/// data key): not the chain's key, so a checkpoint cannot be passed off as a record's seal.
struct AuditCheckpoint {
    QString databaseId;
    qint64 seq = 0;
    QString hash; ///< of the record at seq
    QDateTime at; ///< UTC
    QString mac;
    int line = 0; ///< where it was read (1-based); 0 when made here

    /// Fills `mac` for the database whose data key this is.
    void seal(const SecretKey &dataKey);
    /// Whether `mac` was made with this data key over these fields.
    bool sealedBy(const SecretKey &dataKey) const;
    /// The line as written to a checkpoint file (no newline).
    QString toLine() const;

    /// Every checkpoint in a file's text; empty lines and lines starting with '#' are skipped.
    /// A malformed line is ErrorCode::Invalid naming `fileName`, the line and what is wrong.
    static Result<QList<AuditCheckpoint>> parseAll(const QString &text, const QString &fileName);
};

} // namespace vangnet
