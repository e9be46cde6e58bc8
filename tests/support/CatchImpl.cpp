// Catch2's implementation, compiled once for every test program. The mains live in
// TestMainCore.cpp / TestMainGui.cpp so each can put its Qt application on the stack.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

namespace vangnet::test {
/// Runs the Catch2 session; the mains call this so only this file sees the implementation.
int runCatch(int argc, char *argv[])
{
    return Catch::Session().run(argc, argv);
}
} // namespace vangnet::test
