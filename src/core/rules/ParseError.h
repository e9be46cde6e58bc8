#pragma once

#include <QString>

#include <optional>

namespace vangnet::rules {

/// A place in rule text: 1-based line and column (in UTF-16 code units, as editors count).
struct SourcePos {
    int line = 1;
    int column = 1;
};

/// Why rule text was refused, and where. The message is translated (Dutch in the product).
struct ParseError {
    SourcePos pos;
    QString message;

    /// "regel 4, kolom 12: onbekend feit 'sigals'".
    QString toString() const;
};

} // namespace vangnet::rules
