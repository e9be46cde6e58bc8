// Signal-reader benchmark: writes N synthetic signals in the default CSV profile with
// SignalCsvWriter, then times SignalFileReader reading and validating them (no database), each
// repeated and reported as a median. Run by scripts/bench-import-read.sh, which adds the
// `sqlite3 .import` reference on the same file.
//
//   bench_import_read --dir DIR [--rows N] [--repeat R] [--reuse 1]
//
// --reuse 1 reads DIR/signals.csv as it is (for profiling the reader alone).
// Leaves DIR/signals.csv for the script's reference timing.

#include "importing/SignalCsvWriter.h"
#include "importing/SignalFileReader.h"
#include "support/Logging.h"

#include "BenchSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <vector>

using namespace vangnet;
using namespace vangnet::bench;
using namespace vangnet::importing;

namespace {

/// A test-range BSN (9999…) that passes the 11-proef.
QString testBsn(std::mt19937 &random)
{
    for (;;) {
        std::array<int, 9> d{9, 9, 9, 9};
        for (std::size_t i = 4; i < 8; ++i)
            d[i] = int(random() % 10);
        int sum = 0;
        for (std::size_t i = 0; i < 8; ++i)
            sum += (9 - int(i)) * d[i];
        d[8] = sum % 11;
        if (d[8] == 10)
            continue;
        QString text;
        for (const int digit : d)
            text += QChar(u'0' + digit);
        return text;
    }
}

SignalRow syntheticRow(std::mt19937 &random, int i)
{
    static const std::array<const char *, 8> surnames{
        "Jansen", "de Vries", "Bakker", "Visser", "Smit", "Meijer", "Müller", "Dijkstra"};
    static const std::array<const char *, 6> streets{
        "Kerkstraat", "Dorpsstraat", "Schoolstraat", "Molenweg", "Stationsweg", "Julianalaan"};
    static const std::array<const char *, 4> towns{"Zwolle", "Deventer", "Kampen", "Hengelo"};
    static const std::array<PartnerType, 5> partners{PartnerType::Huur, PartnerType::Energie, PartnerType::Water,
        PartnerType::Zorg, PartnerType::CakZorgverzekeringen};
    SignalRow row;
    row.signalId = QStringLiteral("VS-%1").arg(i);
    row.partnerType = partners[random() % partners.size()];
    row.partnerName = QStringLiteral("Partner %1").arg(random() % 20);
    row.signalDate = QDate(2025, 1, 1).addDays(qint64(random() % 365));
    row.arisenDate = row.signalDate.addDays(-qint64(random() % 90));
    row.amountCents = qint64(random() % 500000);
    row.crisis = random() % 20 == 0;
    row.warmHandover = random() % 10 == 0;
    row.person.bsn = testBsn(random);
    row.person.bsnValid = true;
    row.person.voorletters = QStringLiteral("A.");
    row.person.voornaam = QStringLiteral("Anna");
    row.person.achternaam = QString::fromUtf8(surnames[random() % surnames.size()]);
    row.person.geboortedatum = QDate(1950, 1, 1).addDays(qint64(random() % 20000));
    row.person.straat = QString::fromLatin1(streets[random() % streets.size()]);
    row.person.huisnummer = int(1 + random() % 300);
    row.person.postcode = QStringLiteral("%1 %2%3")
                              .arg(1000 + random() % 9000)
                              .arg(QChar(u'A' + int(random() % 18)))
                              .arg(QChar(u'A' + int(random() % 26)));
    row.person.plaats = QString::fromLatin1(towns[random() % towns.size()]);
    return row;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    initLogging(LogOptions{QString(), QStringLiteral("warn"), true});
    QString dir;
    int rows = 1000000;
    int repeat = 5;
    bool reuse = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--rows"))
            rows = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--repeat"))
            repeat = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--reuse"))
            reuse = args[i + 1] == QLatin1String("1");
        else
            fail(QStringLiteral("unknown option %1").arg(args[i]));
    }
    if (dir.isEmpty() || rows <= 0 || repeat <= 0)
        fail(QStringLiteral("usage: bench_import_read --dir DIR [--rows N] [--repeat R]"));
    const QString path = QDir(dir).filePath(QStringLiteral("signals.csv"));

    QElapsedTimer timer;
    timer.start();
    if (!reuse || !QFileInfo::exists(path)) {
        auto writer = SignalCsvWriter::create(path);
        if (!writer)
            fail(writer.error().message);
        std::mt19937 random(20261130);
        for (int i = 0; i < rows; ++i) {
            if (auto written = (*writer)->write(syntheticRow(random, i)); !written)
                fail(written.error().message);
        }
        if (auto finished = (*writer)->finish(); !finished)
            fail(finished.error().message);
    }
    const double writeMs = double(timer.nsecsElapsed()) / 1e6;
    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    std::printf(
        "wrote %d rows, %.1f MB in %.0f ms (SignalCsvWriter, incl. generating the rows)\n", rows, megabytes, writeMs);

    std::vector<double> runs;
    qint64 kept = 0;
    qint64 rejected = 0;
    for (int r = 0; r < repeat; ++r) {
        timer.restart();
        auto reader = SignalFileReader::open(path, SignalFileReader::Format::Csv);
        if (!reader)
            fail(reader.error().message);
        SignalRow row;
        QList<Reject> rejects;
        kept = 0;
        while ((*reader)->next(row, rejects))
            ++kept;
        rejected = (*reader)->rowsRejected();
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QStringList all;
    for (const double run : runs)
        all << QString::number(run, 'f', 0);
    const double m = median(runs);
    std::printf("%-38s median %9.1f ms   %.0f MB/s  %.0f ns/row   runs: %s   (%lld kept, %lld rejected)\n",
        "read + validate (SignalFileReader)", m, megabytes / (m / 1000.0), m * 1e6 / rows,
        all.join(QStringLiteral(", ")).toUtf8().constData(), static_cast<long long>(kept),
        static_cast<long long>(rejected));
    return reuse || kept == rows ? 0 : 1;
}
