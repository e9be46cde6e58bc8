#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vangnet::places {

/// Woonvorm: the kind of supported housing a place offers.
enum class HousingType { HousingFirst, BegeleidWonen, BeschermdWonen, Jongeren, Gezinsplek, SkaeveHuse, Overig };

/// Whether a place can be offered: only a `vrij` place takes part in a plan.
enum class PlaceStatus { Vrij, Gereserveerd, Bezet, BuitenGebruik };

/// Begeleiding: the most support a place provides. Ordered, so a need is met when it is at
/// most what the place provides (licht < midden < intensief).
enum class CareLevel { Licht = 1, Midden = 2, Intensief = 3 };

/// What the provider says about a place, as the import reads it and a change compares it.
/// The status is not in the provider's file: it belongs to the municipality's own workflow.
struct PlaceDetails {
    QString plekId;    ///< the provider's id (plek_id): the key of idempotent imports
    QString provider;  ///< aanbieder
    QString location;  ///< locatie
    QString wijk;
    HousingType housingType = HousingType::Overig;
    int capacity = 1;  ///< capaciteit: households it can take, ≥ 1
    QDate availableFrom; ///< beschikbaar_vanaf
    std::optional<int> minAge; ///< min_leeftijd; nullopt = no lower bound
    std::optional<int> maxAge; ///< max_leeftijd; nullopt = no upper bound
    std::optional<int> maxPersons; ///< max_personen; nullopt = no limit
    bool wheelchair = false; ///< rolstoel
    bool pets = false;       ///< huisdieren
    CareLevel care = CareLevel::Licht; ///< begeleiding

    bool operator==(const PlaceDetails &) const = default;
};

/// A stored place (table places). Holds no personal data.
struct Place {
    qint64 id = 0;
    PlaceDetails details;
    PlaceStatus status = PlaceStatus::Vrij;
    QDateTime updatedAt;
    QString updatedBy;
};

} // namespace vangnet::places
