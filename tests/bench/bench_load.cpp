// Team server under load (docs/performance.md, "Team server under load"): started by
// scripts/bench-load.sh, once per simulated caseworker, then once to sum up.
//
//   bench_load client --db URL --user NAME --clients N --out FILE [--password-env VAR]
//                     [--seconds S] [--think-ms MS] [--start-at EPOCH_MS] [--seed N] [--mix SPEC]
//                     [--actions A] [--superuser yes]
//   bench_load report --saved PREFIX FILE...
//
// `client` logs in as NAME's own login role on the team server at URL (a loopback host; no user
// in the URL), waits for the common start, and works for S seconds (default 60) with a pause of
// about MS (default 1000) between actions, writing each action's time to FILE. The mix (default
// queue=15,household=30,attempt=25,search=15,note=15) is LoadRecords.cpp's. `report` reads the
// clients' files and prints p50/p95/p99 per action with the errors, and writes the ids of the
// saved contact attempts and notes to PREFIX.attempt and PREFIX.note for the lost-update check.
// `--actions A` stops after A actions; `--superuser yes` takes a URL naming the superuser and logs
// the Vangnet user in over that connection: the same reads without row-level security.

#include "LoadClient.h"
#include "LoadRecords.h"

#include "support/Logging.h"

#include "BenchSupport.h"

#include <QFile>
#include <QTextStream>

using namespace vangnet;
using namespace vangnet::bench;

namespace {

const char *const usage = "usage: bench_load client --db URL --user NAME --clients N --out FILE [--password-env VAR] "
                          "[--seconds S] [--think-ms MS] [--start-at EPOCH_MS] [--seed N] [--mix SPEC] [--actions A] [--superuser yes]\n"
                          "       bench_load report --saved PREFIX FILE...";

/// `--name value` pairs after the mode; a repeated or unknown name stops with the usage.
QMap<QString, QString> options(const QStringList &args, const QStringList &known)
{
    QMap<QString, QString> parsed;
    for (qsizetype i = 2; i < args.size(); i += 2) {
        const QString name = args[i].startsWith(QLatin1String("--")) ? args[i].mid(2) : QString();
        if (!known.contains(name) || i + 1 >= args.size() || parsed.contains(name))
            fail(QStringLiteral("unexpected argument '%1'\n%2").arg(args[i], QLatin1String(usage)));
        parsed[name] = args[i + 1];
    }
    return parsed;
}

int number(const QMap<QString, QString> &opts, const QString &name, int fallback)
{
    if (!opts.contains(name))
        return fallback;
    bool ok = false;
    const int value = opts[name].toInt(&ok);
    if (!ok)
        fail(QStringLiteral("--%1 '%2' is not a whole number").arg(name, opts[name]));
    return value;
}

int client(const QStringList &args)
{
    const auto opts = options(args, {QStringLiteral("db"), QStringLiteral("user"), QStringLiteral("clients"), QStringLiteral("out"),
                                     QStringLiteral("password-env"), QStringLiteral("seconds"), QStringLiteral("think-ms"),
                                     QStringLiteral("start-at"), QStringLiteral("seed"), QStringLiteral("mix"),
                                     QStringLiteral("actions"), QStringLiteral("superuser")});
    for (const char *required : {"db", "user", "clients", "out"})
        if (!opts.contains(QLatin1String(required)))
            fail(QStringLiteral("--%1 is required\n%2").arg(QLatin1String(required), QLatin1String(usage)));
    ClientOptions o;
    o.url = opts[QStringLiteral("db")];
    o.username = opts[QStringLiteral("user")];
    o.out = opts[QStringLiteral("out")];
    o.seconds = number(opts, QStringLiteral("seconds"), o.seconds);
    o.thinkMs = number(opts, QStringLiteral("think-ms"), o.thinkMs);
    o.seed = quint32(number(opts, QStringLiteral("seed"), int(o.seed)));
    o.startAtMs = opts.value(QStringLiteral("start-at"), QStringLiteral("0")).toLongLong();
    o.actions = number(opts, QStringLiteral("actions"), 0);
    o.overSuperuser = opts.value(QStringLiteral("superuser")) == QLatin1String("yes");
    orFail(checkBounds(o.url, number(opts, QStringLiteral("clients"), 0), o.seconds, o.overSuperuser));
    if (o.thinkMs < 0 || o.thinkMs > 60000)
        fail(QStringLiteral("--think-ms %1: 0 to 60000").arg(o.thinkMs));
    if (opts.contains(QStringLiteral("mix")))
        o.mix = orFail(ActionMix::parse(opts[QStringLiteral("mix")]));
    const QByteArray variable = opts.value(QStringLiteral("password-env"), QStringLiteral("VANGNET_PASSWORD")).toUtf8();
    o.password = qEnvironmentVariable(variable.constData());
    qunsetenv(variable.constData());
    if (o.password.isEmpty())
        fail(QStringLiteral("no password in the environment variable %1").arg(QString::fromUtf8(variable)));
    auto loggedIn = orFail(LoadClient::login(o));
    loggedIn->run();
    return 0;
}

void writeIds(const QString &path, const QList<qint64> &ids)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        fail(QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    QTextStream out(&file);
    for (qint64 id : ids)
        out << id << '\n';
}

int report(const QStringList &args)
{
    QString saved;
    QStringList files;
    for (qsizetype i = 2; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--saved") && i + 1 < args.size())
            saved = args[++i];
        else
            files << args[i];
    }
    if (saved.isEmpty() || files.isEmpty())
        fail(QLatin1String(usage));
    QList<ActionRecord> all;
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            fail(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
        all << orFail(parseRecords(QString::fromUtf8(file.readAll()), path));
    }
    std::printf("| action | count | errors | p50 ms | p95 ms | p99 ms | max ms |\n| --- | --- | --- | --- | --- | --- | --- |\n");
    for (const ActionSummary &s : summarize(all))
        std::printf("| %s | %d | %d | %.0f | %.0f | %.0f | %.0f |\n", s.action.toUtf8().constData(), s.count, s.errors, s.p50,
                    s.p95, s.p99, s.max);
    for (const ActionSummary &s : summarize(all))
        for (const QString &message : s.errorMessages)
            std::printf("error in %s: %s\n", s.action.toUtf8().constData(), message.toUtf8().constData());
    const QList<qint64> attempts = savedIds(all, QStringLiteral("attempt"));
    const QList<qint64> notes = savedIds(all, QStringLiteral("note"));
    writeIds(saved + QStringLiteral(".attempt"), attempts);
    writeIds(saved + QStringLiteral(".note"), notes);
    std::printf("saved, as the clients were told: %lld contact attempts, %lld notes\n", static_cast<long long>(attempts.size()),
                static_cast<long long>(notes.size()));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_load"));
    initLogging(LogOptions{QString(), QStringLiteral("warn"), true});
    const QStringList args = app.arguments();
    if (args.size() >= 2 && args[1] == QLatin1String("client"))
        return client(args);
    if (args.size() >= 2 && args[1] == QLatin1String("report"))
        return report(args);
    fail(QLatin1String(usage));
}
