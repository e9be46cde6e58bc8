#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace vangnet::cli {

class Console;

/// Reads a command's options: `--name value`, `--name=value` and `--flag`, and up to
/// `maxPositionals` plain words (`user add USERNAME`; a negative number such as `-1` is a word
/// too, for the command to refuse by name). Anything else (an unknown option, a
/// missing value, a stray word) is an error naming the offending argument. `--help` is always known.
class ArgumentReader {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::ArgumentReader)

public:
    ArgumentReader(QStringList valueOptions, QStringList flags, qsizetype maxPositionals = 0);

    /// False when the arguments are unusable; error() says why.
    bool parse(const QStringList &args);
    /// parse(), telling the user on the console why the arguments are unusable.
    bool parse(const QStringList &args, Console &console);
    QString error() const { return m_error; }

    bool has(const QString &name) const { return m_values.contains(name); }
    /// The option's value; the last one when it was given more than once.
    QString value(const QString &name) const { return m_values.value(name); }
    /// Every value of an option that may be repeated (`--contact A --contact B`), in order.
    QStringList values(const QString &name) const { return m_repeated.value(name); }
    /// The plain words, in order.
    const QStringList &positionals() const { return m_positionals; }
    /// The plain word at `index` as an id (a whole number ≥ 1, spaces ignored); nullopt when
    /// there is none or it is not one. The caller says which id it wanted.
    std::optional<qint64> positionalId(qsizetype index) const;
    /// The option as a whole number ≥ minimum; nullopt (and error() set) when it is not one.
    std::optional<int> integer(const QString &name, int minimum);
    /// An optional file descriptor option (`--admin-password-fd N`): -1 when not given, N ≥ 0
    /// when given, nullopt (and error() set) when its value is not one.
    std::optional<int> descriptor(const QString &name);
    /// The option as a date (YYYY-MM-DD): an invalid QDate when it was not given (unless
    /// `required`), nullopt (and error() set) when its value is not such a date.
    std::optional<QDate> date(const QString &name, bool required = false);

private:
    QStringList m_valueOptions;
    QStringList m_flags;
    qsizetype m_maxPositionals = 0;
    QHash<QString, QString> m_values;
    QHash<QString, QStringList> m_repeated;
    QStringList m_positionals;
    QString m_error;
};

} // namespace vangnet::cli
