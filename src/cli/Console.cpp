#include "Console.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace vangnet::cli {

Console::Console() : m_out(stdout), m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

void Console::out(const QString &line)
{
    m_out << line << '\n';
    m_out.flush();
}

void Console::error(const QString &message)
{
    m_err << "vangnet-cli: " << message << '\n';
    m_err.flush();
}

void Console::failure(const Error &error)
{
    m_err << "vangnet-cli: " << error.message << '\n';
    for (const FieldError &field : error.fields)
        m_err << "  " << field.field << ": " << field.message << '\n';
    m_err.flush();
}

bool Console::problems(const QList<FieldError> &problems)
{
    for (const FieldError &problem : problems)
        error(problem.message);
    return !problems.isEmpty();
}

void Console::json(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Console::write(const QString &text)
{
    m_out << text;
}

JsonStream::JsonStream(Console &console) : m_console(console)
{
    m_console.write(QStringLiteral("{"));
}

void JsonStream::key(const QString &key)
{
    m_console.write((m_firstKey ? QStringLiteral("\n    ") : QStringLiteral(",\n    ")) +
                    QString::fromUtf8(QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact)).mid(1).chopped(1) +
                    QStringLiteral(": "));
    m_firstKey = false;
}

void JsonStream::value(const QString &name, const QJsonValue &value)
{
    key(name);
    m_console.write(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
}

void JsonStream::beginArray(const QString &name)
{
    key(name);
    m_console.write(QStringLiteral("["));
    m_firstElement = true;
}

void JsonStream::element(const QJsonObject &object)
{
    m_console.write((m_firstElement ? QStringLiteral("\n        ") : QStringLiteral(",\n        ")) +
                    QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    m_firstElement = false;
}

void JsonStream::endArray()
{
    m_console.write(m_firstElement ? QStringLiteral("]") : QStringLiteral("\n    ]"));
}

void JsonStream::finish()
{
    m_console.write(QStringLiteral("\n}\n"));
    m_console.m_out.flush();
}

void Console::table(const QStringList &header, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());

    auto line = [&](const QStringList &cells) {
        QStringList padded;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const int width = static_cast<int>(widths[i]);
            const bool last = i == cells.size() - 1;
            if (rightAligned.contains(static_cast<int>(i)))
                padded << cells[i].rightJustified(width);
            else
                padded << (last ? cells[i] : cells[i].leftJustified(width));
        }
        m_out << padded.join(QStringLiteral("  ")) << '\n';
    };
    line(header);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, QLatin1Char('-'));
    m_out << rule.join(QStringLiteral("  ")) << '\n';
    for (const QStringList &row : rows)
        line(row);
    m_out.flush();
}

} // namespace vangnet::cli
