#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace vangnet::fuzz {

/// Qt wants an application object for translations; one for the whole fuzzing process.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    (void)app;
}

inline std::unique_ptr<QIODevice> buffer(const std::uint8_t *data, std::size_t size)
{
    auto device = std::make_unique<QBuffer>();
    device->setData(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    return device;
}

/// A broken invariant is a finding: crash so libFuzzer keeps the input.
inline void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "invariant broken: %s\n", what);
        std::abort();
    }
}

} // namespace vangnet::fuzz
