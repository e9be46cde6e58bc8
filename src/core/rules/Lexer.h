#pragma once

#include "rules/ParseError.h"

#include <QList>
#include <QString>

namespace vangnet::rules {

struct Token {
    enum class Kind { Identifier, Number, Money, String, Symbol, End };
    Kind kind = Kind::End;
    QString text;       ///< identifier or symbol as written; a string's value without quotes
    qint64 number = 0;  ///< Number: the value; Money: cents
    SourcePos pos;
    /// For strings: the raw text between the quotes, and where it starts, so an explanation
    /// template can report positions inside the string exactly.
    QString raw;
    SourcePos rawPos;
};

/// The language's English word for a Dutch keyword, source or function ("regel" → "rule",
/// "binnen" → "within", "aantal" → "count"); any other word as it is. The parser reads a
/// Dutch word so only where its English word is expected, and a `let` of the same name comes
/// first, so rule sets that use these words as names read as before.
QString canonicalWord(const QString &word);

/// Splits rule text into tokens. `#` starts a comment to the end of the line. Stops at the
/// first error (reported in `error`), returning the tokens read so far plus End.
class Lexer {
public:
    explicit Lexer(const QString &text, SourcePos start = {});

    QList<Token> tokens() const { return m_tokens; }
    const std::optional<ParseError> &error() const { return m_error; }

private:
    void run();
    void fail(SourcePos pos, const QString &message);
    QChar peek(qsizetype ahead = 0) const;
    void advance();
    SourcePos here() const { return {m_line, m_column}; }
    void readNumber();
    void readMoney();
    void readString();

    QString m_text;
    qsizetype m_at = 0;
    int m_line = 1;
    int m_column = 1;
    QList<Token> m_tokens;
    std::optional<ParseError> m_error;
};

} // namespace vangnet::rules
