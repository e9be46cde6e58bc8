#include "rules/Lexer.h"

#include <QCoreApplication>
#include <QHash>

#include <limits>

namespace vangnet::rules {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

constexpr qint64 maxLiteral = std::numeric_limits<qint64>::max() / 1000;

} // namespace

QString canonicalWord(const QString &word)
{
    // The Dutch words of the language (docs/rules.md, "In Dutch"), each beside its English
    // keyword, source or function. Facts and domain values are not translated: they are the
    // names the stored facts use (partner, amount, onderdak, Huur).
    static const QHash<QString, QString> dutch{
        {QStringLiteral("regel"), QStringLiteral("rule")},
        {QStringLiteral("titel"), QStringLiteral("title")},
        {QStringLiteral("ernst"), QStringLiteral("severity")},
        {QStringLiteral("gewicht"), QStringLiteral("score")},
        {QStringLiteral("stel"), QStringLiteral("let")},
        {QStringLiteral("als"), QStringLiteral("when")},
        {QStringLiteral("uitleg"), QStringLiteral("explain")},
        {QStringLiteral("waar"), QStringLiteral("where")},
        {QStringLiteral("binnen"), QStringLiteral("within")},
        {QStringLiteral("en"), QStringLiteral("and")},
        {QStringLiteral("of"), QStringLiteral("or")},
        {QStringLiteral("niet"), QStringLiteral("not")},
        {QStringLiteral("ja"), QStringLiteral("true")},
        {QStringLiteral("nee"), QStringLiteral("false")},
        {QStringLiteral("dag"), QStringLiteral("day")},
        {QStringLiteral("dagen"), QStringLiteral("days")},
        {QStringLiteral("maand"), QStringLiteral("month")},
        {QStringLiteral("maanden"), QStringLiteral("months")},
        {QStringLiteral("jaar"), QStringLiteral("years")},
        {QStringLiteral("jaren"), QStringLiteral("years")},
        {QStringLiteral("parameter"), QStringLiteral("param")},
        {QStringLiteral("signalen"), QStringLiteral("signals")},
        {QStringLiteral("uitstroom"), QStringLiteral("discharges")},
        {QStringLiteral("personen"), QStringLiteral("persons")},
        {QStringLiteral("pogingen"), QStringLiteral("attempts")},
        {QStringLiteral("zaken"), QStringLiteral("cases")},
        {QStringLiteral("aantal"), QStringLiteral("count")},
        {QStringLiteral("bestaat"), QStringLiteral("exists")},
        {QStringLiteral("soorten"), QStringLiteral("distinct")},
        {QStringLiteral("som"), QStringLiteral("sum")},
        {QStringLiteral("lijst"), QStringLiteral("list")},
        {QStringLiteral("achterstanden"), QStringLiteral("arrears")},
        {QStringLiteral("hoogste"), QStringLiteral("max")},
        {QStringLiteral("laagste"), QStringLiteral("min")},
        {QStringLiteral("laatste"), QStringLiteral("latest")},
        {QStringLiteral("wordt_18_binnen"), QStringLiteral("turns_18_within")},
    };
    return dutch.value(word, word);
}

Lexer::Lexer(const QString &text, SourcePos start) : m_text(text), m_line(start.line), m_column(start.column)
{
    run();
}

QChar Lexer::peek(qsizetype ahead) const
{
    const qsizetype i = m_at + ahead;
    return i < m_text.size() ? m_text.at(i) : QChar();
}

void Lexer::advance()
{
    if (m_text.at(m_at) == u'\n') {
        ++m_line;
        m_column = 1;
    } else {
        ++m_column;
    }
    ++m_at;
}

void Lexer::fail(SourcePos pos, const QString &message)
{
    if (!m_error)
        m_error = ParseError{pos, message};
}

