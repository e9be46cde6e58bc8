#include "storage/ChangeSchema.h"

namespace vangnet::schema {

namespace {

/// One watched table: the kind its changes are, and a query over the statement's changed rows
/// (the transition table `changed_rows`) that gives the ids of that kind.
struct Watched {
    const char *table;
    const char *kind; ///< dataKindName()
    const char *ids;
};

// What each table's rows are part of (storage/DataKind.h says what the ids of a kind name).
constexpr Watched watched[] = {
    {"households", "households", "SELECT id FROM changed_rows"},
    {"persons", "households", "SELECT household_id FROM changed_rows"},
    {"addresses", "households", "SELECT h.id FROM households h JOIN changed_rows r ON h.address_id = r.id"},
    {"notes", "households", "SELECT household_id FROM changed_rows"},
    {"notes", "cases", "SELECT case_id FROM changed_rows WHERE case_id IS NOT NULL"},
    {"household_merges", "households", "SELECT kept_id FROM changed_rows UNION SELECT merged_id FROM changed_rows"},
    {"housing_needs", "needs", "SELECT household_id FROM changed_rows"},
    {"places", "places", "SELECT id FROM changed_rows"},
    {"place_placements", "places", "SELECT place_id FROM changed_rows"},
    {"plan_runs", "plan_runs", "SELECT NULL::bigint FROM changed_rows"},
    {"plan_entries", "plan_runs", "SELECT household_id FROM changed_rows"},
    {"plan_pins", "plan_runs", "SELECT household_id FROM changed_rows"},
    {"plan_exclusions", "plan_runs", "SELECT household_id FROM changed_rows"},
    {"cases", "cases", "SELECT id FROM changed_rows"},
    {"case_signals", "cases", "SELECT case_id FROM changed_rows"},
    {"case_discharges", "cases", "SELECT case_id FROM changed_rows"},
    {"contact_attempts", "cases", "SELECT case_id FROM changed_rows"},
    {"plan_items", "cases", "SELECT case_id FROM changed_rows"},
    {"basic_conditions", "cases", "SELECT case_id FROM changed_rows"},
    {"reminders", "cases", "SELECT case_id FROM changed_rows"},
    {"zrm_assessments", "cases", "SELECT case_id FROM changed_rows WHERE case_id IS NOT NULL"},
    {"flags", "flags", "SELECT household_id FROM changed_rows"},
    {"signals", "signals", "SELECT household_id FROM changed_rows"},
    {"discharge_notices", "signals", "SELECT household_id FROM changed_rows"},
    {"clock_settings", "settings", "SELECT NULL::bigint FROM changed_rows"},
    {"extra_days_off", "settings", "SELECT NULL::bigint FROM changed_rows"},
};

/// The payload is `<backend pid>:<kind>:<id>,<id>,…`: ids only, never personal data. The pid
/// lets a client recognise its own changes (ChangeFeed). Bounded twice: more than 50 ids in a
/// statement are sent as "many" (no ids), and after 20 notifications of one kind in a
/// transaction the rest are "many" too — and PostgreSQL delivers identical payloads of one
/// transaction once, so an import of 100,000 rows sends a handful of notifications, not 100,000.
const QString notifyFunction = QStringLiteral(R"(CREATE FUNCTION vangnet_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    found BIGINT;
    ids BIGINT[];
    sent INTEGER;
BEGIN
    EXECUTE 'SELECT count(*), array_agg(DISTINCT x.id) FILTER (WHERE x.id IS NOT NULL) FROM ('
        || TG_ARGV[1] || ') AS x (id)' INTO found, ids;
    IF found = 0 THEN
        RETURN NULL; -- the statement changed no row
    END IF;
    sent := COALESCE(NULLIF(current_setting('vangnet.sent_' || TG_ARGV[0], true), ''), '0')::INTEGER + 1;
    PERFORM set_config('vangnet.sent_' || TG_ARGV[0], sent::TEXT, true);
    IF sent > 20 OR cardinality(ids) > 50 THEN
        ids := NULL;
    END IF;
    PERFORM pg_notify('vangnet_changes',
                      pg_backend_pid() || ':' || TG_ARGV[0] || ':' || COALESCE(array_to_string(ids, ','), ''));
    RETURN NULL;
END
$body$)");

QStringList triggers()
{
    QStringList out{notifyFunction};
    // Transition tables allow one event per trigger: three triggers per watched table and kind.
    const std::pair<const char *, const char *> events[] = {
        {"INSERT", "NEW"}, {"UPDATE", "NEW"}, {"DELETE", "OLD"}};
    for (const Watched &w : watched) {
        for (const auto &[event, rows] : events) {
            const QString name = QStringLiteral("vangnet_changes_%1_%2_%3")
                                     .arg(QLatin1String(w.table), QLatin1String(w.kind), QString::fromLatin1(event).toLower());
            out << QStringLiteral("CREATE TRIGGER %1 AFTER %2 ON %3 REFERENCING %4 TABLE AS changed_rows "
                                  "FOR EACH STATEMENT EXECUTE FUNCTION vangnet_notify_change('%5', '%6')")
                       .arg(name, QLatin1String(event), QLatin1String(w.table), QLatin1String(rows),
                            QLatin1String(w.kind), QLatin1String(w.ids));
        }
    }
    return out;
}

} // namespace

Migration liveChanges()
{
    return {27, QStringLiteral("live updates between colleagues"), {}, triggers()};
}

} // namespace vangnet::schema
