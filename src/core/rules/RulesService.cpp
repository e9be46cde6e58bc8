#include "rules/RulesService.h"

#include "audit/AuditLog.h"
#include "households/HouseholdService.h"
#include "rules/DefaultRules.h"
#include "rules/Evaluator.h"
#include "rules/FactsLoader.h"
#include "rules/FlagStore.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"
#include "support/IsoDate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace vangnet::rules {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vangnet::rules::RulesService", text);
}

Error parseRefusal(const ParseResult &parsed)
{
    QStringList lines;
    for (const ParseError &e : parsed.errors)
        lines << e.toString();
    return Error(ErrorCode::Invalid, lines.join(QLatin1Char('\n')));
}

/// Households evaluated, read and written together in a full evaluation: enough for both cores to
/// share the work, few enough that the slice's flags and explanations stay a few megabytes.
constexpr qsizetype sliceSize = 8192;

/// Evaluates facts [from, to) as of `asOf` into `out` (resized to to - from), split over the
/// machine's cores: one Evaluator per thread, the compiled rules shared read-only. The calling
/// thread takes the first share and reports progress as `done` of `total` from `doneBefore`;
/// false when `progress` asked to stop (the results are then incomplete).
bool evaluateEach(const RuleSet &ruleSet, const QList<HouseholdFacts> &facts, qsizetype from, qsizetype to, QDate asOf,
                  std::vector<Evaluation> &out, const RulesProgress &progress, qint64 doneBefore, qint64 total)
{
    const qsizetype count = to - from;
    out.assign(static_cast<std::size_t>(count), Evaluation{});
    const int threads = count < 2000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    const qsizetype share = (count + threads - 1) / threads;
    std::atomic_bool stop = false;
    auto work = [&](qsizetype first, qsizetype last, bool reports) {
        Evaluator evaluator(ruleSet);
        for (qsizetype i = first; i < last && !stop; ++i) {
            if (reports && progress && (i - first) % 1000 == 0 && !progress(doneBefore + i * threads, total))
                stop = true;
            out[static_cast<std::size_t>(i)] = evaluator.evaluate(facts[from + i], asOf);
        }
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t)
        helpers.emplace_back(work, t * share, std::min(count, (t + 1) * share), false);
    work(0, std::min(count, share), true);
    for (std::thread &h : helpers)
        h.join();
    return !stop;
}

} // namespace

RulesService::RulesService(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection()), m_clock(clock), m_session(session), m_database(db)
{
}

ParseResult RulesService::check(const QString &text)
{
    return parseRuleSet(text);
}

Result<void> RulesService::ensureDefault() const
{
    return installDefault(m_db, m_clock);
}

Result<void> RulesService::installDefault(const QSqlDatabase &db, const Clock &clock)
{
    auto q = runSql(db, QStringLiteral("SELECT COUNT(*) FROM rule_sets"), {}, "read rule sets");
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toLongLong() > 0)
        return success();
    q->finish();
    // ON CONFLICT: two sessions starting together both try to install it; one row results.
    auto inserted = runSql(db, QStringLiteral("INSERT INTO rule_sets (version, source, effective_from, note, author_name, "
                                                "created_at) VALUES (1, ?, '2000-01-01', ?, 'Vangnet', ?) "
                                                "ON CONFLICT DO NOTHING"),
                           {defaultRuleSetText(), QStringLiteral("Standaardregels van Vangnet (docs/rules.md)"),
                            timestampToSql(clock.now())},
                           "install the default rules");
    if (!inserted)
        return inserted.error();
    return success();
}

Result<QList<StoredRuleSet>> RulesService::ruleSets() const
{
    if (auto allowed = m_session.require(Permission::ViewHouseholds); !allowed)
        if (auto editor = m_session.require(Permission::EditRules); !editor)
            return AccessGuard(m_db, m_clock, m_session).refuse(allowed.error(), QStringLiteral("rule_set"));
    if (auto installed = ensureDefault(); !installed)
        return installed.error();
    auto q = runSql(m_db, QStringLiteral("SELECT version, source, effective_from, note, author_name, created_at FROM rule_sets "
                                         "ORDER BY version DESC"),
                    {}, "read rule sets");
    if (!q)
        return q.error();
    QList<StoredRuleSet> out;
    while (q->next())
        out << StoredRuleSet{q->value(0).toInt(), q->value(1).toString(),
                             QDate::fromString(q->value(2).toString(), Qt::ISODate), q->value(3).toString(),
                             q->value(4).toString(), timestampFromSql(q->value(5))};
    return out;
}

Result<StoredRuleSet> RulesService::ruleSetOn(QDate day) const
{
    auto all = ruleSets();
    if (!all)
        return all.error();
    for (const StoredRuleSet &set : *all) // newest first
        if (set.effectiveFrom <= day)
            return set;
    return Error(ErrorCode::NotFound, tr("No rule set is in force on %1.").arg(day.toString(QStringLiteral("d-M-yyyy"))));
}

