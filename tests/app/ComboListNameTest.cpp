#include "AppTestSupport.h"

#include <QAbstractItemView>
#include <QComboBox>

#include <catch2/catch.hpp>

using namespace vangnet::test;

TEST_CASE("The pop-up list of every combo box has a name for screen readers", "[app][gui]")
{
    AppFixture f; // installs the application's event filters

    QComboBox district;
    district.setAccessibleName(QStringLiteral("District"));
    district.ensurePolished();
    CHECK(district.view()->accessibleName() == QStringLiteral("District: choices"));

    QComboBox nameless;
    nameless.ensurePolished();
    CHECK(nameless.view()->accessibleName() == QStringLiteral("Choices"));

    QComboBox named;
    named.setAccessibleName(QStringLiteral("Outcome"));
    named.view()->setAccessibleName(QStringLiteral("Outcomes"));
    named.ensurePolished();
    CHECK(named.view()->accessibleName() == QStringLiteral("Outcomes")); // a name given in code stays
}
