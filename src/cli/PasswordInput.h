#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vangnet::cli {

/// Where vangnet-cli gets passwords from: a file descriptor (`--password-fd N`, scripts that
/// hold the password in a pipe), an environment variable (scripts) or typed at the terminal
/// with echo off (people). Never from the command line, where `ps` and the shell history
/// would show it.
class PasswordInput {
    Q_DECLARE_TR_FUNCTIONS(vangnet::cli::PasswordInput)

public:
    /// The environment variable the logging-in user's password comes from.
    static constexpr const char *environmentVariable = "VANGNET_PASSWORD";

    /// The value of `name`, then removed from the environment so no child process inherits it;
    /// nullopt when unset or empty.
    static std::optional<QString> fromEnvironment(const QString &name);
    /// The first line read from the open file descriptor `fd` (up to a newline or the end; a
    /// trailing carriage return is dropped); nullopt when it cannot be read or the line is empty.
    /// Read byte by byte, so nothing after the first line is consumed.
    static std::optional<QString> fromDescriptor(int fd);
    /// True when standard input is a terminal, so a prompt can be answered.
    static bool canPrompt();
    /// Shows `prompt` on stderr and reads one line from the terminal with echo off; nullopt at
    /// end of input or when standard input is not a terminal.
    static std::optional<QString> prompt(const QString &prompt);

    /// Overwrites the characters in place (wipeSecret: also for the copies that share them, so
    /// call it when every holder is done) and empties the string.
    static void wipe(QString &secret);
    static void wipe(QByteArray &secret);
};

} // namespace vangnet::cli
