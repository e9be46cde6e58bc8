#pragma once

#include <QDialog>

#include <memory>

namespace vangnet {

namespace Ui {
class RevealBsnDialog;
}

/// "Toon BSN": asks why the user needs to see a member's BSN. The reason goes into the audit
/// record; the dialog only accepts a non-empty one. Suggestions cover the usual cases.
class RevealBsnDialog final : public QDialog {
    Q_OBJECT
public:
    RevealBsnDialog(const QString &personName, QWidget *parent = nullptr);
    ~RevealBsnDialog() override;

    QString reason() const;
    void setReason(const QString &reason);

    void accept() override;

private:
    std::unique_ptr<Ui::RevealBsnDialog> m_ui;
};

} // namespace vangnet
