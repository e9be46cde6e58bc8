#pragma once

#include "cases/CaseService.h"
#include "security/Session.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace vangnet {

class CaseWidget;
class Clock;
class DataChanges;
enum class DataKind;
class Database;

/// Opens case screens as windows of their own beside the main window (one per case: opening
/// it again raises it), from the work queue and the household panel. With setDataChanges() it
/// publishes the cases changed here (DataKind::Cases), reads its windows again when cases or
/// housing needs change elsewhere in the session, and shows a window's "changed by a colleague"
/// notice when a colleague changes its case (keeping what was typed).
class CaseWindows final : public QObject {
    Q_OBJECT
public:
    /// The windows belong to `owner` (the main window): they close with it and lock with it.
    CaseWindows(const Database &db, const Session &session, const Clock &clock, QWidget *owner);
    ~CaseWindows() override;

    /// Shows the case's window (made when needed, else raised).
    CaseWidget *open(qint64 caseId);
    /// The household's open case; without one, asks and then opens a new case.
    CaseWidget *openForHousehold(qint64 householdId, const QString &householdName);
    /// The open window of the case; nullptr when none.
    CaseWidget *windowFor(qint64 caseId) const;
    /// Windows open now.
    QList<CaseWidget *> windows() const;
    /// Reads every open case window again (the queue changed an assignment).
    void reloadAll();
    /// Takes part in the session's change channel (MainWindow passes it).
    void setDataChanges(DataChanges &changes);

Q_SIGNALS:
    void caseChanged(qint64 caseId, qint64 householdId);
    void householdRequested(qint64 householdId);

private:
    void onChanged(DataKind kind, const QList<qint64> &ids);
    void onColleagueChanged(DataKind kind, const QList<qint64> &ids);

    const Database &m_db;
    Session m_session;
    const Clock &m_clock;
    QWidget *m_owner = nullptr;
    cases::CaseService m_cases;
    QHash<qint64, QPointer<CaseWidget>> m_windows;
    bool m_colleagueChange = false; ///< the change being passed on is a colleague's
    qint64 m_publishing = 0;        ///< the case whose change is being published from here
};

} // namespace vangnet
