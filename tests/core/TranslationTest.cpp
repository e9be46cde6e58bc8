#include "domain/Validation.h"
#include "support/Translations.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

using namespace vangnet;

TEST_CASE("The Dutch translation is complete", "[i18n]")
{
    QFile ts(QStringLiteral(VANGNET_TS_FILE));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    CHECK(text.count(QStringLiteral("<message")) > 20);
    // Every message translated: no unfinished or empty translations left.
    CHECK_FALSE(text.contains(QStringLiteral("type=\"unfinished\"")));
    CHECK_FALSE(text.contains(QStringLiteral("<translation></translation>")));
}

TEST_CASE("Messages come out in Dutch by default", "[i18n]")
{
    qunsetenv("VANGNET_LANG");
    CHECK(installTranslations(*QCoreApplication::instance()) == QStringLiteral("nl"));
    const auto errors = validation::validateBsn(QStringLiteral("123456789"));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message == QStringLiteral("BSN 123456789 voldoet niet aan de 11-proef"));
}
