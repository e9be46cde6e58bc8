#pragma once

#include "cases/Case.h"
#include "clocks/Deadlines.h"
#include "support/Result.h"

#include <QSqlDatabase>

#include <limits>
#include <vector>

namespace vangnet {
class BulkRow;
}

namespace vangnet::cases {

/// The clock inputs of many households, read at once and kept in vectors sorted by household
/// (signals, notices) and by case (attempts): a city team's queue is 100,000 households and half
/// a million open signals, which a hash of lists per household holds several times over.
class TimelineInputs {
public:
    /// Adds the household's open signal and notice dates to `t` (its case dates stay as they are).
    void addHousehold(qint64 householdId, clocks::CaseTimeline &t) const;
    /// Sets the contact days of the open case (its attempts that were not administrative).
    void addCase(qint64 caseId, clocks::CaseTimeline &t) const;

    /// A missing date in the Julian-day vectors.
    static constexpr qint32 NoDay = std::numeric_limits<qint32>::min();

private:
    friend class CaseTimelines;
    struct SignalDate {
        qint64 household = 0;
        qint32 day = 0;       ///< Julian day
        qint32 importDay = 0; ///< Julian day it was received

    };
    struct Notice {
        qint64 household = 0;
        qint64 id = 0;
        clocks::NoticeConditions conditions;
        bool inDetention = false;
    };
    /// One day of contact with the resident on a case; sorted by case and day.
    struct ContactDay {
        qint64 caseId = 0;
        qint32 day = 0; ///< Julian day
    };
    std::vector<SignalDate> m_signals;
    std::vector<Notice> m_notices;
    std::vector<ContactDay> m_contacts;
};

/// Reads the dates the clocks look at (clocks::CaseTimeline). A household's open signals and
/// notices (status "nieuw" or "in_behandeling") count whether or not they are linked yet, so a
/// new signal on a household with an open case starts its clocks too.
class CaseTimelines {
public:
    explicit CaseTimelines(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<clocks::CaseTimeline> ofCase(const Case &c) const;
    /// The case's own dates on a timeline: its type, its request and its decision.
    static void addCaseDates(const Case &c, clocks::CaseTimeline &t);
    /// The columns of `cases c` that addCaseDates() needs, for a bulk read that has no Case.
    static QString caseDateColumns();
    /// addCaseDates() from a row read with caseDateColumns() from column `first` on.
    static void addCaseDates(const BulkRow &row, int first, clocks::CaseTimeline &t);

    /// How many households a read is for: a few (a page) are looked up by household, a whole
    /// team's are found by reading the signals table once.
    enum class Reach { Few, Many };

    /// Signal and notice dates of the households matching `householdWhere` (SQL on alias h,
    /// e.g. "h.team_id = ?"), and the contact days of their open cases. Read in bulk (bulkRead).
    Result<TimelineInputs> ofHouseholds(const QString &householdWhere, const QVariantList &values,
                                        Reach reach = Reach::Few) const;

private:
    Result<void> readSignals(const QString &householdWhere, const QVariantList &values, Reach reach,
                             TimelineInputs &in) const;
    /// The open discharge notices: expected dates, the day each basic condition was arranged,
    /// and whether a member is in detention.
    Result<void> readNotices(const QString &householdWhere, const QVariantList &values, TimelineInputs &in) const;
    Result<void> readAttempts(const QString &householdWhere, const QVariantList &values, TimelineInputs &in) const;

    QSqlDatabase m_db;
};

} // namespace vangnet::cases
