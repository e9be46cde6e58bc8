#include "server/ServerPolicies.h"

namespace vangnet::server {

namespace {

// The caller's team: from the users row whose login role is the session's. session_user, not
// current_user: inside a definer function current_user is the owner. Definer, so the users
// table's own rights do not matter; a disabled user has no team.
const char *teamFunction = R"(CREATE OR REPLACE FUNCTION vangnet_team() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT team_id FROM users WHERE current_database() || '.' || username = session_user AND active <> 0 $$)";

const char *userFunction = R"(CREATE OR REPLACE FUNCTION vangnet_user() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT id FROM users WHERE current_database() || '.' || username = session_user AND active <> 0 $$)";

// An address no household and no signal refers to (just written, before its household):
// visible, since it says nothing about anyone. Definer: it must see every team's rows.
const char *unusedAddressFunction = R"(CREATE OR REPLACE FUNCTION vangnet_address_unused(address bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT NOT EXISTS (SELECT 1 FROM households WHERE address_id = address)
      AND NOT EXISTS (SELECT 1 FROM signals WHERE address_id = address) $$)";

// A user's login role: made, put in exactly one group, enabled or disabled, and given a password
// (a SCRAM verifier made by the client: the password itself never reaches the server). Only a
// functioneel beheerder (or the administrator running `server init`) may call it; a user may
// set their own password only.
const char *loginFunction = R"(CREATE OR REPLACE FUNCTION vangnet_set_login(p_username text, p_role text, p_active boolean, p_verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    login text := current_database() || '.' || p_username;
    g text;
    may_manage boolean := pg_has_role(session_user, current_database() || '_beheerder', 'MEMBER')
        OR (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = session_user);
BEGIN
    IF p_username !~ '^[a-z0-9][a-z0-9._-]{1,31}$' THEN
        RAISE EXCEPTION 'invalid Vangnet user name %', p_username USING ERRCODE = '22023';
    END IF;
    IF NOT may_manage THEN
        IF session_user = login AND p_role IS NULL AND p_active IS NULL AND p_verifier IS NOT NULL THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_verifier);
            RETURN;
        END IF;
        RAISE EXCEPTION 'only a functioneel beheerder manages Vangnet logins' USING ERRCODE = '42501';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        EXECUTE format('CREATE ROLE %I NOLOGIN', login);
    END IF;
    IF p_role IS NOT NULL THEN
        IF p_role NOT IN ('consulent', 'teamleider', 'beheerder') THEN
            RAISE EXCEPTION 'invalid Vangnet role %', p_role USING ERRCODE = '22023';
        END IF;
        FOREACH g IN ARRAY ARRAY['consulent', 'teamleider', 'beheerder'] LOOP
            IF g = p_role THEN
                EXECUTE format('GRANT %I TO %I', current_database() || '_' || g, login);
            ELSIF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid
                          JOIN pg_roles u ON u.oid = m.member
                          WHERE r.rolname = current_database() || '_' || g AND u.rolname = login) THEN
                EXECUTE format('REVOKE %I FROM %I', current_database() || '_' || g, login);
            END IF;
        END LOOP;
    END IF;
    IF p_verifier IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I PASSWORD %L', login, p_verifier);
    END IF;
    IF p_active IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
    END IF;
END $$)";

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

} // namespace

