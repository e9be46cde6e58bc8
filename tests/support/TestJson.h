#pragma once

#include <QJsonObject>
#include <QString>

namespace vangnet::test {

/// The JSON object in the file at `path`; fails the running test (with the path and the parse
/// error) when the file cannot be read or holds no object. For golden fixtures.
QJsonObject readJsonObject(const QString &path);

} // namespace vangnet::test
