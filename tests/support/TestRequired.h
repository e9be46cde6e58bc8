#pragma once

#include "support/Result.h"

#include <catch2/catch.hpp>

#include <string>
#include <utility>

namespace vangnet::test {

/// The value of a result the test cannot go on without; fails the test with the error's message.
template <typename T>
T required(Result<T> result)
{
    INFO((result ? std::string() : result.error().message.toStdString()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace vangnet::test
