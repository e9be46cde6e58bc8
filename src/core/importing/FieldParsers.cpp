#include "importing/FieldParsers.h"

namespace vangnet::importing::parse {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/// Reads 1..maxDigits digits at `pos`; returns the value and advances, or -1.
int digits(QByteArrayView text, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (pos < text.size() && isDigit(text[pos]) && count < maxDigits) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    if (count < minDigits || (pos < text.size() && isDigit(text[pos])))
        return -1;
    return value;
}

char upper(char c)
{
    return (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

std::optional<QDate> date(QByteArrayView text)
{
    qsizetype pos = 0;
    int year = 0;
    int month = 0;
    int day = 0;
    const qsizetype firstDash = text.indexOf('-');
    if (firstDash == 4) {
        year = digits(text, pos, 4, 4);
        if (year < 0 || pos >= text.size() || text[pos++] != '-')
            return std::nullopt;
        month = digits(text, pos, 1, 2);
        if (month < 0 || pos >= text.size() || text[pos++] != '-')
            return std::nullopt;
        day = digits(text, pos, 1, 2);
    } else {
        day = digits(text, pos, 1, 2);
        if (day < 0 || pos >= text.size() || text[pos++] != '-')
            return std::nullopt;
        month = digits(text, pos, 1, 2);
        if (month < 0 || pos >= text.size() || text[pos++] != '-')
            return std::nullopt;
        year = digits(text, pos, 4, 4);
    }
    if (year < 0 || month < 0 || day < 0 || pos != text.size() || year < 1800)
        return std::nullopt;
    const QDate parsed(year, month, day); // invalid for a day that does not exist
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

Amount amount(QByteArrayView text)
{
    // Strip "€" (UTF-8 E2 82 AC or Windows-1252 0x80) and spaces around the number.
    qsizetype begin = 0;
    qsizetype end = text.size();
    bool negative = false;
    auto skipNoise = [&] {
        for (;;) {
            if (begin < end && isSpace(text[begin])) {
                ++begin;
            } else if (begin < end && static_cast<unsigned char>(text[begin]) == 0x80) {
                ++begin;
            } else if (end - begin >= 3 && text.sliced(begin, 3) == QByteArrayView("\xE2\x82\xAC")) {
                begin += 3;
            } else {
                break;
            }
        }
    };
    skipNoise();
    if (begin < end && (text[begin] == '-' || text[begin] == '+')) {
        negative = text[begin] == '-';
        ++begin;
        skipNoise();
    }
    while (end > begin && isSpace(text[end - 1]))
        --end;
    if (begin == end)
        return {0, AmountProblem::Invalid};

    // Find the last separator and how many digits follow it.
    qsizetype lastSeparator = -1;
    for (qsizetype i = begin; i < end; ++i) {
        const char c = text[i];
        if (c == '.' || c == ',')
            lastSeparator = i;
        else if (!isDigit(c))
            return {0, AmountProblem::Invalid};
    }
    char decimal = 0;
    qsizetype integerEnd = end;
    if (lastSeparator >= 0) {
        const qsizetype after = end - lastSeparator - 1;
        if (after == 1 || after == 2) {
            decimal = text[lastSeparator];
            integerEnd = lastSeparator;
        } else if (after != 3) {
            return {0, AmountProblem::Invalid};
        }
    }

    // The integer part: digits, optionally grouped by one thousands character (not `decimal`).
    char thousands = 0;
    qint64 euros = 0;
    int group = 0; // digits since the last separator
    bool grouped = false;
    for (qsizetype i = begin; i < integerEnd; ++i) {
        const char c = text[i];
        if (c == '.' || c == ',') {
            if (c == decimal || (thousands != 0 && c != thousands))
                return {0, AmountProblem::Invalid};
            if (group == 0 || group > 3 || (grouped && group != 3))
                return {0, AmountProblem::Invalid};
            thousands = c;
            grouped = true;
            group = 0;
            continue;
        }
        euros = euros * 10 + (c - '0');
        ++group;
        if (euros > 999'999'999'999LL)
            return {0, AmountProblem::TooLarge};
    }
    if (group == 0 || (grouped && group != 3))
        return {0, AmountProblem::Invalid};

    qint64 cents = euros * 100;
    if (decimal != 0) {
        const qsizetype fractionDigits = end - integerEnd - 1;
        int fraction = text[integerEnd + 1] - '0';
        fraction = fractionDigits == 2 ? fraction * 10 + (text[integerEnd + 2] - '0') : fraction * 10;
        cents += fraction;
    }
    if (negative && cents != 0)
        return {0, AmountProblem::Negative};
    return {cents, AmountProblem::None};
}

std::optional<bool> boolean(QByteArrayView text)
{
    if (text.size() > 5)
        return std::nullopt;
    char lower[6] = {};
    for (qsizetype i = 0; i < text.size(); ++i)
        lower[i] = (text[i] >= 'A' && text[i] <= 'Z') ? char(text[i] - 'A' + 'a') : text[i];
    const QByteArrayView word(lower, text.size());
    for (const char *yes : {"ja", "true", "1", "j", "yes", "y", "waar"}) {
        if (word == QByteArrayView(yes))
            return true;
    }
    for (const char *no : {"nee", "false", "0", "n", "no", "onwaar"}) {
        if (word == QByteArrayView(no))
            return false;
    }
    return std::nullopt;
}

std::optional<HouseNumber> houseNumber(QByteArrayView text)
{
    qsizetype pos = 0;
    int number = 0;
    while (pos < text.size() && isDigit(text[pos])) {
        number = number * 10 + (text[pos] - '0');
        if (number > 99999)
            return std::nullopt;
        ++pos;
    }
    if (pos == 0 || number < 1)
        return std::nullopt;
    // A suffix in the same field: separated by nothing, a space, a dash or a slash.
    qsizetype suffix = pos;
    while (suffix < text.size() && (isSpace(text[suffix]) || text[suffix] == '-' || text[suffix] == '/'))
        ++suffix;
    if (suffix > pos && suffix == text.size())
        return std::nullopt; // "12-" or "12 /": a separator with nothing after it
    return HouseNumber{number, text.sliced(suffix)};
}

std::optional<std::array<char, 9>> bsnDigits(QByteArrayView text)
{
    std::array<char, 9> out{};
    int count = 0;
    for (const char c : text) {
        if (isSpace(c) || c == '.' || c == '-')
            continue;
        if (!isDigit(c) || count == 9)
            return std::nullopt;
        out[std::size_t(count++)] = c;
    }
    if (count == 8) {
        for (std::size_t i = 8; i > 0; --i)
            out[i] = out[i - 1];
        out[0] = '0';
        count = 9;
    }
    if (count != 9)
        return std::nullopt;
    return out;
}

bool elfproef(const std::array<char, 9> &digits)
{
    int sum = 0;
    for (std::size_t i = 0; i < 9; ++i)
        sum += (i < 8 ? 9 - int(i) : -1) * (digits[i] - '0');
    return sum != 0 && sum % 11 == 0;
}

std::optional<std::array<char, 7>> postcode(QByteArrayView text)
{
    qsizetype pos = 0;
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    if (text.size() - pos < 6)
        return std::nullopt;
    std::array<char, 7> out{};
    for (std::size_t i = 0; i < 4; ++i, ++pos) {
        const char c = text[pos];
        if (!isDigit(c) || (i == 0 && c == '0'))
            return std::nullopt;
        out[i] = c;
    }
    out[4] = ' ';
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    for (std::size_t i = 5; i < 7; ++i, ++pos) {
        if (pos >= text.size() || !isLetter(text[pos]))
            return std::nullopt;
        out[i] = upper(text[pos]);
    }
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    if (pos != text.size())
        return std::nullopt;
    if (out[5] == 'S' && (out[6] == 'A' || out[6] == 'D' || out[6] == 'S'))
        return std::nullopt; // not issued, as postcode::normalize
    return out;
}

} // namespace vangnet::importing::parse
