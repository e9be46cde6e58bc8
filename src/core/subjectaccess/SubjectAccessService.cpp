#include "subjectaccess/SubjectAccessService.h"

#include "audit/AuditLog.h"
#include "audit/AuditedExport.h"
#include "cases/CaseService.h"
#include "households/HouseholdService.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SqlStatement.h"
#include "subjectaccess/SubjectAccessWriter.h"
#include "zrm/ZrmService.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

#include <algorithm>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {
const QString personType = QStringLiteral("person");
const QString householdType = QStringLiteral("household");
} // namespace

SubjectAccessService::SubjectAccessService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection()), m_database(db), m_clock(clock), m_session(session)
{
}

Error SubjectAccessService::denied(const Error &refusal, qint64 personId) const
{
    return AccessGuard(m_db, m_clock, m_session).refuse(refusal, personType, personId);
}

Result<void> SubjectAccessService::mayExport(qint64 personId) const
{
    if (auto allowed = m_session.require(Permission::SubjectAccess); !allowed)
        return denied(allowed.error(), personId);
    // The household's team decides, as for opening it; the person's row names the household.
    auto q = runSql(m_db, QStringLiteral("SELECT h.team_id FROM persons p JOIN households h ON h.id = p.household_id "
                                         "WHERE p.id = ?"),
                    {personId}, "find person's team");
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::SubjectAccessService", "There is no person with number %1.")
                         .arg(personId));
    if (auto allowed = m_session.requireTeam(Permission::SubjectAccess, q->value(0).toLongLong()); !allowed)
        return denied(allowed.error(), personId);
    return success();
}

Result<QString> SubjectAccessService::checkedReference(const QString &reference) const
{
    const QString text = reference.simplified();
    if (text.isEmpty())
        return Error::invalid({{QStringLiteral("reference"),
                                QCoreApplication::translate("vangnet::SubjectAccessService",
                                                            "Enter the reference of the request (for example its case number).")}});
    if (text.size() > maxReferenceLength)
        return Error::invalid({{QStringLiteral("reference"),
                                QCoreApplication::translate("vangnet::SubjectAccessService",
                                                            "The reference is too long (at most %1 characters).")
                                    .arg(maxReferenceLength)}});
    return text;
}

