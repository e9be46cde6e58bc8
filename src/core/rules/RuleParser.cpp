#include "rules/ExpressionParser.h"
#include "rules/Lexer.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace vangnet::rules {

namespace {

/// Puts each parameter's literal where its name stands, from `from` on: `sum(x) > huur_drempel`
/// reads as `sum(x) > € 1.000`, with the name's position (so errors point at the name).
void substituteParameters(QList<Token> &tokens, qsizetype from, const QHash<QString, Token> &parameters)
{
    if (parameters.isEmpty())
        return;
    for (qsizetype i = from; i < tokens.size(); ++i) {
        Token &t = tokens[i];
        if (t.kind != Token::Kind::Identifier)
            continue;
        const auto it = parameters.constFind(t.text);
        if (it == parameters.cend())
            continue;
        const SourcePos at = t.pos;
        t = *it;
        t.pos = at;
    }
}

/// Reads one `rule name { … }` block. Throws ParseFailure on the first error in it.
class RuleReader {
public:
    RuleReader(const QList<Token> &tokens, qsizetype &position, const QHash<QString, Token> &parameters)
        : m_tokens(tokens), m_position(position), m_parameters(parameters), m_expressions(&tokens, &position)
    {
    }

    Rule read()
    {
        ExpressionParser &p = m_expressions;
        Rule rule;
        rule.pos = p.peek().pos;
        if (!p.atKeyword("rule"))
            p.failExpected(QStringLiteral("'rule'"));
        p.next();
        const Token name = p.peek();
        if (name.kind != Token::Kind::Identifier || isReservedWord(name.text))
            p.failExpected(QCoreApplication::translate("vangnet::rules", "the name of the rule"));
        p.next();
        rule.id = name.text;
        p.expectSymbol("{");
        QSet<QString> seen;
        while (!p.atSymbol("}")) {
            const Token clause = p.peek();
            if (clause.kind != Token::Kind::Identifier)
                p.failExpected(QCoreApplication::translate("vangnet::rules", "title, severity, score, let, when, explain or '}'"));
            p.next();
            const QString word = canonicalWord(clause.text); // titel, ernst, gewicht, stel, als, uitleg

            if (word != QLatin1String("let")) {
                if (seen.contains(word))
                    ExpressionParser::fail(clause.pos, QCoreApplication::translate("vangnet::rules", "'%1' appears twice in rule '%2'").arg(word, rule.id));
                seen.insert(word);
            }
            if (word == QLatin1String("title")) {
                rule.title = readText();
            } else if (word == QLatin1String("severity")) {
                const Token value = p.next();
                const auto severity = severityFromKey(value.text);
                if (value.kind != Token::Kind::Identifier || !severity) {
                    ExpressionParser::fail(value.pos,
                                           QCoreApplication::translate("vangnet::rules", "unknown severity '%1': use laag, midden, hoog or kritiek").arg(value.text));
                }
                rule.severity = *severity;
            } else if (word == QLatin1String("score")) {
                const Token value = p.next();
                if (value.kind != Token::Kind::Number || value.number > 1000)
                    ExpressionParser::fail(value.pos, QCoreApplication::translate("vangnet::rules", "the score must be a whole number from 0 to 1000"));
                rule.score = int(value.number);
            } else if (word == QLatin1String("let")) {
                const Token letName = p.next();
                if (letName.kind != Token::Kind::Identifier)
                    ExpressionParser::fail(letName.pos, QCoreApplication::translate("vangnet::rules", "expected a name after 'let'"));
                p.expectSymbol("=");
                NodePtr value = p.parseExpression();
                p.defineLet(letName, std::move(value));
            } else if (word == QLatin1String("when")) {
                rule.condition = p.parseCondition();
            } else if (word == QLatin1String("explain")) {
                readExplanation(rule);
            } else {
                ExpressionParser::fail(clause.pos,
                                       QCoreApplication::translate("vangnet::rules", "unknown part '%1': use title, severity, score, let, when or explain").arg(word));
            }
        }
        const Token close = p.next();
        static const char *const required[] = {"title", "severity", "score", "when", "explain"};
        for (const char *r : required) {
            if (!seen.contains(QLatin1String(r)))
                ExpressionParser::fail(close.pos, QCoreApplication::translate("vangnet::rules", "rule '%1' has no '%2'").arg(rule.id, QLatin1String(r)));
        }
        rule.letCount = p.letCount();
        return rule;
    }

private:
    /// One or more adjacent strings, joined: long texts can be split over lines.
    QString readText()
    {
        if (m_expressions.peek().kind != Token::Kind::String)
            m_expressions.failExpected(QCoreApplication::translate("vangnet::rules", "a text in double quotes"));
        QString text;
        while (m_expressions.peek().kind == Token::Kind::String)
            text += m_expressions.next().text;
        return text;
    }

