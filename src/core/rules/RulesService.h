#pragma once

#include "rules/AsOfHistory.h"
#include "rules/Flag.h"
#include "rules/RuleSet.h"
#include "support/Clock.h"
#include "support/Result.h"

#include <QDateTime>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace vangnet {
class Database;
class Session;
} // namespace vangnet

namespace vangnet::rules {

/// One stored version of the municipality's rule set (docs/rules.md). Versions are numbered
/// 1, 2, … and never change; the version in force on a day is the highest one whose
/// effective date is on or before it.
struct StoredRuleSet {
    int version = 0;
    QString source;
    QDate effectiveFrom;
    QString note;
    QString authorName;
    QDateTime createdAt;
};

/// A flag as stored, with its history: open, resolved by itself, or dismissed.
struct StoredFlag {
    qint64 id = 0;
    qint64 householdId = 0;
    Flag flag;
    QDate raisedOn;
    QDate resolvedOn;    ///< invalid while open
    QString resolution;  ///< "", "resolved" (facts no longer hold) or "dismissed"
    QString dismissedBy;
    QString dismissReason;

    bool isOpen() const { return !resolvedOn.isValid(); }
};

/// What an evaluation did.
struct EvaluationRun {
    QDate asOf;
    int ruleSetVersion = 0;
    int evaluated = 0;   ///< households evaluated
    bool stored = false; ///< flags written (an evaluation as of today); false for another date
    int raised = 0;      ///< new open flags
    int updated = 0;     ///< open flags whose facts or rule version changed
    int resolved = 0;    ///< flags whose facts no longer hold
    bool cancelled = false;
    /// As of a day before the status history began, statuses are those of the day it began.
    HistoryCoverage history;
};

/// What activating a candidate rule set would change today (or as of an earlier day), compared
/// with the one active today.
struct RulePreview {
    QDate asOf;
    int activeVersion = 0;
    int flaggedByActive = 0;    ///< households the active version flags now
    int flaggedByCandidate = 0; ///< households the candidate flags now
    QList<qint64> added;        ///< flagged by the candidate only (ascending)
    QList<qint64> dropped;      ///< flagged by the active version only (ascending)
    int failures = 0;           ///< rule evaluations the candidate could not complete
    bool cancelled = false;
    HistoryCoverage history;    ///< as EvaluationRun::history
};

using RulesProgress = std::function<bool(qint64 done, qint64 total)>;
/// Receives the households with flags or failures, by ascending id, as the evaluation goes (only
/// households the user may see): a run keeps none of them, so its memory does not grow with the
/// number of flags.
using EvaluationSink = std::function<void(const Evaluation &)>;

/// The signal-rules engine on the database: rule-set versions, evaluation (full or of some
/// households) with flags that resolve by themselves, dismissal, and the team lead's preview.
/// Permissions: reading and evaluating need ViewHouseholds (flags are shown only for the user's
/// own team), dismissing EditHouseholds, saving a rule set EditRules. Changes are audited.
class RulesService {
public:
    RulesService(const Database &db, const Clock &clock, const Session &session);

    /// Every version, newest first. An empty store gets the shipped default as version 1.
    Result<QList<StoredRuleSet>> ruleSets() const;
    /// The version in force on `day`.
    Result<StoredRuleSet> ruleSetOn(QDate day) const;

    /// Parses and type-checks rule text without saving (`vangnet-cli rules test`).
    static ParseResult check(const QString &text);

    /// How many households the candidate would flag today (or as of `asOf`, with the statuses of
    /// that day), and which differ from the version active today.
    Result<RulePreview> preview(const QString &candidate, const RulesProgress &progress = {},
                                std::optional<QDate> asOf = {}) const;
    /// Saves the text as a new version in force from `effectiveFrom` (not before today). Refuses
    /// text with errors (ErrorCode::Invalid, "regel L, kolom K: …").
    Result<StoredRuleSet> activate(const QString &text, QDate effectiveFrom, const QString &note);

    /// Evaluates every household. As of today (no date, or today's) the flags are stored;
    /// as of another day the result is only reported, so stored flags always mean "today".
    Result<EvaluationRun> evaluateAll(std::optional<QDate> asOf = {}, const RulesProgress &progress = {},
                                      const EvaluationSink &sink = {});
    /// The last day a full evaluation was stored (invalid when never): when it is before today,
    /// windows and ages have moved and the application evaluates again.
    Result<QDate> lastFullEvaluation() const;

    /// Evaluates these households as of today and stores their flags: after an import, an edit
    /// or a manual entry.
    Result<EvaluationRun> evaluateHouseholds(const QList<qint64> &householdIds, const EvaluationSink &sink = {});

    /// The household's flags, open ones first; with history also resolved and dismissed ones.
    Result<QList<StoredFlag>> flagsOf(qint64 householdId, bool withHistory = false) const;
    /// A caseworker sets an open flag aside with a reason. It stays dismissed while the rule
    /// keeps firing on the same evidence; new evidence raises a new flag.
    Result<void> dismiss(qint64 flagId, const QString &reason);

    /// Vangnet's default rule set as version 1 when there is none yet (a team server installs it
    /// at `server init`: a caseworker's login role may not write rule sets).
    static Result<void> installDefault(const QSqlDatabase &db, const Clock &clock);

private:
    Result<EvaluationRun> run(const QList<qint64> *householdIds, QDate asOf, bool store, const RulesProgress &progress,
                              const EvaluationSink &sink);
    Result<void> ensureDefault() const;
    /// How far the status history reaches for an evaluation as of `day` (complete from today on).
    Result<HistoryCoverage> coverageOn(QDate day) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
    const Session &m_session;
    const Database &m_database;
};

} // namespace vangnet::rules
