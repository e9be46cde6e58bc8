#pragma once

#include "demo/DemoRandom.h"
#include "domain/Address.h"

#include <QList>

#include <optional>

namespace vangnet::demo {

/// Hands out the addresses of the demo municipality one by one: wijk after wijk, street after
/// street, odd and even sides with their own postcodes (one letter pair per stretch of a side,
/// as in a real town), now and then a number split into A/B, 1/2 or floors ("2-hoog").
/// Every address is unique and every postcode lies in 7411–7439 (7426 is left to newcomers), never SA, SD
/// or SS. A small town uses the first postcode numbers only.
class DemoAddressPlan {
public:
    /// The most households the municipality's postcodes hold.
    static constexpr int maxHouseholds = 250000;

    DemoAddressPlan(int households, quint64 seed);

    /// The next address; nullopt when the postcodes are used up (more than maxHouseholds).
    std::optional<Address> next();

private:
    struct Side {
        QString postcode;
        int numbersLeft = 0; ///< house numbers this side's current postcode still covers
    };

    bool enterDistrict();
    void enterStreet();
    std::optional<QString> takePostcode();
    void nextPostcodeNumber();
    std::optional<QString> postcodeFor(int huisnummer);

    DemoRandom m_rng;
    QList<int> m_perDistrict;  ///< households per wijk
    QList<int> m_streetTarget; ///< addresses per street in the current wijk
    int m_district = -1;
    int m_leftInDistrict = 0;
    int m_street = -1;
    int m_leftInStreet = 0;
    int m_huisnummer = 0;
    QStringList m_pendingToevoegingen; ///< the rest of a split house number
    Side m_sides[2];
    int m_remaining = 0; ///< addresses still to hand out in total
    int m_postcodeNumber = 0;
    int m_pairIndex = 0;
};

} // namespace vangnet::demo