namespace {

/// Every case action re-evaluates its household, so the rule set in force is parsed once and kept:
/// a compiled set is immutable and safe to share between threads (Node.h).
Result<RuleSet> compile(const StoredRuleSet &stored)
{
    static std::mutex guard;
    static std::optional<RuleSet> last;
    {
        const std::lock_guard lock(guard);
        if (last && last->version == stored.version && last->text == stored.source)
            return *last;
    }
    ParseResult parsed = parseRuleSet(stored.source);
    if (!parsed.ok()) // the text was checked when saved; only a newer language could refuse it now
        return parseRefusal(parsed);
    parsed.ruleSet.version = stored.version;
    const std::lock_guard lock(guard);
    last = parsed.ruleSet;
    return parsed.ruleSet;
}

} // namespace

Result<RulePreview> RulesService::preview(const QString &candidate, const RulesProgress &progress,
                                          std::optional<QDate> asOf) const
{
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::EditRules, QStringLiteral("rule_set"), 0,
                                                                     QStringLiteral("attempt:preview"));
        !allowed)
        return allowed.error();
    ParseResult parsed = parseRuleSet(candidate);
    if (!parsed.ok())
        return parseRefusal(parsed);
    RulePreview preview;
    const QDate today = m_clock.today();
    preview.asOf = asOf.value_or(today);
    auto active = ruleSetOn(today);
    if (!active)
        return active.error();
    auto activeRules = compile(*active);
    if (!activeRules)
        return activeRules.error();
    preview.activeVersion = active->version;
    parsed.ruleSet.version = active->version + 1;

    auto covered = coverageOn(preview.asOf);
    if (!covered)
        return covered.error();
    preview.history = *covered;
    auto facts = FactsLoader(m_db, preview.asOf < today ? preview.asOf : QDate()).loadAll();
    if (!facts)
        return facts.error();
    // Both rule sets on each slice in turn: the bar counts 2 × households.
    const qint64 total = facts->size();
    std::vector<Evaluation> before, after;
    for (qsizetype from = 0; from < total; from += sliceSize) {
        const qsizetype to = std::min<qsizetype>(total, from + sliceSize);
        if (!evaluateEach(*activeRules, *facts, from, to, preview.asOf, before, progress, 2 * from, 2 * total) ||
            !evaluateEach(parsed.ruleSet, *facts, from, to, preview.asOf, after, progress, 2 * from + (to - from), 2 * total)) {
            preview.cancelled = true;
            return preview;
        }
        for (std::size_t i = 0; i < after.size(); ++i) {
            const bool was = !before[i].flags.isEmpty();
            const bool flagged = !after[i].flags.isEmpty();
            preview.failures += static_cast<int>(after[i].failures.size());
            preview.flaggedByActive += was ? 1 : 0;
            preview.flaggedByCandidate += flagged ? 1 : 0;
            if (flagged && !was)
                preview.added << after[i].householdId;
            if (was && !flagged)
                preview.dropped << after[i].householdId;
        }
    }
    if (progress)
        (void)progress(2 * total, 2 * total);
    return preview;
}

Result<StoredRuleSet> RulesService::activate(const QString &text, QDate effectiveFrom, const QString &note)
{
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::EditRules, QStringLiteral("rule_set")); !allowed)
        return allowed.error();
    const ParseResult parsed = parseRuleSet(text);
    if (!parsed.ok())
        return parseRefusal(parsed);
    const QDate today = m_clock.now().toLocalTime().date();
    if (!effectiveFrom.isValid() || effectiveFrom < today)
        return Error(ErrorCode::Invalid, tr("A new rule set takes effect today or later, not on an earlier day."));
    if (auto installed = ensureDefault(); !installed)
        return installed.error();

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun.error();
    auto next = runSql(m_db, QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM rule_sets"), {}, "number rule set");
    if (!next)
        return next.error();
    const int version = next->next() ? next->value(0).toInt() : 1;
    next->finish();
    const QDateTime now = m_clock.now();
    StoredRuleSet stored{version, text, effectiveFrom, note.trimmed(), m_session.user().displayName, now};
    if (auto inserted = runSql(m_db, QStringLiteral("INSERT INTO rule_sets (version, source, effective_from, note, author_name, "
                                                    "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                               {version, text, isoDate(effectiveFrom), stored.note, stored.authorName, timestampToSql(now)},
                               "save rule set");
        !inserted)
        return inserted.error();
    if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::RulesChange, QStringLiteral("rule_set"), version,
                                                      AuditResult::Success, {},
                                                      QStringLiteral("effective:%1 rules:%2").arg(isoDate(effectiveFrom))
                                                          .arg(parsed.ruleSet.rules.size()));
        !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    spdlog::info("rule set version {} saved, in force from {}", version, isoDate(effectiveFrom).toStdString());
    return stored;
}

