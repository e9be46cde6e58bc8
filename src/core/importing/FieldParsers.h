#pragma once

#include <QByteArrayView>
#include <QDate>

#include <array>
#include <optional>

/// Parsers for the raw bytes of one field (already trimmed). Hand-written because they run for
/// every field of up to millions of rows; each states the notations it accepts, and
/// docs/formats.md repeats them for the people who produce the files.
namespace vangnet::importing::parse {

/// "YYYY-MM-DD" or "DD-MM-YYYY" (day and month may have one digit). nullopt for anything else,
/// including dates that do not exist (31-02-2025).
std::optional<QDate> date(QByteArrayView text);

enum class AmountProblem { None, Negative, Invalid, TooLarge };

struct Amount {
    qint64 cents = 0;
    AmountProblem problem = AmountProblem::None;
};

/// A euro amount to cents. Digits with at most one decimal separator and optional thousands
/// separators; '.' and ',' can each play either role. The rule for telling them apart:
///   - a separator followed by one or two digits at the end is the decimal separator
///     ("1234.56", "1234,5", "1.234,56", "1,234.56");
///   - a separator followed by exactly three digits is a thousands separator ("1.234" and
///     "1,234" are both 1234 euros, never 1.234), as are all separators before the decimal one,
///     which must then be the other character and group exactly three digits ("1.234.567,89");
///   - anything else ("1.23.4", "1,2345", "12.", "1.234.5") is refused.
/// A leading "€" (UTF-8 or Windows-1252) and spaces are allowed; a minus sign gives Negative.
Amount amount(QByteArrayView text);

/// ja/nee, true/false, 1/0, j/n, yes/no (any case). nullopt for anything else. Empty is the
/// caller's business (it means false).
std::optional<bool> boolean(QByteArrayView text);

struct HouseNumber {
    int number = 0;
    QByteArrayView suffix; ///< letters after the number in the same field ("12a" → "a"), trimmed
};

/// 1 to 99999, optionally followed by a suffix ("12a", "12-2", "12 bis").
std::optional<HouseNumber> houseNumber(QByteArrayView text);

/// Strips spaces, dots and dashes; 8 digits get a leading zero (as bsn::normalize). nullopt
/// when the rest is not 8 or 9 digits.
std::optional<std::array<char, 9>> bsnDigits(QByteArrayView text);
/// The 11-proef (as bsn::passesElfproef).
bool elfproef(const std::array<char, 9> &digits);

/// "1234 AB" from "1234AB", "1234 ab", … exactly as postcode::normalize accepts (ASCII input;
/// the caller falls back to postcode::normalize for anything else).
std::optional<std::array<char, 7>> postcode(QByteArrayView text);

} // namespace vangnet::importing::parse
