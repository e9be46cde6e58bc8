// libFuzzer target: arbitrary bytes as a signal CSV and as a discharge CSV. Beyond "no crash,
// no sanitizer report", every row handed out must satisfy the readers' documented guarantees.

#include "FuzzSupport.h"

#include "importing/DischargeCsvReader.h"
#include "importing/SignalFileReader.h"

using namespace vangnet;
using namespace vangnet::importing;
using vangnet::fuzz::check;

namespace {

void checkPerson(const RowPerson &p)
{
    check(!p.achternaam.isEmpty(), "achternaam required");
    check(p.postcode.isEmpty() || p.postcode.size() == 7, "postcode normalised");
    check(p.huisnummer >= 0 && p.huisnummer <= 99999, "house number range");
    check(!p.bsn.isEmpty() || (!p.postcode.isEmpty() && p.huisnummer > 0), "BSN or address");
    check(!p.bsnValid || p.bsn.size() == 9, "a valid BSN has 9 digits");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    vangnet::fuzz::ensureApplication();
    {
        auto reader = SignalFileReader::open(
            vangnet::fuzz::buffer(data, size), QStringLiteral("fuzz.csv"), SignalFileReader::Format::Csv);
        if (reader) {
            SignalRow row;
            QList<Reject> rejects;
            qint64 lastLine = 1;
            qint64 kept = 0;
            while ((*reader)->next(row, rejects)) {
                ++kept;
                check(row.line > lastLine, "line numbers increase");
                lastLine = row.line;
                check(row.signalDate.isValid(), "signal date required");
                check(!row.amountCents || *row.amountCents >= 0, "amount not negative");
                checkPerson(row.person);
            }
            for (const Reject &r : rejects)
                check(r.line >= 2 && !r.reason.isEmpty(), "reject has a line and a reason");
            check(kept + (*reader)->rowsRejected() == (*reader)->rowsRead(), "rows add up");
            check((*reader)->bytesRead() <= qint64(size), "bytes read within the file");
        }
    }
    {
        auto reader = DischargeCsvReader::open(
            vangnet::fuzz::buffer(data, size), QStringLiteral("fuzz.csv"), ImportProfile::defaultDischarges());
        if (reader) {
            DischargeRow row;
            QList<Reject> rejects;
            while ((*reader)->next(row, rejects)) {
                check(row.expectedDate.isValid(), "expected date required");
                checkPerson(row.person);
            }
        }
    }
    return 0;
}
