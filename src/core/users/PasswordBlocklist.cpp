#include "users/PasswordBlocklist.h"

#include <QFile>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {

QSet<QString> readShippedList()
{
    QFile file(QStringLiteral(":/security/common-passwords.txt"));
    QSet<QString> words;
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        spdlog::error("the common-password list is missing from the build");
        return words;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed().toLower();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            words.insert(line);
    }
    return words;
}

/// "W3lkom2026!" → "w3lkom": the word people build their password from.
QString withoutTrailing(const QString &lower)
{
    static const QRegularExpression trailing(QStringLiteral("[0-9\\s!?.,;:@#$%^&*()_+=\\-~'\"]+$"));
    QString base = lower;
    base.remove(trailing);
    return base;
}

/// "w3lk0m" → "welkom".
QString undoSwaps(QString word)
{
    static const std::pair<char, char> swaps[] = {{'0', 'o'}, {'1', 'i'}, {'3', 'e'}, {'4', 'a'}, {'@', 'a'},
                                                  {'$', 's'}, {'5', 's'}, {'7', 't'}, {'!', 'i'}};
    for (const auto &[from, to] : swaps)
        word.replace(QLatin1Char(from), QLatin1Char(to));
    return word;
}

} // namespace

const PasswordBlocklist &PasswordBlocklist::shipped()
{
    static const PasswordBlocklist list(readShippedList());
    return list;
}

PasswordBlocklist::PasswordBlocklist(QSet<QString> words) : m_words(std::move(words)) {}

bool PasswordBlocklist::isCommon(const QString &password) const
{
    const QString lower = password.trimmed().toLower();
    if (m_words.contains(lower))
        return true;
    const QString stripped = withoutTrailing(lower);
    for (const QString &base : {stripped, undoSwaps(stripped)}) {
        if (base.size() < 3)
            continue;
        // A word repeated ("welkomwelkom", "zomerzomer2026") is no stronger than the word.
        const QString half = base.left(base.size() / 2);
        if (m_words.contains(base) || (base.size() % 2 == 0 && base == half + half && m_words.contains(half)))
            return true;
    }
    return false;
}

} // namespace vangnet
