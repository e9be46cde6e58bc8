// libFuzzer target: arbitrary bytes as a DDAS delivery (JSON). No crash, no sanitizer report,
// and every row handed out satisfies the reader's guarantees.

#include "FuzzSupport.h"

#include "importing/SignalFileReader.h"

using namespace vangnet;
using namespace vangnet::importing;
using vangnet::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    vangnet::fuzz::ensureApplication();
    auto reader = SignalFileReader::open(
        vangnet::fuzz::buffer(data, size), QStringLiteral("fuzz.json"), SignalFileReader::Format::Ddas);
    if (!reader)
        return 0;
    SignalRow row;
    QList<Reject> rejects;
    qint64 kept = 0;
    while ((*reader)->next(row, rejects)) {
        ++kept;
        check(row.line == 0, "JSON rows have no line");
        check(row.signalDate.isValid(), "signal date required");
        check(!row.amountCents || *row.amountCents >= 0, "amount not negative");
        check(!row.person.achternaam.isEmpty(), "achternaam required");
    }
    for (const Reject &r : rejects)
        check(r.line == 0 && r.column.startsWith(QLatin1String("leveringen[")), "reject carries the JSON path");
    check(kept + (*reader)->rowsRejected() == (*reader)->rowsRead(), "rows add up");
    return 0;
}
