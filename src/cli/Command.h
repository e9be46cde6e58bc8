#pragma once

#include <QString>
#include <QStringList>

namespace vangnet::cli {

class Console;

/// Exit status of vangnet-cli, the same for every command.
enum ExitCode : int {
    Done = 0,             ///< the command did what was asked
    DoneWithProblems = 1, ///< it did, but reported problems on stderr
    NothingDone = 2,      ///< unusable input, or the command could not run; nothing changed
};

/// Options given before the command name.
struct GlobalOptions {
    QString database; ///< --db; empty = the configured database, else the default demo database
    QString logLevel = QStringLiteral("warn");
    QString user;     ///< --user; who logs in (every command needs one but demo, rules test, clocks holidays and plan --instance)
    int passwordFd = -1; ///< --password-fd; the login password is the first line read from it (-1: not given)
};

/// One vangnet-cli command ("demo", "info", "household list", "user add", …).
class Command {
public:
    virtual ~Command() = default;

    /// The words that select the command, e.g. {"household", "list"}.
    virtual QStringList words() const = 0;
    /// One line for the overall help.
    virtual QString summary() const = 0;
    /// The command's own --help text (usage and options).
    virtual QString help() const = 0;
    /// Whether the command works on an existing database and so needs `--user` (all but demo, rules test, clocks holidays and plan --instance).
    virtual bool needsLogin() const { return true; }
    /// The same for these arguments, for a command whose modes differ (plan --instance needs no
    /// login, plan from the database does); by default needsLogin().
    virtual bool needsLoginFor(const QStringList & /*args*/) const { return needsLogin(); }
    /// Runs the command with the arguments after its words; returns an ExitCode.
    virtual int run(const QStringList &args, const GlobalOptions &global, Console &console) = 0;
};

} // namespace vangnet::cli
