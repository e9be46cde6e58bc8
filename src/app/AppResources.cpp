#include "AppResources.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QEvent>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initVangnetResource()
{
    Q_INIT_RESOURCE(vangnet);
}

namespace vangnet {

namespace {

/// Gives the pop-up list of every combo box a name before it is first shown: a screen reader
/// announces the list when it opens, and Qt leaves it nameless. The name follows the box's own
/// ("District: choices"); a list named in code keeps its name.
class ComboListNamer final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Polish)
            if (auto *combo = qobject_cast<QComboBox *>(watched); combo && combo->view()->accessibleName().isEmpty())
                combo->view()->setAccessibleName(
                    combo->accessibleName().isEmpty()
                        ? QCoreApplication::translate("vangnet::AppResources", "Choices")
                        : QCoreApplication::translate("vangnet::AppResources", "%1: choices").arg(combo->accessibleName()));
        return false;
    }
};

} // namespace

void initAppResources()
{
    initVangnetResource();
    static bool namerInstalled = false;
    if (!namerInstalled && qApp) {
        qApp->installEventFilter(new ComboListNamer(qApp));
        namerInstalled = true;
    }
}

} // namespace vangnet
