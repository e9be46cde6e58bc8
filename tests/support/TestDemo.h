#pragma once

#include "demo/DemoGenerator.h"
#include "demo/DemoSignals.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

/// A demo municipality of `households` written into `db` (with the tests' cheap key derivation),
/// and the source of synthetic signals that knows its people.
inline demo::DemoSignals writeDemoTown(Database &db, int households, quint64 seed, QDate asOf)
{
    DemoOptions options{households, seed, asOf};
    options.kdf = KdfLimits::minimumForTests();
    demo::DemoSignals people(seed, asOf);
    options.written = [&people](const Household &h) { people.add(h); };
    REQUIRE(DemoGenerator(options).writeTo(db).ok());
    return people;
}

} // namespace vangnet::test
