#include "demo/DemoGenerator.h"

#include "audit/AuditLog.h"
#include "ddas/MunicipalityRepository.h"
#include "demo/DemoAddressPlan.h"
#include "demo/DemoNames.h"
#include "demo/DemoHouseholdFactory.h"
#include "demo/DemoPlaces.h"
#include "demo/DemoRowWriter.h"
#include "storage/Database.h"
#include "security/FieldCipher.h"
#include "storage/HouseholdRepository.h"
#include "storage/BulkLoad.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "users/KeyService.h"
#include "users/UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <optional>

namespace vangnet {

int DemoGenerator::maxHouseholds()
{
    return demo::DemoAddressPlan::maxHouseholds;
}

DemoGenerator::DemoGenerator(DemoOptions options) : m_options(std::move(options)) {}

Result<DemoGenerator::Accounts> DemoGenerator::writeAccounts(const QSqlDatabase &connection, const SecretKey &dataKey,
                                                             const std::vector<PendingKeySlot> &slots, const QDateTime &now)
{
    Accounts out;
    UserRepository users(connection);
    auto north = users.insertTeam(QStringLiteral("Team Noord"));
    if (!north)
        return north.error();
    auto south = users.insertTeam(QStringLiteral("Team Zuid"));
    if (!south)
        return south.error();
    std::size_t i = 0;
    for (const DemoAccount &account : demoAccounts) {
        User u;
        u.username = QString::fromLatin1(account.username);
        u.displayName = QString::fromLatin1(account.displayName);
        u.role = account.role;
        u.teamId = account.team == 1 ? north->id : account.team == 2 ? south->id : 0;
        auto stored = users.insert(u, now);
        if (!stored)
            return stored.error();
        if (auto saved = users.saveKeySlot(stored->id, slots.at(i++).seal(dataKey, stored->id)); !saved)
            return saved.error();
        out.users.push_back(*stored);
    }
    out.north = north->id;
    out.south = south->id;
    return out;
}

Result<void> DemoGenerator::unlockAccounts(const QSqlDatabase &connection, const std::shared_ptr<const SecretKey> &dataKey,
                                           const Accounts &accounts, const std::vector<PendingKeySlot> &slots,
                                           const QDateTime &now)
{
    // What each account's first login would do (KeyService::unlock, ADR 11): the first makes the
    // statistics key and every team's key and converts the teams' fields to them; each login
    // opens its grants. So the file leaves the generator as it would be after everyone logged in
    // once, and a copy of it opens no team's fields for another team's password.
    const FixedClock clock(now);
    KeyService keys(connection, clock);
    for (std::size_t i = 0; i < accounts.users.size(); ++i)
        if (auto unlocked = keys.unlock(Session(accounts.users[i], dataKey), slots.at(i).identity()); !unlocked)
            return unlocked.error();
    return success();
}

Result<DemoSummary> DemoGenerator::writeTo(Database &db, const std::function<bool(int, int)> &progress) const
{
    const int total = m_options.households;
    if (total < 1 || total > maxHouseholds())
        return Error{ErrorCode::Invalid,
                     QCoreApplication::translate("vangnet::DemoGenerator", "The number of households must be between 1 and %1.").arg(maxHouseholds()),
                     {{QStringLiteral("households"), QCoreApplication::translate("vangnet::DemoGenerator", "Must be between 1 and %1").arg(maxHouseholds())}}};
    if (!m_options.asOf.isValid())
        return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::DemoGenerator", "The demo needs a valid reference date.")};

    const QSqlDatabase connection = db.connection();
    HouseholdRepository households(connection);

    const BulkLoad bulk(connection);

    // The accounts' key slots first: Argon2id is slow, and it needs no open transaction.
    const auto dataKey = std::make_shared<const SecretKey>(SecretKey::random());
    std::vector<PendingKeySlot> slots;
    for (const DemoAccount &account : demoAccounts) {
        Q_UNUSED(account);
        auto slot = PendingKeySlot::derive(QString::fromLatin1(demoPassword), m_options.kdf);
        if (!slot)
            return slot.error();
        slots.push_back(std::move(slot).value());
    }

    Transaction tx(connection);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    // Checked inside the transaction, so no one can slip households in between.
    auto existing = households.count();
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate("vangnet::DemoGenerator", "'%1' already holds %2 households; demo data only goes into an empty database.")
                         .arg(db.location().display())
                         .arg(*existing)};

