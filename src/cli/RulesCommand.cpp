#include "RulesCommand.h"

#include "ArgumentReader.h"
#include "Console.h"
#include "LoggedInDatabase.h"
#include "rules/RulesService.h"
#include "rules/Severity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace vangnet::cli {

using namespace vangnet::rules;

namespace {

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (const qint64 id : ids)
        out.append(id);
    return out;
}

/// The text of a rule file, or an error naming the file.
std::optional<QString> readRuleFile(const QString &path, Console &console)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        console.error(RulesCommand::tr("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

/// What `rules activate|preview FILE [--OPTION DATE]` were given: the file's path and text, and the
/// date (invalid when not given).
struct RuleFileArguments {
    QString path;
    QString text;
    QDate date;
};

/// Parses the arguments and reads the file; nullopt once a mistake is reported.
std::optional<RuleFileArguments> ruleFileArguments(ArgumentReader &reader, const QStringList &args, const QString &dateOption,
                                                   const QString &missingFile, Console &console)
{
    if (!reader.parse(args) || reader.positionals().isEmpty()) {
        console.error(reader.positionals().isEmpty() ? missingFile : reader.error());
        return std::nullopt;
    }
    const auto date = reader.date(dateOption);
    if (!date) {
        console.error(reader.error());
        return std::nullopt;
    }
    const QString path = reader.positionals().constFirst();
    const auto text = readRuleFile(path, console);
    if (!text)
        return std::nullopt;
    return RuleFileArguments{path, *text, *date};
}

/// The JSON keys that say whether the status history reaches back to the as-of day.
void addHistory(QJsonObject &json, const HistoryCoverage &history)
{
    json.insert(QStringLiteral("history_complete"), history.complete);
    json.insert(QStringLiteral("history_since"),
                history.since.isValid() ? QJsonValue(history.since.toString(Qt::ISODate)) : QJsonValue());
}

/// The same in words, when the history does not reach back far enough.
void reportHistory(Console &console, const HistoryCoverage &history)
{
    if (!history.complete)
        console.out(RulesCommand::tr("Status history is kept since %1: for an earlier day the statuses are read as they "
                                     "were on %1.")
                        .arg(history.since.toString(Qt::ISODate)));
}

} // namespace

QStringList RulesCommand::words() const
{
    switch (m_action) {
    case Action::Evaluate: return {QStringLiteral("rules"), QStringLiteral("evaluate")};
    case Action::List: return {QStringLiteral("rules"), QStringLiteral("list")};
    case Action::Test: return {QStringLiteral("rules"), QStringLiteral("test")};
    case Action::Activate: return {QStringLiteral("rules"), QStringLiteral("activate")};
    case Action::Preview: return {QStringLiteral("rules"), QStringLiteral("preview")};
    }
    return {};
}

QString RulesCommand::summary() const
{
    switch (m_action) {
    case Action::Evaluate: return tr("evaluate the signal rules for every household and store the flags");
    case Action::List: return tr("list the rules in force and every saved rule-set version");
    case Action::Test: return tr("check a rule file without saving it");
    case Action::Activate: return tr("save a rule file as a new rule-set version (team lead)");
    case Action::Preview: return tr("which households a rule file would add or drop, today or as of a date (team lead)");
    }
    return {};
}

QString RulesCommand::help() const
{
    switch (m_action) {
    case Action::Evaluate:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME rules evaluate [--as-of DATE] [--json]\n\n"
                  "Evaluates the rule set in force for every household. As of today (the default) the flags are\n"
                  "stored: new ones raised, changed ones updated, those whose facts no longer hold resolved.\n"
                  "As of another date (YYYY-MM-DD) the result is only printed; an earlier date is judged with the\n"
                  "statuses of that day, from the status history (before the history began: as they were then).\n"
                  "Flags are printed for the households of your own team.\n"
                  "  --json   {\"flags\": [{household, rule, version, severity, score, title, explanation, signals,\n"
                  "           discharges}], \"failures\": [{household, rule, version, message}], \"evaluated\",\n"
                  "           \"as_of\", \"version\", \"stored\", \"raised\", \"updated\", \"resolved\",\n"
                  "           \"history_complete\", \"history_since\"}\n"
                  "           The flags are written as they are evaluated, one per line. When the evaluation\n"
                  "           fails on the way, the object ends with \"error\" and nothing is stored.");
    case Action::List:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME rules list [--json]\n\n"
                  "The rules of the version in force today, then every saved version.\n"
                  "  --json   {\"active_version\", \"rules\": [{id, title, severity, score}],\n"
                  "           \"versions\": [{version, effective_from, author, note, saved_at}]}");
    case Action::Test:
        return tr("Usage: vangnet-cli rules test FILE [--json]\n\n"
                  "Parses and type-checks a rule file (docs/rules.md) without saving it. Every mistake is\n"
                  "printed as FILE:LINE:COLUMN: message; the exit status is 2 when there is one.\n"
                  "  --json   {\"file\", \"ok\", \"rules\": [ids], \"errors\": [{line, column, message}]}");
    case Action::Activate:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME rules activate FILE [--from DATE] [--note TEXT]\n\n"
                  "Saves the rule file as a new rule-set version, in force from DATE (default today; not\n"
                  "earlier). Team leads only; refused with every mistake when the file does not check.");
    case Action::Preview:
        return tr("Usage: vangnet-cli [--db FILE|URL] --user NAME rules preview FILE [--as-of DATE] [--json]\n\n"
                  "Evaluates every household with the version active today and with the rule file, as of today or\n"
                  "as of DATE (YYYY-MM-DD; an earlier day with the statuses of that day), and lists the households\n"
                  "the file would add and drop. Nothing is stored. Team leads only.\n"
                  "  --json   {\"file\", \"as_of\", \"active_version\", \"flagged_by_active\", \"flagged_by_file\",\n"
                  "           \"added\": [household ids], \"dropped\": [household ids], \"failures\",\n"
                  "           \"history_complete\", \"history_since\"}");
    }
    return {};
}

