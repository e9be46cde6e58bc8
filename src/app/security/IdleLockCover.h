#pragma once

#include <QWidget>

namespace vangnet {

/// An opaque sheet over one window while the application is locked, so an open dialog (a
/// household being edited) shows nothing of its contents. Hiding the dialog instead would end
/// its exec() and lose the user's input. Follows the window's size until deleted.
class IdleLockCover final : public QWidget {
    Q_OBJECT
public:
    explicit IdleLockCover(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace vangnet
