#include "planner/JsonScanner.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>

namespace vangnet::planner {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

constexpr int maxDepth = 64; // deeper nesting only occurs in hostile files; stop before the stack does

} // namespace

void JsonScanner::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

JsonScanner::Kind JsonScanner::peek()
{
    skipSpace();
    if (m_pos >= m_text.size())
        return Kind::End;
    const char c = m_text[m_pos];
    if (c == '{')
        return Kind::Object;
    if (c == '[')
        return Kind::Array;
    if (c == '"')
        return Kind::String;
    if (c == '-' || isDigit(c))
        return Kind::Number;
    if (c == 't' || c == 'f' || c == 'n')
        return Kind::Literal;
    return Kind::Invalid;
}

QString JsonScanner::describeNext()
{
    switch (peek()) {
    case Kind::Object:
        return QCoreApplication::translate("vangnet::planner", "an object");
    case Kind::Array:
        return QCoreApplication::translate("vangnet::planner", "a list");
    case Kind::String:
        return QCoreApplication::translate("vangnet::planner", "a text");
    case Kind::Number:
        return QCoreApplication::translate("vangnet::planner", "a number");
    case Kind::Literal:
        return QCoreApplication::translate("vangnet::planner", "true, false or null");
    case Kind::End:
        return QCoreApplication::translate("vangnet::planner", "the end of the file");
    case Kind::Invalid:
        break;
    }
    return QStringLiteral("'%1'").arg(QString::fromUtf8(m_text.sliced(m_pos, 1)));
}

bool JsonScanner::take(char c)
{
    skipSpace();
    if (m_pos < m_text.size() && m_text[m_pos] == c) {
        ++m_pos;
        return true;
    }
    return false;
}

bool JsonScanner::expect(char c, const QString &what)
{
    if (take(c))
        return true;
    return fail(QCoreApplication::translate("vangnet::planner", "expected %1, found %2").arg(what, describeNext()));
}

bool JsonScanner::atEnd()
{
    skipSpace();
    return m_pos >= m_text.size();
}

qsizetype JsonScanner::mark()
{
    skipSpace();
    return m_pos;
}

bool JsonScanner::failAt(qsizetype position, const QString &message)
{
    m_pos = position;
    return fail(message);
}

bool JsonScanner::fail(const QString &message)
{
    if (!m_error.isEmpty())
        return false; // keep the first, innermost mistake
    qsizetype line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min(m_pos, m_text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (m_text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    m_error = QCoreApplication::translate("vangnet::planner", "line %1, column %2: %3")
                  .arg(line)
                  .arg(end - lineStart + 1)
                  .arg(message);
    return false;
}

bool JsonScanner::readString(QString &out)
{
    if (peek() != Kind::String)
        return fail(QCoreApplication::translate("vangnet::planner", "expected a text in double quotes, found %1")
                        .arg(describeNext()));
    ++m_pos;
    // Runs without escapes are copied as they are; escapes append UTF-16 units, so a \uD83D\uDE00
    // surrogate pair joins up by itself.
    QString decoded;
    bool escaped = false;
    qsizetype runStart = m_pos;
    while (true) {
        if (m_pos >= m_text.size())
            return fail(QCoreApplication::translate("vangnet::planner", "a text is not closed with '\"'"));
        const char c = m_text[m_pos];
        if (c == '"')
            break;
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(QCoreApplication::translate(
                "vangnet::planner", "a control character in a text must be written as an escape"));
        if (c != '\\') {
            ++m_pos;
            continue;
        }
        escaped = true;
        decoded += QString::fromUtf8(m_text.sliced(runStart, m_pos - runStart));
        if (m_pos + 1 >= m_text.size())
            return fail(QCoreApplication::translate("vangnet::planner", "a text is not closed with '\"'"));
        const char e = m_text[m_pos + 1];
        m_pos += 2;
        switch (e) {
        case '"':
            decoded += QLatin1Char('"');
            break;
        case '\\':
            decoded += QLatin1Char('\\');
            break;
        case '/':
            decoded += QLatin1Char('/');
            break;
        case 'b':
            decoded += QLatin1Char('\b');
            break;
        case 'f':
            decoded += QLatin1Char('\f');
            break;
        case 'n':
            decoded += QLatin1Char('\n');
            break;
        case 'r':
            decoded += QLatin1Char('\r');
            break;
        case 't':
            decoded += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = m_pos < m_text.size() ? hexValue(m_text[m_pos]) : -1;
                if (h < 0)
                    return fail(QCoreApplication::translate("vangnet::planner", "\\u needs four hexadecimal digits"));
                unit = static_cast<char16_t>(unit * 16 + h);
                ++m_pos;
            }
            decoded += QChar(unit);
            break;
        }
        default:
            m_pos -= 2;
            return fail(
                QCoreApplication::translate("vangnet::planner", "unknown escape '\\%1'").arg(QChar::fromLatin1(e)));
        }
        runStart = m_pos;
    }
    const QByteArrayView run = m_text.sliced(runStart, m_pos - runStart);
    out = escaped ? decoded + QString::fromUtf8(run) : QString::fromUtf8(run);
    ++m_pos; // the closing quote
    return true;
}