int RulesCommand::run(const QStringList &args, const GlobalOptions &global, Console &console)
{
    switch (m_action) {
    case Action::Evaluate: return evaluate(args, global, console);
    case Action::List: return list(args, global, console);
    case Action::Test: return test(args, console);
    case Action::Activate: return activate(args, global, console);
    case Action::Preview: return preview(args, global, console);
    }
    return NothingDone;
}

int RulesCommand::evaluate(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("as-of")}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    const auto asOf = reader.date(QStringLiteral("as-of"));
    if (!asOf) {
        console.error(reader.error());
        return NothingDone;
    }
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    RulesService service(open->database(), open->clock(), open->session());
    const std::optional<QDate> day = asOf->isValid() ? std::optional<QDate>(*asOf) : std::nullopt;
    const auto flagJson = [](const Evaluation &e, const Flag &f) {
        return QJsonObject{{QStringLiteral("household"), e.householdId}, {QStringLiteral("rule"), f.ruleId},
                           {QStringLiteral("version"), f.ruleVersion}, {QStringLiteral("severity"), severityKey(f.severity)},
                           {QStringLiteral("score"), f.score}, {QStringLiteral("title"), f.title},
                           {QStringLiteral("explanation"), f.explanation}, {QStringLiteral("signals"), idArray(f.signalIds)},
                           {QStringLiteral("discharges"), idArray(f.dischargeIds)}};
    };
    QJsonArray failures; // few: odd data only
    const auto noteFailures = [&failures](const Evaluation &e) {
        for (const EvaluationFailure &f : e.failures)
            failures.append(QJsonObject{{QStringLiteral("household"), e.householdId}, {QStringLiteral("rule"), f.ruleId},
                                        {QStringLiteral("version"), f.ruleVersion}, {QStringLiteral("message"), f.message}});
    };

    if (reader.has(QStringLiteral("json"))) {
        // The flags stream out as they are evaluated: a city's flags never sit in memory at once.
        JsonStream json(console);
        json.beginArray(QStringLiteral("flags"));
        auto run = service.evaluateAll(day, {}, [&](const Evaluation &e) {
            for (const Flag &f : e.flags)
                json.element(flagJson(e, f));
            noteFailures(e);
        });
        json.endArray();
        if (!run) {
            json.value(QStringLiteral("error"), run.error().message);
            json.finish();
            console.failure(run.error());
            return NothingDone;
        }
        json.value(QStringLiteral("failures"), failures);
        json.value(QStringLiteral("evaluated"), run->evaluated);
        json.value(QStringLiteral("as_of"), run->asOf.toString(Qt::ISODate));
        json.value(QStringLiteral("version"), run->ruleSetVersion);
        json.value(QStringLiteral("stored"), run->stored);
        json.value(QStringLiteral("raised"), run->raised);
        json.value(QStringLiteral("updated"), run->updated);
        json.value(QStringLiteral("resolved"), run->resolved);
        QJsonObject history;
        addHistory(history, run->history);
        for (auto it = history.constBegin(); it != history.constEnd(); ++it)
            json.value(it.key(), it.value());
        json.finish();
        return failures.isEmpty() ? Done : DoneWithProblems;
    }

    constexpr qsizetype shown = 50;
    QList<QStringList> rows;
    qint64 flagCount = 0;
    auto run = service.evaluateAll(day, {}, [&](const Evaluation &e) {
        for (const Flag &f : e.flags)
            if (++flagCount <= shown)
                rows << QStringList{QString::number(e.householdId), f.ruleId, severityKey(f.severity), f.explanation};
        noteFailures(e);
    });
    if (!run) {
        console.failure(run.error());
        return NothingDone;
    }
    console.out(tr("%n household(s) evaluated with rule set version %1 as of %2.", nullptr, run->evaluated)
                    .arg(run->ruleSetVersion)
                    .arg(run->asOf.toString(Qt::ISODate)));
    reportHistory(console, run->history);
    if (run->stored)
        console.out(tr("Flags raised: %1, updated: %2, resolved: %3.").arg(run->raised).arg(run->updated).arg(run->resolved));
    else
        console.out(tr("Not stored: evaluated as of another day than today."));
    if (!rows.isEmpty())
        console.table({tr("Household"), tr("Rule"), tr("Severity"), tr("Explanation")}, rows, {0});
    if (flagCount > shown)
        console.out(tr("… and %1 more flags of your team; --json gives them all.").arg(flagCount - shown));
    if (!failures.isEmpty())
        console.error(tr("%n rule evaluation(s) skipped on odd data; --json lists them.", nullptr,
                         static_cast<int>(failures.size())));
    return failures.isEmpty() ? Done : DoneWithProblems;
}

