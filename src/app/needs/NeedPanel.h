#pragma once

#include "domain/Household.h"
#include "needs/HousingNeed.h"
#include "security/Session.h"

#include <QList>
#include <QWidget>

#include <utility>

#include <memory>
#include <optional>

class QLabel;

namespace vangnet {

class Clock;
class HouseholdService;

namespace needs {
class NeedService;
}

namespace places {
class PlaceService;
}

namespace Ui {
class NeedPanel;
}

/// A household's housing need (woonvraag) as it is stored, read-only, with "Record housing
/// need…" or "Change housing need…" (NeedDialog) and "Remove" for who may change the household.
/// The one view of a need: the household panel and the case screen's tab both show this panel.
/// A user who may not change the household sees no buttons; NeedService checks again.
class NeedPanel final : public QWidget {
    Q_OBJECT
public:
    /// `places` offers the inventory's wijken in the dialog; `households` reads a household
    /// named by id (showHousehold()).
    NeedPanel(needs::NeedService &needs, places::PlaceService &places, HouseholdService &households,
              const Session &session, const Clock &clock, QWidget *parent = nullptr);
    ~NeedPanel() override;

    /// Shows the need of a household that was read already.
    void setHousehold(const Household &household);
    /// Shows the need of household `id`. The household is read (and its opening audited) only
    /// while the panel is visible, so a case screen that never shows its tab never reads it.
    void showHousehold(qint64 id);
    /// Shows nothing.
    void clear();
    /// Reads the need again.
    void refresh();

    /// "Record housing need…" / "Change housing need…": the dialog, then the need as stored.
    void recordNeed();
    /// "Remove": asks for confirmation, then removes the need.
    void removeNeed();

    /// The household shown; nullopt when none (or it could not be read).
    const std::optional<Household> &household() const { return m_household; }
    /// The need shown; nullopt when the household has none.
    const std::optional<needs::HousingNeed> &need() const { return m_need; }
    /// Whether the record and remove buttons are offered.
    bool canEdit() const;
    /// What the panel says, one "caption value" line each (or its one message): for tests.
    QString summaryText() const;

Q_SIGNALS:
    /// The household's need was recorded, changed or removed here.
    void needChanged(qint64 householdId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    void showNeed();
    void showMessage(const QString &text, bool problem);
    QString applicantText(qint64 applicantId) const;
    /// The caption and value label of each line of the need, top to bottom.
    QList<std::pair<QLabel *, QLabel *>> rows() const;

    std::unique_ptr<Ui::NeedPanel> m_ui;
    needs::NeedService &m_needs;
    places::PlaceService &m_places;
    HouseholdService &m_households;
    Session m_session;
    const Clock &m_clock;
    bool m_problem = false; ///< the household or its need could not be read
    qint64 m_pendingId = 0; ///< a household to read once the panel is visible
    std::optional<Household> m_household;
    std::optional<needs::HousingNeed> m_need;
};

} // namespace vangnet
