#pragma once

#include <QString>

namespace vangnet {

/// Adres: where a household lives. The postcode is kept normalised ("1234 AB").
struct Address {
    qint64 id = 0;
    QString straat;
    int huisnummer = 0;
    QString toevoeging; ///< huisnummertoevoeging, e.g. "A", "2-hoog"
    QString postcode;
    QString plaats;
    QString wijk;

    /// "Dorpsstraat 12 A"
    QString streetLine() const;
    /// "Dorpsstraat 12 A, 1234 AB Plaats"
    QString oneLine() const;

    bool operator==(const Address &) const = default;
};

} // namespace vangnet