int RulesCommand::list(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")});
    if (!reader.parse(args, console))
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    RulesService service(open->database(), open->clock(), open->session());
    auto versions = service.ruleSets();
    if (!versions) {
        console.failure(versions.error());
        return NothingDone;
    }
    auto active = service.ruleSetOn(open->clock().now().toLocalTime().date());
    if (!active) {
        console.failure(active.error());
        return NothingDone;
    }
    const ParseResult parsed = RulesService::check(active->source);
    QJsonArray rules, all;
    QList<QStringList> ruleRows, versionRows;
    for (const Rule &r : parsed.ruleSet.rules) {
        rules.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("title"), r.title},
                                 {QStringLiteral("severity"), severityKey(r.severity)}, {QStringLiteral("score"), r.score}});
        ruleRows << QStringList{r.id, severityKey(r.severity), QString::number(r.score), r.title};
    }
    for (const StoredRuleSet &v : *versions) {
        all.append(QJsonObject{{QStringLiteral("version"), v.version},
                               {QStringLiteral("effective_from"), v.effectiveFrom.toString(Qt::ISODate)},
                               {QStringLiteral("author"), v.authorName}, {QStringLiteral("note"), v.note},
                               {QStringLiteral("saved_at"), v.createdAt.toString(Qt::ISODate)}});
        versionRows << QStringList{QString::number(v.version), v.effectiveFrom.toString(Qt::ISODate), v.authorName,
                                   v.version == active->version ? tr("in force") : QString(), v.note};
    }
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("active_version"), active->version}, {QStringLiteral("rules"), rules},
                      {QStringLiteral("versions"), all}});
        return Done;
    }
    console.out(tr("Rule set version %1, in force since %2:").arg(active->version).arg(active->effectiveFrom.toString(Qt::ISODate)));
    console.table({tr("Rule"), tr("Severity"), tr("Score"), tr("Title")}, ruleRows, {2});
    console.out(QString());
    console.table({tr("Version"), tr("In force from"), tr("Author"), QString(), tr("Note")}, versionRows, {0});
    return Done;
}

