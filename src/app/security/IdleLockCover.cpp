#include "security/IdleLockCover.h"

#include <QEvent>
#include <QVBoxLayout>
#include <QLabel>

namespace vangnet {

IdleLockCover::IdleLockCover(QWidget *window) : QWidget(window)
{
    setAutoFillBackground(true);
    setAccessibleName(tr("Vangnet is locked"));
    auto *box = new QVBoxLayout(this);
    auto *label = new QLabel(tr("Vangnet is locked."), this);
    label->setAlignment(Qt::AlignCenter);
    box->addWidget(label);
    setGeometry(window->rect());
    window->installEventFilter(this);
    raise();
    show();
}

bool IdleLockCover::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        raise();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace vangnet
