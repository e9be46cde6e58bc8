#include "support/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace vangnet::privatefiles {

void restrictProcessUmask()
{
    ::umask(S_IRWXG | S_IRWXO);
}

bool openOwnerOnly(QFileDevice &file, QIODevice::OpenMode mode)
{
    if (auto *plain = qobject_cast<QFile *>(&file))
        return plain->open(mode, ownerOnly) && plain->setPermissions(ownerOnly);
    // QSaveFile has no open() with permissions; on Linux its temporary file is unnamed
    // (O_TMPFILE) until commit(), so no other user can open it before the mode is set.
    return file.open(mode) && file.setPermissions(ownerOnly);
}

bool restrictToOwner(const QString &path)
{
    return QFile::setPermissions(path, ownerOnly);
}

bool createOwnerOnly(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    QFile file(path);
    // NewOnly: if someone else creates it meanwhile, we do not take over their file.
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly);
}

} // namespace vangnet::privatefiles