int RulesCommand::test(const QStringList &args, Console &console)
{
    ArgumentReader reader({}, {QStringLiteral("json")}, 1);
    if (!reader.parse(args) || reader.positionals().isEmpty()) {
        console.error(reader.positionals().isEmpty() ? tr("name the rule file to check, e.g. 'rules test regels.txt'")
                                                     : reader.error());
        return NothingDone;
    }
    const QString path = reader.positionals().constFirst();
    const auto text = readRuleFile(path, console);
    if (!text)
        return NothingDone;
    const ParseResult parsed = RulesService::check(*text);
    QJsonArray ids, errors;
    for (const Rule &r : parsed.ruleSet.rules)
        ids.append(r.id);
    for (const ParseError &e : parsed.errors)
        errors.append(QJsonObject{{QStringLiteral("line"), e.pos.line}, {QStringLiteral("column"), e.pos.column},
                                  {QStringLiteral("message"), e.message}});
    if (reader.has(QStringLiteral("json"))) {
        console.json({{QStringLiteral("file"), path}, {QStringLiteral("ok"), parsed.ok()}, {QStringLiteral("rules"), ids},
                      {QStringLiteral("errors"), errors}});
    } else {
        for (const ParseError &e : parsed.errors)
            console.error(QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.pos.line).arg(e.pos.column).arg(e.message));
        if (parsed.ok())
            console.out(tr("%1: %n rule(s), no mistakes.", nullptr, static_cast<int>(parsed.ruleSet.rules.size())).arg(path));
    }
    return parsed.ok() ? Done : NothingDone;
}

int RulesCommand::activate(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("from"), QStringLiteral("note")}, {}, 1);
    const auto given = ruleFileArguments(reader, args, QStringLiteral("from"),
                                         tr("name the rule file to save, e.g. 'rules activate regels.txt'"), console);
    if (!given)
        return NothingDone;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    RulesService service(open->database(), open->clock(), open->session());
    const QDate day = given->date.isValid() ? given->date : open->clock().now().toLocalTime().date();
    auto saved = service.activate(given->text, day, reader.value(QStringLiteral("note")));
    if (!saved) {
        console.failure(saved.error());
        return NothingDone;
    }
    console.out(tr("Saved as rule set version %1, in force from %2.").arg(saved->version).arg(day.toString(Qt::ISODate)));
    return Done;
}

int RulesCommand::preview(const QStringList &args, const GlobalOptions &global, Console &console)
{
    ArgumentReader reader({QStringLiteral("as-of")}, {QStringLiteral("json")}, 1);
    const auto given = ruleFileArguments(reader, args, QStringLiteral("as-of"),
                                         tr("name the rule file to preview, e.g. 'rules preview regels.txt'"), console);
    if (!given)
        return NothingDone;
    const QString &path = given->path;
    auto open = LoggedInDatabase::openOrReport(global, console);
    if (!open)
        return NothingDone;
    auto preview = RulesService(open->database(), open->clock(), open->session())
                       .preview(given->text, {}, given->date.isValid() ? std::optional<QDate>(given->date) : std::nullopt);
    if (!preview) {
        console.failure(preview.error());
        return NothingDone;
    }
    if (reader.has(QStringLiteral("json"))) {
        QJsonObject json{{QStringLiteral("file"), path}, {QStringLiteral("as_of"), preview->asOf.toString(Qt::ISODate)},
                         {QStringLiteral("active_version"), preview->activeVersion},
                         {QStringLiteral("flagged_by_active"), preview->flaggedByActive},
                         {QStringLiteral("flagged_by_file"), preview->flaggedByCandidate},
                         {QStringLiteral("added"), idArray(preview->added)},
                         {QStringLiteral("dropped"), idArray(preview->dropped)},
                         {QStringLiteral("failures"), preview->failures}};
        addHistory(json, preview->history);
        console.json(json);
    } else {
        console.out(tr("As of %1: +%2 / -%3 households. Version %4 (active today) flags %5, %6 would flag %7.")
                        .arg(preview->asOf.toString(Qt::ISODate))
                        .arg(preview->added.size())
                        .arg(preview->dropped.size())
                        .arg(preview->activeVersion)
                        .arg(preview->flaggedByActive)
                        .arg(path)
                        .arg(preview->flaggedByCandidate));
        reportHistory(console, preview->history);
        QList<QStringList> rows;
        for (const qint64 id : std::as_const(preview->added))
            rows << QStringList{QString::number(id), tr("added")};
        for (const qint64 id : std::as_const(preview->dropped))
            rows << QStringList{QString::number(id), tr("dropped")};
        if (!rows.isEmpty())
            console.table({tr("Household"), tr("Change")}, rows, {0});
        if (preview->failures > 0)
            console.error(tr("%n rule evaluation(s) skipped on odd data.", nullptr, preview->failures));
    }
    return preview->failures == 0 ? Done : DoneWithProblems;
}

} // namespace vangnet::cli
