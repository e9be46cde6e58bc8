#pragma once

#include "importing/ImportRows.h"

namespace vangnet::importing {

class FieldReader;

/// Turns the raw fields of one signal (SignalField order) into a SignalRow: signaalpartner and
/// signaaldatum required, ontstaansdatum and bedrag optional, the flags empty = no, the person
/// as PersonFieldParser reads it. Every problem becomes a reject; false when there was one.
class SignalRowParser {
public:
    static bool read(FieldReader &fields, SignalRow &row);
};

} // namespace vangnet::importing
