#pragma once

#include "cases/Case.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

namespace vangnet {

namespace cases {
class CaseService;
}

/// Texts about a case that several screens share: its short title, who changed it last, and
/// what a refused save means to the person who typed it.
class CaseText {
    Q_DECLARE_TR_FUNCTIONS(vangnet::CaseText)
public:
    /// "Case 12 · Visser"
    static QString title(const cases::Case &record, const QString &householdName);
    /// "Version 3, changed 01-06-2025 14:02 by Carla Consulent"
    static QString version(const cases::Case &record);
    /// The service's message, then what to do: for a stale save, that the typed values are
    /// kept and the case can be reloaded.
    static QString refusal(const Error &error, bool stale);
    /// Whether a refused save met a case someone else saved since `read` was read: StaleEdit, or
    /// another refusal (a transition no longer allowed) on a case whose version moved on.
    static bool isStale(const Error &error, const cases::CaseService &service, const cases::Case &read);
    /// After a reload: the case's state now, so the user can check their input against it.
    static QString reloaded(const cases::Case &record);
    /// "Request for debt help · registered 01-12-2026 · crisis: Eviction · first conversation
    /// 02-12-2026", or the type alone for an early-signal or aftercare case.
    static QString typeText(const cases::Case &record);
    /// The label of the button that moves a case to `to` ("Start working on it", "Reopen", …).
    static QString moveLabel(cases::CaseStatus from, cases::CaseStatus to);
};

} // namespace vangnet
