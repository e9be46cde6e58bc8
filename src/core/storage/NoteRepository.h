#pragma once

#include "domain/Note.h"
#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

/// Notes are written once and kept; the newest comes first.
class NoteRepository {
public:
    explicit NoteRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<Note> add(Note note);
    Result<QList<Note>> forHousehold(qint64 householdId) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
