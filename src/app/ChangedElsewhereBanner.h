#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace vangnet {

/// The notice above an open edit form whose record a colleague changed meanwhile (a change
/// that reached DataChanges::changedByColleague()): says so at once, before the optimistic
/// `version` check refuses the save. Hidden until shown; what was typed stays as it is.
class ChangedElsewhereBanner final : public QFrame {
    Q_OBJECT
public:
    /// `text` says what changed; with `offerReload` a "Reload" button emits reloadRequested().
    ChangedElsewhereBanner(const QString &text, bool offerReload, QWidget *parent = nullptr);

    QString text() const;

Q_SIGNALS:
    void reloadRequested();

private:
    QLabel *m_label = nullptr;
};

} // namespace vangnet
