#pragma once

#include "support/Result.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

namespace vangnet::test {

/// The value of a result the test needs; the test fails with the error's message otherwise.
template <typename T>
T required(Result<T> result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

/// The same for a result without a value.
inline void requireOk(const Result<void> &result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
}

/// requireOk under the name the value form has, for tests that read better with one name.
inline void required(const Result<void> &result)
{
    requireOk(result);
}

} // namespace vangnet::test