Result<SubjectAccessReport> SubjectAccessService::gather(qint64 personId, const QString &requestReference) const
{
    // Permission first: a refused attempt is audited whatever else is wrong with it.
    if (auto allowed = mayExport(personId); !allowed)
        return allowed.error();
    auto reference = checkedReference(requestReference);
    if (!reference)
        return reference.error();

    auto householdId = runSql(m_db, QStringLiteral("SELECT household_id FROM persons WHERE id = ?"), {personId},
                              "find person's household");
    if (!householdId)
        return householdId.error();
    if (!householdId->next())
        return Error(ErrorCode::NotFound,
                     QCoreApplication::translate("vangnet::SubjectAccessService", "There is no person with number %1.")
                         .arg(personId));

    // Through HouseholdService: its need-to-know check applies, and the read is audited as
    // an opened household like any other.
    HouseholdService households(m_database, m_clock, m_session);
    auto household = households.get(householdId->value(0).toLongLong());
    if (!household)
        return household.error();
    auto notes = households.notes(household->id);
    if (!notes)
        return notes.error();

    SubjectAccessReport report;
    report.generatedAt = m_clock.now().toUTC();
    report.generatedBy = m_session.user().username;
    report.generatedByName = m_session.user().displayName;
    report.requestReference = *reference;
    report.householdId = household->id;
    report.address = household->address;
    bool found = false;
    for (const Person &member : household->members) {
        if (member.id == personId) {
            report.person = member;
            found = true;
        } else {
            report.housemates.append({member.role, member.fullName()});
        }
    }
    if (found) {
        auto earlySignals = households.signalsOf(household->id);
        if (!earlySignals)
            return earlySignals.error();
        auto discharges = households.dischargesOf(household->id);
        if (!discharges)
            return discharges.error();
        auto flags = rules::RulesService(m_database, m_clock, m_session).flagsOf(household->id, true);
        if (!flags)
            return flags.error();
        QSet<qint64> ownSignals, ownDischarges;
        for (const SignalRecord &r : *earlySignals)
            if (r.personId == personId) {
                report.earlySignals << r;
                ownSignals.insert(r.id);
            }
        for (const DischargeRecord &r : *discharges)
            if (r.personId == personId) {
                report.discharges << r;
                ownDischarges.insert(r.id);
            }
        for (const rules::StoredFlag &f : *flags) {
            const bool own = std::any_of(f.flag.signalIds.cbegin(), f.flag.signalIds.cend(),
                                         [&](qint64 id) { return ownSignals.contains(id); })
                             || std::any_of(f.flag.dischargeIds.cbegin(), f.flag.dischargeIds.cend(),
                                            [&](qint64 id) { return ownDischarges.contains(id); });
            if (own)
                report.flags << f;
        }
        auto householdCases = cases::CaseService(m_database, m_clock, m_session).casesOf(household->id);
        if (!householdCases)
            return householdCases.error();
        for (const cases::Case &c : *householdCases) {
            const bool general = c.signalIds.isEmpty() && c.dischargeIds.isEmpty();
            const bool own = std::any_of(c.signalIds.cbegin(), c.signalIds.cend(), [&](qint64 id) { return ownSignals.contains(id); })
                             || std::any_of(c.dischargeIds.cbegin(), c.dischargeIds.cend(),
                                            [&](qint64 id) { return ownDischarges.contains(id); });
            if (!general && !own)
                continue;
            auto detail = cases::CaseService(m_database, m_clock, m_session).detail(c.id, false);
            if (!detail)
                return detail.error();
            report.cases << *detail;
        }
        auto assessments = ZrmService(m_database, m_clock, m_session).history(household->id);
        if (!assessments)
            return assessments.error();
        for (const ZrmAssessment &a : *assessments)
            if (a.personId == 0 || a.personId == personId)
                report.zrmAssessments << a;
    }
    if (!found) // moved to another household between the two reads
        return Error(ErrorCode::StaleEdit, QCoreApplication::translate("vangnet::SubjectAccessService",
                                                                       "The person was moved meanwhile; try again."));
    // The resident's own BSN in full: the export that carries it is itself the audit record.
    if (report.person.hasBsn()) {
        auto plain = PersonRepository(m_db, m_session.fields()).revealBsn(personId);
        if (!plain)
            return plain.error();
        report.person.bsn = *plain;
    }
    report.notes = std::move(*notes);
    if (auto logged = addAccessLog(report); !logged)
        return logged.error();
    spdlog::info("subject access report gathered for person {}: {} notes, {} cases, {} ZRM assessments, {} access records",
                 personId, report.notes.size(), report.cases.size(), report.zrmAssessments.size(), report.accessLog.size());
    return report;
}

Result<void> SubjectAccessService::addAccessLog(SubjectAccessReport &report) const
{
    // Permission::SubjectAccess was checked in gather(); AuditLog::find would ask for ReviewAudit.
    const AuditLog log(m_db, m_clock);
    auto household = log.trail(householdType, report.householdId);
    if (!household)
        return household.error();
    auto person = log.trail(personType, report.person.id);
    if (!person)
        return person.error();
    QList<AuditEvent> events = std::move(*household);
    events.append(*person);
    for (const cases::CaseDetail &c : std::as_const(report.cases)) {
        auto trail = log.trail(QStringLiteral("case"), c.record.id);
        if (!trail)
            return trail.error();
        events.append(*trail);
    }
    std::sort(events.begin(), events.end(), [](const AuditEvent &a, const AuditEvent &b) { return a.id < b.id; });
    for (AuditEvent &e : events)
        e.origin = {}; // technical detail about the staff's workstations, not about the subject
    report.accessLog = std::move(events);
    return success();
}

Result<void> SubjectAccessService::save(const SubjectAccessReport &report, const SubjectAccessWriter &writer,
                                        const QString &fileName) const
{
    const qint64 personId = report.person.id;
    if (auto allowed = mayExport(personId); !allowed)
        return allowed;
    auto reference = checkedReference(report.requestReference);
    if (!reference)
        return reference.error();

    auto ioError = [&fileName](const QString &why) {
        return Error(ErrorCode::Io, QCoreApplication::translate("vangnet::SubjectAccessService",
                                                                "%1 could not be written: %2")
                                        .arg(fileName, why));
    };
    AuditLog log(m_db, m_clock);
    if (auto committed = writeAuditedExport(
            fileName, [&](QIODevice &out) { return writer.write(report, out); }, log, m_session,
            {personType, personId, *reference, writer.formatKey()}, ioError);
        !committed)
        return committed;
    spdlog::info("subject access export for person {} written ({})", personId, writer.formatKey().toStdString());
    return success();
}

} // namespace vangnet
