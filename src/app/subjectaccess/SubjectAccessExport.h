#pragma once

#include <QObject>

class QWidget;

namespace vangnet {

class Clock;
class Database;
class Session;

/// The inzageverzoek flow in the GUI: ask reference and format (SubjectAccessDialog), gather
/// the report, ask where to save it (FileDialog), write it. SubjectAccessService checks
/// the permission and audits; this class only asks and shows the outcome.
class SubjectAccessExport final : public QObject {
    Q_OBJECT
public:
    /// Dialogs open over `parent`, which also owns this object.
    SubjectAccessExport(const Database &db, const Session &session, const Clock &clock, QWidget *parent);

    /// Runs the flow for person `personId` (`personName` only for the dialog's text).
    void run(qint64 personId, const QString &personName);

Q_SIGNALS:
    /// The file was written and the export recorded.
    void exported(const QString &fileName);

private:
    QWidget *m_parent;
    const Database &m_db;
    const Session &m_session;
    const Clock &m_clock;
};

} // namespace vangnet
