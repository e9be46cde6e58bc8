#pragma once

#include <QByteArrayView>
#include <QString>

namespace vangnet::planner {

/// A pull reader over JSON text, for files too large for QJsonDocument: an instance of 2M
/// pairs takes QJsonDocument 1.5 s and ~390 MB (every [c, p] its own container), this reader a
/// tenth of the time and only the vectors it fills (docs/performance.md, "Planner").
/// It follows RFC 8259 strictly. On the first mistake a call returns false and error() says
/// what was expected, with the line and column; the caller adds the JSON path.
class JsonScanner {
public:
    enum class Kind { Object, Array, String, Number, Literal, End, Invalid };

    explicit JsonScanner(QByteArrayView text)
        : m_text(text)
    { }

    /// Skips white space and tells what comes next, without consuming it.
    Kind peek();
    /// Skips white space and consumes `c` when it comes next; false (no error) otherwise.
    bool take(char c);
    /// Skips white space and consumes `c`, or fails with "expected <what>".
    bool expect(char c, const QString &what);
    bool readString(QString &out);
    /// A whole number: digits, or a fraction/exponent form whose value is whole and below 2^53.
    bool readInteger(qint64 &out);
    /// Consumes any one value (for fields the reader ignores).
    bool skipValue();
    /// Skips white space; true when nothing else follows.
    bool atEnd();

    /// Sets the error at the current position: "line L, column C: message".
    bool fail(const QString &message);
    /// Skips white space and returns where the next value starts, for failAt().
    qsizetype mark();
    /// fail() pointing at a value already read, e.g. a number out of range.
    bool failAt(qsizetype position, const QString &message);
    const QString &error() const { return m_error; }
    /// What the next value is, for "expected a string, found …" messages.
    QString describeNext();

private:
    void skipSpace();
    bool skipValue(int depth);
    bool readLiteral();
    bool readNumberToken(QByteArrayView &token);

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace vangnet::planner
