#include "support/IsoDate.h"

namespace vangnet {

QString isoDate(const QDate &date)
{
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    int y = date.year();
    const int m = date.month();
    const int d = date.day();
    QString out(10, QLatin1Char('-'));
    QChar *c = out.data();
    for (int i = 3; i >= 0; --i, y /= 10)
        c[i] = QLatin1Char(static_cast<char>('0' + y % 10));
    c[5] = QLatin1Char(static_cast<char>('0' + m / 10));
    c[6] = QLatin1Char(static_cast<char>('0' + m % 10));
    c[8] = QLatin1Char(static_cast<char>('0' + d / 10));
    c[9] = QLatin1Char(static_cast<char>('0' + d % 10));
    return out;
}

} // namespace vangnet
