#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace vangnet::rules {

/// One early signal (vroegsignaal) as the rules see it.
struct SignalFact {
    qint64 id = 0;
    QString partnerType;     ///< DDAS EnumSignaalpartner key, "Huur", "CAK Zorgverzekeringen"
    QString partnerName;     ///< the partner's own name ("Woonstichting Zonnehof"); "" when not given
    qint64 amountCents = 0;  ///< bedrag; 0 when the partner gave none
    QDate signalDate;        ///< signaaldatum
    QDate arisenDate;        ///< ontstaansdatum (achterstand sinds); invalid when unknown
    bool crisis = false;     ///< dreigende huisuitzetting of afsluiting
    bool repeated = false;   ///< this partner signalled this person before
    bool warmHandover = false; ///< warme overdracht: the partner hands the resident over in person
    QString status;          ///< "nieuw", "afgesloten", …; open unless closed (see isClosedStatus)
};

/// A basic condition as the caseworker set it on the case's checklist: the case is the source of
/// truth for what was arranged, from `since` on (docs/rules.md, "Facts from the case").
struct CaseCondition {
    QString state; ///< "geregeld", …; "" when the caseworker has not set this condition
    QDate since;   ///< the day it holds from; invalid = always
};

/// One discharge notice (uitstroommelding).
struct DischargeFact {
    qint64 id = 0;
    qint64 personId = 0;       ///< who leaves the institution; 0 when unknown
    QString institutionType;   ///< "detentie", "jeugdzorg", … (importing::institutionTypeKey)
    QDate expectedDate;        ///< verwachte uitstroomdatum
    /// The five basic conditions (basisvoorwaarden): "geregeld", "in_behandeling",
    /// "niet_geregeld", "onbekend".
    QString idDocument = QStringLiteral("onbekend");
    QString shelter = QStringLiteral("onbekend");
    QString income = QStringLiteral("onbekend");
    QString debts = QStringLiteral("onbekend");
    QString care = QStringLiteral("onbekend");
    QString status;            ///< open unless closed, as for signals (a closed case closes it)
    /// The stored lifecycle: "aangekondigd", "in_detentie", "afgerond", "vervangen",
    /// "ingetrokken" (importing::DischargeLifecycle; uitgestroomd follows from the date).
    QString lifecycle = QStringLiteral("aangekondigd");
    /// What the caseworker set on the checklist of the case this notice is in, in the order
    /// id_bewijs, onderdak, inkomen, schulden, zorg; it overrides the notice's own states.
    std::array<CaseCondition, 5> caseConditions;
};

struct PersonFact {
    qint64 id = 0;
    QDate birthDate;    ///< invalid when unknown
    bool child = false; ///< a child in the household (role kind), whatever the age
    QString role;       ///< the member's role key: "hoofdbewoner", "partner", "kind", "overig"
    /// The latest ZRM score per domain of this member's own assessments (zrm_assessments.person_id),
    /// chosen as HouseholdFacts::zrmScores is; an assessment of the household as a whole is not the
    /// member's. A domain never scored for the member is absent.
    QHash<QString, int> zrmScores;
    QHash<QString, QDate> zrmDates; ///< the day each of those scores was given
};

/// A contactpoging (contact_attempts), of any of the household's cases.
struct ContactAttemptFact {
    QDate date;
    bool reached = false;
};

/// A case (zaak) of the household, as stored (table cases, docs/cases.md); what it was on the
/// as-of date follows from its dates (EvalContext::prepare).
struct CaseFact {
    qint64 id = 0;
    QString status;  ///< cases::CaseStatus key: "nieuw", "in_behandeling", "wacht_op_inwoner", "afgesloten"
    QString origin;  ///< how it came to be, cases::CaseOrigin key: "flag", "signal", "discharge", "manual"
    QDate openedOn;  ///< invalid when unknown
    QDate closedOn;  ///< invalid while the case is open
    QString outcome; ///< the eindresultaat it was closed with (cases::ddas::eindresultaat()); "" while open
};

/// Everything the rules may read about one household. Pure data, filled by the caller
/// (storage today, a JSON fixture in tests); evaluation never touches the database.
struct HouseholdFacts {
    qint64 householdId = 0;
    QString wijk;       ///< the address's district; "" when unknown
    QList<SignalFact> signals;
    QList<DischargeFact> discharges;
    QList<PersonFact> persons;
    QList<ContactAttemptFact> contactAttempts;
    QList<CaseFact> cases; ///< oldest first
    /// Latest ZRM score per domain key ("huisvesting" → 1..5) over all assessments; a domain never
    /// scored is absent (docs/zrm.md).
    QHash<QString, int> zrmScores;
    /// The day each of those latest scores was given (the assessment's date).
    QHash<QString, QDate> zrmDates;
};

/// Whether a signal or notice status means "done": "afgesloten", "gesloten", "ingetrokken",
/// "afgerond" (case-insensitive). Everything else, including "", is open.
bool isClosedStatus(const QString &status);

/// The basic-condition keys in the order of DischargeFact::caseConditions.
const QStringList &conditionKeysInFactOrder();

} // namespace vangnet::rules
