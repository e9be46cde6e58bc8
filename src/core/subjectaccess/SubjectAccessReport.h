#pragma once

#include "audit/AuditEvent.h"
#include "cases/Case.h"
#include "domain/Address.h"
#include "domain/Note.h"
#include "domain/Person.h"
#include "rules/RulesService.h"
#include "signals/SignalRecords.h"
#include "zrm/ZrmService.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace vangnet {

/// Another member of the subject's household, as far as the subject's own data needs it: the
/// role and the name, nothing else (their BSN, birth date and contact details are their data,
/// not the subject's; AVG art. 15(4)).
struct SubjectAccessHousemate {
    MemberRole role = MemberRole::Overig;
    QString name;
};

/// Inzageverzoek: everything Vangnet holds about one person, gathered by
/// SubjectAccessService::gather() and written as JSON (core) or PDF (render library).
///
/// Later issues add their own part here (signals, cases, contact attempts, …): a member, a
/// step in SubjectAccessService::gather(), a key in SubjectAccessJsonWriter and a section in
/// subjectAccessDocument(); docs/security.md lists what is included and why.
struct SubjectAccessReport {
    QDateTime generatedAt;   ///< UTC
    QString generatedBy;     ///< user name of the team lead who made it
    QString generatedByName; ///< their display name
    QString requestReference; ///< the request's reference (case number), as typed

    Person person; ///< every field, with the full BSN: it is the subject's own data

    qint64 householdId = 0;
    Address address;
    QList<SubjectAccessHousemate> housemates;
    QList<Note> notes;          ///< the household's notes, newest first
    /// Early signals and discharge notices about this person (not about housemates), newest first.
    QList<SignalRecord> earlySignals;
    QList<DischargeRecord> discharges;
    /// The household's flags, also resolved and dismissed ones, whose evidence includes one of
    /// this person's signals or notices (a flag on housemates' facts alone is theirs).
    QList<rules::StoredFlag> flags;
    /// The household's cases about this person: those linked to one of their signals or notices,
    /// and those linked to none (about the household as a whole), with attempts, plan,
    /// conditions, notes (also the internal reason) and reminders. Newest first.
    QList<cases::CaseDetail> cases;
    /// ZRM assessments (self-sufficiency scores) of this person, and of the household as a
    /// whole; not those of a housemate alone. Newest first.
    QList<ZrmAssessment> zrmAssessments;

    /// Who opened, changed, exported or was refused the household or the person, oldest first.
    /// Workstation and operating-system user are left out: they are technical, not about the subject.
    QList<AuditEvent> accessLog;
};

} // namespace vangnet