const QList<TeamTable> &teamTables()
{
    // "The row hangs off a visible row of `parent`", written as EXISTS on the parent's key rather
    // than `column IN (SELECT key FROM parent)`. A policy's subquery is never turned into a join
    // (it stays a subplan), and the IN form makes the server hash every visible key of the
    // parent for each statement: a whole team's households to read one person (a household's
    // page ~190 ms at 100k households), and a plain per-row rescan once the keys outgrow work_mem
    // (the addresses' signals: a name search took minutes). EXISTS lets the planner probe the
    // parent's index for a few rows and still hash for many (docs/performance.md, "Team server
    // under load"). Same rows visible: a NULL reference is invisible either way.
    const auto via = [](const char *table, const char *column, const char *parent, const char *key = "id") {
        return QStringLiteral("EXISTS (SELECT 1 FROM %1 v WHERE v.%2 = %3.%4)")
            .arg(QLatin1String(parent), QLatin1String(key), QLatin1String(table), QLatin1String(column));
    };
    const auto byHousehold = [&via](const char *table) { return via(table, "household_id", "households"); };
    const auto byCase = [&via](const char *table) { return via(table, "case_id", "cases"); };
    const QString byTeam = QStringLiteral("team_id = (SELECT vangnet_team())");
    static const QList<TeamTable> tables{
        {"households", byTeam},
        {"import_batches", byTeam},
        {"household_merges", byTeam},
        {"plan_entries", byTeam},
        {"persons", byHousehold("persons")},
        {"cases", byHousehold("cases")},
        {"flags", byHousehold("flags")},
        {"housing_needs", byHousehold("housing_needs")},
        {"contact_attempts", byHousehold("contact_attempts")},
        {"zrm_assessments", byHousehold("zrm_assessments")},
        {"plan_exclusions", byHousehold("plan_exclusions")},
        {"plan_pins", byHousehold("plan_pins")},
        {"place_placements", byHousehold("place_placements")},
        {"household_merge_keys", byHousehold("household_merge_keys")},
        {"household_pair_dismissals", via("household_pair_dismissals", "household_a", "households")},
        {"notes", byHousehold("notes") + QStringLiteral(" OR ") + byCase("notes")},
        // A delivered signal or discharge notice: its household's team, and the importing team.
        {"signals", byHousehold("signals") + QStringLiteral(" OR ") + via("signals", "batch_id", "import_batches")},
        {"discharge_notices",
         byHousehold("discharge_notices") + QStringLiteral(" OR ") + via("discharge_notices", "batch_id", "import_batches")},
        {"discharge_notice_history", via("discharge_notice_history", "batch_id", "import_batches") + QStringLiteral(" OR ")
                                         + via("discharge_notice_history", "discharge_id", "discharge_notices")},
        {"status_history", byCase("status_history") + QStringLiteral(" OR ") + via("status_history", "signal_id", "signals")
                               + QStringLiteral(" OR ") + via("status_history", "discharge_id", "discharge_notices")},
        {"basic_conditions", byCase("basic_conditions")},
        {"basic_condition_history", byCase("basic_condition_history")},
        {"case_discharges", byCase("case_discharges")},
        {"case_signals", byCase("case_signals")},
        {"plan_items", byCase("plan_items")},
        {"reminders", byCase("reminders")},
        {"zrm_scores", via("zrm_scores", "assessment_id", "zrm_assessments")},
        {"addresses", via("addresses", "id", "households", "address_id") + QStringLiteral(" OR ")
                          + via("addresses", "id", "signals", "address_id") + QStringLiteral(" OR vangnet_address_unused(id)")},
    };
    return tables;
}

const QList<SharedTable> &sharedTables()
{
    using W = SharedTable::Writers;
    static const QList<SharedTable> tables{
        {"schema_meta", W::Beheerder},
        {"teams", W::Beheerder},
        {"places", W::Everyone}, // the beheerder keeps the inventory; a placement changes a status
        {"wijk_municipalities", W::Beheerder},
        {"organisation_settings", W::Beheerder},
        {"retention_periods", W::Beheerder},
        {"retention_purges", W::Beheerder},
        {"rule_sets", W::Teamleider},
        {"rule_runs", W::Members},
        {"clock_settings", W::Teamleider},
        {"clock_options", W::Teamleider},
        {"extra_days_off", W::Teamleider},
        {"import_profiles", W::Members},
        {"plan_runs", W::Members},
        {"ddas_deliveries", W::Members},
        {"shared_keys", W::Everyone}, // public halves only; a login makes the keys nobody made yet
        {"key_grants", W::Everyone},  // sealed to their holder; a login grants colleagues
    };
    return tables;
}

QStringList specialTables()
{
    return {QStringLiteral("users"), QStringLiteral("key_slots"), QStringLiteral("audit_log"), QStringLiteral("audit_head")};
}

