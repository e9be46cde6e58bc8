#include "PasswordInput.h"

#include <QtGlobal>

#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace vangnet::cli {

namespace {

/// memset that the optimiser may not drop because the buffer is about to die.
void secureZero(void *data, std::size_t size)
{
    volatile auto *bytes = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}

#ifdef Q_OS_UNIX
// Ctrl+C while echo is off would leave the user's shell without echo: restore it first.
termios savedTerminal{};
volatile std::sig_atomic_t echoIsOff = 0;

extern "C" void restoreEchoAndDie(int signal)
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}
#endif

} // namespace

std::optional<QString> PasswordInput::fromEnvironment(const QString &name)
{
    const QByteArray key = name.toLocal8Bit();
    QByteArray raw = qgetenv(key.constData());
    qunsetenv(key.constData());
    if (raw.isEmpty())
        return std::nullopt;
    QString value = QString::fromLocal8Bit(raw);
    wipe(raw);
    return value;
}

bool PasswordInput::canPrompt()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) == 1;
#else
    return false;
#endif
}

std::optional<QString> PasswordInput::prompt(const QString &prompt)
{
#ifdef Q_OS_UNIX
    if (!canPrompt())
        return std::nullopt;
    const QByteArray text = prompt.toLocal8Bit();
    std::fputs(text.constData(), stderr);
    std::fflush(stderr);

    if (tcgetattr(STDIN_FILENO, &savedTerminal) != 0)
        return std::nullopt;
    termios silent = savedTerminal;
    silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    silent.c_lflag |= ECHONL;
    auto *previousInt = std::signal(SIGINT, restoreEchoAndDie);
    auto *previousTerm = std::signal(SIGTERM, restoreEchoAndDie);
    echoIsOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);

    // Read byte by byte into our own buffer (no stdio buffer keeps a copy of the password).
    char buffer[1024];
    std::size_t length = 0;
    bool ended = false;
    for (;;) {
        char c = 0;
        const ssize_t n = read(STDIN_FILENO, &c, 1);
        if (n <= 0) {
            ended = length == 0;
            break;
        }
        if (c == '\n' || c == '\r')
            break;
        if (length < sizeof buffer)
            buffer[length++] = c;
        secureZero(&c, 1);
    }
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    echoIsOff = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);

    std::optional<QString> result;
    if (!ended)
        result = QString::fromLocal8Bit(buffer, static_cast<qsizetype>(length));
    secureZero(buffer, sizeof buffer);
    return result;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

void PasswordInput::wipe(QString &secret)
{
    if (!secret.isEmpty())
        secureZero(secret.data(), static_cast<std::size_t>(secret.size()) * sizeof(QChar));
    secret.clear();
}

void PasswordInput::wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        secureZero(secret.data(), static_cast<std::size_t>(secret.size()));
    secret.clear();
}

} // namespace vangnet::cli
