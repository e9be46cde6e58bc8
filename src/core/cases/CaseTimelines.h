#pragma once

#include "cases/Case.h"
#include "clocks/Deadlines.h"
#include "support/Result.h"

#include <QHash>
#include <QSqlDatabase>

namespace vangnet::cases {

/// Reads the dates the clocks look at (clocks::CaseTimeline). A household's open signals and
/// notices (status "nieuw" or "in_behandeling") count whether or not they are linked yet, so a
/// new signal on a household with an open case starts its clocks too.
class CaseTimelines {
public:
    explicit CaseTimelines(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<clocks::CaseTimeline> ofCase(const Case &c) const;

    /// Signal and notice dates of the households matching `householdWhere` (SQL on alias h,
    /// e.g. "h.team_id = ?"), keyed by household id; households without any are absent.
    Result<QHash<qint64, clocks::CaseTimeline>> ofHouseholds(const QString &householdWhere,
                                                             const QVariantList &values) const;
    /// First attempt and first reached attempt of the open cases of those households, applied
    /// to `timelines` keyed by case id.
    Result<void> addAttempts(const QString &householdWhere, const QVariantList &values,
                             QHash<qint64, clocks::CaseTimeline> &byCase) const;

private:
    /// The open discharge notices of those households: expected dates, the day each basic
    /// condition was arranged, and whether a member is in detention.
    Result<void> addNotices(const QString &householdWhere, const QVariantList &values,
                            QHash<qint64, clocks::CaseTimeline> &byHousehold) const;

    QSqlDatabase m_db;
};

} // namespace vangnet::cases
