#include "audit/SaveFileDialog.h"

#include <QFileDialog>

namespace vangnet {

QList<QString> &SaveFileDialog::queue()
{
    static QList<QString> names;
    return names;
}

bool &SaveFileDialog::interactive()
{
    static bool on = true;
    return on;
}

QString SaveFileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                        const QString &filter)
{
    if (!queue().isEmpty())
        return queue().takeFirst();
    if (!interactive())
        return {};
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

void SaveFileDialog::setNextFileName(const QString &fileName)
{
    queue().append(fileName);
}

void SaveFileDialog::clearQueued()
{
    queue().clear();
}

void SaveFileDialog::setInteractive(bool on)
{
    interactive() = on;
}

} // namespace vangnet