bool JsonScanner::readNumberToken(QByteArrayView &token)
{
    const qsizetype start = m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == '-')
        ++m_pos;
    if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
        return fail(QCoreApplication::translate("vangnet::planner", "a number needs a digit"));
    if (m_text[m_pos] == '0' && m_pos + 1 < m_text.size() && isDigit(m_text[m_pos + 1]))
        return fail(QCoreApplication::translate("vangnet::planner", "a number may not start with 0"));
    while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == '.') {
        ++m_pos;
        if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
            return fail(QCoreApplication::translate("vangnet::planner", "a number needs a digit after '.'"));
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
            ++m_pos;
        if (m_pos >= m_text.size() || !isDigit(m_text[m_pos]))
            return fail(QCoreApplication::translate("vangnet::planner", "a number needs a digit in its exponent"));
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
    }
    token = m_text.sliced(start, m_pos - start);
    return true;
}

bool JsonScanner::readInteger(qint64 &out)
{
    if (peek() != Kind::Number)
        return fail(
            QCoreApplication::translate("vangnet::planner", "expected a whole number, found %1").arg(describeNext()));
    const qsizetype start = m_pos;
    QByteArrayView token;
    if (!readNumberToken(token))
        return false;
    const bool negative = token.startsWith('-');
    const QByteArrayView digits = token.sliced(negative ? 1 : 0);
    qsizetype i = 0;
    quint64 value = 0;
    constexpr quint64 limit = static_cast<quint64>(std::numeric_limits<qint64>::max());
    for (; i < digits.size() && isDigit(digits[i]); ++i) {
        const auto digit = static_cast<quint64>(digits[i] - '0');
        if (value > (limit - digit) / 10) {
            m_pos = start;
            return fail(QCoreApplication::translate("vangnet::planner", "the number %1 is too large")
                            .arg(QString::fromLatin1(token)));
        }
        value = value * 10 + digit;
    }
    if (i == digits.size()) {
        out = negative ? -static_cast<qint64>(value) : static_cast<qint64>(value);
        return true;
    }
    // 3.0 or 1e3 is whole too; anything that is not, or too large to be exact, is refused.
    bool ok = false;
    const double d = token.toByteArray().toDouble(&ok);
    constexpr double exact = 9007199254740992.0; // 2^53
    if (!ok || d != std::floor(d) || std::fabs(d) > exact) {
        m_pos = start;
        return fail(QCoreApplication::translate("vangnet::planner", "expected a whole number, found %1")
                        .arg(QString::fromLatin1(token)));
    }
    out = static_cast<qint64>(d);
    return true;
}

bool JsonScanner::readLiteral()
{
    for (const QByteArrayView word : {QByteArrayView("true"), QByteArrayView("false"), QByteArrayView("null")}) {
        if (m_text.sliced(m_pos).startsWith(word)) {
            m_pos += word.size();
            return true;
        }
    }
    return fail(QCoreApplication::translate("vangnet::planner", "expected a value, found %1").arg(describeNext()));
}

bool JsonScanner::skipValue()
{
    return skipValue(0);
}

bool JsonScanner::skipValue(int depth)
{
    if (depth > maxDepth)
        return fail(QCoreApplication::translate("vangnet::planner", "the file is nested too deeply"));
    switch (peek()) {
    case Kind::String: {
        QString ignored;
        return readString(ignored);
    }
    case Kind::Number: {
        QByteArrayView ignored;
        return readNumberToken(ignored);
    }
    case Kind::Literal:
        return readLiteral();
    case Kind::Array:
        ++m_pos;
        if (take(']'))
            return true;
        do {
            if (!skipValue(depth + 1))
                return false;
        } while (take(','));
        return expect(']', QCoreApplication::translate("vangnet::planner", "',' or ']'"));
    case Kind::Object:
        ++m_pos;
        if (take('}'))
            return true;
        do {
            QString key;
            if (!readString(key) || !expect(':', QCoreApplication::translate("vangnet::planner", "':'"))
                || !skipValue(depth + 1))
                return false;
        } while (take(','));
        return expect('}', QCoreApplication::translate("vangnet::planner", "',' or '}'"));
    case Kind::End:
    case Kind::Invalid:
        break;
    }
    return fail(QCoreApplication::translate("vangnet::planner", "expected a value, found %1").arg(describeNext()));
}

} // namespace vangnet::planner
