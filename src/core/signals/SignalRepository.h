#pragma once

#include "signals/SignalRecords.h"
#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace vangnet {

/// Reads the signals and discharge notices of one household, newest first.
class SignalRepository {
public:
    explicit SignalRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<QList<SignalRecord>> signalsOf(qint64 householdId) const;
    Result<QList<DischargeRecord>> dischargesOf(qint64 householdId) const;

private:
    QSqlDatabase m_db;
};

} // namespace vangnet