void Lexer::run()
{
    while (!m_error && m_at < m_text.size()) {
        const QChar c = peek();
        if (c == u'#') {
            while (m_at < m_text.size() && peek() != u'\n')
                advance();
        } else if (c.isSpace()) {
            advance();
        } else if (isIdentStart(c)) {
            Token t{Token::Kind::Identifier, {}, 0, here(), {}, {}};
            const qsizetype start = m_at;
            while (m_at < m_text.size() && isIdentPart(peek()))
                advance();
            t.text = m_text.mid(start, m_at - start);
            m_tokens.append(t);
        } else if (c.isDigit()) {
            readNumber();
        } else if (c == QChar(0x20AC)) { // €
            readMoney();
        } else if (c == u'"') {
            readString();
        } else {
            Token t{Token::Kind::Symbol, {}, 0, here(), {}, {}};
            static const QString twoChar[] = {QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("!=")};
            bool matched = false;
            for (const QString &op : twoChar) {
                if (m_text.mid(m_at, 2) == op) {
                    t.text = op;
                    advance();
                    advance();
                    matched = true;
                    break;
                }
            }
            if (!matched) {
                if (!QStringLiteral("(){}[],=<>+-*/").contains(c)) {
                    fail(here(), QCoreApplication::translate("vangnet::rules", "unexpected character '%1'").arg(c));
                    break;
                }
                t.text = QString(c);
                advance();
            }
            m_tokens.append(t);
        }
    }
    m_tokens.append(Token{Token::Kind::End, {}, 0, here(), {}, {}});
}

void Lexer::readNumber()
{
    Token t{Token::Kind::Number, {}, 0, here(), {}, {}};
    const qsizetype start = m_at;
    qint64 value = 0;
    while (m_at < m_text.size() && peek().isDigit()) {
        value = value * 10 + peek().digitValue();
        if (value > maxLiteral) {
            fail(t.pos, QCoreApplication::translate("vangnet::rules", "number too large"));
            return;
        }
        advance();
    }
    if (isIdentPart(peek())) {
        fail(here(), QCoreApplication::translate("vangnet::rules", "unexpected character '%1'").arg(peek()));
        return;
    }
    t.text = m_text.mid(start, m_at - start);
    t.number = value;
    m_tokens.append(t);
}

// € 1.250 or €1250,50: dots group thousands (ignored), a comma starts exactly two cent digits.
void Lexer::readMoney()
{
    Token t{Token::Kind::Money, {}, 0, here(), {}, {}};
    const qsizetype start = m_at;
    advance();
    while (peek() == u' ')
        advance();
    if (!peek().isDigit()) {
        fail(t.pos, QCoreApplication::translate("vangnet::rules", "invalid amount: write it as € 1.250 or € 99,95"));
        return;
    }
    qint64 euros = 0;
    while (true) {
        if (peek().isDigit()) {
            euros = euros * 10 + peek().digitValue();
            if (euros > maxLiteral) {
                fail(t.pos, QCoreApplication::translate("vangnet::rules", "number too large"));
                return;
            }
            advance();
        } else if (peek() == u'.' && peek(1).isDigit() && peek(2).isDigit() && peek(3).isDigit()
                   && !peek(4).isDigit()) {
            advance();
        } else {
            break;
        }
    }
    qint64 cents = 0;
    if (peek() == u',') {
        if (!peek(1).isDigit() || !peek(2).isDigit() || peek(3).isDigit()) {
            fail(here(), QCoreApplication::translate("vangnet::rules", "invalid amount: write it as € 1.250 or € 99,95"));
            return;
        }
        cents = peek(1).digitValue() * 10 + peek(2).digitValue();
        advance();
        advance();
        advance();
    }
    if (isIdentPart(peek()) || peek() == u'.') {
        fail(here(), QCoreApplication::translate("vangnet::rules", "invalid amount: write it as € 1.250 or € 99,95"));
        return;
    }
    t.text = m_text.mid(start, m_at - start);
    t.number = euros * 100 + cents;
    m_tokens.append(t);
}

// "…" on one line; \" and \\ are the only escapes. Adjacent strings are joined by the parser.
void Lexer::readString()
{
    Token t{Token::Kind::String, {}, 0, here(), {}, {}};
    advance();
    t.rawPos = here();
    const qsizetype rawStart = m_at;
    while (true) {
        if (m_at >= m_text.size() || peek() == u'\n') {
            fail(t.pos, QCoreApplication::translate("vangnet::rules", "text without a closing quote"));
            return;
        }
        const QChar c = peek();
        if (c == u'"')
            break;
        if (c == u'\\' && (peek(1) == u'"' || peek(1) == u'\\')) {
            advance();
            t.text.append(peek());
            advance();
            continue;
        }
        t.text.append(c);
        advance();
    }
    t.raw = m_text.mid(rawStart, m_at - rawStart);
    advance();
    m_tokens.append(t);
}

} // namespace vangnet::rules
