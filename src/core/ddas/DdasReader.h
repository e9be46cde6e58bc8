#pragma once

#include "ddas/DdasRecords.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace vangnet {

class Session;

/// Reads what a DDAS delivery holds, over every team (docs/ddas.md, "Scope"): the cases active
/// in the period that have signals, the signals of the period and every signal of those cases,
/// each with its municipality, and the cases' contact attempts. No permission check: DdasExport
/// checks before it reads. Never reads the internal reason of a case.
class DdasReader {
public:
    /// `progress(done, steps)` after each of the reading steps; false stops (DdasData::cancelled).
    using Progress = std::function<bool(qint64, qint64)>;
    static constexpr qint64 steps = 3;

    /// BSNs are read from their statistics copies with the session's statistics key (every
    /// team's), or, for a team not yet on its own key, under the shared key (docs/security.md).
    DdasReader(QSqlDatabase db, const Session &session)
        : m_db(std::move(db))
        , m_session(session)
    { }

    Result<DdasData> read(const QDate &from, const QDate &to, const Progress &progress = {}) const;

private:
    QSqlDatabase m_db;
    const Session &m_session;
};

} // namespace vangnet
