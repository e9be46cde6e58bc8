#pragma once

#include "cases/CaseService.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace vangnet {

namespace Ui {
class AssignDialog;
}

/// Toewijzen: choose a caseworker of the team (CaseService::workersFor) for one case or, for the
/// team lead, several at once. The save runs on OK; its refusal stays in the dialog.
class AssignDialog final : public QDialog {
    Q_OBJECT
public:
    /// The save gets the chosen user id (0 = unassigned) and returns "" or the refusal.
    using Save = std::function<QString(qint64 userId)>;

    /// `allowUnassigned` adds "Nobody (unassigned)"; `current` is preselected.
    AssignDialog(const QList<cases::CaseService::Worker> &workers, const QString &intro, bool allowUnassigned,
                 qint64 current, Save save, QWidget *parent = nullptr);
    ~AssignDialog() override;

    /// The chosen user, -1 when none is chosen.
    qint64 chosen() const;
    /// Selects the user; false when not on the list.
    bool choose(qint64 userId);
    QString errorText() const;

    void accept() override;

private:
    std::unique_ptr<Ui::AssignDialog> m_ui;
    Save m_save;
};

} // namespace vangnet