Result<EvaluationRun> RulesService::evaluateAll(std::optional<QDate> asOf, const RulesProgress &progress,
                                               const EvaluationSink &sink)
{
    const QDate today = m_clock.now().toLocalTime().date();
    const QDate day = asOf.value_or(today);
    return run(nullptr, day, day == today, progress, sink);
}

Result<EvaluationRun> RulesService::evaluateHouseholds(const QList<qint64> &householdIds, const EvaluationSink &sink)
{
    return run(&householdIds, m_clock.now().toLocalTime().date(), true, {}, sink);
}

Result<EvaluationRun> RulesService::run(const QList<qint64> *householdIds, QDate asOf, bool store,
                                        const RulesProgress &progress, const EvaluationSink &sink)
{
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::ViewHouseholds, QStringLiteral("rule_set"), 0,
                                                                     QStringLiteral("attempt:evaluate"));
        !allowed)
        return allowed.error();
    EvaluationRun out;
    out.asOf = asOf;
    auto stored = ruleSetOn(asOf);
    if (!stored)
        return stored.error();
    auto ruleSet = compile(*stored);
    if (!ruleSet)
        return ruleSet.error();
    out.ruleSetVersion = stored->version;
    if (householdIds && householdIds->isEmpty())
        return out;

    Transaction tx(m_db); // one snapshot to read, and every change or none
    if (store)
        if (auto begun = tx.beginResult(); !begun)
            return begun.error();
    // A day before today is judged with the statuses of that day (docs/rules.md, "As of a past day").
    auto covered = coverageOn(asOf);
    if (!covered)
        return covered.error();
    out.history = *covered;
    const FactsLoader loader(m_db, asOf < m_clock.today() ? asOf : QDate());
    auto facts = householdIds ? loader.load(*householdIds) : loader.loadAll(); // ascending household id
    if (!facts)
        return facts.error();

    // Slice by slice: evaluate, compare with the slice's stored flags, write what changed, hand
    // the results on. A few households (after an edit or import) are read by id, a full run by
    // id range, so both read only their own flags.
    const QString now = timestampToSql(m_clock.now());
    FlagStore flags(m_db, asOf, now);
    const qint64 total = facts->size();
    const qsizetype slice = householdIds ? 500 : sliceSize;
    std::vector<Evaluation> evaluations;
    for (qsizetype from = 0; from < total; from += slice) {
        const qsizetype to = std::min<qsizetype>(total, from + slice);
        if (!evaluateEach(*ruleSet, *facts, from, to, asOf, evaluations, progress, from, total)) {
            EvaluationRun cancelled;
            cancelled.cancelled = true;
            return cancelled; // nothing stored: the transaction rolls back
        }
        QList<qint64> ids;
        if (householdIds)
            for (qsizetype i = from; i < to; ++i)
                ids << facts->at(i).householdId;
        if (auto read = householdIds ? flags.readIds(ids) : flags.readRange(facts->at(from).householdId, facts->at(to - 1).householdId);
            !read)
            return read.error();
        for (const Evaluation &evaluation : evaluations) {
            ++out.evaluated;
            for (const EvaluationFailure &failure : evaluation.failures)
                spdlog::warn("rule {} (version {}) skipped for household {}: {}", failure.ruleId.toStdString(),
                             failure.ruleVersion, evaluation.householdId, failure.message.toStdString());
            if (store)
                if (auto written = flags.write(evaluation, out); !written)
                    return written.error();
            if (sink && (!evaluation.flags.isEmpty() || !evaluation.failures.isEmpty()) &&
                m_session.canSeeTeam(flags.teamOf(evaluation.householdId)))
                sink(evaluation);
        }
    }
    const QString day = isoDate(asOf);
    if (store) {
        if (!householdIds)
            if (auto noted = runSql(m_db, QStringLiteral(
                    "INSERT INTO rule_runs (day, rule_set_version, evaluated, finished_at) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (day) DO UPDATE SET rule_set_version = excluded.rule_set_version, "
                    "evaluated = excluded.evaluated, finished_at = excluded.finished_at"),
                    {day, out.ruleSetVersion, out.evaluated, now}, "note full evaluation");
                !noted)
                return noted.error();
        if (auto committed = tx.commit(); !committed)
            return committed.error();
        out.stored = true;
    }
    if (progress)
        (void)progress(total, total);
    spdlog::info("rules version {} evaluated {} households as of {}: {} raised, {} updated, {} resolved", out.ruleSetVersion,
                 out.evaluated, day.toStdString(), out.raised, out.updated, out.resolved);
    return out;
}

