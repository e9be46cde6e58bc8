#include "support/TestJson.h"

#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace vangnet::test {

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace vangnet::test
