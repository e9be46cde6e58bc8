#include "storage/NoteRepository.h"

#include "security/FieldCipher.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

namespace vangnet {

Result<Note> NoteRepository::add(Note note)
{
    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    // legacy_body is the pre-encryption column (NOT NULL): always '' for new notes. The sealed
    // text names its row, so it is written once the row has its id.
    auto q = runSql(m_db, QStringLiteral("INSERT INTO notes (household_id, author, created_at, legacy_body, body_enc, case_id) "
                                         "VALUES (?, ?, ?, '', NULL, ?) RETURNING id"),
                    {note.householdId, note.author, timestampToSql(note.createdAt),
                     note.caseId ? QVariant(note.caseId) : sqlNull()}, "add note");
    if (!q)
        return q.error();
    if (!q->next())
        return databaseError(QStringLiteral("no id returned"), "add note");
    note.id = q->value(0).toLongLong();
    q->finish(); // SQLite: the INSERT … RETURNING must be done before the row is written again
    if (auto sealedText = sealed::noteBody.write(m_db, m_fields, note.id, note.text); !sealedText)
        return sealedText.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return note;
}

Result<QList<Note>> NoteRepository::forHousehold(qint64 householdId) const
{
    return select(QStringLiteral("household_id = ?"), householdId);
}

Result<QList<Note>> NoteRepository::forCase(qint64 caseId) const
{
    return select(QStringLiteral("case_id = ?"), caseId);
}

Result<QList<Note>> NoteRepository::select(const QString &where, qint64 key) const
{
    auto q = runSql(m_db, QStringLiteral("SELECT id, household_id, author, created_at, body_enc, case_id FROM notes WHERE %1 "
                                         "ORDER BY created_at DESC, id DESC").arg(where), {key}, "read notes");
    if (!q)
        return q.error();
    QList<Note> out;
    while (q->next()) {
        auto text = sealed::noteBody.show(m_fields, q->value(4), q->value(0).toLongLong());
        if (!text)
            return text.error();
        out << Note{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(),
                    timestampFromSql(q->value(3)), *text, q->value(5).toLongLong()};
    }
    return out;
}

} // namespace vangnet
