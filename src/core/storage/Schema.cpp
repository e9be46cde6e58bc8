#include "storage/Schema.h"
#include "audit/AuditSequenceSchema.h"

#include "storage/ChangeSchema.h"
#include "storage/ClosingSchema.h"
#include "storage/DdasSchema.h"
#include "storage/HistorySchema.h"
#include "storage/LoginSchema.h"
#include "storage/TeamKeySchema.h"
#include "storage/MergeSchema.h"
#include "storage/PlannerSchema.h"
#include "storage/QueueSchema.h"
#include "storage/ReportingSchema.h"
#include "storage/WgsSchema.h"

#include <algorithm>

namespace vangnet::schema {

namespace {

Migration householdRegister()
{
    return {1, QStringLiteral("household register"), {
        QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE addresses (
            id {id},
            postcode TEXT NOT NULL,
            huisnummer INTEGER NOT NULL CHECK (huisnummer > 0),
            toevoeging TEXT NOT NULL DEFAULT '',
            straat TEXT NOT NULL,
            plaats TEXT NOT NULL,
            wijk TEXT NOT NULL DEFAULT '',
            street_key TEXT NOT NULL,
            UNIQUE (postcode, huisnummer, toevoeging)))"),
        QStringLiteral(R"(CREATE TABLE households (
            id {id},
            address_id {bigint} NOT NULL REFERENCES addresses (id),
            display_name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            member_count INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE persons (
            id {id},
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('hoofdbewoner', 'partner', 'kind', 'overig')),
            bsn TEXT,
            voorletters TEXT NOT NULL DEFAULT '',
            voornaam TEXT NOT NULL DEFAULT '',
            voorvoegsel TEXT NOT NULL DEFAULT '',
            achternaam TEXT NOT NULL,
            geboortedatum TEXT,
            telefoon TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            name_key TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE notes (
            id {id},
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            body TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX households_address ON households (address_id)"),
        QStringLiteral("CREATE INDEX households_name ON households (name_key, id)"),
        QStringLiteral("CREATE INDEX addresses_street ON addresses (street_key, huisnummer)"),
        QStringLiteral("CREATE INDEX addresses_wijk ON addresses (wijk)"),
        QStringLiteral("CREATE INDEX persons_household ON persons (household_id)"),
        QStringLiteral("CREATE UNIQUE INDEX persons_bsn ON persons (bsn) WHERE bsn IS NOT NULL"),
        QStringLiteral("CREATE INDEX notes_household ON notes (household_id, created_at)"),
    }};
}

Migration usersAndTeams()
{
    return {2, QStringLiteral("users, teams and key slots"), {
        QStringLiteral("CREATE TABLE teams (id {id}, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral(R"(CREATE TABLE users (
            id {id},
            username TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('consulent', 'teamleider', 'beheerder')),
            team_id {bigint} REFERENCES teams (id),
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        // The database's data key, wrapped once per user (Argon2id + XSalsa20-Poly1305).
        QStringLiteral(R"(CREATE TABLE key_slots (
            user_id {bigint} PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
            salt TEXT NOT NULL,
            ops_limit TEXT NOT NULL,
            mem_limit TEXT NOT NULL,
            nonce TEXT NOT NULL,
            wrapped_key TEXT NOT NULL))"),
        QStringLiteral("ALTER TABLE households ADD COLUMN team_id {bigint} REFERENCES teams (id)"),
        QStringLiteral("CREATE INDEX households_team_name ON households (team_id, name_key, id)"),
    }};
}

/// The tamper-evident audit log (docs/adr/0005-audit-chain.md). Text and base64 columns keep
/// the SQL identical on both engines; audit_head is the one row every append locks first.
Migration auditLog()
{
    return {3, QStringLiteral("audit log"), {
        QStringLiteral(R"(CREATE TABLE audit_log (
            id {id},
            at TEXT NOT NULL,
            actor_id {bigint} NULL,
            actor_name TEXT NOT NULL,
            action TEXT NOT NULL,
            object_type TEXT NOT NULL,
            object_id {bigint} NULL,
            result TEXT NOT NULL,
            origin_host TEXT NOT NULL,
            origin_user TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            mac TEXT NULL))"),
        QStringLiteral(R"(CREATE TABLE audit_head (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            seq {bigint} NOT NULL,
            last_id {bigint} NOT NULL,
            last_hash TEXT NOT NULL,
            head_mac TEXT NULL))"),
        QStringLiteral("INSERT INTO audit_head (id, seq, last_id, last_hash, head_mac) VALUES (1, 0, 0, '', NULL)"),
        QStringLiteral("CREATE INDEX audit_log_at ON audit_log (at)"),
        QStringLiteral("CREATE INDEX audit_log_actor ON audit_log (actor_id, at)"),
        QStringLiteral("CREATE INDEX audit_log_object ON audit_log (object_type, object_id)"),
    }};
}

/// BSNs and notes encrypted at rest (docs/adr/0006-protected-fields.md). The plaintext columns
/// are renamed to legacy_*: a migration has no key, so rows written before this version are
/// sealed at the first login after it (ProtectedFields::sealLegacy) and the legacy columns
/// emptied; new rows never use them.
Migration protectedFields()
{
    return {4, QStringLiteral("protected fields"), {
        QStringLiteral("DROP INDEX persons_bsn"),
        QStringLiteral("ALTER TABLE persons RENAME COLUMN bsn TO legacy_bsn"),
        QStringLiteral("ALTER TABLE persons ADD COLUMN bsn_enc TEXT"),
        QStringLiteral("ALTER TABLE persons ADD COLUMN bsn_hash TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX persons_bsn_hash ON persons (bsn_hash) WHERE bsn_hash IS NOT NULL"),
        QStringLiteral("ALTER TABLE notes RENAME COLUMN body TO legacy_body"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN body_enc TEXT"),
    }};
}

/// Bewaartermijnen and the purge log (docs/security.md, "Retention"). The seeded periods are the
/// example municipal policy of that page, written out here because a released step never changes.
/// Neither table holds personal data: a purge is recorded by category, count, cutoff and actor.
Migration retentionPeriods()
{
    return {5, QStringLiteral("retention periods and purge log"), {
        QStringLiteral(R"(CREATE TABLE retention_periods (
            category TEXT PRIMARY KEY,
            months INTEGER NOT NULL CHECK (months > 0),
            updated_at TEXT NULL,
            updated_by TEXT NULL))"),
        QStringLiteral("INSERT INTO retention_periods (category, months) VALUES ('signal_not_taken_up', 6)"),
        QStringLiteral("INSERT INTO retention_periods (category, months) VALUES ('signal_taken_up', 12)"),
        QStringLiteral("INSERT INTO retention_periods (category, months) VALUES ('case_closed', 18)"),
        QStringLiteral("INSERT INTO retention_periods (category, months) VALUES ('household_inactive', 18)"),
        QStringLiteral(R"(CREATE TABLE retention_purges (
            id {id},
            at TEXT NOT NULL,
            category TEXT NOT NULL,
            purged_count {bigint} NOT NULL,
            months INTEGER NOT NULL,
            cutoff_date TEXT NOT NULL,
            actor_id {bigint} NULL,
            actor_name TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX retention_purges_at ON retention_purges (at)"),
    }};
}

/// Signal intake (docs/formats.md): import batches, early signals and discharge notices. The
/// two unique keys per table make a re-delivered file add nothing: id_key is partner + the
/// partner's own id, fact_key partner + person + the facts (ON CONFLICT DO NOTHING skips it).
/// created_batch_id marks households an import created, so withdrawing it can remove them.
Migration signalIntake()
{
    return {6, QStringLiteral("signal intake"), {
        QStringLiteral(R"(CREATE TABLE import_batches (
            id {id},
            kind TEXT NOT NULL CHECK (kind IN ('signals', 'discharges')),
            file_name TEXT NOT NULL,
            format TEXT NOT NULL,
            profile TEXT NOT NULL,
            team_id {bigint} NULL REFERENCES teams (id),
            actor_id {bigint} NULL REFERENCES users (id),
            actor_name TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            rows_read INTEGER NOT NULL DEFAULT 0,
            imported INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            matched INTEGER NOT NULL DEFAULT 0,
            new_households INTEGER NOT NULL DEFAULT 0,
            withdrawn_at TEXT NULL,
            withdrawn_by TEXT NULL))"),
        QStringLiteral("ALTER TABLE households ADD COLUMN created_batch_id {bigint} NULL REFERENCES import_batches (id)"),
        QStringLiteral(R"(CREATE TABLE signals (
            id {id},
            batch_id {bigint} NULL REFERENCES import_batches (id),
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            person_id {bigint} NULL REFERENCES persons (id) ON DELETE SET NULL,
            partner_type TEXT NOT NULL,
            partner_name TEXT NOT NULL DEFAULT '',
            partner_signal_id TEXT NOT NULL DEFAULT '',
            signal_date TEXT NOT NULL,
            arisen_date TEXT NULL,
            amount_cents {bigint} NULL,
            crisis INTEGER NOT NULL DEFAULT 0,
            warm_handover INTEGER NOT NULL DEFAULT 0,
            bsn_invalid INTEGER NOT NULL DEFAULT 0,
            repeated INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'nieuw',
            id_key TEXT NULL,
            fact_key TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX signals_id_key ON signals (id_key) WHERE id_key IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX signals_fact_key ON signals (fact_key)"),
        QStringLiteral("CREATE INDEX signals_household ON signals (household_id, signal_date)"),
        QStringLiteral("CREATE INDEX signals_batch ON signals (batch_id)"),
        QStringLiteral("CREATE INDEX signals_date ON signals (signal_date)"),
        QStringLiteral(R"(CREATE TABLE discharge_notices (
            id {id},
            batch_id {bigint} NULL REFERENCES import_batches (id),
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            person_id {bigint} NULL REFERENCES persons (id) ON DELETE SET NULL,
            notice_id TEXT NOT NULL DEFAULT '',
            institution_type TEXT NOT NULL,
            institution_name TEXT NOT NULL DEFAULT '',
            expected_date TEXT NOT NULL,
            channel TEXT NOT NULL DEFAULT '',
            id_document TEXT NOT NULL,
            shelter TEXT NOT NULL,
            income TEXT NOT NULL,
            debts TEXT NOT NULL,
            care TEXT NOT NULL,
            bsn_invalid INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'nieuw',
            id_key TEXT NULL,
            fact_key TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE UNIQUE INDEX discharges_id_key ON discharge_notices (id_key) WHERE id_key IS NOT NULL"),
        QStringLiteral("CREATE UNIQUE INDEX discharges_fact_key ON discharge_notices (fact_key)"),
        QStringLiteral("CREATE INDEX discharges_household ON discharge_notices (household_id, expected_date)"),
        QStringLiteral("CREATE INDEX discharges_batch ON discharge_notices (batch_id)"),
        QStringLiteral("CREATE INDEX discharges_expected ON discharge_notices (expected_date)"),
        // Saved mapping profiles (docs/formats.md): the JSON of importing::ImportProfile.
        QStringLiteral(R"(CREATE TABLE import_profiles (
            name TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('signals', 'discharges')),
            definition TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL))"),
    }};
}

/// Signal rules (docs/rules.md): the rule set as versioned, effective-dated text, and the flags
/// it raised with their history. A flag is open until its facts no longer hold (resolution
/// 'resolved') or a caseworker dismisses it with a reason ('dismissed'). The household's
/// priority (rules::Priority::rank of its open flags) is kept on the household for sorting.
Migration signalRules()
{
    return {7, QStringLiteral("signal rules and flags"), {
        QStringLiteral(R"(CREATE TABLE rule_sets (
            version INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            effective_from TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            author_name TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE flags (
            id {id},
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            rule_id TEXT NOT NULL,
            rule_version INTEGER NOT NULL,
            title TEXT NOT NULL,
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
            score INTEGER NOT NULL,
            explanation TEXT NOT NULL,
            signal_ids TEXT NOT NULL DEFAULT '',
            discharge_ids TEXT NOT NULL DEFAULT '',
            raised_on TEXT NOT NULL,
            raised_at TEXT NOT NULL,
            resolved_on TEXT NULL,
            resolution TEXT NULL CHECK (resolution IN ('resolved', 'dismissed')),
            dismissed_by TEXT NULL,
            dismiss_reason TEXT NULL))"),
        QStringLiteral("CREATE INDEX flags_household ON flags (household_id, rule_id)"),
        QStringLiteral("CREATE INDEX flags_open_rule ON flags (rule_id, severity) WHERE resolved_on IS NULL"),
        QStringLiteral("ALTER TABLE households ADD COLUMN priority_rank {bigint} NOT NULL DEFAULT 0"),
    }};
}

/// Full rule evaluations: one row per day a full evaluation was stored, so a new day (windows
/// move, people turn 18) can be noticed and evaluated once.
Migration ruleRuns()
{
    return {8, QStringLiteral("rule evaluation days"), {
        QStringLiteral(R"(CREATE TABLE rule_runs (
            day TEXT PRIMARY KEY,
            rule_set_version INTEGER NOT NULL,
            evaluated INTEGER NOT NULL,
            finished_at TEXT NOT NULL))"),
    }};
}


/// The case workflow (docs/cases.md): cases with their signals and notices, contact attempts,
/// ZRM assessments, the plan of action, the five basic conditions, reminders and the clock
/// settings. Free text (attempt notes, plan texts, reminders, the internal reason a signal was
/// not taken up) is stored sealed like notes. cases.version refuses a second, stale save.
/// signals.ddas_status is what may be reported back (EnumSignaalstatus); the internal reason
/// stays on the case.
Migration caseWorkflow()
{
    return {9, QStringLiteral("case workflow"), {
        QStringLiteral(R"(CREATE TABLE cases (
            id {id},
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            status TEXT NOT NULL DEFAULT 'nieuw'
                CHECK (status IN ('nieuw', 'in_behandeling', 'wacht_op_inwoner', 'afgesloten')),
            origin TEXT NOT NULL CHECK (origin IN ('flag', 'signal', 'discharge', 'manual')),
            origin_flag_id {bigint} NULL REFERENCES flags (id) ON DELETE SET NULL,
            assignee_id {bigint} NULL REFERENCES users (id),
            opened_on TEXT NOT NULL,
            opened_at TEXT NOT NULL,
            opened_by TEXT NOT NULL,
            taken_up_on TEXT NULL,
            decision_on TEXT NULL,
            closed_on TEXT NULL,
            outcome TEXT NULL,
            internal_reason_enc TEXT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX cases_household ON cases (household_id, status)"),
        QStringLiteral("CREATE INDEX cases_open ON cases (status, assignee_id) WHERE status <> 'afgesloten'"),
        QStringLiteral("CREATE INDEX cases_period ON cases (opened_on, closed_on)"),
        QStringLiteral(R"(CREATE TABLE case_signals (
            case_id {bigint} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            signal_id {bigint} NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
            PRIMARY KEY (case_id, signal_id)))"),
        QStringLiteral("CREATE INDEX case_signals_signal ON case_signals (signal_id)"),
        QStringLiteral(R"(CREATE TABLE case_discharges (
            case_id {bigint} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            discharge_id {bigint} NOT NULL REFERENCES discharge_notices (id) ON DELETE CASCADE,
            PRIMARY KEY (case_id, discharge_id)))"),
        QStringLiteral("CREATE INDEX case_discharges_discharge ON case_discharges (discharge_id)"),
        QStringLiteral("ALTER TABLE signals ADD COLUMN ddas_status TEXT NOT NULL DEFAULT 'Nog niet opgepakt'"),
        QStringLiteral(R"(CREATE TABLE contact_attempts (
            id {id},
            case_id {bigint} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            reached INTEGER NOT NULL,
            attempt_date TEXT NOT NULL,
            day_part TEXT NULL,
            note_enc TEXT NULL,
            author_name TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX contact_attempts_case ON contact_attempts (case_id, attempt_date)"),
        QStringLiteral("CREATE INDEX contact_attempts_household ON contact_attempts (household_id)"),
        QStringLiteral(R"(CREATE TABLE zrm_assessments (
            id {id},
            household_id {bigint} NOT NULL REFERENCES households (id) ON DELETE CASCADE,
            person_id {bigint} NULL REFERENCES persons (id) ON DELETE SET NULL,
            case_id {bigint} NULL REFERENCES cases (id) ON DELETE SET NULL,
            assessed_on TEXT NOT NULL,
            assessor_name TEXT NOT NULL,
            zrm_version TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX zrm_assessments_household ON zrm_assessments (household_id, assessed_on)"),
        QStringLiteral(R"(CREATE TABLE zrm_scores (
            assessment_id {bigint} NOT NULL REFERENCES zrm_assessments (id) ON DELETE CASCADE,
            domain TEXT NOT NULL,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            PRIMARY KEY (assessment_id, domain)))"),
        QStringLiteral(R"(CREATE TABLE plan_items (
            id {id},
            case_id {bigint} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('goal', 'action')),
            goal_id {bigint} NULL REFERENCES plan_items (id) ON DELETE CASCADE,
            text_enc TEXT NOT NULL,
            owner_name TEXT NOT NULL DEFAULT '',
            due_on TEXT NULL,
            done_on TEXT NULL,
            created_at TEXT NOT NULL,
            created_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX plan_items_case ON plan_items (case_id)"),
        QStringLiteral(R"(CREATE TABLE basic_conditions (
            case_id {bigint} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            condition_key TEXT NOT NULL CHECK (condition_key IN ('id_bewijs', 'onderdak', 'inkomen', 'schulden', 'zorg')),
            state TEXT NOT NULL CHECK (state IN ('geregeld', 'in_behandeling', 'niet_geregeld', 'onbekend')),
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL,
            PRIMARY KEY (case_id, condition_key)))"),
        QStringLiteral(R"(CREATE TABLE reminders (
            id {id},
            case_id {bigint} NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
            due_on TEXT NOT NULL,
            text_enc TEXT NOT NULL,
            for_user_id {bigint} NULL REFERENCES users (id),
            done_at TEXT NULL,
            author_name TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX reminders_case ON reminders (case_id, due_on)"),
        QStringLiteral("ALTER TABLE notes ADD COLUMN case_id {bigint} NULL REFERENCES cases (id) ON DELETE SET NULL"),
        // Deadlines (docs/cases.md, "Clocks"): example policy values, changed by a team lead.
        QStringLiteral(R"(CREATE TABLE clock_settings (
            clock TEXT PRIMARY KEY,
            days INTEGER NOT NULL CHECK (days > 0),
            working_days INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NULL,
            updated_by TEXT NULL))"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('contact_offer', 14, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('threatening_debt', 3, 1)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('first_conversation', 28, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('decision', 56, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('discharge_alert_1', 90, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('discharge_alert_2', 30, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('discharge_alert_3', 7, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('due_soon', 3, 0)"),
    }};
}

