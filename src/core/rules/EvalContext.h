#pragma once

#include "rules/HouseholdFacts.h"
#include "rules/ValueType.h"

#include <QVarLengthArray>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace vangnet::rules {

/// Indices into the prepared facts of one kind; inline storage, so filtering a normal
/// household's signals allocates nothing.
using ItemList = QVarLengthArray<int, 32>;

/// Thrown when a rule meets data it cannot judge (an unknown partner type, a missing date,
/// a division by zero). The evaluator reports it for that rule and carries on with the next.
struct EvalError {
    QString message;
};

constexpr qint64 noDay = std::numeric_limits<qint64>::min();

/// Facts resolved once per household: keys parsed to enum values, dates to day numbers.
/// An unknown key or a missing date is kept (as -1 / noDay) and only fails the rules that read it.
struct PreparedSignal {
    const SignalFact *fact = nullptr;
    int partner = -1;      ///< importing::PartnerType, -1 when unknown
    qint64 day = noDay;    ///< signal date as a Julian day
    qint64 sinceDay = noDay; ///< arisen date, else the signal date
    bool open = true;
};

struct PreparedDischarge {
    const DischargeFact *fact = nullptr;
    int institution = -1;
    std::array<int, 5> conditions{{-1, -1, -1, -1, -1}}; ///< id_bewijs, onderdak, inkomen, schulden, zorg
    /// The text each condition came from (the case's checklist or the notice), for messages.
    std::array<const QString *, 5> conditionTexts{{nullptr, nullptr, nullptr, nullptr, nullptr}};
    qint64 day = noDay;    ///< expected discharge date
    QDate birthDate;       ///< of the person leaving; invalid when unknown
    int state = 0;         ///< importing::DischargeLifecycle as of the as-of date; -1 when unknown
    bool open = true;      ///< not closed by its case, and not afgerond, vervangen or ingetrokken
};

struct PreparedAttempt {
    const ContactAttemptFact *fact = nullptr;
    qint64 day = noDay;
};

/// A case as it stood on the as-of date; cases opened after it are left out.
struct PreparedCase {
    const CaseFact *fact = nullptr;
    qint64 openedDay = noDay;
    bool open = true;        ///< not closed, or closed only after the as-of date
    qint64 closedDay = noDay; ///< the closing day when closed by the as-of date; noDay while open
    int type = -1;           ///< cases::CaseOrigin, -1 when unknown
    /// Index into cases::ddas::eindresultaat(); noOutcome while open (or closed without one),
    /// unknownOutcome for a stored text the program does not know.
    int outcome = -1;
    static constexpr int noOutcome = -1;
    static constexpr int unknownOutcome = -2;
};

/// A `let` value, computed on first use within one rule evaluation.
struct LetSlot {
    bool ready = false;
    ItemList items;
    std::optional<qint64> number;
    bool flag = false;
    int enumValue = -1;
    QString text;
};

/// Everything one evaluation needs. Reused across households by the Evaluator, so its
/// buffers keep their capacity.
struct EvalContext {
    const HouseholdFacts *facts = nullptr;
    QDate asOf;
    qint64 today = 0; ///< asOf as a Julian day

    std::vector<PreparedSignal> signals;          ///< dated on or before asOf (or undated)
    std::vector<PreparedDischarge> discharges;
    std::vector<PreparedAttempt> attempts;         ///< dated on or before asOf (or undated)
    std::vector<PreparedCase> cases;               ///< opened on or before asOf (or undated)
    /// The signal date of the oldest open signal, noDay when none is open.
    qint64 oldestOpenSignalDay = noDay;

    /// The item a `where` condition is looking at, per kind; -1 outside any filter of that kind.
    std::array<int, itemKindCount> current{{-1, -1, -1, -1, -1}};
    std::vector<LetSlot> lets;

    QVarLengthArray<qint64, 32> evidenceSignals;
    QVarLengthArray<qint64, 8> evidenceDischarges;

    void prepare(const HouseholdFacts &householdFacts, QDate date);
    void startRule(int letCount);
    /// Records the items an aggregate looked at as the evidence of the rule being evaluated.
    void noteEvidence(ItemKind kind, const ItemList &items);
    /// The signal at `index`, failing when its partner type is unknown.
    int partnerOf(int index) const;
    int institutionOf(int index) const;
    int conditionOf(int index, int condition) const;
    /// The case at `index`'s type, failing when the stored origin is unknown.
    int caseTypeOf(int index) const;
    /// The case at `index`'s outcome (PreparedCase::noOutcome while open), failing when unknown.
    int outcomeOf(int index) const;
};

} // namespace vangnet::rules
