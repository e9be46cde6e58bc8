#pragma once

#include "importing/ImportRows.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace vangnet {

/// The signal partner as the screens say it: "Huur · Woonstichting Zonnehof", or the type alone
/// when there is no name or the name repeats the type ("DUO", not "DUO · DUO").
inline QString partnerLabel(const QString &type, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(type, Qt::CaseInsensitive) == 0)
        return type;
    return type + QStringLiteral(" · ") + trimmed;
}

/// A stored early signal (vroegsignaal), as the household's timeline shows it.
struct SignalRecord {
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 personId = 0;         ///< 0 when the person was removed since
    qint64 batchId = 0;          ///< 0 = entered by hand
    QString partnerType;         ///< DDAS text, "Huur"
    QString partnerName;
    QString partnerSignalId;
    QDate signalDate;
    QDate arisenDate;            ///< invalid when unknown
    std::optional<qint64> amountCents;
    bool crisis = false;
    bool warmHandover = false;
    bool bsnInvalid = false;     ///< the file's BSN failed the 11-proef
    bool repeated = false;       ///< this partner signalled this person before
    QString status;              ///< "nieuw", …
};

/// A stored discharge notice (uitstroommelding).
struct DischargeRecord {
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 personId = 0;
    qint64 batchId = 0;
    QString noticeId;
    QString institutionType;     ///< "detentie", …
    QString institutionName;
    QDate expectedDate;
    QString channel;
    QString idDocument, shelter, income, debts, care; ///< "geregeld", "in_behandeling", "niet_geregeld", "onbekend"
    bool bsnInvalid = false;
    QString status;
    QString lifecycle;           ///< the stored lifecycle key (importing::DischargeLifecycle)
    qint64 supersededBy = 0;     ///< the newer notice that replaced this one; 0 when none
    QDateTime updatedAt;         ///< the last re-delivery or correction; invalid when never changed
};

/// A notice that may bring its household into the capacity outlook (docs/planner.md, "Capacity
/// outlook"): open as its lifecycle goes, with what the outlook needs to date and place it.
struct UpcomingDischarge {
    qint64 id = 0;
    qint64 householdId = 0;
    qint64 personId = 0;        ///< 0 when none
    QString institutionType;    ///< the stored key, "jeugdzorg", …
    QDate expectedDate;
    QString status;             ///< "nieuw", "in_behandeling", "afgesloten" (closed with its case)
    QDate personBirthDate;      ///< invalid when unknown
    int householdMembers = 0;
    bool linkedToActiveFlag = false; ///< an open flag of the household names this notice as evidence

    bool operator==(const UpcomingDischarge &) const = default;
};

} // namespace vangnet
