#pragma once

#include "clocks/Holidays.h"
#include "support/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace vangnet::clocks {

/// The configurable deadlines (docs/clocks.md). Stored in clock_settings; the seeded
/// values are an example policy that a team lead changes.
enum class ClockKind {
    ContactOffer,      ///< offer of contact after a signal (from the earliest open signal)
    ThreateningDebt,   ///< first conversation after a crisis signal (eviction, disconnection)
    FirstConversation, ///< first conversation after the case was opened
    Decision,          ///< decision after the first conversation
    DischargeAlert1,   ///< first alert, days before an expected discharge date (90)
    DischargeAlert2,   ///< second alert (30)
    DischargeAlert3,   ///< last alert (7)
    DueSoon,           ///< a deadline this many days ahead shows as "due soon"
    // Lead times: the days before an expected discharge by which each basic condition should be
    // arranged (policy, not law; suggested by the aftercare practice of arranging housing first).
    ConditionOnderdak,   ///< onderdak (housing), 90
    ConditionIdBewijs,   ///< ID-bewijs (identity document), 42
    ConditionSchulden,   ///< schulden (debts in hand), 30
    ConditionInkomen,    ///< inkomen (income), 28
    ConditionZorg,       ///< zorg(verzekering) (care and health insurance), 14
    // Bounds on a delivered discharge date (policy): how far before the delivery day and how far
    // after it a re-delivered notice may put the discharge. A date outside is refused.
    DischargeDatePast,   ///< 90 days back
    DischargeDateAhead,  ///< 730 days ahead
};

/// The lead-time clock of a basic condition key ("onderdak", …); nullopt for another key.
std::optional<ClockKind> conditionClock(const QString &conditionKey);
/// The lead-time clocks, in the order the checklist lists the conditions.
const QList<ClockKind> &conditionClocks();

const QList<ClockKind> &allClocks();
QString clockKey(ClockKind kind);   ///< the clock_settings key: "contact_offer", …, "due_soon"
QString clockLabel(ClockKind kind); ///< translated, e.g. "Contact offer after a signal"
std::optional<ClockKind> clockFromKey(const QString &key);
/// "28 days", "1 working day": a period as the screens say it (translated).
QString clockPeriodText(int days, bool workingDays);

/// When the contact-offer clock starts (clock option contact_offer_start, docs/clocks.md).
enum class OfferStart {
    LaterOfSignalAndImport, ///< the later of the signal's date and the day it was received (default)
    SignalDate,             ///< the signal's own date
};
QString offerStartKey(OfferStart rule); ///< "later_of_signal_and_import", "signal_date"
QString offerStartLabel(OfferStart rule); ///< translated
std::optional<OfferStart> offerStartFromKey(const QString &key);

/// The contact-offer start as stored, with who set it last (invalid/empty for the default).
struct OfferStartSetting {
    OfferStart rule = OfferStart::LaterOfSignalAndImport;
    QDateTime updatedAt;
    QString updatedBy;
};

struct ClockSetting {
    ClockKind kind = ClockKind::ContactOffer;
    int days = 1;             ///< > 0
    bool workingDays = false; ///< count working days: Monday–Friday except public holidays
    QDateTime updatedAt;      ///< invalid for the seeded value
    QString updatedBy;
};

/// All settings, one per ClockKind.
class ClockSettings {
public:
    /// The seeded example policy (the values of migration 9).
    static ClockSettings defaults();

    const ClockSetting &of(ClockKind kind) const;
    void set(const ClockSetting &setting);
    const QList<ClockSetting> &all() const { return m_settings; }

    OfferStart offerStart() const { return m_offerStart.rule; }
    const OfferStartSetting &offerStartSetting() const { return m_offerStart; }
    void setOfferStart(OfferStartSetting setting) { m_offerStart = std::move(setting); }

    /// The extra days off a team lead entered, in date order, and the working days they leave.
    const QList<ExtraDayOff> &extraDaysOff() const { return m_extraDaysOff; }
    void setExtraDaysOff(QList<ExtraDayOff> days);
    const WorkingDays &workingDays() const { return m_workingDays; }

private:
    QList<ClockSetting> m_settings;
    OfferStartSetting m_offerStart;
    QList<ExtraDayOff> m_extraDaysOff;
    WorkingDays m_workingDays;
};

/// The range a team lead may set: at least one day, at most ten years.
constexpr int minimumClockDays = 1;
constexpr int maximumClockDays = 3650;

/// A field error (field = the clock key) when the setting's days are outside 1…3650.
std::optional<FieldError> validateClockSetting(const ClockSetting &setting);
/// Every field error of a whole set: each setting's range, and the discharge alerts in order
/// (first > second > last, counted in days before the discharge date).
QList<FieldError> validateClockSettings(const ClockSettings &settings);

} // namespace vangnet::clocks
