#include "ArgumentReader.h"

#include "Console.h"
#include "support/IsoDate.h"

namespace vangnet::cli {

namespace {

/// "-1" is a value (a number the command then refuses with its own message), not an option.
bool isNegativeNumber(const QString &arg)
{
    if (arg.size() < 2 || arg.front() != QLatin1Char('-'))
        return false;
    for (qsizetype i = 1; i < arg.size(); ++i)
        if (!arg.at(i).isDigit())
            return false;
    return true;
}

} // namespace

ArgumentReader::ArgumentReader(QStringList valueOptions, QStringList flags, qsizetype maxPositionals)
    : m_valueOptions(std::move(valueOptions)), m_flags(std::move(flags)), m_maxPositionals(maxPositionals)
{
    m_flags << QStringLiteral("help");
}

bool ArgumentReader::parse(const QStringList &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if ((!arg.startsWith(QLatin1String("-")) || isNegativeNumber(arg)) && m_positionals.size() < m_maxPositionals) {
            m_positionals << arg;
            continue;
        }
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            m_error = tr("unexpected argument '%1'").arg(arg);
            return false;
        }
        QString name = arg.mid(2);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        if (m_flags.contains(name)) {
            if (inlineValue) {
                m_error = tr("option '--%1' takes no value").arg(name);
                return false;
            }
            m_values.insert(name, QString());
        } else if (m_valueOptions.contains(name)) {
            if (!inlineValue && i + 1 >= args.size()) {
                m_error = tr("option '--%1' needs a value").arg(name);
                return false;
            }
            m_values.insert(name, inlineValue ? *inlineValue : args[++i]);
            m_repeated[name] << m_values.value(name);
        } else {
            m_error = tr("unknown option '%1'").arg(arg);
            return false;
        }
    }
    return true;
}

bool ArgumentReader::parse(const QStringList &args, Console &console)
{
    if (parse(args))
        return true;
    console.error(m_error);
    return false;
}

std::optional<qint64> ArgumentReader::positionalId(qsizetype index) const
{
    bool ok = false;
    const qint64 id = m_positionals.value(index).trimmed().toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

std::optional<int> ArgumentReader::integer(const QString &name, int minimum)
{
    bool ok = false;
    const QString text = value(name).trimmed();
    const int number = text.toInt(&ok);
    if (!ok || number < minimum) {
        m_error = minimum == 1 ? tr("--%1 must be a positive whole number, not '%2'").arg(name, text)
                               : tr("--%1 must be a whole number of at least %2, not '%3'").arg(name).arg(minimum).arg(text);
        return std::nullopt;
    }
    return number;
}

std::optional<int> ArgumentReader::descriptor(const QString &name)
{
    return has(name) ? integer(name, 0) : std::optional<int>(-1);
}

std::optional<QDate> ArgumentReader::date(const QString &name, bool required)
{
    if (!has(name) && !required)
        return QDate();
    const QString text = value(name).trimmed();
    const QDate day = isoDateFromText(text.toLatin1());
    if (!day.isValid()) {
        m_error = tr("--%1 needs a date as YYYY-MM-DD, not '%2'").arg(name, text);
        return std::nullopt;
    }
    return day;
}

} // namespace vangnet::cli
