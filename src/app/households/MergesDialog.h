#pragma once

#include "households/MergeRepository.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace vangnet {

class Clock;
class Database;
class Session;

/// The merges of the user's team, newest first, with "Undo merge" for the one selected
/// (HouseholdMergeService::undo; docs/duplicates.md, "Undo"). A refusal is shown with its reason.
class MergesDialog final : public QDialog {
    Q_OBJECT
public:
    MergesDialog(const Database &db, const Clock &clock, const Session &session, QWidget *parent = nullptr);

    /// Undoes the selected merge (what the button does); false with the reason shown when refused.
    bool undoSelected();
    int mergeCount() const;
    void selectMerge(qint64 mergeId);
    QString statusText() const;

Q_SIGNALS:
    /// A merge was undone: both households changed.
    void undone(qint64 kept, qint64 returned);

private:
    void reload();
    void updateButton();

    const Database &m_db;
    const Clock &m_clock;
    const Session &m_session;
    QList<households::MergeRecord> m_records;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace vangnet
