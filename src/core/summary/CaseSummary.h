#pragma once

#include "cases/Case.h"
#include "domain/Address.h"
#include "domain/Note.h"
#include "domain/Person.h"
#include "needs/HousingNeed.h"
#include "places/Place.h"
#include "plans/PlanRun.h"
#include "rules/RulesService.h"
#include "signals/SignalRecords.h"
#include "summary/SummaryProfile.h"
#include "zrm/ZrmService.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace vangnet::summary {

/// A member as the summary names them. `bsn` is the masked BSN ("*****0019") in the intern
/// profile and always empty in the partner profile: the plain number is never read.
struct SummaryMember {
    qint64 id = 0;
    MemberRole role = MemberRole::Overig;
    QString name;
    QDate birthDate;
    QString bsn;
};

/// Casusoverzicht: what the team knows of one household, gathered by CaseSummaryService::gather()
/// for one profile and already reduced to it (PartnerRedaction), so the document shows
/// everything it holds. Lists are in the order the screens show them.
struct CaseSummary {
    SummaryProfile profile = SummaryProfile::Intern;
    QDateTime generatedAt; ///< UTC
    QString generatedByName; ///< display name of who printed it (the footer)

    qint64 householdId = 0;
    Address address;
    QString teamName;
    QList<SummaryMember> members;

    QList<SignalRecord> signals; ///< newest first
    QList<DischargeRecord> discharges; ///< newest first
    QList<rules::StoredFlag> flags; ///< open first, then resolved and dismissed ones
    QList<cases::CaseDetail> cases; ///< open first, newest first
    QList<ZrmAssessment> zrm; ///< newest first
    QList<Note> notes; ///< the household's own notes, newest first; empty for partners

    std::optional<needs::HousingNeed> need;
    QList<plans::PlanEntry> placements; ///< plan entries of the household, newest run first
    QHash<qint64, places::Place> places; ///< the places those entries name, by id

    /// The member's name, "" when they are no longer a member.
    QString memberName(qint64 personId) const
    {
        for (const SummaryMember &m : members)
            if (m.id == personId)
                return m.name;
        return {};
    }
};

} // namespace vangnet::summary
