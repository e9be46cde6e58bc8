#include "storage/Transaction.h"

#include "storage/SqlStatement.h"

#include <QSet>
#include <QSqlError>

namespace vangnet {

namespace {
/// Connections (by name) with an outer transaction open on this thread. A connection is used
/// by one thread only, so a thread-local set needs no lock.
QSet<QString> &openTransactions()
{
    thread_local QSet<QString> names;
    return names;
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (openTransactions().contains(m_db.connectionName())) {
        m_joined = true;
        return;
    }
    m_active = m_db.transaction();
    if (m_active)
        openTransactions().insert(m_db.connectionName());
    else
        m_beginError = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
        openTransactions().remove(m_db.connectionName());
    }
}

Result<void> Transaction::beginResult() const
{
    if (m_active || m_joined)
        return success();
    return databaseError(m_db, m_beginError, "begin transaction");
}

Result<void> Transaction::commit()
{
    if (m_joined)
        return success(); // the outer transaction commits
    if (!m_active)
        return beginResult();
    openTransactions().remove(m_db.connectionName());
    m_active = false;
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return databaseError(m_db, text, "commit");
    }
    return success();
}

} // namespace vangnet
