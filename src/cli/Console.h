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
    /// A table with a header row, columns padded to their widest cell; `rightAligned` columns
    /// (numbers) are padded on the left.
    void table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned = {});

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace vangnet::cli
