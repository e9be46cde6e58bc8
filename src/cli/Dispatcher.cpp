#include "Dispatcher.h"

#include "Console.h"
#include "support/Logging.h"

#include <algorithm>

namespace vangnet::cli {

namespace {

const QStringList logLevels{QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"),
                            QStringLiteral("error"), QStringLiteral("critical"), QStringLiteral("off")};

} // namespace

Dispatcher::Dispatcher(Console &console) : m_console(console) {}

void Dispatcher::add(std::unique_ptr<Command> command)
{
    m_commands.push_back(std::move(command));
}

int Dispatcher::run(const QStringList &args)
{
    GlobalOptions global;
    qsizetype i = 0;
    for (; i < args.size() && args[i].startsWith(QLatin1String("--")); ++i) {
        QString name = args[i];
        QString value;
        bool hasValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            hasValue = true;
        }
        if (name == QLatin1String("--help")) {
            m_console.out(help());
            return Done;
        }
        if (name == QLatin1String("--version")) {
            m_console.out(QStringLiteral("vangnet-cli ") + QCoreApplication::applicationVersion());
            return Done;
        }
        if (name != QLatin1String("--db") && name != QLatin1String("--log-level") && name != QLatin1String("--user")
            && name != QLatin1String("--password-fd")) {
            m_console.error(tr("unknown option '%1'; see 'vangnet-cli --help'").arg(args[i]));
            return NothingDone;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                m_console.error(tr("option '%1' needs a value").arg(name));
                return NothingDone;
            }
            value = args[++i];
        }
        if (name == QLatin1String("--db")) {
            if (value.trimmed().isEmpty()) {
                m_console.error(tr("option '--db' needs a file name or a postgresql:// URL"));
                return NothingDone;
            }
            global.database = value;
        } else if (name == QLatin1String("--user")) {
            if (value.trimmed().isEmpty()) {
                m_console.error(tr("option '--user' needs a user name"));
                return NothingDone;
            }
            global.user = value.trimmed();
        } else if (name == QLatin1String("--password-fd")) {
            bool ok = false;
            global.passwordFd = value.toInt(&ok);
            if (!ok || global.passwordFd < 0) {
                m_console.error(tr("option '--password-fd' needs a file descriptor number (0 or more), not '%1'").arg(value));
                return NothingDone;
            }
        } else {
            global.logLevel = value;
        }
    }
    if (!logLevels.contains(global.logLevel)) {
        m_console.error(tr("unknown log level '%1'; use one of: %2").arg(global.logLevel, logLevels.join(QStringLiteral(", "))));
        return NothingDone;
    }
    // Technical log on stderr only, quiet by default: warnings and errors, never personal data.
    initLogging(LogOptions{QString(), global.logLevel, true});

    const QStringList rest = args.mid(i);
    if (rest.isEmpty()) {
        m_console.error(tr("no command given; see 'vangnet-cli --help'"));
        return NothingDone;
    }
    qsizetype consumed = 0;
    Command *command = find(rest, consumed);
    if (!command) {
        m_console.error(tr("unknown command '%1'; see 'vangnet-cli --help'").arg(rest.mid(0, 2).join(QLatin1Char(' '))));
        return NothingDone;
    }
    const QStringList commandArgs = rest.mid(consumed);
    if (commandArgs.contains(QStringLiteral("--help"))) {
        m_console.out(command->help());
        return Done;
    }
    if (command->needsLoginFor(commandArgs) && global.user.isEmpty()) {
        m_console.error(tr("'%1' needs --user NAME before the command; the password comes from VANGNET_PASSWORD or "
                           "a prompt")
                            .arg(command->words().join(QLatin1Char(' '))));
        return NothingDone;
    }
    return command->run(commandArgs, global, m_console);
}

Command *Dispatcher::find(const QStringList &words, qsizetype &consumed) const
{
    for (const auto &command : m_commands) {
        const QStringList own = command->words();
        if (words.size() >= own.size() && words.mid(0, own.size()) == own) {
            consumed = own.size();
            return command.get();
        }
    }
    return nullptr;
}

QString Dispatcher::help() const
{
    QStringList lines;
    lines << tr("Usage: vangnet-cli [--db FILE|URL] [--user NAME] [--password-fd N] [--log-level LEVEL] COMMAND [options]")
          << QString()
          << tr("Global options (before the command):")
          << tr("  --db FILE|URL       SQLite file or postgresql:// URL; default: the database chosen in Vangnet's "
                "settings, else the demo database")
          << tr("  --user NAME         who logs in; every command needs it but demo, rules test, clocks\n"
                "                      holidays and plan --instance. The password comes from the\n"
                "                      environment variable VANGNET_PASSWORD, else it is asked on the terminal")
          << tr("  --password-fd N     read the password from the first line of open file descriptor N\n"
                "                      (e.g. 3 with 3<FILE or a pipe) instead of VANGNET_PASSWORD or the prompt")
          << tr("  --log-level LEVEL   technical log on stderr: trace, debug, info, warn (default), error, critical, off")
          << tr("  --help, --version") << QString() << tr("Commands:");
    // The summaries start in one column, past the longest command and two spaces.
    qsizetype width = 0;
    for (const auto &command : m_commands)
        width = std::max(width, command->words().join(QLatin1Char(' ')).size());
    for (const auto &command : m_commands)
        lines << QStringLiteral("  %1  %2").arg(command->words().join(QLatin1Char(' ')).leftJustified(width), command->summary());
    lines << QString() << tr("'vangnet-cli COMMAND --help' describes a command.") << QString()
          << tr("Exit status: 0 done, 1 done with reported problems, 2 unusable input or nothing done.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace vangnet::cli
