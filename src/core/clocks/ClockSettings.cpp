#include "clocks/ClockSettings.h"

#include <algorithm>

#include <QCoreApplication>

namespace vangnet::clocks {

namespace {

/// The example policy of migration 9 (docs/clocks.md). Keep the two in step.
ClockSetting seeded(ClockKind kind)
{
    switch (kind) {
    case ClockKind::ContactOffer:
        return {kind, 14, false, {}, {}};
    case ClockKind::ThreateningDebt:
        return {kind, 3, true, {}, {}};
    case ClockKind::FirstConversation:
        return {kind, 28, false, {}, {}};
    case ClockKind::Decision:
        return {kind, 56, false, {}, {}};
    case ClockKind::DischargeAlert1:
        return {kind, 90, false, {}, {}};
    case ClockKind::DischargeAlert2:
        return {kind, 30, false, {}, {}};
    case ClockKind::DischargeAlert3:
        return {kind, 7, false, {}, {}};
    case ClockKind::DueSoon:
        return {kind, 3, false, {}, {}};
    // Migration 11 seeds these.
    case ClockKind::ConditionOnderdak:
        return {kind, 90, false, {}, {}};
    case ClockKind::ConditionIdBewijs:
        return {kind, 42, false, {}, {}};
    case ClockKind::ConditionSchulden:
        return {kind, 30, false, {}, {}};
    case ClockKind::ConditionInkomen:
        return {kind, 28, false, {}, {}};
    case ClockKind::ConditionZorg:
        return {kind, 14, false, {}, {}};
    case ClockKind::DischargeDatePast:
        return {kind, 90, false, {}, {}};
    case ClockKind::DischargeDateAhead:
        return {kind, 730, false, {}, {}};
    }
    return {kind, 1, false, {}, {}};
}

} // namespace

const QList<ClockKind> &allClocks()
{
    static const QList<ClockKind> all{ClockKind::ContactOffer, ClockKind::ThreateningDebt, ClockKind::FirstConversation,
        ClockKind::Decision, ClockKind::DischargeAlert1, ClockKind::DischargeAlert2, ClockKind::DischargeAlert3,
        ClockKind::DueSoon, ClockKind::ConditionOnderdak, ClockKind::ConditionIdBewijs, ClockKind::ConditionSchulden,
        ClockKind::ConditionInkomen, ClockKind::ConditionZorg, ClockKind::DischargeDatePast,
        ClockKind::DischargeDateAhead};
    return all;
}

const QList<ClockKind> &conditionClocks()
{
    // The checklist's order (cases::basicConditionKeys): id_bewijs, onderdak, inkomen, schulden, zorg.
    static const QList<ClockKind> all{ClockKind::ConditionIdBewijs, ClockKind::ConditionOnderdak,
        ClockKind::ConditionInkomen, ClockKind::ConditionSchulden, ClockKind::ConditionZorg};
    return all;
}

std::optional<ClockKind> conditionClock(const QString &conditionKey)
{
    if (conditionKey == QLatin1String("onderdak"))
        return ClockKind::ConditionOnderdak;
    if (conditionKey == QLatin1String("id_bewijs"))
        return ClockKind::ConditionIdBewijs;
    if (conditionKey == QLatin1String("schulden"))
        return ClockKind::ConditionSchulden;
    if (conditionKey == QLatin1String("inkomen"))
        return ClockKind::ConditionInkomen;
    if (conditionKey == QLatin1String("zorg"))
        return ClockKind::ConditionZorg;
    return std::nullopt;
}

QString offerStartKey(OfferStart rule)
{
    return rule == OfferStart::SignalDate ? QStringLiteral("signal_date") : QStringLiteral("later_of_signal_and_import");
}

QString offerStartLabel(OfferStart rule)
{
    return rule == OfferStart::SignalDate
        ? QCoreApplication::translate("vangnet::clocks", "The signal's date")
        : QCoreApplication::translate("vangnet::clocks", "The later of the signal's date and the day it was received");
}

std::optional<OfferStart> offerStartFromKey(const QString &key)
{
    for (OfferStart rule : {OfferStart::LaterOfSignalAndImport, OfferStart::SignalDate})
        if (offerStartKey(rule) == key)
            return rule;
    return std::nullopt;
}

QString clockKey(ClockKind kind)
{
    switch (kind) {
    case ClockKind::ContactOffer:
        return QStringLiteral("contact_offer");
    case ClockKind::ThreateningDebt:
        return QStringLiteral("threatening_debt");
    case ClockKind::FirstConversation:
        return QStringLiteral("first_conversation");
    case ClockKind::Decision:
        return QStringLiteral("decision");
    case ClockKind::DischargeAlert1:
        return QStringLiteral("discharge_alert_1");
    case ClockKind::DischargeAlert2:
        return QStringLiteral("discharge_alert_2");
    case ClockKind::DischargeAlert3:
        return QStringLiteral("discharge_alert_3");
    case ClockKind::DueSoon:
        return QStringLiteral("due_soon");
    case ClockKind::ConditionOnderdak:
        return QStringLiteral("condition_onderdak");
    case ClockKind::ConditionIdBewijs:
        return QStringLiteral("condition_id_bewijs");
    case ClockKind::ConditionSchulden:
        return QStringLiteral("condition_schulden");
    case ClockKind::ConditionInkomen:
        return QStringLiteral("condition_inkomen");
    case ClockKind::ConditionZorg:
        return QStringLiteral("condition_zorg");
    case ClockKind::DischargeDatePast:
        return QStringLiteral("discharge_date_past");
    case ClockKind::DischargeDateAhead:
        return QStringLiteral("discharge_date_ahead");
    }
    return {};
}

QString clockLabel(ClockKind kind)
{
    switch (kind) {
    case ClockKind::ContactOffer:
        return QCoreApplication::translate("vangnet::clocks", "Contact offer after a signal");
    case ClockKind::ThreateningDebt:
        return QCoreApplication::translate("vangnet::clocks",
            "First conversation after a request with a crisis intervention (eviction, "
            "disconnection, termination of the health insurance)");
    case ClockKind::FirstConversation:
        return QCoreApplication::translate("vangnet::clocks", "First conversation after the request for help");
    case ClockKind::Decision:
        return QCoreApplication::translate("vangnet::clocks", "Decision after the first conversation");
    case ClockKind::DischargeAlert1:
        return QCoreApplication::translate("vangnet::clocks", "First alert before a discharge date");
    case ClockKind::DischargeAlert2:
        return QCoreApplication::translate("vangnet::clocks", "Second alert before a discharge date");
    case ClockKind::DischargeAlert3:
        return QCoreApplication::translate("vangnet::clocks", "Last alert before a discharge date");
    case ClockKind::DueSoon:
        return QCoreApplication::translate("vangnet::clocks", "Show as due soon, before the due date");
    case ClockKind::ConditionOnderdak:
        return QCoreApplication::translate("vangnet::clocks", "Housing arranged, before a discharge date");
    case ClockKind::ConditionIdBewijs:
        return QCoreApplication::translate("vangnet::clocks", "Identity document arranged, before a discharge date");
    case ClockKind::ConditionSchulden:
        return QCoreApplication::translate("vangnet::clocks", "Debts in hand, before a discharge date");
    case ClockKind::ConditionInkomen:
        return QCoreApplication::translate("vangnet::clocks", "Income arranged, before a discharge date");
    case ClockKind::ConditionZorg:
        return QCoreApplication::translate("vangnet::clocks", "Care and health insurance arranged, before a discharge date");
    case ClockKind::DischargeDatePast:
        return QCoreApplication::translate("vangnet::clocks", "A delivered discharge date at most this far in the past");
    case ClockKind::DischargeDateAhead:
        return QCoreApplication::translate("vangnet::clocks", "A delivered discharge date at most this far ahead");
    }
    return {};
}

std::optional<ClockKind> clockFromKey(const QString &key)
{
    for (ClockKind kind : allClocks())
        if (clockKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString clockPeriodText(int days, bool workingDays)
{
    // Two sources instead of "%n day(s)": English reads right without an English translation
    // file, and Dutch has the same two forms (dag, dagen).
    if (workingDays)
        return days == 1 ? QCoreApplication::translate("vangnet::clocks", "1 working day")
                         : QCoreApplication::translate("vangnet::clocks", "%1 working days").arg(days);
    return days == 1 ? QCoreApplication::translate("vangnet::clocks", "1 day")
                     : QCoreApplication::translate("vangnet::clocks", "%1 days").arg(days);
}

ClockSettings ClockSettings::defaults()
{
    ClockSettings settings;
    for (ClockKind kind : allClocks())
        settings.m_settings << seeded(kind);
    return settings;
}

const ClockSetting &ClockSettings::of(ClockKind kind) const
{
    for (const ClockSetting &setting : m_settings)
        if (setting.kind == kind)
            return setting;
    // A set read from an older or partial table still answers every clock: with the example policy.
    static const ClockSettings fallback = defaults();
    return fallback.of(kind);
}

void ClockSettings::set(const ClockSetting &setting)
{
    for (ClockSetting &existing : m_settings)
        if (existing.kind == setting.kind) {
            existing = setting;
            return;
        }
    m_settings << setting;
}

void ClockSettings::setExtraDaysOff(QList<ExtraDayOff> days)
{
    std::sort(days.begin(), days.end(), [](const ExtraDayOff &a, const ExtraDayOff &b) { return a.date < b.date; });
    m_extraDaysOff = std::move(days);
    m_workingDays = WorkingDays(m_extraDaysOff);
}

std::optional<FieldError> validateClockSetting(const ClockSetting &setting)
{
    const QString key = clockKey(setting.kind);
    if (setting.days < minimumClockDays)
        return FieldError{key,
            QCoreApplication::translate("vangnet::clocks",
                "The deadline \"%1\" must be at least %2 day; %3 days "
                "is not a deadline.")
                .arg(clockLabel(setting.kind))
                .arg(minimumClockDays)
                .arg(setting.days)};
    if (setting.days > maximumClockDays)
        return FieldError{key,
            QCoreApplication::translate("vangnet::clocks",
                "The deadline \"%1\" can be at most %2 days (ten years), "
                "not %3.")
                .arg(clockLabel(setting.kind))
                .arg(maximumClockDays)
                .arg(setting.days)};
    return std::nullopt;
}

QList<FieldError> validateClockSettings(const ClockSettings &settings)
{
    QList<FieldError> errors;
    for (ClockKind kind : allClocks())
        if (auto error = validateClockSetting(settings.of(kind)))
            errors << *error;
    if (!errors.isEmpty())
        return errors;
    // Each later alert is fewer days before the discharge date; otherwise "the last alert" would
    // come first and the queue would show the alerts out of order.
    const ClockKind alerts[] = {ClockKind::DischargeAlert1, ClockKind::DischargeAlert2, ClockKind::DischargeAlert3};
    for (int i = 1; i < 3; ++i) {
        const ClockSetting &earlier = settings.of(alerts[i - 1]);
        const ClockSetting &later = settings.of(alerts[i]);
        if (later.days >= earlier.days)
            errors << FieldError{clockKey(later.kind),
                QCoreApplication::translate("vangnet::clocks",
                    "The deadline \"%1\" (%2 days) must be fewer days "
                    "before the discharge date than \"%3\" (%4 days).")
                    .arg(clockLabel(later.kind))
                    .arg(later.days)
                    .arg(clockLabel(earlier.kind))
                    .arg(earlier.days)};
    }
    return errors;
}

} // namespace vangnet::clocks
