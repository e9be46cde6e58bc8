#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace vangnet::rules {

/// One early signal (vroegsignaal) as the rules see it.
struct SignalFact {
    qint64 id = 0;
    QString partnerType;     ///< DDAS EnumSignaalpartner key, "Huur", "CAK Zorgverzekeringen"
    qint64 amountCents = 0;  ///< bedrag; 0 when the partner gave none
    QDate signalDate;        ///< signaaldatum
    QDate arisenDate;        ///< ontstaansdatum (achterstand sinds); invalid when unknown
    bool crisis = false;     ///< dreigende huisuitzetting of afsluiting
    bool repeated = false;   ///< this partner signalled this person before
    QString status;          ///< "nieuw", "afgesloten", …; open unless closed (see isClosedStatus)
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
    QString status;            ///< open unless closed, as for signals
};

struct PersonFact {
    qint64 id = 0;
    QDate birthDate;    ///< invalid when unknown
    bool child = false; ///< a child in the household (role kind), whatever the age
};

/// A contactpoging (contact_attempts), of any of the household's cases.
struct ContactAttemptFact {
    QDate date;
    bool reached = false;
};

/// Everything the rules may read about one household. Pure data, filled by the caller
/// (storage today, a JSON fixture in tests); evaluation never touches the database.
struct HouseholdFacts {
    qint64 householdId = 0;
    QList<SignalFact> signals;
    QList<DischargeFact> discharges;
    QList<PersonFact> persons;
    QList<ContactAttemptFact> contactAttempts;
    /// Latest ZRM score per domain key ("huisvesting" → 1..5) over all assessments; a domain never
    /// scored is absent (docs/zrm.md).
    QHash<QString, int> zrmScores;
};

/// Whether a signal or notice status means "done": "afgesloten", "gesloten", "ingetrokken",
/// "afgerond" (case-insensitive). Everything else, including "", is open.
bool isClosedStatus(const QString &status);

} // namespace vangnet::rules
