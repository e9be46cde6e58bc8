#pragma once

#include "security/FieldCipher.h"
#include "storage/BulkStatement.h"
#include "support/Result.h"

#include <QSqlDatabase>
#include <QVariant>

#include <array>

namespace vangnet {

/// A column that holds sealed text. Every such column is named here once: the repositories seal
/// and open through it, and the one-time upgrade (protectedfields::bindUnbound) walks the list.
struct SealedColumn {
    QLatin1StringView table;
    QLatin1StringView column;

    constexpr SealedField at(qint64 row) const { return SealedField{table, column, row}; }

    /// The plain text of a stored value; empty for NULL or '' (an optional text left empty).
    Result<QString> open(const FieldCipher &fields, const QVariant &stored, qint64 row) const;
    /// Seals `plain` into this column of row `id`: for a row just inserted (its id is part of the
    /// associated data, so the value is written after the row exists, in the caller's transaction).
    Result<void> write(const QSqlDatabase &db, const FieldCipher &fields, qint64 id, const QString &plain) const;
};

/// Seals many values into one column of rows just inserted, one prepared UPDATE reused: the
/// bulk writers (signal import, demo) beside their BulkStatement inserts, in their transaction.
class SealedColumnWriter {
public:
    SealedColumnWriter(QSqlDatabase db, const FieldCipher &fields, SealedColumn column);
    Result<void> write(qint64 id, const QString &plain);

private:
    const FieldCipher &m_fields;
    SealedColumn m_column;
    BulkStatement m_update;
};

namespace sealed {

constexpr QLatin1StringView name(const char *text, qsizetype size) { return QLatin1StringView(text, size); }
#define VANGNET_SEALED(table, column) SealedColumn{name(table, sizeof(table) - 1), name(column, sizeof(column) - 1)}

inline constexpr SealedColumn personBsn = VANGNET_SEALED("persons", "bsn_enc");
inline constexpr SealedColumn noteBody = VANGNET_SEALED("notes", "body_enc");
inline constexpr SealedColumn caseInternalReason = VANGNET_SEALED("cases", "internal_reason_enc");
inline constexpr SealedColumn attemptNote = VANGNET_SEALED("contact_attempts", "note_enc");
inline constexpr SealedColumn planItemText = VANGNET_SEALED("plan_items", "text_enc");
inline constexpr SealedColumn reminderText = VANGNET_SEALED("reminders", "text_enc");
inline constexpr SealedColumn declineReason = VANGNET_SEALED("plan_entries", "decline_reason_enc");

#undef VANGNET_SEALED

inline constexpr std::array all{personBsn, noteBody, caseInternalReason, attemptNote, planItemText, reminderText,
                                declineReason};

} // namespace sealed

} // namespace vangnet
