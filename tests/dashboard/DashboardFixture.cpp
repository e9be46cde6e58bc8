#include "DashboardFixture.h"

#include "cases/CaseVocabulary.h"

namespace vangnet::test {

namespace {

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

void DashboardFixture::exec(const QString &sql, const QVariantList &values)
{
    auto q = runSql(db->connection(), sql, values);
    INFO((q ? std::string() : q.error().message.toStdString()));
    REQUIRE(q.ok());
}

qint64 DashboardFixture::flag(qint64 household, const QString &rule, int severity, QDate raisedOn)
{
    exec(QStringLiteral("INSERT INTO flags (household_id, rule_id, rule_version, title, severity, score, explanation, "
                        "raised_on, raised_at) VALUES (?, ?, 1, ?, ?, 10, 'synthetisch', ?, ?)"),
         {household, rule, QStringLiteral("Regel %1").arg(rule), severity, iso(raisedOn), iso(raisedOn) + QStringLiteral("T08:00:00Z")});
    return count(QStringLiteral("SELECT MAX(id) FROM flags"));
}

qint64 DashboardFixture::openCase(qint64 household, qint64 assignee, QDate openedOn, QList<qint64> signals)
{
    exec(QStringLiteral("INSERT INTO cases (household_id, status, origin, assignee_id, opened_on, opened_at, opened_by, "
                        "updated_at, updated_by) VALUES (?, 'in_behandeling', 'signal', ?, ?, ?, 'test', ?, 'test')"),
         {household, assignee ? QVariant(assignee) : sqlNull(), iso(openedOn), iso(openedOn) + QStringLiteral("T09:00:00Z"),
          iso(openedOn) + QStringLiteral("T09:00:00Z")});
    const qint64 id = count(QStringLiteral("SELECT MAX(id) FROM cases"));
    for (qint64 s : signals)
        exec(QStringLiteral("INSERT INTO case_signals (case_id, signal_id) VALUES (?, ?)"), {id, s});
    return id;
}

void DashboardFixture::closeCase(qint64 caseId, QDate closedOn, const QString &outcome)
{
    exec(QStringLiteral("UPDATE cases SET status = 'afgesloten', closed_on = ?, outcome = ? WHERE id = ?"),
         {iso(closedOn), outcome, caseId});
}

void DashboardFixture::attempt(qint64 caseId, qint64 household, QDate on, bool reached, const QString &kind)
{
    exec(QStringLiteral("INSERT INTO contact_attempts (case_id, household_id, kind, reached, attempt_date, author_name, "
                        "created_at) VALUES (?, ?, ?, ?, ?, 'test', ?)"),
         {caseId, household, kind, reached ? 1 : 0, iso(on), iso(on) + QStringLiteral("T10:00:00Z")});
}

DashboardFixture::DashboardFixture()
{
    const qint64 a = users.caseworkerA().user().id;
    const qint64 a2 = caseworkerA2.user().id;
    h1 = household(QStringLiteral("Aarts"), 1, QStringLiteral("Centrum"));
    h2 = household(QStringLiteral("Bakker"), 2, QStringLiteral("Centrum"));
    h3 = household(QStringLiteral("Claes"), 3, QStringLiteral("Noord"));
    h4 = household(QStringLiteral("Dekker"), 4, QStringLiteral("Noord"));
    h5 = household(QStringLiteral("Evers"), 5);
    h6 = household(QStringLiteral("Franken"), 6);
    h7 = household(QStringLiteral("Geurts"), 7);
    // Team B's household, made by its own caseworker.
    HouseholdService householdsB{*db, clock, users.caseworkerB()};
    {
        Household h;
        h.address = Address{0, QStringLiteral("Beukweg"), 9, QString(), QStringLiteral("7411 AC"), QStringLiteral("Vangstad"), {}};
        Person p;
        p.voorletters = QStringLiteral("B.");
        p.achternaam = QStringLiteral("Buiten");
        p.geboortedatum = QDate(1975, 5, 5);
        h.members << p;
        auto made = require(householdsB.create(h));
        hb = {made.id, made.members[0].id};
    }

    // Signals: three of team A in the week (two rent of h1, one energy of h2), one the week
    // before (h3), h2's older signal that its case counts from, and h5's signal after its case closed.
    const qint64 s1 = signal(h1, QStringLiteral("S1"), QDate(2026, 11, 16));
    signal(h1, QStringLiteral("S2"), QDate(2026, 11, 20));
    const qint64 s3 = signal(h2, QStringLiteral("S3"), QDate(2026, 11, 18));
    exec(QStringLiteral("UPDATE signals SET partner_type = 'Energie' WHERE id = ?"), {s3});
    const qint64 s2old = signal(h2, QStringLiteral("S4"), QDate(2026, 10, 20));
    signal(h3, QStringLiteral("S5"), QDate(2026, 11, 10));
    signal(h5, QStringLiteral("S6"), QDate(2026, 8, 1));
    {
        importing::SignalRow row;
        row.signalId = QStringLiteral("SB");
        row.partnerType = importing::PartnerType::Huur;
        row.partnerName = QStringLiteral("Woonstichting");
        row.signalDate = QDate(2026, 11, 17);
        row.amountCents = 1000;
        require(householdsB.addSignal(hb.first, hb.second, row));
    }

    // Flags: h1 twice (two rules), h2 once in the week; h3 the week before; team B in the week.
    flag(h1.first, QStringLiteral("huur_2"), 2, QDate(2026, 11, 16));
    flag(h1.first, QStringLiteral("stapeling"), 3, QDate(2026, 11, 17));
    flag(h2.first, QStringLiteral("huur_2"), 2, QDate(2026, 11, 19));
    flag(h3.first, QStringLiteral("huur_2"), 2, QDate(2026, 11, 12));
    flag(hb.first, QStringLiteral("huur_2"), 4, QDate(2026, 11, 18));

    // Cases.
    const qint64 c1 = openCase(h1.first, a, QDate(2026, 11, 17), {s1});
    attempt(c1, h1.first, QDate(2026, 11, 18), false); // 2 days after the signal: within 14
    attempt(c1, h1.first, QDate(2026, 11, 21), true);  // reached after 5 days: within 28
    const qint64 c2 = openCase(h2.first, a2, QDate(2026, 11, 18), {s2old, s3});
    attempt(c2, h2.first, QDate(2026, 11, 19), false); // 30 days after 20 October: outside 14
    const qint64 c3 = openCase(h3.first, a, QDate(2026, 9, 1));
    attempt(c3, h3.first, QDate(2026, 9, 2), false);   // first conversation never came: overdue
    const qint64 c4 = openCase(h4.first, a2, QDate(2026, 10, 1));
    closeCase(c4, QDate(2026, 11, 20), cases::ddas::eindresultaat().at(8));
    closeCase(openCase(h5.first, a, QDate(2026, 3, 1)), QDate(2026, 5, 20), cases::ddas::eindresultaat().at(9));
    closeCase(openCase(h6.first, a, QDate(2026, 3, 1)), QDate(2026, 5, 1), cases::ddas::eindresultaat().at(9));
    closeCase(openCase(h7.first, a, QDate(2025, 9, 1)), QDate(2025, 11, 1), cases::ddas::eindresultaat().at(9));
    const qint64 cb = openCase(hb.first, users.caseworkerB().user().id, QDate(2026, 11, 17));
    attempt(cb, hb.first, QDate(2026, 11, 18), true);

    // Discharge notices: h4 in 18 days and h2 in 54 days, each with housing not arranged; h3 in
    // 9 days with everything arranged; h1 in 99 days, beyond 90.
    discharge(h4, QDate(2026, 12, 10));
    discharge(h2, QDate(2027, 1, 15));
    const qint64 arranged = discharge(h3, QDate(2026, 12, 1));
    exec(QStringLiteral("UPDATE discharge_notices SET id_document = 'geregeld', shelter = 'geregeld', income = 'geregeld', "
                        "debts = 'geregeld', care = 'geregeld' WHERE id = ?"),
         {arranged});
    discharge(h1, QDate(2027, 3, 1));

    // A place of two, h1 placed in the week; h2 declined an offer in the week.
    exec(QStringLiteral("INSERT INTO places (plek_id, aanbieder, woonvorm, capaciteit, beschikbaar_vanaf, status, begeleiding, "
                        "updated_at, updated_by) VALUES ('P-1', 'Aanbieder', 'begeleid_wonen', 2, '2026-01-01', 'vrij', 'licht', "
                        "'2026-01-01T00:00:00Z', 'test')"));
    placeId = count(QStringLiteral("SELECT MAX(id) FROM places"));
    exec(QStringLiteral("INSERT INTO place_placements (place_id, household_id, placed_on, created_at, created_by) "
                        "VALUES (?, ?, '2026-11-19', '2026-11-19T10:00:00Z', 'test')"),
         {placeId, h1.first});
    exec(QStringLiteral("INSERT INTO plan_runs (as_of, horizon_days, run_at, run_by, candidates, places, instance, result) "
                        "VALUES ('2026-11-16', 0, '2026-11-16T08:00:00Z', 'test', 2, 1, '{}', '{}')"));
    exec(QStringLiteral("INSERT INTO plan_entries (run_id, household_id, team_id, tier, priority, place_id, status, "
                        "updated_at, updated_by) VALUES (?, ?, ?, 'hoog', 10, ?, 'afgewezen', '2026-11-18T14:00:00Z', 'test')"),
         {count(QStringLiteral("SELECT MAX(id) FROM plan_runs")), h2.first, users.teamA().id, placeId});
}

} // namespace vangnet::test
