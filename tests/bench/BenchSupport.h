#pragma once

// What every benchmark program here needs: timing a piece of work a few times, the median, a
// report line, and stopping with a message.

#include "support/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <cstdlib>
#include <functional>
#include <vector>

namespace vangnet::bench {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
}

/// Milliseconds of each of `repeat` runs of `work`.
inline std::vector<double> timed(int repeat, const std::function<void()> &work)
{
    std::vector<double> runs;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        runs.push_back(static_cast<double>(t.nsecsElapsed()) / 1e6);
    }
    return runs;
}

/// "name   median … ms   runs: …, … extra", flushed at once (scripts read it as it comes).
inline void report(const char *name, const std::vector<double> &runs, const QString &extra = {})
{
    QStringList all;
    for (double r : runs)
        all << QString::number(r, 'f', 1);
    std::printf("%-44s median %9.1f ms   runs: %s %s\n", name, median(runs), all.join(QStringLiteral(", ")).toUtf8().constData(),
                extra.toUtf8().constData());
    std::fflush(stdout);
}

/// Stops the program with exit code 2 and the message, named after the program.
[[noreturn]] inline void fail(const QString &what)
{
    std::fprintf(stderr, "%s: %s\n", QCoreApplication::applicationName().toUtf8().constData(), what.toUtf8().constData());
    std::exit(2);
}

/// The value of a result the benchmark needs; stops with the error's message otherwise.
template <typename T>
T orFail(Result<T> result)
{
    if (!result)
        fail(result.error().message);
    return std::move(*result);
}

/// `--db FILE [--repeat R]`, the options of the benchmarks that run on a database; stops with
/// `usage` when they are unusable.
struct DbArguments {
    QString path;
    int repeat = 5;
};

inline DbArguments dbArguments(const QStringList &args, const QString &usage)
{
    DbArguments parsed;
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--db"))
            parsed.path = args[i + 1];
        else if (args[i] == QLatin1String("--repeat"))
            parsed.repeat = args[i + 1].toInt();
        else
            fail(QStringLiteral("unknown argument %1; %2").arg(args[i], usage));
    }
    if (parsed.path.isEmpty() || parsed.repeat < 1)
        fail(usage);
    return parsed;
}

/// Stops with the error's message when the step the benchmark needs failed.
inline void orFail(const Result<void> &result)
{
    if (!result)
        fail(result.error().message);
}

/// Milliseconds of processor time per run since `since` (std::clock()): the better figure on a
/// shared machine, where wall time includes waiting for a core.
inline double cpuMsPerRun(std::clock_t since, int runs)
{
    return double(std::clock() - since) * 1e3 / CLOCKS_PER_SEC / runs;
}

} // namespace vangnet::bench
