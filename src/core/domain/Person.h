#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace vangnet {

/// Rol in het huishouden.
enum class MemberRole { Hoofdbewoner, Partner, Kind, Overig };

/// Stable storage key ("hoofdbewoner", …) and back.
QString roleKey(MemberRole role);
std::optional<MemberRole> roleFromKey(const QString &key);
/// Translated label for the user interface.
QString roleLabel(MemberRole role);

/// Inwoner: a member of a household.
struct Person {
    qint64 id = 0;
    qint64 householdId = 0;
    int version = 0; ///< optimistic-locking version; 0 = not stored yet
    MemberRole role = MemberRole::Hoofdbewoner;
    /// The BSN in plain text only when it was typed in, or revealed through the audited
    /// HouseholdService::revealBsn(); empty otherwise. Storage never hands it out on reading.
    QString bsn;
    /// "*****6789" when a BSN is stored and `bsn` does not replace it. Saving a person with an
    /// empty `bsn` and a mask keeps the stored BSN; with both empty, the BSN is removed.
    QString bsnMask;
    QString voorletters;
    QString voornaam;
    QString voorvoegsel; ///< tussenvoegsel, e.g. "van der"
    QString achternaam;
    QDate geboortedatum; ///< invalid when unknown
    QString telefoon;
    QString email;

    /// "Jan van der Berg" (or initials when no first name is known)
    QString fullName() const;
    /// Dutch list order: "Berg, J. van der"
    QString sortName() const;
    /// What every view shows: the masked BSN ("*****6789"), "" when there is none.
    QString maskedBsn() const;
    bool hasBsn() const { return !bsn.isEmpty() || !bsnMask.isEmpty(); }

    bool operator==(const Person &) const = default;
};

} // namespace vangnet
