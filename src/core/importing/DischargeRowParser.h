#pragma once

#include "importing/ImportRows.h"

namespace vangnet::importing {

class FieldReader;

/// Turns the raw fields of one discharge notice (DischargeField order) into a DischargeRow:
/// instelling_type and verwachte_uitstroomdatum required, the five basic conditions empty =
/// onbekend, the person as PersonFieldParser reads it. False when any field was rejected.
class DischargeRowParser {
public:
    static bool read(FieldReader &fields, DischargeRow &row);
};

} // namespace vangnet::importing
