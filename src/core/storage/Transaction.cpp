#include "storage/Transaction.h"

#include "storage/SqlStatement.h"

#include <QSqlError>

namespace vangnet {

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        m_beginError = m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Result<void> Transaction::beginResult() const
{
    if (m_active)
        return success();
    return databaseError(m_beginError, "begin transaction");
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return beginResult();
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        m_active = false;
        return databaseError(text, "commit");
    }
    m_active = false;
    return success();
}

} // namespace vangnet
