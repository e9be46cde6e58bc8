#pragma once

#include <QList>
#include <QString>

class QWidget;

namespace vangnet {

/// File names from "Open" and "Save as" dialogs, through a seam tests can pre-answer
/// (KeePassXC's FileDialog::setNextFileName). With nothing queued and DialogRunner
/// interactive, the real dialog runs; otherwise the answer is "" (cancelled).
class FileDialog {
public:
    /// `selectedFilter` (may be null) receives the filter the user chose in the real dialog; a
    /// queued answer leaves it as it is.
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &suggested,
                                   const QString &filter, QString *selectedFilter = nullptr);
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    /// A folder to write into (a batch export); the same queue answers it.
    static QString getExistingDirectory(QWidget *parent, const QString &caption, const QString &start);
    static void setNextFileName(const QString &fileName);
    static void clearQueued();
    static void setInteractive(bool interactive);

private:
    static QList<QString> &queue();
    static bool &interactive();
};

} // namespace vangnet
