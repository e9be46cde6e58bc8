#pragma once

#include "domain/Note.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

class FieldCipher;

/// Notes are written once and kept; the newest comes first. The text is stored sealed (body_enc).
class NoteRepository {
public:
    NoteRepository(QSqlDatabase db, const FieldCipher &fields) : m_db(std::move(db)), m_fields(fields) {}

    Result<Note> add(Note note);
    Result<QList<Note>> forHousehold(qint64 householdId) const;
    Result<QList<Note>> forCase(qint64 caseId) const;

private:
    Result<QList<Note>> select(const QString &where, qint64 key) const;

    QSqlDatabase m_db;
    const FieldCipher &m_fields;
};

} // namespace vangnet
