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
};

struct DemoSummary {
    int households = 0;
    int persons = 0;
    int addresses = 0;
};

/// Writes a synthetic municipality: Dutch-looking names and streets, the postcodes of one
/// municipality, realistic household composition, BSNs from the test range (9999…) that pass
/// the 11-proef. Never real people.
class DemoGenerator {
public:
    explicit DemoGenerator(DemoOptions options);

    /// Fills an empty Vangnet database in one transaction. `progress(done, total)` may return
    /// false to cancel; then nothing is written.
    Result<DemoSummary> writeTo(Database &db, const std::function<bool(int, int)> &progress = {}) const;

private:
    DemoOptions m_options;
};

} // namespace vangnet
