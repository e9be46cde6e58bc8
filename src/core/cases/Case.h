#pragma once

#include "cases/CaseType.h"
#include "cases/CaseVocabulary.h"
#include "clocks/Deadlines.h"
#include "domain/Note.h"
#include "importing/ImportRows.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace vangnet::cases {

/// The Wgs request of a hulpvraag (art. 4): the aanmelding (a request for debt help, or the
/// acceptance of the offer of help), its crisis intervention, the eerste gesprek and the beschikking.
/// Empty on an early-signal or aftercare case.
struct HelpRequest {
    QDate registeredOn;           ///< melding van de hulpvraag (request_on)
    QString crisisKind;           ///< crisisKinds() value; empty = no crisis intervention
    QDate firstConversationOn;    ///< the eerste gesprek, as the caseworker records it (not an attempt)
    QString decision;             ///< requestDecisions() value once decided (with Case::decisionOn)

    bool crisis() const { return !crisisKind.isEmpty(); }
};

/// A case (zaak): the work on one household, from a flag, a signal, a discharge notice or by
/// hand, until it is closed with an outcome. One open case per household.
struct Case {
    qint64 id = 0;
    qint64 householdId = 0;
    CaseStatus status = CaseStatus::Nieuw;
    CaseOrigin origin = CaseOrigin::Manual;
    CaseType type = CaseType::Vroegsignaal;
    HelpRequest request;     ///< a hulpvraag's request data
    qint64 originFlagId = 0;
    qint64 assigneeId = 0;   ///< 0 = unassigned
    QString assigneeName;    ///< display name; read only
    QDate openedOn;
    QDateTime openedAt;      ///< UTC
    QString openedBy;
    QDate takenUpOn;         ///< first moved to "in behandeling" (DDAS datum_opgepakt)
    QDate decisionOn;        ///< the beschikking's date (the 8-week clock); with request.decision
    QDate closedOn;
    QString outcome;         ///< EnumEindresultaat value once closed
    QString internalReason;  ///< why a signal was not taken up: internal, never reported (sealed)
    QString reasonKey;       ///< the same as a key of internalReasonKeys(), plain so it can be counted; empty = none
    int version = 1;         ///< refuses a stale save
    QDateTime updatedAt;
    QString updatedBy;
    QList<qint64> signalIds;    ///< linked early signals
    QList<qint64> dischargeIds; ///< linked discharge notices
};

/// A contactpoging.
struct ContactAttempt {
    qint64 id = 0;
    qint64 caseId = 0;
    QString kind;        ///< EnumContactsoort value
    bool reached = false;
    QDate date;
    QString dayPart;     ///< EnumDagdeel value, or empty
    QString note;        ///< sealed at rest
    QString author;
    QDateTime createdAt;
};

/// A goal or an action of the plan of action (plan van aanpak). Actions may belong to a goal.
struct PlanItem {
    enum class Kind { Goal, Action };
    qint64 id = 0;
    qint64 caseId = 0;
    Kind kind = Kind::Action;
    qint64 goalId = 0;   ///< the goal an action serves; 0 = none
    QString text;        ///< sealed at rest
    QString owner;       ///< who does it (free text: resident, caseworker, partner)
    QDate dueOn;
    QDate doneOn;        ///< invalid while open
    QString createdBy;
    QDateTime createdAt;
};

/// A reminder on a case, for one user (or the assignee when 0).
struct Reminder {
    qint64 id = 0;
    qint64 caseId = 0;
    QDate dueOn;
    QString text;        ///< sealed at rest
    qint64 forUserId = 0;
    QDateTime doneAt;    ///< invalid while open
    QString author;
    QDateTime createdAt;
};

/// One of the five basic conditions on a discharge case's checklist.
struct BasicCondition {
    QString key;         ///< basicConditionKeys()
    importing::ConditionState state = importing::ConditionState::Onbekend;
    /// Set by a caseworker (basic_conditions.source 'zaak'): the rules and clocks take this state
    /// over the notice's from `since` on. False: copied from the notice when the case opened.
    bool setOnCase = false;
    QDate since;         ///< the day the caseworker's state holds from; invalid when not set on the case
    QDateTime updatedAt;
    QString updatedBy;
};

/// Everything the case screen and `case show` present.
struct CaseDetail {
    Case record;
    QString householdName;
    QList<ContactAttempt> attempts;       ///< oldest first
    QList<PlanItem> plan;                 ///< goals, each followed by its actions; then loose actions
    QList<BasicCondition> conditions;     ///< five rows for a case with a discharge notice, else empty
    QList<Note> notes;                    ///< newest first
    QList<Reminder> reminders;            ///< open ones first, by due date
    QList<clocks::Deadline> deadlines;    ///< as of the service's today
    QList<qint64> unlinkedSignalIds;      ///< the household's new signals not in any case yet
};

} // namespace vangnet::cases
