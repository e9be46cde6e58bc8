#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace vangnet::importing {

/// Soorten signaalpartners: VNG DDAS v0.9 EnumSignaalpartner. The stored key is the DDAS text.
enum class PartnerType {
    Energie, Huur, Hypotheek, CakZorgverzekeringen, Zorg, Water, Duo, Belastingdienst, CakEigenBijdrage,
    Overige, DienstToeslagen,
};

/// Soort instelling of a discharge notice (uitstroommelding).
enum class InstitutionType { Detentie, GgzKliniek, Jeugdzorg, BeschermdWonen, MaatschappelijkeOpvang, Ziekenhuis, Overig };

/// State of one of the five basic conditions (basisvoorwaarden) at discharge.
enum class ConditionState { Geregeld, InBehandeling, NietGeregeld, Onbekend };

/// How a discharge notice reached the municipality (kanaal).
enum class DischargeChannel {
    DrPlan,          ///< D&R-plan / Berichtenbox Re-integratie (detention and re-integration)
    WarmeOverdracht, ///< warm handover: the institution's worker hands the person over in person
    Dpan,            ///< DPAN, the digital platform for aftercare after detention
    Overig,          ///< any other way (a letter, a phone call)
};

/// Where the person of a discharge notice stands (docs/formats.md, "Discharge lifecycle").
/// Uitgestroomd is never stored: a notice is uitgestroomd from its expected date on, unless it
/// ended earlier.
enum class DischargeLifecycle {
    Aangekondigd, ///< announced: the discharge lies ahead
    InDetentie,   ///< the person is in detention now: debt outreach pauses until the discharge
    Uitgestroomd, ///< the expected date has come: the person has left the institution
    Afgerond,     ///< the aftercare is done (the case was closed)
    Vervangen,    ///< superseded by a newer notice for the same person and institution
    Ingetrokken,  ///< withdrawn: the discharge will not happen as announced
};

/// Who a row is about, as the file says it. Matching (not the reader) decides who that is.
struct RowPerson {
    QString bsn;            ///< normalised 9 digits when it had the BSN's form; "" when absent
    bool bsnValid = false;  ///< false when present but failing the 11-proef (kept, marked invalid)
    QString voorletters, voornaam, voorvoegsel, achternaam;
    QDate geboortedatum;    ///< invalid when absent
    QString straat;
    int huisnummer = 0;     ///< 0 when absent
    QString toevoeging;     ///< upper case, trimmed
    QString postcode;       ///< normalised "1234 AB", "" when absent
    QString plaats;
};

/// One early signal (vroegsignaal) read from a file, validated, not yet matched.
struct SignalRow {
    qint64 line = 0;        ///< physical line in the file where the record starts (1-based); 0 for JSON
    QString signalId;       ///< the partner's own id; "" when the file has none
    PartnerType partnerType = PartnerType::Overige;
    QString partnerName;
    QDate signalDate;       ///< signaaldatum (required)
    QDate arisenDate;       ///< ontstaansdatum; invalid when absent
    std::optional<qint64> amountCents; ///< bedrag in cents; never negative
    bool crisis = false;
    bool warmHandover = false;
    RowPerson person;
};

/// One discharge notice (uitstroommelding) read from a file, validated, not yet matched.
struct DischargeRow {
    qint64 line = 0;
    QString noticeId;       ///< melding_id
    InstitutionType institutionType = InstitutionType::Overig;
    QString institutionName;
    QDate expectedDate;     ///< verwachte_uitstroomdatum (required)
    std::optional<DischargeChannel> channel; ///< kanaal; nullopt when the file does not say
    ConditionState idDocument = ConditionState::Onbekend; ///< id_bewijs
    ConditionState shelter = ConditionState::Onbekend;    ///< onderdak
    ConditionState income = ConditionState::Onbekend;     ///< inkomen
    ConditionState debts = ConditionState::Onbekend;      ///< schulden
    ConditionState care = ConditionState::Onbekend;       ///< zorg
    RowPerson person;
};

/// A row that could not be used: where, and why (translated, Dutch in the product).
struct Reject {
    qint64 line = 0;   ///< 0 when not line-based (JSON: see column)
    QString column;    ///< the column (CSV header name) or JSON path; "" for the row as a whole
    QString reason;
};

} // namespace vangnet::importing
