#include "households/SurnameKey.h"

#include "support/SearchKey.h"

#include <array>

namespace vangnet::households {

namespace {

/// Prefix words (tussenvoegsels) that are left off when surnames are compared. A surname made
/// of nothing but these words ("Van") is kept as it is.
constexpr std::array prefixWords{"van", "der", "den", "de", "het", "ten", "ter", "te", "op", "in", "la", "le", "d", "t",
    "'t", "s", "'s", "von", "du", "des", "da", "di", "del", "el", "al", "aan", "bij", "uit", "vd", "v.d.", "v/d"};

bool isPrefixWord(const QString &word)
{
    for (const char *p : prefixWords)
        if (word == QLatin1String(p))
            return true;
    return false;
}

} // namespace

QString surnameKey(const QString &voorvoegsel, const QString &achternaam)
{
    QStringList words
        = searchKey(voorvoegsel + QLatin1Char(' ') + achternaam).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype first = 0;
    while (first + 1 < words.size() && isPrefixWord(words.at(first)))
        ++first;
    QString key;
    for (qsizetype i = first; i < words.size(); ++i)
        key += words.at(i);
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('\''));
    key.remove(QLatin1Char('.'));
    return key;
}

bool withinOneEdit(const QString &a, const QString &b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la > lb)
        return withinOneEdit(b, a);
    if (lb - la > 1)
        return false;
    qsizetype i = 0;
    while (i < la && a.at(i) == b.at(i))
        ++i;
    if (i == la)
        return true; // equal, or b is a with one character appended
    if (la == lb) // one substitution at i: the rest must be equal
        return QStringView(a).mid(i + 1) == QStringView(b).mid(i + 1);
    return QStringView(a).mid(i) == QStringView(b).mid(i + 1); // one insertion into a at i
}

} // namespace vangnet::households