    void readExplanation(Rule &rule)
    {
        if (m_expressions.peek().kind != Token::Kind::String)
            m_expressions.failExpected(QCoreApplication::translate("vangnet::rules", "a text in double quotes"));
        while (m_expressions.peek().kind == Token::Kind::String)
            readTemplate(m_expressions.next(), rule.explanation);
    }

    /// Splits "… {expression} …" into parts; `{{` and `}}` stand for literal braces.
    /// Works on the raw text so positions inside the string are exact.
    void readTemplate(const Token &string, QList<ExplainPart> &parts)
    {
        const QString &raw = string.raw;
        QString literal;
        auto flush = [&] {
            if (!literal.isEmpty())
                parts.append(ExplainPart{literal, nullptr});
            literal.clear();
        };
        auto posAt = [&](qsizetype i) { return SourcePos{string.rawPos.line, string.rawPos.column + int(i)}; };
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const QChar c = raw.at(i);
            if (c == u'\\' && i + 1 < raw.size()) {
                literal += raw.at(++i);
            } else if (c == u'{' && i + 1 < raw.size() && raw.at(i + 1) == u'{') {
                literal += u'{';
                ++i;
            } else if (c == u'}' && i + 1 < raw.size() && raw.at(i + 1) == u'}') {
                literal += u'}';
                ++i;
            } else if (c == u'}') {
                ExpressionParser::fail(posAt(i), QCoreApplication::translate("vangnet::rules", "'}' without '{' in the explanation; write '}}' for a brace"));
            } else if (c == u'{') {
                const qsizetype close = raw.indexOf(u'}', i + 1);
                if (close < 0)
                    ExpressionParser::fail(posAt(i), QCoreApplication::translate("vangnet::rules", "'{' without '}' in the explanation"));
                flush();
                parts.append(ExplainPart{{}, readPlaceholder(raw.mid(i + 1, close - i - 1), posAt(i + 1))});
                i = close;
            } else {
                literal += c;
            }
        }
        flush();
    }

    NodePtr readPlaceholder(const QString &text, SourcePos start)
    {
        const Lexer lexer(text, start);
        if (lexer.error())
            throw ParseFailure{*lexer.error()};
        QList<Token> tokens = lexer.tokens();
        substituteParameters(tokens, 0, m_parameters);
        qsizetype position = 0;
        m_expressions.setTokens(&tokens, &position);
        if (m_expressions.peek().kind == Token::Kind::End)
            ExpressionParser::fail(start, QCoreApplication::translate("vangnet::rules", "empty '{}' in the explanation"));
        NodePtr value = m_expressions.parseExpression();
        if (m_expressions.peek().kind != Token::Kind::End)
            m_expressions.failExpected(QStringLiteral("'}'"));
        m_expressions.setTokens(&m_tokens, &m_position);
        return value;
    }

    const QList<Token> &m_tokens;
    qsizetype &m_position;
    const QHash<QString, Token> &m_parameters;
    ExpressionParser m_expressions;
};

/// After an error, continue at the next `rule <name> {` so one mistake does not hide the others.
void skipToNextRule(const QList<Token> &tokens, qsizetype &position, qsizetype ruleStart)
{
    // The error may sit on the next rule's own `rule` (a missing '}'): keep that rule.
    position = std::max(position, ruleStart + 1);
    while (position < tokens.size() - 1) {
        const Token &t = tokens.at(position);
        if (t.kind == Token::Kind::Identifier && canonicalWord(t.text) == QLatin1String("rule") && position + 2 < tokens.size()
            && tokens.at(position + 1).kind == Token::Kind::Identifier && tokens.at(position + 2).text == QLatin1String("{"))
            return;
        ++position;
    }
}

