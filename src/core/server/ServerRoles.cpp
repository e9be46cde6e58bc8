#include "server/ServerRoles.h"

#include <QRegularExpression>

namespace vangnet::server {

bool ServerRoles::validDatabaseName(const QString &database)
{
    static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]{0,23}$"));
    return name.match(database).hasMatch();
}

QString quoted(const QString &identifier)
{
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

} // namespace vangnet::server
