#pragma once

#include <QString>

namespace vangnet::test {

/// What the schema validator (tests/ddas/validate_ddas.py) said about a file.
struct SchemaCheck {
    int exitCode = -1; ///< 0 valid, 1 invalid, 2 unusable arguments
    QString output; ///< every problem as PATH: message
};

/// Runs /usr/bin/python3 validate_ddas.py with the DDAS schema copied into tests/fixtures/ddas
/// (paths baked in at compile time: VANGNET_DDAS_SCHEMA, VANGNET_DDAS_VALIDATOR).
SchemaCheck checkAgainstSchema(const QString &fileName);
/// A file of tests/fixtures/ddas (VANGNET_DDAS_FIXTURES).
QString ddasFixture(const QString &name);

} // namespace vangnet::test
