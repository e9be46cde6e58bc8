#include "domain/Bsn.h"

#include <algorithm>

namespace vangnet::bsn {

std::optional<QString> normalize(const QString &input)
{
    QString digits;
    for (const QChar c : input) {
        if (c.isSpace() || c == QLatin1Char('.') || c == QLatin1Char('-'))
            continue;
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        digits += c;
    }
    if (digits.size() == 8)
        digits.prepend(QLatin1Char('0'));
    if (digits.size() != 9)
        return std::nullopt;
    return digits;
}

bool passesElfproef(const QString &nineDigits)
{
    if (nineDigits.size() != 9)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const int digit = nineDigits.at(i).digitValue();
        if (digit < 0)
            return false;
        sum += (i < 8 ? 9 - i : -1) * digit;
    }
    return sum != 0 && sum % 11 == 0;
}

QString mask(const QString &bsn)
{
    const QString digits = normalize(bsn).value_or(bsn.trimmed());
    if (digits.isEmpty())
        return {};
    return QString(std::max<qsizetype>(digits.size() - 4, 0), QLatin1Char('*')) + digits.right(4);
}

std::optional<QString> parse(const QString &input)
{
    auto digits = normalize(input);
    if (digits && passesElfproef(*digits))
        return digits;
    return std::nullopt;
}

} // namespace vangnet::bsn
