#include "zrm/ZrmService.h"

#include "audit/AuditLog.h"
#include "domain/Person.h"
#include "households/HouseholdService.h"
#include "rules/RulesService.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/IsoDate.h"
#include "zrm/ZrmScale.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vangnet::ZrmService", text);
}

/// The household `table` row `id` belongs to; 0 when there is no such row.
Result<qint64> householdOf(const QSqlDatabase &db, const char *table, qint64 id)
{
    auto q = runSql(db, QStringLiteral("SELECT household_id FROM %1 WHERE id = ?").arg(QLatin1String(table)), {id},
                    "read household of a row");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : qint64(0);
}

} // namespace

ZrmService::ZrmService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db), m_db(db.connection()), m_clock(clock), m_session(session)
{
}

QString ZrmService::assessorName() const
{
    return m_session.user().displayName;
}

Result<void> ZrmService::mayAccess(qint64 householdId, bool work) const
{
    if (work) {
        if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::WorkCases, QStringLiteral("household"),
                                                                         householdId);
            !allowed)
            return allowed.error();
    }
    // The team check, with its logged refusal, is the household service's.
    auto team = HouseholdService(m_database, m_clock, m_session).mayView(householdId);
    if (!team)
        return team.error();
    return success();
}

QList<FieldError> ZrmService::validate(const ZrmAssessment &a) const
{
    QList<FieldError> errors;
    if (a.scores.isEmpty())
        errors.append({QStringLiteral("scores"), tr("Score at least one domain.")});
    for (auto it = a.scores.cbegin(); it != a.scores.cend(); ++it) {
        const QString field = QStringLiteral("scores.") + it.key();
        if (!zrm::isDomain(it.key()))
            errors.append({field, tr("'%1' is not a domain of the ZRM.").arg(it.key())});
        else if (!zrm::isScore(it.value()))
            errors.append({field, tr("The score for %1 must be 1 to 5, not %2.").arg(zrm::domainLabel(it.key())).arg(it.value())});
    }
    const QDate today = m_clock.today();
    if (!a.assessedOn.isValid())
        errors.append({QStringLiteral("assessedOn"), tr("Give the date of the assessment.")});
    else if (a.assessedOn > today)
        errors.append({QStringLiteral("assessedOn"),
                       tr("The date of the assessment (%1) is after today; score what you have seen.")
                           .arg(a.assessedOn.toString(QStringLiteral("dd-MM-yyyy")))});
    if (a.personId != 0) {
        auto household = householdOf(m_db, "persons", a.personId);
        if (!household || *household != a.householdId)
            errors.append({QStringLiteral("personId"), tr("The person assessed is not a member of this household.")});
    }
    if (a.caseId != 0) {
        auto household = householdOf(m_db, "cases", a.caseId);
        if (!household || *household != a.householdId)
            errors.append({QStringLiteral("caseId"), tr("The case is not one of this household.")});
    }
    return errors;
}

Result<qint64> ZrmService::record(const ZrmAssessment &assessment)
{
    if (auto allowed = mayAccess(assessment.householdId, true); !allowed)
        return allowed.error();
    if (const QList<FieldError> errors = validate(assessment); !errors.isEmpty())
        return Error::invalid(errors);

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    qint64 id = 0;
    {
        auto q = runSql(m_db, QStringLiteral("INSERT INTO zrm_assessments (household_id, person_id, case_id, assessed_on, "
                                             "assessor_name, zrm_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        {assessment.householdId, assessment.personId ? QVariant(assessment.personId) : sqlNull(),
                         assessment.caseId ? QVariant(assessment.caseId) : sqlNull(), isoDate(assessment.assessedOn),
                         assessorName(), zrm::currentVersion(), timestampToSql(m_clock.now())},
                        "record ZRM assessment");
        if (!q)
            return q.error();
        if (!q->next())
            return databaseError(QStringLiteral("no id returned"), "record ZRM assessment");
        id = q->value(0).toLongLong();
    }
    for (auto it = assessment.scores.cbegin(); it != assessment.scores.cend(); ++it)
        if (auto stored = runSql(m_db, QStringLiteral("INSERT INTO zrm_scores (assessment_id, domain, score) VALUES (?, ?, ?)"),
                                 {id, it.key(), it.value()}, "record ZRM score");
            !stored)
            return stored.error();
    if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::RecordZrm, QStringLiteral("household"),
                                                      assessment.householdId, AuditResult::Success, {},
                                                      QStringLiteral("zrm:%1 domains").arg(assessment.scores.size()));
        !audited)
        return audited.error();
    // The scores are facts of the signal rules: the household's flags follow in the same change.
    if (auto evaluated = rules::RulesService(m_database, m_clock, m_session).evaluateHouseholds({assessment.householdId});
        !evaluated)
        return evaluated.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("ZRM assessment {} recorded for household {} ({} domains)", id, assessment.householdId,
                 assessment.scores.size());
    return id;
}

Result<QList<ZrmAssessment>> ZrmService::history(qint64 householdId) const
{
    if (auto allowed = mayAccess(householdId, false); !allowed)
        return allowed.error();
    // One row per score (or one for an assessment without scores), an assessment's rows together.
    auto q = runSql(m_db, QStringLiteral(
        "SELECT a.id, a.person_id, a.case_id, a.assessed_on, a.assessor_name, a.zrm_version, a.created_at, "
        "p.voorletters, p.voornaam, p.voorvoegsel, p.achternaam, s.domain, s.score FROM zrm_assessments a "
        "LEFT JOIN persons p ON p.id = a.person_id LEFT JOIN zrm_scores s ON s.assessment_id = a.id "
        "WHERE a.household_id = ? ORDER BY a.assessed_on DESC, a.id DESC"),
        {householdId}, "read ZRM assessments");
    if (!q)
        return q.error();
    QList<ZrmAssessment> out;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (out.isEmpty() || out.constLast().id != id) {
            ZrmAssessment a;
            a.id = id;
            a.householdId = householdId;
            a.personId = q->value(1).isNull() ? 0 : q->value(1).toLongLong();
            a.caseId = q->value(2).isNull() ? 0 : q->value(2).toLongLong();
            a.assessedOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
            a.assessorName = q->value(4).toString();
            a.zrmVersion = q->value(5).toString();
            a.createdAt = timestampFromSql(q->value(6));
            if (!q->value(10).isNull()) {
                Person p;
                p.voorletters = q->value(7).toString();
                p.voornaam = q->value(8).toString();
                p.voorvoegsel = q->value(9).toString();
                p.achternaam = q->value(10).toString();
                a.personName = p.fullName();
            }
            out << a;
        }
        if (!q->value(11).isNull())
            out.last().scores.insert(q->value(11).toString(), q->value(12).toInt());
    }
    return out;
}

Result<QMap<QString, int>> ZrmService::latest(qint64 householdId) const
{
    if (auto allowed = mayAccess(householdId, false); !allowed)
        return allowed.error();
    // Oldest first, so each domain ends on its latest score: the rule the facts loader follows.
    auto q = runSql(m_db, QStringLiteral("SELECT s.domain, s.score FROM zrm_scores s "
                                         "JOIN zrm_assessments a ON a.id = s.assessment_id WHERE a.household_id = ? "
                                         "ORDER BY a.assessed_on, a.id"),
                    {householdId}, "read ZRM scores");
    if (!q)
        return q.error();
    QMap<QString, int> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    return out;
}

} // namespace vangnet
