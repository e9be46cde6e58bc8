#pragma once

#include "support/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace vangnet {

class Session;

/// What the signals list shows; empty fields mean "all".
struct SignalFilter {
    QString partnerType; ///< DDAS text, "Huur"
    QDate from, to;      ///< signal date, inclusive
    QString status;      ///< "nieuw", …
    QString wijk;
    int limit = 5000;    ///< the list shows the newest this many; a count tells the rest (0 = no limit)
};

/// One line of the signals list.
struct SignalListRow {
    qint64 id = 0;
    qint64 householdId = 0;
    QDate signalDate;
    QString partnerType;
    QString partnerName;
    std::optional<qint64> amountCents;
    QString household; ///< the household's display name
    QString wijk;
    QString status;
    bool crisis = false;
    bool repeated = false;
};

/// A signal's status as the list and its filter say it: "nieuw" → "New" (translated); a status
/// written by a later version is shown as stored.
QString signalStatusLabel(const QString &status);
/// The marks column: "crisis, repeated" (translated), "" for neither.
QString signalMarksText(bool crisis, bool repeated);

/// The early signals of the user's own team (need-to-know), newest first, filtered in SQL so a
/// million signals stay quick.
class SignalQuery {
public:
    SignalQuery(QSqlDatabase db, const Session &session);

    Result<QList<SignalListRow>> find(const SignalFilter &filter) const;
    /// The same rows one at a time, in the same order, without holding them all (an export of a
    /// million signals); `row` returns false to stop. Returns how many were handed over.
    Result<qint64> each(const SignalFilter &filter, const std::function<bool(const SignalListRow &)> &row) const;
    /// How many match, beyond the limit.
    Result<qint64> count(const SignalFilter &filter) const;

private:
    /// " WHERE …" and its values, the team condition first.
    Result<std::pair<QString, QVariantList>> where(const SignalFilter &filter) const;

    QSqlDatabase m_db;
    const Session &m_session;
};

} // namespace vangnet
