#pragma once

#include <QDate>
#include <QString>

#include <optional>

class QWidget;

namespace vangnet {

// What the planner page asks before a workflow step (PlannerPage); nullopt when cancelled.

/// The day the household moved in (Geplaatst…), today proposed.
std::optional<QDate> askPlacedOn(QWidget *parent, const QDate &today);
/// Why the household declined (Afgewezen…); the service refuses an empty reason with its message.
std::optional<QString> askDeclineReason(QWidget *parent);
/// The plek_id to pin the household to (Vastzetten op plek…), trimmed; nullopt when left empty.
std::optional<QString> askPinPlace(QWidget *parent);

} // namespace vangnet
