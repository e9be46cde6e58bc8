#pragma once

#include "retention/RetentionPolicy.h"
#include "retention/RetentionService.h"
#include "security/Session.h"
#include "storage/DatabaseLocation.h"

#include <QWidget>

#include <memory>
#include <vector>

class QSpinBox;
class QThread;

namespace vangnet {

class Clock;
class Database;

namespace Ui {
class RetentionPage;
}

/// Bewaartermijnen: the administrator's page (Permission::ManageRetention). Sets the period per
/// category, shows what is due today (counts and dates, never household data), purges it after a
/// confirmation that names the counts, and lists the purges done. Core checks the permission
/// again on every call.
class RetentionPage final : public QWidget {
    Q_OBJECT
public:
    RetentionPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    /// Waits for a purge still running.
    ~RetentionPage() override;

    /// Reads the periods, what is due and the purge history again (done when the page is
    /// first shown, so building the administrator's window does not count the register).
    void refresh();
    /// Opslaan: stores every period whose spin box differs from the stored value.
    void savePeriods();
    /// Opschonen…: asks for confirmation (DialogRunner::confirm), then purges on a worker thread
    /// exactly what the due list shows; purgeFinished() follows.
    void purge();
    bool isPurging() const { return m_purgeThread != nullptr; }
    /// The period box of one category (tests set it).
    QSpinBox *periodBox(RetentionCategory category) const;
    /// What the due list shows.
    const QList<RetentionDue> &due() const { return m_due; }
    /// The line under the page ("4 households purged.", an error).
    QString statusText() const;

Q_SIGNALS:
    void purgeFinished();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Outcome {
        RetentionDue confirmed;
        Result<RetentionPurge> result;
    };

    void showPeriods(const QList<RetentionPeriod> &periods);
    void showDue();
    void showHistory();
    void finishPurge(const std::vector<Outcome> &outcomes);
    void showStatus(const QString &text, bool problem = false);

    std::unique_ptr<Ui::RetentionPage> m_ui;
    DatabaseLocation m_location;
    Session m_session;
    const Clock &m_clock;
    RetentionService m_service;
    QList<RetentionPeriod> m_periods;
    QList<RetentionDue> m_due;
    QThread *m_purgeThread = nullptr;
    bool m_loaded = false;
};

} // namespace vangnet
