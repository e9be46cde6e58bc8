#pragma once

#include <QDialog>

#include <memory>

namespace vangnet {

class Clock;
class Database;
class Session;

namespace Ui {
class ImportBatchesDialog;
}

/// "Importpartijen": the imports of the user's own team with file, who imported, when and
/// counts; a batch nobody has worked on yet can be withdrawn (its signals, and the households
/// it created). ImportService scopes both to the team.
class ImportBatchesDialog final : public QDialog {
    Q_OBJECT
public:
    ImportBatchesDialog(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~ImportBatchesDialog() override;

    void reload();
    /// Asks for confirmation, then withdraws the selected batch.
    void withdrawSelected();
    bool changed() const { return m_changed; }

private:
    std::unique_ptr<Ui::ImportBatchesDialog> m_ui;
    const Database &m_db;
    const Session &m_session;
    const Clock &m_clock;
    bool m_changed = false;
};

} // namespace vangnet
