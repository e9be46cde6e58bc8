#include "rules/ExpressionParser.h"
#include "rules/Lexer.h"
#include "rules/RuleSet.h"

#include <QCoreApplication>
#include <QSet>

namespace vangnet::rules {

namespace {

/// Reads one `rule name { … }` block. Throws ParseFailure on the first error in it.
class RuleReader {
public:
    RuleReader(const QList<Token> &tokens, qsizetype &position)
        : m_tokens(tokens), m_position(position), m_expressions(&tokens, &position)
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
            const QString word = clause.text;
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
        const QList<Token> tokens = lexer.tokens();
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
    ExpressionParser m_expressions;
};

/// After an error, continue at the next `rule <name> {` so one mistake does not hide the others.
void skipToNextRule(const QList<Token> &tokens, qsizetype &position, qsizetype ruleStart)
{
    // The error may sit on the next rule's own `rule` (a missing '}'): keep that rule.
    position = std::max(position, ruleStart + 1);
    while (position < tokens.size() - 1) {
        const Token &t = tokens.at(position);
        if (t.kind == Token::Kind::Identifier && t.text == QLatin1String("rule") && position + 2 < tokens.size()
            && tokens.at(position + 1).kind == Token::Kind::Identifier && tokens.at(position + 2).text == QLatin1String("{"))
            return;
        ++position;
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
    const QList<Token> tokens = lexer.tokens();
    qsizetype position = 0;
    QSet<QString> ids;
    while (tokens.at(position).kind != Token::Kind::End) {
        const qsizetype start = position;
        try {
            RuleReader reader(tokens, position);
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
