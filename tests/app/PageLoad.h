#pragma once

#include <QSignalSpy>

#include <catch2/catch.hpp>

namespace vangnet::test {

/// Waits until a page's background read is done: the page has isLoading() and a loaded() signal
/// (a read started while one runs follows it, hence a few rounds).
template <typename Page>
void waitUntilLoaded(Page &page)
{
    for (int round = 0; round < 5 && page.isLoading(); ++round) {
        QSignalSpy loaded(&page, &Page::loaded);
        REQUIRE(loaded.wait(10000));
    }
    REQUIRE_FALSE(page.isLoading());
}

} // namespace vangnet::test
