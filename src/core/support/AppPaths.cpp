#include "support/AppPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace vangnet::paths {

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Vangnet"));
    QCoreApplication::setApplicationName(QStringLiteral("vangnet"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VANGNET_VERSION));
}

QString dataDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString defaultDemoDatabase()
{
    return QDir(dataDirectory()).filePath(QStringLiteral("demo.sqlite"));
}

QString configuredDatabase()
{
    return QSettings().value(QStringLiteral("database/location")).toString();
}

} // namespace vangnet::paths