QStringList statements(const ServerRoles &roles)
{
    using W = SharedTable::Writers;
    const QString app = quoted(roles.app());
    const QString member = quoted(roles.member());
    const QString teamleider = quoted(roles.group(Role::Teamleider));
    const QString beheerder = quoted(roles.group(Role::FunctioneelBeheerder));
    QStringList out{text(teamFunction), text(userFunction), text(unusedAddressFunction), text(loginFunction)};
    out << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
        << QStringLiteral("REVOKE ALL ON FUNCTION vangnet_set_login(text, text, boolean, text) FROM PUBLIC")
        << QStringLiteral("GRANT EXECUTE ON FUNCTION vangnet_set_login(text, text, boolean, text) TO %1").arg(app)
        << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(app);

    for (const TeamTable &t : teamTables()) {
        const QString name = QString::fromLatin1(t.name);
        out << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2").arg(name, member)
            << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name)
            << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(name)
            << QStringLiteral("DROP POLICY IF EXISTS vangnet_team ON %1").arg(name)
            << QStringLiteral("CREATE POLICY vangnet_team ON %1 FOR ALL TO %2 USING (%3) WITH CHECK (%3)")
                   .arg(name, member, t.visible);
    }
    for (const SharedTable &t : sharedTables()) {
        const QString name = QString::fromLatin1(t.name);
        out << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(name, app);
        const QString writer = t.writers == W::Everyone     ? app
                               : t.writers == W::Members    ? member
                               : t.writers == W::Teamleider ? teamleider
                               : t.writers == W::Beheerder  ? beheerder
                                                            : QString();
        if (!writer.isEmpty())
            out << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(name, writer);
    }
    // users: everyone reads (colleagues' names and public keys); a user changes only the columns
    // of their own login (lockout counter, password check, public key), never role or team, on
    // which need-to-know rests; the beheerder manages the rest.
    out << QStringLiteral("GRANT SELECT ON users TO %1").arg(app)
        << QStringLiteral("GRANT UPDATE (failed_attempts, locked_until, password_check, public_key) ON users TO %1").arg(app)
        << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON users TO %1").arg(beheerder)
        << QStringLiteral("ALTER TABLE users ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("ALTER TABLE users FORCE ROW LEVEL SECURITY")
        << QStringLiteral("DROP POLICY IF EXISTS vangnet_read ON users")
        << QStringLiteral("CREATE POLICY vangnet_read ON users FOR SELECT TO %1 USING (true)").arg(app)
        << QStringLiteral("DROP POLICY IF EXISTS vangnet_own ON users")
        << QStringLiteral("CREATE POLICY vangnet_own ON users FOR UPDATE TO %1 USING (id = (SELECT vangnet_user())) "
                          "WITH CHECK (id = (SELECT vangnet_user()))").arg(app)
        << QStringLiteral("DROP POLICY IF EXISTS vangnet_manage ON users")
        << QStringLiteral("CREATE POLICY vangnet_manage ON users FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(beheerder);
    // key_slots: one's own slot (a login upgrades it, a password change replaces it); the
    // beheerder writes any (a new user, a reset) but cannot open one without its password.
    out << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON key_slots TO %1").arg(app)
        << QStringLiteral("ALTER TABLE key_slots ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("ALTER TABLE key_slots FORCE ROW LEVEL SECURITY")
        << QStringLiteral("DROP POLICY IF EXISTS vangnet_own ON key_slots")
        << QStringLiteral("CREATE POLICY vangnet_own ON key_slots FOR ALL TO %1 USING (user_id = (SELECT vangnet_user())) "
                          "WITH CHECK (user_id = (SELECT vangnet_user()))").arg(app)
        << QStringLiteral("DROP POLICY IF EXISTS vangnet_manage ON key_slots")
        << QStringLiteral("CREATE POLICY vangnet_manage ON key_slots FOR ALL TO %1 USING (true) WITH CHECK (true)").arg(beheerder);
    // The audit log: insert-only for every application role (no UPDATE, DELETE or TRUNCATE);
    // everyone reads it, since each append chains to the record before (it holds actions and
    // ids, no household data). The head moves with every append.
    out << QStringLiteral("GRANT SELECT, INSERT ON audit_log TO %1").arg(app)
        << QStringLiteral("GRANT SELECT, UPDATE ON audit_head TO %1").arg(app);
    return out;
}

} // namespace vangnet::server
