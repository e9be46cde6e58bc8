#include "domain/Postcode.h"

#include <QRegularExpression>

namespace vangnet::postcode {

std::optional<QString> normalize(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*([1-9][0-9]{3})\\s*([A-Za-z]{2})\\s*$"));
    const auto match = pattern.match(input);
    if (!match.hasMatch())
        return std::nullopt;
    const QString letters = match.captured(2).toUpper();
    // These letter pairs are not issued (historical and societal reasons).
    if (letters == QLatin1String("SA") || letters == QLatin1String("SD") || letters == QLatin1String("SS"))
        return std::nullopt;
    return match.captured(1) + QLatin1Char(' ') + letters;
}

bool isPrefix(const QString &input)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*[1-9][0-9]{0,3}(\\s*[A-Za-z]{0,2})?\\s*$"));
    const QString t = input.trimmed();
    if (t.size() < 4 && !t.isEmpty()) // "12" could be a house number too; only 4+ counts
        return false;
    return pattern.match(input).hasMatch();
}

} // namespace vangnet::postcode
