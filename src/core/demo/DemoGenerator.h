#pragma once

#include "support/Result.h"

#include <QDate>
#include <QString>

#include <functional>

namespace vangnet {

class Database;

struct DemoOptions {
    int households = 5000;
    quint64 seed = 1;
    /// The day the demo stands on: ages and birth dates are computed from it, so the same seed
    /// and date give the same data byte for byte.
    QDate asOf = QDate(2026, 1, 1);
    /// Write through the repositories one statement at a time instead of reusing prepared
    /// statements: the same rows, many times slower. The tests use it as the reference.
    bool throughRepositories = false;
};

struct DemoSummary {
    int households = 0;
    int persons = 0;
    int addresses = 0;
    bool cancelled = false; ///< the progress callback said stop; nothing was written
};

/// Writes a synthetic municipality: Dutch-looking names and streets, the postcodes of one
/// municipality, realistic household composition, BSNs from the test range (9999…) that pass
/// the 11-proef. Never real people.
class DemoGenerator {
public:
    /// The most households the municipality's postcode range (7411–7425) holds.
    static int maxHouseholds();

    explicit DemoGenerator(DemoOptions options);

    /// Fills an empty Vangnet database in one transaction, with the rows (derived columns
    /// included) the repositories would write; see DemoRowWriter. `progress(done, total)` may
    /// return false to cancel; then nothing is written and the summary says `cancelled`.
    /// Refuses (ErrorCode::Conflict) a database that already holds households, and
    /// (ErrorCode::Invalid) a household count outside 1..maxHouseholds().
    Result<DemoSummary> writeTo(Database &db, const std::function<bool(int, int)> &progress = {}) const;

private:
    DemoOptions m_options;
};

} // namespace vangnet