    QElapsedTimer timer;
    timer.start();
    // A fixed moment on the reference date, so created_at/updated_at are the same on every run.
    const QDateTime now(m_options.asOf, QTime(9, 0), Qt::UTC);
    auto accounts = writeAccounts(connection, *dataKey, slots, now);
    if (!accounts)
        return accounts.error();
    // The accounts bring the data key into being: the audit chain starts with them, dated before
    // every day of the demo's history (its signals reach back about a year, DemoSignals), so the
    // caseworkers' logins on its first day follow the genesis in time as well as in order.
    const FixedClock startedAt(QDateTime(m_options.asOf.addYears(-2), QTime(0, 0), Qt::UTC));
    if (auto started = AuditLog(connection, startedAt).start(*dataKey); !started)
        return started.error();
    if (auto flagged = runSql(connection, QStringLiteral("INSERT INTO schema_meta (key, value) VALUES ('demo', '1') "
                                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {}, "mark demo database");
        !flagged)
        return flagged.error();
    demo::DemoAddressPlan plan(total, m_options.seed);
    demo::DemoHouseholdFactory factory(m_options.seed, m_options.asOf, total);
    const FieldCipher fields(*dataKey);
    demo::DemoRowWriter writer(connection, fields, now,
                               m_options.throughRepositories ? demo::DemoRowWriter::Mode::Repositories
                                                             : demo::DemoRowWriter::Mode::Prepared);
    const int step = std::max(1, std::min(1000, total / 100));

    DemoSummary summary;
    for (int i = 0; i < total; ++i) {
        if (progress && i % step == 0 && !progress(i, total)) {
            spdlog::info("demo generation cancelled after {} of {} households", i, total);
            return DemoSummary{0, 0, 0, 0, true};
        }
        auto address = plan.next();
        if (!address)
            return Error{ErrorCode::Invalid, QCoreApplication::translate("vangnet::DemoGenerator", "The demo municipality has no room for %1 households.").arg(total)};

        Household h;
        h.address = *address;
        // The north of town (postcodes up to 7418) is Team Noord's, the rest Team Zuid's.
        h.teamId = h.address.postcode.left(4).toInt() <= 7418 ? accounts->north : accounts->south;
        h.members = factory.nextMembers();
        if (auto written = writer.write(h); !written)
            return written.error();
        if (m_options.written)
            m_options.written(h);
        ++summary.households;
        ++summary.addresses;
        summary.persons += static_cast<int>(h.members.size());
    }
    // The providers' places, as the beheerder imported them on the demo's day.
    const QList<places::Place> inventory = demo::DemoPlaces(m_options.seed, m_options.asOf).inventory(total);
    if (auto placed = demo::DemoPlaces::write(connection, inventory, QString::fromLatin1(demoAccounts[0].username), now);
        !placed)
        return placed.error();
    summary.places = static_cast<int>(inventory.size());
    // DDAS: Vangstad is municipality 0518; Het Hoge Veld is the neighbouring village (0307) that
    // Team Zuid serves as well, so the demo delivers two leveringen (docs/ddas.md). Addresses an
    // import adds without a wijk are Vangstad's.
    MunicipalityRepository municipalities(connection);
    const QString by = QString::fromLatin1(demoAccounts[0].username);
    for (const QString &wijk : [] {
             QStringList all{QString()};
             for (const demo::District &d : demo::DemoNames::districts())
                 all << d.name;
             return all;
         }())
        if (auto mapped = municipalities.set({wijk,
                wijk == QLatin1String("Het Hoge Veld") ? QStringLiteral("0307") : QStringLiteral("0518"), now, by});
            !mapped)
            return mapped.error();
    // Dated with the accounts, like the audit chain's start, before every day of the history.
    if (auto unlocked = unlockAccounts(connection, dataKey, *accounts, slots, startedAt.now()); !unlocked)
        return unlocked.error();
    if (progress && !progress(total, total)) {
        spdlog::info("demo generation cancelled after {} of {} households", total, total);
        return DemoSummary{0, 0, 0, 0, true};
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("demo municipality written: {} households, {} persons, {} places in {} ms", summary.households,
                 summary.persons, summary.places, timer.elapsed());
    return summary;
}

} // namespace vangnet
