#pragma once

#include "support/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace vangnet {

class Session;

/// One line of the household list.
struct HouseholdRow {
    qint64 id = 0;
    QString name;     ///< head of household, "Berg, J. van der"
    QString address;  ///< "Dorpsstraat 12 A"
    QString postcode;
    QString plaats;
    QString wijk;
    int memberCount = 0;
    /// rules::Priority::rank() of the open flags (severity × 1,000,000 + score); 0 = none.
    qint64 priorityRank = 0;
};

enum class HouseholdSort { Name, Address, Postcode, Plaats, Wijk, Members, Priority, Id };

/// What the user asked to see. `search` is one box: a BSN (9 digits) matches exactly, a
/// postcode or its start ("1234", "1234 AB") by prefix, "street number" by street prefix and
/// number, anything else matches member names (every word) or the street name.
struct HouseholdFilter {
    QString search;
    QString wijk; ///< empty = every district
    HouseholdSort sort = HouseholdSort::Name;
    bool descending = false;
    /// Signaleringen: households with an open flag of this rule (empty = no condition) …
    QString ruleId;
    /// … whose severity is at least this (rules::Severity as int, 1..4; 0 = no condition).
    /// Both conditions hold for the same flag.
    int minSeverity = 0;

    static HouseholdFilter forSearch(const QString &text)
    {
        HouseholdFilter f;
        f.search = text;
        return f;
    }
};

/// Household list queries, sorted and filtered in SQL so 100k households stay quick.
/// Scoped to what the session may see: a user's own team only (need-to-know); a user who may
/// not view households gets ErrorCode::PermissionDenied from every call.
class HouseholdQuery {
public:
    HouseholdQuery(QSqlDatabase db, const Session &session);

    /// Every matching household id, in display order.
    Result<QVector<qint64>> ids(const HouseholdFilter &filter) const;
    /// The rows for these ids, in the same order (ids that vanished are left out).
    Result<QList<HouseholdRow>> rows(const QVector<qint64> &ids) const;
    /// ids() + rows() in one go, at most `limit` rows (0 = all).
    Result<QList<HouseholdRow>> find(const HouseholdFilter &filter, int limit = 0) const;

private:
    QSqlDatabase m_db;
    const Session &m_session;
    qint64 m_teamScope = 0; ///< households of this team only
    bool m_allowed = false;
};

} // namespace vangnet