Migration extraDaysOff()
{
    // Days the government adds to the public holidays by decree (docs/clocks.md).
    return {10, QStringLiteral("extra days off"), {
        QStringLiteral(R"(CREATE TABLE extra_days_off (
            day TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            added_by TEXT NOT NULL,
            added_at TEXT NOT NULL))"),
    }};
}

/// Flags that follow the work (docs/rules.md, docs/formats.md "Discharge lifecycle"):
/// - a discharge notice has a lifecycle (aangekondigd, in_detentie, afgerond, vervangen,
///   ingetrokken; uitgestroomd is derived from the date) and a structured channel; a re-delivery
///   or a correction keeps what the notice said before in discharge_notice_history;
/// - a basic condition on a case's checklist says whether the caseworker set it (source 'zaak',
///   with the day it holds from) or it was copied from the notice ('melding'): only the
///   caseworker's word overrides the notice for the rules. Rows changed after the case was
///   opened, or on a case without a notice, were set by a caseworker;
/// - the lead time before a discharge by which each condition should be arranged, and how far a
///   delivered discharge date may move, are policy settings beside the clocks.
Migration dischargeLifecycle()
{
    return {11, QStringLiteral("discharge lifecycle and case facts"), {
        QStringLiteral("ALTER TABLE discharge_notices ADD COLUMN lifecycle TEXT NOT NULL DEFAULT 'aangekondigd' "
                       "CHECK (lifecycle IN ('aangekondigd', 'in_detentie', 'afgerond', 'vervangen', 'ingetrokken'))"),
        QStringLiteral("ALTER TABLE discharge_notices ADD COLUMN superseded_by {bigint} NULL REFERENCES discharge_notices (id) "
                       "ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE discharge_notices ADD COLUMN updated_at TEXT NULL"),
        QStringLiteral("CREATE INDEX discharges_person ON discharge_notices (person_id, institution_type)"),
        QStringLiteral(R"(UPDATE discharge_notices SET channel = CASE
            WHEN TRIM(channel) = '' THEN ''
            WHEN LOWER(channel) LIKE '%d&r%' OR LOWER(channel) LIKE '%berichtenbox%'
                 OR LOWER(REPLACE(REPLACE(channel, '-', ''), '_', '')) = 'drplan' THEN 'dr_plan'
            WHEN LOWER(channel) LIKE '%warm%' THEN 'warme_overdracht'
            WHEN LOWER(channel) LIKE '%dpan%' THEN 'dpan'
            ELSE 'overig' END)"),
        QStringLiteral(R"(CREATE TABLE discharge_notice_history (
            id {id},
            discharge_id {bigint} NOT NULL REFERENCES discharge_notices (id) ON DELETE CASCADE,
            change TEXT NOT NULL CHECK (change IN ('redelivered', 'superseded', 'lifecycle')),
            batch_id {bigint} NULL REFERENCES import_batches (id) ON DELETE SET NULL,
            expected_date TEXT NOT NULL,
            id_document TEXT NOT NULL,
            shelter TEXT NOT NULL,
            income TEXT NOT NULL,
            debts TEXT NOT NULL,
            care TEXT NOT NULL,
            lifecycle TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX discharge_history_notice ON discharge_notice_history (discharge_id, id)"),
        QStringLiteral("ALTER TABLE basic_conditions ADD COLUMN source TEXT NOT NULL DEFAULT 'melding' "
                       "CHECK (source IN ('melding', 'zaak'))"),
        QStringLiteral("ALTER TABLE basic_conditions ADD COLUMN since TEXT NULL"),
        QStringLiteral(R"(UPDATE basic_conditions SET source = 'zaak', since = SUBSTR(updated_at, 1, 10)
            WHERE updated_at > (SELECT c.opened_at FROM cases c WHERE c.id = basic_conditions.case_id)
               OR NOT EXISTS (SELECT 1 FROM case_discharges cd WHERE cd.case_id = basic_conditions.case_id))"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('condition_onderdak', 90, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('condition_id_bewijs', 42, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('condition_schulden', 30, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('condition_inkomen', 28, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('condition_zorg', 14, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('discharge_date_past', 90, 0)"),
        QStringLiteral("INSERT INTO clock_settings (clock, days, working_days) VALUES ('discharge_date_ahead', 730, 0)"),
    }};
}

