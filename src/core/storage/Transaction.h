#pragma once

#include "support/Result.h"

#include <QSqlDatabase>

namespace vangnet {

/// RAII transaction: rolled back in the destructor unless commit() succeeded.
/// A Transaction opened while another is open on the same connection (same thread) joins it:
/// it begins and commits nothing, and the outer one decides. That lets a service write its
/// audit record inside its own change, so the two commit or roll back together.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when BEGIN failed; then begin error() says why.
    bool isActive() const { return m_active; }
    Result<void> beginResult() const;
    /// True when this joined an outer transaction (which began, and decides, on its own).
    bool joined() const { return m_joined; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_joined = false; ///< part of an outer transaction on the same connection
    QString m_beginError;
};

} // namespace vangnet
