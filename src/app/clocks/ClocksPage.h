#pragma once

#include "clocks/ClockService.h"
#include "clocks/ClockSettings.h"
#include "security/Session.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QSpinBox;

namespace vangnet {

class DataChanges;

class Clock;
class Database;

namespace Ui {
class ClocksPage;
}

/// Termijnen: the team lead's page (Permission::ManageClocks). One row per clock with its days
/// and whether they are working days; Save stores every change at once, or shows why not (a
/// value out of range, discharge alerts out of order) and stores nothing. Core checks the
/// permission again on every call. Below them, the days off of a year that a working-day
/// deadline skips: the public holidays, and the days the government adds by decree, which the
/// team lead adds and removes here.
class ClocksPage final : public QWidget {
    Q_OBJECT
public:
    ClocksPage(const Database &db, const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~ClocksPage() override;

    /// Reads the stored settings into the form (done when the page is first shown).
    void refresh();
    /// Publishes its saved deadline settings and days off to the session's change channel (DataKind::Settings).
    void setDataChanges(DataChanges &changes);
    /// Opslaan: stores what the form shows; refused values are marked and named.
    void save();
    /// Puts the example policy (the shipped values) in the form, unsaved.
    void showExamplePolicy();
    /// What the form shows now.
    clocks::ClockSettings formSettings() const;

    /// The days box and the working-days box of one clock (tests set them).
    QSpinBox *daysBox(clocks::ClockKind kind) const;
    QCheckBox *workingDaysBox(clocks::ClockKind kind) const;
    /// The line under the page ("2 deadlines saved.", a refusal).
    QString statusText() const;
    /// The days off shown, "06-04-2026 Easter Monday" (translated names; an added day with its
    /// name and who added it), and the year shown.
    QStringList holidayRows() const;
    void setHolidayYear(int year);
    /// Toevoegen: the dialog for a day off by decree (its date suggested from the year shown).
    void addDayOff();
    /// Verwijderen: takes the selected added day off away again, after asking.
    void removeDayOff();
    /// Selects the row of a date in the days-off table (tests; false when it is not shown).
    bool selectDayOff(const QDate &date);

Q_SIGNALS:
    /// The stored settings changed: pages that show deadlines compute them again.
    void settingsChanged();


protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSettings(const clocks::ClockSettings &settings, bool stored);
    void markRefused(const QList<FieldError> &fields);
    void showStatus(const QString &text, bool problem = false);
    void showHolidays(int year);
    QDate selectedDayOff() const; ///< the added day off selected; invalid for a public holiday
    void reloadDaysOff();

    std::unique_ptr<Ui::ClocksPage> m_ui;
    Session m_session;
    ClockService m_service;
    const Clock &m_clock;
    clocks::ClockSettings m_stored;
    bool m_loaded = false;
};

} // namespace vangnet
