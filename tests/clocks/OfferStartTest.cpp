#include "support/TestDatabase.h"
#include "support/TestResult.h"
#include "support/TestUsers.h"

#include "audit/AuditLog.h"
#include "clocks/ClockService.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::clocks;
using vangnet::test::required;

TEST_CASE("A team lead sets when the contact offer starts, audited, and a caseworker may not", "[clocks][wgs]")
{
    test::TestDatabase scratch;
    std::unique_ptr<Database> db = scratch.open();
    FixedClock clock{QDateTime(QDate(2026, 11, 24), QTime(9, 30), Qt::UTC)};
    test::TestUsers users{*db, clock};
    Session lead = users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id);
    ClockService service(*db, clock, lead);
    const auto changes = [&] {
        return required(AuditLog(*db, clock).find(users.admin(), AuditQuery{{}, {}, lead.user().id,
                                                                             QStringLiteral("clock_settings"), 0,
                                                                             AuditAction::ClocksChange}));
    };

    ClockSettings stored = required(service.settings());
    CHECK(stored.offerStart() == OfferStart::LaterOfSignalAndImport);
    CHECK_FALSE(stored.offerStartSetting().updatedAt.isValid());

    REQUIRE(service.setOfferStart(OfferStart::SignalDate).ok());
    stored = required(ClockService(*db, clock, users.caseworkerA()).settings());
    CHECK(stored.offerStart() == OfferStart::SignalDate);
    CHECK(stored.offerStartSetting().updatedBy == lead.user().username);
    REQUIRE(changes().size() == 1);
    CHECK(changes().first().detail == QStringLiteral("contact_offer_start:later_of_signal_and_import→signal_date"));
    // Unchanged: nothing written or recorded.
    REQUIRE(service.setOfferStart(OfferStart::SignalDate).ok());
    CHECK(changes().size() == 1);

    auto refused = ClockService(*db, clock, users.caseworkerA()).setOfferStart(OfferStart::LaterOfSignalAndImport);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::PermissionDenied);
    CHECK(required(service.settings()).offerStart() == OfferStart::SignalDate);
    CHECK(offerStartFromKey(QStringLiteral("signal_date")) == OfferStart::SignalDate);
    CHECK_FALSE(offerStartFromKey(QStringLiteral("import_date")).has_value());
}
