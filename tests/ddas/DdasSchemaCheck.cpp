#include "DdasSchemaCheck.h"

#include <QProcess>

#include <catch2/catch.hpp>

namespace vangnet::test {

QString ddasFixture(const QString &name)
{
    return QStringLiteral(VANGNET_DDAS_FIXTURES "/") + name;
}

SchemaCheck checkAgainstSchema(const QString &fileName)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
        {QStringLiteral(VANGNET_DDAS_VALIDATOR), QStringLiteral(VANGNET_DDAS_SCHEMA), fileName});
    REQUIRE(python.waitForStarted());
    REQUIRE(python.waitForFinished(60000));
    REQUIRE(python.exitStatus() == QProcess::NormalExit);
    return {python.exitCode(), QString::fromUtf8(python.readAll())};
}

} // namespace vangnet::test
