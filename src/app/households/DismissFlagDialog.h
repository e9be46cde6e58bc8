#pragma once

#include <QDialog>

#include <memory>

namespace vangnet {

namespace Ui {
class DismissFlagDialog;
}

/// "Signalering afwijzen": why a caseworker sets a flag aside. Only a non-empty reason is
/// accepted; it is stored with the flag and in the audit log.
class DismissFlagDialog final : public QDialog {
    Q_OBJECT
public:
    DismissFlagDialog(const QString &flagTitle, QWidget *parent = nullptr);
    ~DismissFlagDialog() override;

    QString reason() const;
    void setReason(const QString &reason);

    void accept() override;

private:
    std::unique_ptr<Ui::DismissFlagDialog> m_ui;
};

} // namespace vangnet
