#include "QueueWriter.h"

#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

namespace {

void run(const Database &db, const QString &sql, const QVariantList &values = {})
{
    auto done = runSql(db.connection(), sql, values, "write synthetic queue");
    INFO(sql.toStdString());
    INFO((done ? std::string() : done.error().message.toStdString()));
    REQUIRE(done.ok());
}

} // namespace

void QueueWriter::write(const Database &db, int households, int seed) const
{
    REQUIRE(db.connection().transaction());
    // Days from 60 ahead to 179 back, and the wijken (one of them empty), to join with.
    run(db, QStringLiteral("CREATE TABLE queue_days (d INTEGER PRIMARY KEY, day TEXT NOT NULL)"));
    for (int d = -60; d < 180; ++d)
        run(db, QStringLiteral("INSERT INTO queue_days (d, day) VALUES (?, ?)"), {d, today.addDays(-d).toString(Qt::ISODate)});
    run(db, QStringLiteral("CREATE TABLE queue_wijken (w INTEGER PRIMARY KEY, name TEXT NOT NULL)"));
    const QStringList wijken{QString(), QStringLiteral("Centrum"), QStringLiteral("Noord"), QStringLiteral("Oost"),
                             QStringLiteral("Zuid"), QStringLiteral("West"), QStringLiteral("Haven"),
                             QStringLiteral("Akkers"), QStringLiteral("Dorp")};
    for (qsizetype w = 0; w < wijken.size(); ++w)
        run(db, QStringLiteral("INSERT INTO queue_wijken (w, name) VALUES (?, ?)"), {int(w), wijken.at(w)});

    const QString stamp = QStringLiteral("'%1T08:00:00Z'").arg(today.toString(Qt::ISODate));
    run(db, QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
        "INSERT INTO addresses (postcode, huisnummer, toevoeging, straat, plaats, wijk, street_key) "
        "SELECT '9999 ZZ', n.i, '', 'Rekenstraat', 'Vangstad', w.name, 'rekenstraat' FROM n "
        "JOIN queue_wijken w ON w.w = (n.i * 7 + %2) % 9").arg(households).arg(seed));
    run(db, QStringLiteral(
        "INSERT INTO households (address_id, display_name, name_key, member_count, created_at, updated_at, team_id, "
        "priority_rank) SELECT a.id, 'Huishouden ' || a.huisnummer, 'huishouden ' || a.huisnummer, 1, %1, %1, "
        "CASE WHEN a.huisnummer % 10 = 9 THEN %2 ELSE %3 END, "
        "CASE WHEN (a.huisnummer * 13 + %4) % 10 < 7 THEN ((a.huisnummer * 7 + %4) % 4 + 1) * 1000000 "
        "+ (a.huisnummer * 31 + %4) % 60 ELSE 0 END FROM addresses a WHERE a.postcode = '9999 ZZ'")
        .arg(stamp).arg(teamB).arg(teamA).arg(seed));
    // The flags behind the ranks: the most severe one carries the rank; some have a lesser one too.
    run(db, QStringLiteral(
        "INSERT INTO flags (household_id, rule_id, rule_version, title, severity, score, explanation, raised_on, "
        "raised_at) SELECT h.id, 'synthetisch', 1, 'Regel ' || (h.priority_rank / 1000000), h.priority_rank / 1000000, "
        "h.priority_rank % 1000000, '', q.day, %1 FROM households h JOIN queue_days q ON q.d = h.id % 90 "
        "WHERE h.priority_rank > 0").arg(stamp));
    run(db, QStringLiteral(
        "INSERT INTO flags (household_id, rule_id, rule_version, title, severity, score, explanation, raised_on, "
        "raised_at) SELECT h.id, 'bijkomend', 1, 'Bijkomend', 1, 0, '', q.day, %1 FROM households h "
        "JOIN queue_days q ON q.d = h.id % 90 WHERE h.priority_rank > 0 AND h.id % 3 = 0").arg(stamp));
    run(db, QStringLiteral(
        "INSERT INTO signals (household_id, partner_type, signal_date, crisis, status, fact_key, created_at) "
        "SELECT h.id, 'huur', dd.day, CASE WHEN (h.id + k.d) % 23 = 0 THEN 1 ELSE 0 END, "
        "CASE WHEN h.id % 11 = 0 THEN 'afgesloten' ELSE 'nieuw' END, 'q-' || h.id || '-' || k.d, %1 "
        "FROM households h JOIN queue_days k ON k.d >= 0 AND k.d < h.id % 3 + 1 "
        "JOIN queue_days dd ON dd.d = (h.id * 11 + k.d * 17 + %2) % 60 WHERE (h.id * 3 + %2) % 5 <> 0")
        .arg(stamp).arg(seed));
    QString assignee = QStringLiteral("NULL");
    if (!assignees.isEmpty()) {
        assignee = QStringLiteral("CASE h.id % %1").arg(assignees.size() + 1);
        for (qsizetype i = 0; i < assignees.size(); ++i)
            assignee += QStringLiteral(" WHEN %1 THEN %2").arg(i + 1).arg(assignees.at(i));
        assignee += QStringLiteral(" ELSE NULL END");
    }
    run(db, QStringLiteral(
        "INSERT INTO cases (household_id, status, origin, assignee_id, opened_on, opened_at, opened_by, decision_on, "
        "updated_at, updated_by) SELECT h.id, CASE h.id % 3 WHEN 0 THEN 'nieuw' WHEN 1 THEN 'in_behandeling' "
        "ELSE 'wacht_op_inwoner' END, 'manual', %1, q.day, %2, 'Synthetisch', "
        "CASE WHEN h.id % 5 = 0 THEN q.day END, %2, 'Synthetisch' FROM households h "
        "JOIN queue_days q ON q.d = (h.id * 5 + %3) % 70 WHERE (h.id * 5 + %3) % 6 = 0").arg(assignee, stamp).arg(seed));
    run(db, QStringLiteral(
        "INSERT INTO cases (household_id, status, origin, opened_on, opened_at, opened_by, closed_on, outcome, "
        "updated_at, updated_by) SELECT h.id, 'afgesloten', 'manual', q.day, %1, 'Synthetisch', q.day, 'Anders', %1, "
        "'Synthetisch' FROM households h JOIN queue_days q ON q.d = 100 + h.id % 50 WHERE (h.id * 5 + %2) % 6 = 1")
        .arg(stamp).arg(seed));
    run(db, QStringLiteral(
        "INSERT INTO contact_attempts (case_id, household_id, kind, reached, attempt_date, author_name, created_at) "
        "SELECT c.id, c.household_id, 'Telefoon', c.id % 3, q.day, 'Synthetisch', %1 FROM cases c "
        "JOIN queue_days q ON q.d = c.id % 20 WHERE c.status <> 'afgesloten' AND c.id % 2 = 0").arg(stamp));
    run(db, QStringLiteral(
        "INSERT INTO discharge_notices (household_id, institution_type, expected_date, id_document, shelter, income, "
        "debts, care, lifecycle, fact_key, created_at) SELECT h.id, 'detentie', q.day, "
        "CASE WHEN h.id % 2 = 0 THEN 'geregeld' ELSE 'niet_geregeld' END, 'niet_geregeld', 'onbekend', "
        "'geregeld', 'onbekend', CASE WHEN h.id % 3 = 0 THEN 'in_detentie' ELSE 'aangekondigd' END, "
        "'d-' || h.id, %1 FROM households h JOIN queue_days q ON q.d = h.id % 100 - 60 "
        "WHERE (h.id * 7 + %2) % 40 = 0").arg(stamp).arg(seed));
    REQUIRE(db.connection().commit());
}

} // namespace vangnet::test