Result<HistoryCoverage> RulesService::coverageOn(QDate day) const
{
    if (day >= m_clock.today())
        return HistoryCoverage{};
    return AsOfHistory(m_db).coverage(day);
}

Result<QDate> RulesService::lastFullEvaluation() const
{
    auto q = runSql(m_db, QStringLiteral("SELECT MAX(day) FROM rule_runs"), {}, "read last evaluation");
    if (!q)
        return q.error();
    return q->next() ? QDate::fromString(q->value(0).toString(), Qt::ISODate) : QDate();
}

Result<QList<StoredFlag>> RulesService::flagsOf(qint64 householdId, bool withHistory) const
{
    if (auto visible = HouseholdService(m_database, m_clock, m_session).mayView(householdId); !visible)
        return visible.error();
    auto q = runSql(m_db, QStringLiteral(
        "SELECT id, rule_id, rule_version, title, severity, score, explanation, signal_ids, discharge_ids, raised_on, "
        "resolved_on, resolution, dismissed_by, dismiss_reason FROM flags WHERE household_id = ?%1 "
        "ORDER BY CASE WHEN resolved_on IS NULL THEN 0 ELSE 1 END, severity DESC, score DESC, id DESC")
        .arg(withHistory ? QString() : QStringLiteral(" AND resolved_on IS NULL")),
        {householdId}, "read flags");
    if (!q)
        return q.error();
    QList<StoredFlag> out;
    while (q->next()) {
        StoredFlag s;
        s.id = q->value(0).toLongLong();
        s.householdId = householdId;
        s.flag.ruleId = q->value(1).toString();
        s.flag.ruleVersion = q->value(2).toInt();
        s.flag.title = q->value(3).toString();
        s.flag.severity = static_cast<Severity>(std::clamp(q->value(4).toInt(), 1, 4));
        s.flag.score = q->value(5).toInt();
        s.flag.explanation = q->value(6).toString();
        s.flag.signalIds = evidenceFromText(q->value(7).toString().toLatin1());
        s.flag.dischargeIds = evidenceFromText(q->value(8).toString().toLatin1());
        s.raisedOn = QDate::fromString(q->value(9).toString(), Qt::ISODate);
        s.resolvedOn = QDate::fromString(q->value(10).toString(), Qt::ISODate);
        s.resolution = q->value(11).toString();
        s.dismissedBy = q->value(12).toString();
        s.dismissReason = q->value(13).toString();
        out << s;
    }
    return out;
}

Result<void> RulesService::dismiss(qint64 flagId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid({{QStringLiteral("reason"), tr("Say why the flag is dismissed.")}});
    auto q = runSql(m_db, QStringLiteral("SELECT household_id, resolved_on FROM flags WHERE id = ?"), {flagId}, "read flag");
    if (!q)
        return q.error();
    if (!q->next())
        return Error(ErrorCode::NotFound, tr("This flag no longer exists."));
    const qint64 householdId = q->value(0).toLongLong();
    const bool open = q->value(1).isNull();
    q->finish();
    HouseholdService households(m_database, m_clock, m_session);
    if (auto visible = households.mayView(householdId); !visible)
        return visible.error();
    if (auto allowed = AccessGuard(m_db, m_clock, m_session).require(Permission::EditHouseholds, QStringLiteral("household"),
                                                                     householdId, QStringLiteral("attempt:dismiss_flag"));
        !allowed)
        return allowed.error();
    if (!open)
        return Error(ErrorCode::StaleEdit, tr("This flag was already resolved or dismissed."));

    Transaction tx(m_db);
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto updated = runSql(m_db, QStringLiteral("UPDATE flags SET resolved_on = ?, resolution = 'dismissed', dismissed_by = ?, "
                                                   "dismiss_reason = ? WHERE id = ? AND resolved_on IS NULL"),
                              {isoDate(m_clock.now().toLocalTime().date()), m_session.user().displayName, reason.trimmed(),
                               flagId},
                              "dismiss flag");
        !updated)
        return updated.error();
    // The household's priority: what its remaining open flags add up to.
    auto remaining = flagsOf(householdId, false);
    if (!remaining)
        return remaining.error();
    QList<Flag> flags;
    for (const StoredFlag &s : *remaining)
        flags << s.flag;
    if (auto ranked = runSql(m_db, QStringLiteral("UPDATE households SET priority_rank = ? WHERE id = ?"),
                             {flags.isEmpty() ? qint64(0) : priority(flags).rank(), householdId}, "store priority");
        !ranked)
        return ranked.error();
    if (auto audited = AuditLog(m_db, m_clock).record(m_session, AuditAction::DismissFlag, QStringLiteral("household"),
                                                      householdId, AuditResult::Success, reason.trimmed(),
                                                      QStringLiteral("flag:%1").arg(flagId));
        !audited)
        return audited.error();
    return tx.commit();
}

} // namespace vangnet::rules
