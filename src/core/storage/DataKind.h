#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace vangnet {

/// What kind of data changed: the unit of the one "data changed" channel (the app's
/// DataChanges) and of the PostgreSQL change notifications (ChangeFeed). What the ids of a
/// change name depends on the kind; an empty list means "don't know / many".
enum class DataKind {
    Households, ///< a household, its members, its address or its notes; ids: households
    Needs,      ///< a household's housing need; ids: households
    Places,     ///< the place inventory: an import, a status, a placement; ids: places
    PlanRuns,   ///< a plan run stored, or an entry's workflow status; ids: households
    Cases,      ///< a case or its records (attempts, plan, notes, reminders, signals); ids: cases
    Flags,      ///< flags raised, resolved or dismissed; ids: households
    Signals,    ///< signals and discharge notices: an import, a manual entry, a withdrawn batch; ids: households
    Settings,   ///< deadline settings and extra days off (Termijnen); no ids
};

/// Every kind, e.g. to bring all pages up to date after the connection was back.
QList<DataKind> allDataKinds();
/// The kind's name in a change notification's payload ("households", "plan_runs", …).
QString dataKindName(DataKind kind);
/// The kind a payload names; nothing for a name this build does not know.
std::optional<DataKind> dataKindFromName(QStringView name);

} // namespace vangnet