/// `param <name> = <number or amount>` lines at the top of the set (also `parameter`). A wrong
/// one is reported and skipped, so the rules after it are still checked.
void readParameters(const QList<Token> &tokens, qsizetype &position, ParseResult &result, QHash<QString, Token> &literals)
{
    auto at = [&](qsizetype i) -> const Token & { return tokens.at(std::min(i, tokens.size() - 1)); };
    while (at(position).kind == Token::Kind::Identifier && canonicalWord(at(position).text) == QLatin1String("param")) {
        const Token name = at(position + 1);
        const Token equals = at(position + 2);
        const Token value = at(position + 3);
        position = std::min(position + 4, tokens.size() - 1);
        if (name.kind != Token::Kind::Identifier) {
            result.errors.append(ParseError{name.pos, QCoreApplication::translate("vangnet::rules", "expected the name of the parameter")});
            continue;
        }
        if (isReservedWord(name.text) || canonicalWord(name.text) != name.text) {
            result.errors.append(ParseError{name.pos, QCoreApplication::translate("vangnet::rules", "the name '%1' is already taken").arg(name.text)});
            continue;
        }
        if (literals.contains(name.text)) {
            result.errors.append(ParseError{name.pos, QCoreApplication::translate("vangnet::rules", "parameter '%1' is defined twice").arg(name.text)});
            continue;
        }
        if (equals.kind != Token::Kind::Symbol || equals.text != QLatin1String("=")) {
            result.errors.append(ParseError{equals.pos, QCoreApplication::translate("vangnet::rules", "expected '=' after the parameter's name")});
            continue;
        }
        if (value.kind != Token::Kind::Number && value.kind != Token::Kind::Money) {
            const QString written = value.kind == Token::Kind::End ? QCoreApplication::translate("vangnet::rules", "nothing")
                                                                   : QStringLiteral("'%1'").arg(value.text);
            result.errors.append(ParseError{value.pos, QCoreApplication::translate("vangnet::rules",
                                                           "parameter '%1' must be a number (90) or an amount (€ 1.000), not %2")
                                                           .arg(name.text, written)});
            continue;
        }
        literals.insert(name.text, value);
        result.ruleSet.parameters.append(RuleParameter{name.text, value.kind == Token::Kind::Money ? ValueType::Money : ValueType::Number,
                                                       value.number, value.pos, int(value.text.size())});
    }
}

} // namespace

QString ParseError::toString() const
{
    return QCoreApplication::translate("vangnet::rules", "line %1, column %2: %3").arg(pos.line).arg(pos.column).arg(message);
}

ParseResult parseRuleSet(const QString &text)
{
    ParseResult result;
    result.ruleSet.text = text;
    const Lexer lexer(text);
    if (lexer.error()) {
        result.errors.append(*lexer.error());
        return result;
    }
    QList<Token> tokens = lexer.tokens();
    qsizetype position = 0;
    QHash<QString, Token> literals;
    readParameters(tokens, position, result, literals);
    substituteParameters(tokens, position, literals);
    QSet<QString> ids;
    while (tokens.at(position).kind != Token::Kind::End) {
        const qsizetype start = position;
        if (tokens.at(position).kind == Token::Kind::Identifier && canonicalWord(tokens.at(position).text) == QLatin1String("param")) {
            result.errors.append(ParseError{tokens.at(position).pos,
                                            QCoreApplication::translate("vangnet::rules", "parameters come before the first rule")});
            skipToNextRule(tokens, position, start);
            continue;
        }
        try {
            RuleReader reader(tokens, position, literals);
            Rule rule = reader.read();
            if (ids.contains(rule.id)) {
                result.errors.append(
                    ParseError{tokens.at(start + 1).pos, QCoreApplication::translate("vangnet::rules", "rule '%1' is defined twice").arg(rule.id)});
                continue;
            }
            ids.insert(rule.id);
            result.ruleSet.rules.append(std::move(rule));
        } catch (const ParseFailure &failure) {
            result.errors.append(failure.error);
            skipToNextRule(tokens, position, start);
        }
    }
    if (result.ruleSet.rules.isEmpty() && result.errors.isEmpty())
        result.errors.append(ParseError{tokens.at(position).pos, QCoreApplication::translate("vangnet::rules", "the rule set has no rules")});
    return result;
}

} // namespace vangnet::rules

namespace vangnet::rules {

QString parameterLiteral(ValueType type, qint64 value)
{
    if (type != ValueType::Money)
        return QString::number(value);
    // € 1.250 or € 99,95: the way the lexer reads amounts (dots group thousands).
    QString euros = QString::number(value / 100);
    for (qsizetype at = euros.size() - 3; at > 0; at -= 3)
        euros.insert(at, QLatin1Char('.'));
    const qint64 cents = value % 100;
    return QStringLiteral("€ ") + euros + (cents ? QStringLiteral(",%1").arg(cents, 2, 10, QLatin1Char('0')) : QString());
}

QString withParameterValue(const QString &text, const RuleParameter &parameter, qint64 value)
{
    // Lines and columns count UTF-16 code units from 1, as SourcePos does.
    qsizetype offset = 0;
    for (int line = 1; line < parameter.pos.line; ++line) {
        offset = text.indexOf(QLatin1Char('\n'), offset);
        if (offset < 0)
            return text;
        ++offset;
    }
    offset += parameter.pos.column - 1;
    if (offset < 0 || offset + parameter.length > text.size())
        return text;
    QString out = text;
    out.replace(offset, parameter.length, parameterLiteral(parameter.type, value));
    return out;
}

} // namespace vangnet::rules
