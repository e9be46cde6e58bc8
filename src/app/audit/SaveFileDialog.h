#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace vangnet {

/// "Save as" file names through a seam tests can pre-answer (KeePassXC's
/// FileDialog::setNextFileName). With nothing queued and DialogRunner interactive, the real
/// dialog runs; otherwise the answer is "" (cancelled). Move to src/app/ once a second
/// feature exports.
class SaveFileDialog {
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                   const QString &filter);
    static void setNextFileName(const QString &fileName);
    static void clearQueued();
    static void setInteractive(bool interactive);

private:
    static QList<QString> &queue();
    static bool &interactive();
};

} // namespace vangnet
