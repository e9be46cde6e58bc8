#pragma once

#include <QStringList>

namespace vangnet::importing {

/// The fields a signal file can carry, in the order of the default CSV profile's header.
/// The person's fields form one block (PersonField order) so signals and discharges share them.
enum class SignalField {
    SignalId,
    Partner,
    PartnerName,
    SignalDate,
    ArisenDate,
    Amount,
    Crisis,
    WarmHandover,
    Bsn,
    Voorletters,
    Voornaam,
    Voorvoegsel,
    Achternaam,
    Geboortedatum,
    Straat,
    Huisnummer,
    Toevoeging,
    Postcode,
    Plaats,
    Count
};

/// The fields of a discharge notice, in the order of the default CSV profile's header.
enum class DischargeField {
    NoticeId,
    InstitutionType,
    InstitutionName,
    ExpectedDate,
    Channel,
    Bsn,
    Voorletters,
    Voornaam,
    Voorvoegsel,
    Achternaam,
    Geboortedatum,
    Straat,
    Huisnummer,
    Toevoeging,
    Postcode,
    Plaats,
    IdDocument,
    Shelter,
    Income,
    Debts,
    Care,
    Count
};

/// The person block within both field lists.
enum class PersonField {
    Bsn,
    Voorletters,
    Voornaam,
    Voorvoegsel,
    Achternaam,
    Geboortedatum,
    Straat,
    Huisnummer,
    Toevoeging,
    Postcode,
    Plaats,
    Count
};

constexpr int signalFieldCount = int(SignalField::Count);
constexpr int dischargeFieldCount = int(DischargeField::Count);
constexpr int personFieldCount = int(PersonField::Count);

/// The field keys, which are also the column names of the default profiles
/// ("signaal_id", "signaalpartner", …). Index with int(SignalField::…).
const QStringList &signalFieldKeys();
const QStringList &dischargeFieldKeys();

} // namespace vangnet::importing
