#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace vangnet {

/// The small window a long export shows while BackgroundTask runs it: what is being written, a
/// progress bar and Cancel. Cancel, Esc and the window's close button all ask to stop
/// (cancelRequested); the owner hides it when the work is done. Its texts come from the owner,
/// translated in the owner's context.
class ProgressWindow final : public QDialog {
    Q_OBJECT
public:
    struct Texts {
        QString title; ///< window title, e.g. "Exporting list"
        QString name; ///< the window's accessible name
        QString labelName; ///< the accessible name of the "what is written" label
        QString barName; ///< the progress bar's accessible name
        QString cancel; ///< the button's text, with its mnemonic
        QString cancelName; ///< the button's accessible name
    };

    ProgressWindow(const Texts &texts, QWidget *parent);

    QProgressBar *bar() const { return m_bar; }
    void setText(const QString &text);
    /// Opens the window (window-modal) after a short delay if `running()` still holds then: a
    /// short export finishes before the window would only flash.
    void openWhile(const std::function<bool()> &running);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace vangnet
