#include "support/IsoDate.h"

namespace vangnet {

QString isoDate(const QDate &date)
{
    if (!date.isValid())
        return QString();
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d); // one calendar conversion instead of three
    if (y < 1 || y > 9999)
        return date.toString(Qt::ISODate);
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

QDate isoDateFromText(QByteArrayView text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            const char c = text[i];
            if (c < '0' || c > '9')
                return {};
            parts[p] = parts[p] * 10 + (c - '0');
        }
    return QDate(parts[0], parts[1], parts[2]); // invalid for 2026-02-30
}

} // namespace vangnet
