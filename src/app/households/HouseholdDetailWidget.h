#pragma once

#include "domain/Household.h"

#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

namespace vangnet {

class Clock;
class HouseholdService;
class NeedPanel;
class Session;
class ZrmHistoryWidget;
class ZrmService;

namespace cases {
class CaseService;
}

namespace rules {
class RulesService;
}

namespace Ui {
class HouseholdDetailWidget;
}

/// The selected household beside the list: address, members, notes. Adds notes and removes
/// the household itself; editing is left to the page (it owns the household dialog).
class HouseholdDetailWidget final : public QWidget {
    Q_OBJECT
public:
    /// Notes are signed with the session user's name; without EditHouseholds the panel is read-only.
    HouseholdDetailWidget(HouseholdService &service, const Session &session, const Clock &clock,
                          QWidget *parent = nullptr);
    ~HouseholdDetailWidget() override;

    /// Shows the household's flags (Signaleringen) and re-evaluates them after a manual entry;
    /// without it the flags section stays hidden.
    void setRules(rules::RulesService *rules);

    /// Offers "Open case" (or "New case…" when the household has no open case); without it the
    /// button stays hidden. The case screen itself is opened by whoever handles caseRequested().
    void setCases(cases::CaseService *cases);
    /// The household's open case id as last shown, 0 when none.
    qint64 openCaseId() const { return m_openCaseId; }
    /// Shows the household's ZRM history and, with WorkCases, the "ZRM…" button; without it the
    /// ZRM section stays hidden.
    void setZrm(ZrmService *zrm);

    /// Shows the household's housing need in `panel` (taken over); without it the section stays hidden.
    void setNeedPanel(NeedPanel *panel);
    /// The housing need panel; nullptr without setNeedPanel().
    NeedPanel *needPanel() const { return m_needPanel; }

    /// Shows the household (0 = nothing selected). Reads it fresh from the database.
    void showHousehold(qint64 id);
    const std::optional<Household> &household() const { return m_household; }

    /// Adds the text in the note field as a note by the current user.
    void addNote();
    /// Asks for confirmation, then removes the household.
    void removeHousehold();
    /// "Toon BSN" for the member in `row`: asks the reason, has the service record it, then
    /// shows the full BSN in that row until another household is shown.
    void revealBsn(int row);
    /// Manual entry of an early signal or a discharge notice on the shown household.
    void addSignal();
    void addDischarge();
    /// "ZRM…": a ZRM assessment of the shown household; its history and flags follow.
    void assessZrm();
    /// The ZRM history shown in the panel; nullptr without setZrm().
    ZrmHistoryWidget *zrmHistory() const { return m_zrmHistory; }

    /// The member selected in the members table; nullptr when none.
    const Person *selectedMember() const;

    /// Selects the timeline entry of this evidence ("signal:<id>", "discharge:<id>"); false when absent.
    bool showEvidence(const QString &key);

Q_SIGNALS:
    void editRequested(qint64 id);
    /// The household's flags changed (a manual entry was evaluated, a flag dismissed).
    void flagsChanged(qint64 id);
    void householdRemoved(qint64 id);
    /// "Open case" / "New case…" for the shown household.
    void caseRequested(qint64 householdId, const QString &householdName);
    /// "Subject access export…" for the selected member (handled by SubjectAccessExport).
    void subjectAccessRequested(qint64 personId, const QString &name);
    /// "Print summary…" for the shown household (handled by CaseSummaryExporter).
    void summaryRequested(qint64 householdId);

private:
    void showMembers(const Household &household);
    void showNotes(qint64 id);
    /// Signals and discharge notices on one list, by date, newest first.
    void showTimeline(qint64 id);
    QString ageText(const QDate &born) const;
    void updateRevealButton();
    /// After a manual entry (which the service evaluated with it): show the flags again.
    void refreshFlags();
    void updateCaseButton();
    /// Wipes the BSNs shown by "BSN tonen" (the table shows the mask again afterwards).
    void forgetRevealed();

    std::unique_ptr<Ui::HouseholdDetailWidget> m_ui;
    HouseholdService &m_service;
    const Clock &m_clock;
    bool m_canEdit = false;
    bool m_canWorkCases = false;
    rules::RulesService *m_rules = nullptr;
    cases::CaseService *m_cases = nullptr;
    qint64 m_openCaseId = 0;
    ZrmService *m_zrm = nullptr;
    ZrmHistoryWidget *m_zrmHistory = nullptr;
    NeedPanel *m_needPanel = nullptr;
    std::optional<Household> m_household;
    /// BSNs shown by "BSN tonen": the same buffers the table's items hold (implicit sharing),
    /// wiped when the household makes way for another or the widget goes.
    QStringList m_revealed;
};

} // namespace vangnet
