#include "domain/Address.h"

namespace vangnet {

QString Address::streetLine() const
{
    QString line = straat;
    if (huisnummer > 0)
        line += QLatin1Char(' ') + QString::number(huisnummer);
    if (!toevoeging.isEmpty())
        line += QLatin1Char(' ') + toevoeging;
    return line.trimmed();
}

QString Address::oneLine() const
{
    QString line = streetLine();
    const QString town = (postcode + QLatin1Char(' ') + plaats).trimmed();
    if (!town.isEmpty())
        line += QStringLiteral(", ") + town;
    return line;
}

} // namespace vangnet
