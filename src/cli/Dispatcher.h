#pragma once

#include "Command.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace vangnet::cli {

class Console;

/// Reads the global options, picks the command by its words and runs it.
/// `vangnet-cli [--db FILE|URL] [--user NAME] [--log-level LEVEL] COMMAND [options]`
class Dispatcher {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::Dispatcher)

public:
    explicit Dispatcher(Console &console);

    void add(std::unique_ptr<Command> command);
    /// Runs the command line (without the program name); returns the exit code.
    int run(const QStringList &args);

private:
    QString help() const;
    Command *find(const QStringList &words, qsizetype &consumed) const;

    Console &m_console;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace vangnet::cli
