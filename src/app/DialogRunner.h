#pragma once

#include <QList>
#include <QString>

#include <functional>

class QDialog;
class QWidget;

namespace vangnet {

/// Runs modal dialogs and questions. Tests queue answers here instead of clicking modal
/// windows (like KeePassXC's FileDialog::setNextFileName); with nothing queued, the real
/// dialog runs. Answers are used once, in the order they were queued.
class DialogRunner {
public:
    using Handler = std::function<int(QDialog &)>;

    /// dialog.exec(), or the next queued handler (which may fill the dialog and accept it).
    static int exec(QDialog &dialog);
    /// A yes/no question; true = yes.
    static bool confirm(QWidget *parent, const QString &title, const QString &text);
    /// An error the user must acknowledge.
    static void warn(QWidget *parent, const QString &title, const QString &text);
    /// A notice the user acknowledges (an export finished).
    static void inform(QWidget *parent, const QString &title, const QString &text);

    static void setNextHandler(Handler handler);
    static void setNextConfirmation(bool answer);
    /// The last warning shown (tests read it); cleared by clearQueued().
    static QString lastWarning();
    /// The text of the last question asked through confirm() (tests read it); cleared by clearQueued().
    static QString lastQuestion();
    /// The last notice shown by inform(); cleared by clearQueued().
    static QString lastInformation();
    static void clearQueued();
    /// Off in tests: nothing modal ever opens; unanswered dialogs are rejected, unanswered
    /// questions answered no, warnings only recorded.
    static void setInteractive(bool interactive);

private:
    static QList<Handler> &handlers();
    static QList<bool> &confirmations();
    static QString &warning();
    static QString &question();
    static QString &information();
    static bool &interactive();
};

} // namespace vangnet
