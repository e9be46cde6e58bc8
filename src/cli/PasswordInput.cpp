#include "PasswordInput.h"

#include "security/Wipe.h"

#include <QtGlobal>

#include <cerrno>
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
/// One line from `fd` into our own buffer, byte by byte (no stdio buffer keeps a copy of the
/// password, and what follows the line stays unread); nullopt at end of input before any byte
/// or on a read error. The buffer is wiped before it goes.
std::optional<QString> readLine(int fd)
{
    char buffer[1024];
    std::size_t length = 0;
    bool ended = false;
    for (;;) {
        char c = 0;
        const ssize_t n = read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ended = length == 0 || n < 0;
            break;
        }
        if (c == '\n')
            break;
        if (length < sizeof buffer)
            buffer[length++] = c;
        secureZero(&c, 1);
    }
    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    std::optional<QString> result;
    if (!ended)
        result = QString::fromLocal8Bit(buffer, static_cast<qsizetype>(length));
    secureZero(buffer, sizeof buffer);
    return result;
}

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

std::optional<QString> PasswordInput::fromDescriptor(int fd)
{
#ifdef Q_OS_UNIX
    std::optional<QString> line = fd >= 0 ? readLine(fd) : std::nullopt;
    if (line && line->isEmpty())
        return std::nullopt;
    return line;
#else
    Q_UNUSED(fd);
    return std::nullopt;
#endif
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

    std::optional<QString> result = readLine(STDIN_FILENO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
    echoIsOff = 0;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    return result;
#else
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}

void PasswordInput::wipe(QString &secret)
{
    wipeSecret(secret);
}

void PasswordInput::wipe(QByteArray &secret)
{
    wipeSecret(secret);
}

} // namespace vangnet::cli
