#pragma once

#include "support/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace vangnet::cli {

/// Where a command's output goes: results to stdout, messages and errors to stderr.
class Console {
public:
    Console();

    void out(const QString &line);
    void error(const QString &message);
    /// The error's message, then each field error on its own line.
    void failure(const Error &error);
    /// Each problem's message as an error; true when there was any (the command then stops).
    bool problems(const QList<FieldError> &problems);
    void json(const QJsonObject &object);
    /// Text as it is, no newline added (a JsonStream's pieces); flushed by the next out() or json().
    void write(const QString &text);
    /// A table with a header row, columns padded to their widest cell; `rightAligned` columns
    /// (numbers) are padded on the left.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {});

private:
    friend class JsonStream;
    QTextStream m_out;
    QTextStream m_err;
};

/// One JSON object written piece by piece, for output too large to build in memory first (every
/// flag of a city): values as they come, arrays element by element, one element per line. The
/// output is a valid JSON object once finish() ran; key order is the order written.
class JsonStream {
public:
    explicit JsonStream(Console &console);
    void value(const QString &key, const QJsonValue &value);
    void beginArray(const QString &key);
    void element(const QJsonObject &object);
    void endArray();
    void finish();

private:
    void key(const QString &key);

    Console &m_console;
    bool m_firstKey = true;
    bool m_firstElement = true;
};

} // namespace vangnet::cli
