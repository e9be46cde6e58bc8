#pragma once

#include "importing/ImportRows.h"

namespace vangnet::importing {

class FieldReader;

/// Reads the person block (PersonField order, starting at field index `first`) of a signal or a
/// discharge row into a RowPerson.
///
/// - BSN: spaces, dots and dashes removed, 8 digits get their leading zero; 9 digits → kept,
///   bsnValid = the 11-proef. Any other text is kept trimmed with bsnValid = false, so matching
///   falls back to the address. Never a reject.
/// - achternaam is required; geboortedatum optional (a date that does not exist is a reject).
/// - huisnummer 1–99999, a suffix in the same field ("12a") becomes the toevoeging unless the
///   toevoeging column has one; toevoeging upper case.
/// - postcode normalised to "1234 AB"; one that is not a Dutch postcode is a reject.
/// - the row needs a BSN or an address (postcode and huisnummer), else it cannot be matched.
class PersonFieldParser {
public:
    /// Returns false when the person block produced a reject.
    static bool read(FieldReader &fields, int first, RowPerson &person);
};

} // namespace vangnet::importing
