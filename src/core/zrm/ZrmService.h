#pragma once

#include "support/Clock.h"
#include "support/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace vangnet {

class Database;
class Session;

/// One Zelfredzaamheid-Matrix assessment (ZRM-meting) of a household or one of its members.
struct ZrmAssessment {
    qint64 id = 0;          ///< 0 until recorded
    qint64 householdId = 0;
    qint64 personId = 0;    ///< the member assessed; 0 = the household as a whole
    qint64 caseId = 0;      ///< the case it was scored in; 0 = none
    QDate assessedOn;       ///< the day of the assessment; not in the future
    QString assessorName;   ///< who scored: on record(), the logged-in user's display name
    QString zrmVersion;     ///< the matrix version; on record(), zrm::currentVersion()
    /// Domain key (zrm::domainKeys()) → score 1..5; a domain left out was not scored.
    QMap<QString, int> scores;
    QString personName;     ///< read by history(): the member's name; empty for the household
    QDateTime createdAt;    ///< read by history(): when it was recorded (UTC)
};

/// ZRM assessments: recording them, their history, and the latest score per domain, which the
/// signal rules read as `zrm(domain)` (docs/zrm.md). Recording needs Permission::WorkCases on a
/// household of the user's own team; reading needs ViewHouseholds and the same team. Refusals
/// are ErrorCode::PermissionDenied and are logged in the audit log.
class ZrmService {
public:
    ZrmService(const Database &db, const Clock &clock, const Session &session);

    /// Validates and stores the assessment with its scores, an audit record and the household's
    /// re-evaluated flags, in one transaction. The assessor and the version are filled in here.
    /// Refused (ErrorCode::Invalid, one FieldError per problem): no domain scored, an unknown
    /// domain, a score outside 1..5, no date or a date after today, a person or case that is not
    /// of this household. Returns the new assessment's id.
    Result<qint64> record(const ZrmAssessment &assessment);

    /// The household's assessments, newest first (by date, then by when they were recorded).
    Result<QList<ZrmAssessment>> history(qint64 householdId) const;
    /// The latest score of each domain over all assessments: a domain the newest assessment left
    /// unscored keeps its earlier score. What the rules see as `zrm(domain)`.
    Result<QMap<QString, int>> latest(qint64 householdId) const;

    /// The name record() fills in as the assessor.
    QString assessorName() const;

private:
    /// Need-to-know: the household exists and is of the user's team, with ViewHouseholds (and
    /// WorkCases when `work`); a refusal is logged.
    Result<void> mayAccess(qint64 householdId, bool work) const;
    QList<FieldError> validate(const ZrmAssessment &assessment) const;

    const Database &m_database;
    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
};

} // namespace vangnet
