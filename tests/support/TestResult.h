#pragma once

#include "support/Result.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

namespace vangnet::test {

/// The value of a result the test needs to go on; fails the test with the error's message.
template <typename T>
T required(Result<T> result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

inline void required(const Result<void> &result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
}

} // namespace vangnet::test
