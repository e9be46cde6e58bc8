#include "ChangedElsewhereBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace vangnet {

ChangedElsewhereBanner::ChangedElsewhereBanner(const QString &text, bool offerReload, QWidget *parent)
    : QFrame(parent), m_label(new QLabel(text, this))
{
    setObjectName(QStringLiteral("changedElsewhereBanner"));
    setAccessibleName(tr("Changed by a colleague"));
    // The key banner's colours, in amber: a warning, not an error (nothing was lost yet).
    setStyleSheet(QStringLiteral("#changedElsewhereBanner { background: #fff3cd; color: #3d2c00; }"));
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("Changed by a colleague"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_label, 1);
    if (offerReload) {
        auto *reload = new QPushButton(tr("&Reload"), this);
        reload->setObjectName(QStringLiteral("reloadButton"));
        reload->setAccessibleName(tr("Reload, discarding what was typed"));
        connect(reload, &QPushButton::clicked, this, &ChangedElsewhereBanner::reloadRequested);
        layout->addWidget(reload);
    }
    hide();
}

QString ChangedElsewhereBanner::text() const
{
    return m_label->text();
}

} // namespace vangnet
