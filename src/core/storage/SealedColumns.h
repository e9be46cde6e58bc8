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
    /// The household a row belongs to, as SQL over the row (alias `t`): its team's key seals it.
    QLatin1StringView household;
    /// A second column holding the value sealed to the statistics key (the BSN, for the DDAS
    /// delivery); empty for the other columns.
    QLatin1StringView statistics = {};

    constexpr SealedField at(qint64 row) const { return SealedField{table, column, row}; }
    constexpr SealedField statisticsAt(qint64 row) const { return SealedField{table, statistics, row}; }

    /// The plain text of a stored value; empty for NULL or '' (an optional text left empty).
    Result<QString> open(const FieldCipher &fields, const QVariant &stored, qint64 row) const;
    /// open() for a screen or a list: a value sealed under a key the session does not hold (a new
    /// colleague still waiting for the team's key) reads as a marker saying so instead of
    /// stopping the whole record; a damaged value still stops it. Never for exports or reveals.
    Result<QString> show(const FieldCipher &fields, const QVariant &stored, qint64 row) const;
    /// The marker show() puts in place of a value the session's keys cannot open.
    static QString unreadableMarker();
    /// Seals `plain` into this column of row `id`: for a row just inserted (its id is part of the
    /// associated data, so the value is written after the row exists, in the caller's transaction).
    Result<void> write(const QSqlDatabase &db, const FieldCipher &fields, qint64 id, const QString &plain) const;
    /// The values for assignments(): the sealed value, then its statistics copy (if the column has one).
    Result<QVariantList> values(const FieldCipher &fields, qint64 id, const QString &plain) const;
    /// "col = ?" or "col = ?, statistics = ?", for an UPDATE.
    QString assignments() const;
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
#define VANGNET_TEXT(text) name(text, sizeof(text) - 1)
#define VANGNET_SEALED(table, column, household) SealedColumn{VANGNET_TEXT(table), VANGNET_TEXT(column), VANGNET_TEXT(household)}

inline constexpr SealedColumn personBsn{VANGNET_TEXT("persons"), VANGNET_TEXT("bsn_enc"), VANGNET_TEXT("t.household_id"),
                                        VANGNET_TEXT("bsn_stat_enc")};
inline constexpr SealedColumn noteBody = VANGNET_SEALED("notes", "body_enc", "t.household_id");
inline constexpr SealedColumn caseInternalReason = VANGNET_SEALED("cases", "internal_reason_enc", "t.household_id");
inline constexpr SealedColumn attemptNote = VANGNET_SEALED("contact_attempts", "note_enc", "t.household_id");
inline constexpr SealedColumn planItemText
    = VANGNET_SEALED("plan_items", "text_enc", "(SELECT c.household_id FROM cases c WHERE c.id = t.case_id)");
inline constexpr SealedColumn reminderText
    = VANGNET_SEALED("reminders", "text_enc", "(SELECT c.household_id FROM cases c WHERE c.id = t.case_id)");
inline constexpr SealedColumn declineReason = VANGNET_SEALED("plan_entries", "decline_reason_enc", "t.household_id");

#undef VANGNET_SEALED
#undef VANGNET_TEXT

inline constexpr std::array all{personBsn, noteBody, caseInternalReason, attemptNote, planItemText, reminderText,
                                declineReason};

} // namespace sealed

} // namespace vangnet