/// Re-delivered and superseded discharge notices (docs/formats.md, "Discharge lifecycle"): a
/// batch counts the notices it updated and the older ones its new notices replaced, and a
/// notice's history keeps its channel as well, so withdrawing the batch can put the notice back
/// as it was (NULL in rows kept before this step: the channel is then left as it stands).
Migration dischargeRedelivery()
{
    return {12, QStringLiteral("discharge re-delivery"), {
        QStringLiteral("ALTER TABLE import_batches ADD COLUMN updated INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE import_batches ADD COLUMN superseded INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE discharge_notice_history ADD COLUMN channel TEXT NULL"),
        QStringLiteral("CREATE INDEX discharge_history_batch ON discharge_notice_history (batch_id)"),
    }};
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all{householdRegister(), usersAndTeams(), auditLog(), protectedFields(),
                                      retentionPeriods(), signalIntake(), signalRules(), ruleRuns(),
                                      caseWorkflow(), extraDaysOff(), dischargeLifecycle(),
                                      dischargeRedelivery(), placeInventory(), housingNeeds(),
                                      planRuns(), reporting(), statusHistory(), queueIndexes(),
                                      helpRequests(), closingReasons(), ddasDeliveries(),
                                      auditSequence(), boundKeySlots(), teamKeys(),
                                      householdMerges(), liveChanges()};
    return all;
}

int latestVersion()
{
    // The highest number, not the last in the list: the Migrator sorts the steps by number.
    int latest = 0;
    for (const Migration &m : migrations())
        latest = std::max(latest, m.version);
    return latest;
}

} // namespace vangnet::schema
