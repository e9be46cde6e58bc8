#include "FileDialog.h"

#include <QFileDialog>

namespace vangnet {

QList<QString> &FileDialog::queue()
{
    static QList<QString> names;
    return names;
}

bool &FileDialog::interactive()
{
    static bool on = true;
    return on;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                   const QString &filter, QString *selectedFilter)
{
    if (!queue().isEmpty())
        return queue().takeFirst();
    if (!interactive())
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter, selectedFilter);
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (!queue().isEmpty())
        return queue().takeFirst();
    if (!interactive())
        return {};
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption, const QString &start)
{
    if (!queue().isEmpty())
        return queue().takeFirst();
    if (!interactive())
        return {};
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    queue().append(fileName);
}

void FileDialog::clearQueued()
{
    queue().clear();
}

void FileDialog::setInteractive(bool on)
{
    interactive() = on;
}

} // namespace vangnet
