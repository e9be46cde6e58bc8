#pragma once

#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

/// RAII transaction: rolled back in the destructor unless commit() succeeded.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed; then begin error() says why.
    bool isActive() const { return m_active; }
    Result<void> beginResult() const;
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_beginError;
};

} // namespace vangnet
