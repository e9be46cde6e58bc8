#pragma once

#include "security/KeySlot.h"
#include "support/Result.h"

#include "security/Role.h"
#include "users/User.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace vangnet {

class Database;
struct Household;

struct DemoOptions {
    int households = 5000;
    quint64 seed = 1;
    /// The day the demo stands on: ages and birth dates are computed from it, so the same seed
    /// and date give the same data byte for byte.
    QDate asOf = QDate(2026, 1, 1);
    /// Write through the repositories one statement at a time instead of reusing prepared
    /// statements: the same rows, many times slower. The tests use it as the reference.
    bool throughRepositories = false;
    /// Cost of the demo accounts' password derivation; tests pass KdfLimits::minimumForTests().
    KdfLimits kdf = KdfLimits::moderate();
    /// Called with every household once it is written (ids set, BSNs in plain text): the
    /// demo signal file is made from the same people.
    std::function<void(const Household &)> written = {};
};

/// The demo accounts (README): every password is "demo". consulent and teamleider work in
/// team "Team Noord", consulent2 in "Team Zuid"; beheerder is the functional administrator.
/// Households are split over the two teams by wijk.
struct DemoAccount {
    const char *username;
    const char *displayName;
    Role role;
    int team; ///< 1 = Team Noord, 2 = Team Zuid, 0 = none
};
inline constexpr DemoAccount demoAccounts[] = {
    {"beheerder", "Bea Beheer", Role::FunctioneelBeheerder, 0},
    {"teamleider", "Tom Leider", Role::Teamleider, 1},
    {"consulent", "Carla Consulent", Role::Consulent, 1},
    {"consulent2", "Kees Consulent", Role::Consulent, 2},
};
inline constexpr const char *demoPassword = "demo";

struct DemoSummary {
    int households = 0;
    int persons = 0;
    int addresses = 0;
    int places = 0; ///< the place inventory (DemoPlaces)
    bool cancelled = false; ///< the progress callback said stop; nothing was written
};

/// Writes a synthetic municipality: Dutch-looking names and streets, the postcodes of one
/// municipality, realistic household composition, BSNs from the test range (9999…) that pass
/// the 11-proef, and its place inventory (DemoPlaces). Never real people.
class DemoGenerator {
public:
    /// The most households the municipality's postcode range (7411–7439) holds.
    static int maxHouseholds();

    explicit DemoGenerator(DemoOptions options);

    /// Fills an empty Vangnet database in one transaction, with the rows (derived columns
    /// included) the repositories would write; see DemoRowWriter. `progress(done, total)` may
    /// return false to cancel; then nothing is written and the summary says `cancelled`.
    /// Refuses (ErrorCode::Conflict) a database that already holds households, and
    /// (ErrorCode::Invalid) a household count outside 1..maxHouseholds().
    Result<DemoSummary> writeTo(Database &db, const std::function<bool(int, int)> &progress = {}) const;

private:
    struct Accounts {
        qint64 north = 0;
        qint64 south = 0;
        std::vector<User> users; ///< in the order of demoAccounts (and of the key slots)
    };
    /// Teams Noord and Zuid and the demo accounts.
    static Result<Accounts> writeAccounts(const QSqlDatabase &connection, const SecretKey &dataKey,
                                          const std::vector<PendingKeySlot> &slots, const QDateTime &now);
    /// Team keys and grants for every account, in the generator's transaction (see the .cpp).
    static Result<void> unlockAccounts(const QSqlDatabase &connection, const std::shared_ptr<const SecretKey> &dataKey,
                                       const Accounts &accounts, const std::vector<PendingKeySlot> &slots,
                                       const QDateTime &now);

    DemoOptions m_options;
};

} // namespace vangnet
