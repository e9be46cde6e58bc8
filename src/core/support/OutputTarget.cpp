#include "support/OutputTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace vangnet {

QList<FieldError> checkOutputTarget(const QString &fileName, const QString &field)
{
    const QFileInfo file(fileName);
    if (file.isDir())
        return {{field,
            QCoreApplication::translate("vangnet::OutputTarget", "%1 is a folder; give a file name.").arg(fileName)}};
    const QFileInfo folder(file.absolutePath());
    if (!folder.isDir())
        return {{field,
            QCoreApplication::translate("vangnet::OutputTarget", "The folder %1 does not exist.")
                .arg(QDir::toNativeSeparators(folder.filePath()))}};
    if (!folder.isWritable())
        return {{field,
            QCoreApplication::translate("vangnet::OutputTarget", "The folder %1 may not be written to.")
                .arg(QDir::toNativeSeparators(folder.filePath()))}};
    if (file.exists() && !file.isWritable())
        return {{field,
            QCoreApplication::translate("vangnet::OutputTarget", "%1 exists and may not be overwritten.")
                .arg(fileName)}};
    return {};
}

} // namespace vangnet
