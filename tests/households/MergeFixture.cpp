#include "MergeFixture.h"

#include "importing/RowSource.h"
#include "storage/SqlStatement.h"

#include <catch2/catch.hpp>

namespace vangnet::test {

namespace {

const QString now = QStringLiteral("2026-11-24T09:30:00Z");

void exec(const Database &db, const QString &sql, const QVariantList &values)
{
    auto q = runSql(db.connection(), sql, values);
    INFO((q ? std::string() : q.error().message.toStdString()));
    REQUIRE(q.ok());
}

qint64 insert(const Database &db, const QString &sql, const QVariantList &values)
{
    auto q = runSql(db.connection(), sql + QStringLiteral(" RETURNING id"), values);
    INFO((q ? std::string() : q.error().message.toStdString()));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

} // namespace

QStringList MergeFixture::tables()
{
    return {QStringLiteral("persons"), QStringLiteral("notes"), QStringLiteral("signals"),
        QStringLiteral("discharge_notices"), QStringLiteral("flags"), QStringLiteral("cases"),
        QStringLiteral("contact_attempts"), QStringLiteral("zrm_assessments"), QStringLiteral("housing_needs"),
        QStringLiteral("plan_entries"), QStringLiteral("plan_pins"), QStringLiteral("plan_exclusions"),
        QStringLiteral("place_placements")};
}

Person MergeFixture::person(
    const QString &voornaam, const QString &achternaam, QDate born, const QString &bsn, MemberRole role)
{
    Person p;
    p.role = role;
    p.voornaam = voornaam;
    p.voorletters = voornaam.left(1) + QLatin1Char('.');
    p.achternaam = achternaam;
    p.geboortedatum = born;
    p.bsn = bsn;
    return p;
}

Household MergeFixture::household(int huisnummer, const QString &toevoeging, QList<Person> members)
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, toevoeging, QStringLiteral("7411 AB"),
        QStringLiteral("Vangstad"), QStringLiteral("Noord")};
    h.members = std::move(members);
    return h;
}

MergeFixture::MergeFixture()
{
    const QDate anna(1985, 3, 1);
    jansen = required(households.create(household(12, {},
        {person(QStringLiteral("Anna"), QStringLiteral("Jansen"), anna),
            person(QStringLiteral("Tim"), QStringLiteral("Jansen"), QDate(2012, 6, 1), {}, MemberRole::Kind)})));
    janssen = required(households.create(household(12, QStringLiteral("A"),
        {person(QStringLiteral("Anna"), QStringLiteral("Janssen"), anna, annasBsn()),
            person(QStringLiteral("Piet"), QStringLiteral("Janssen"), QDate(1983, 9, 9), {}, MemberRole::Partner)})));
    m_place = insert(*db,
        QStringLiteral("INSERT INTO places (plek_id, aanbieder, woonvorm, capaciteit, beschikbaar_vanaf, "
                       "begeleiding, updated_at, updated_by) VALUES ('P-1', 'Aanbieder', 'overig', 2, "
                       "'2026-12-01', 'licht', ?, 'test')"),
        {now});
    m_run = insert(*db,
        QStringLiteral("INSERT INTO plan_runs (as_of, horizon_days, run_at, run_by, candidates, places, "
                       "instance, result) VALUES ('2026-11-24', 90, ?, 'test', 2, 1, '{}', '{}')"),
        {now});
}

void MergeFixture::fillEveryTable(const Household &h, const QString &tag)
{
    const qint64 person = h.members.at(0).id;
    required(households.addNote(h.id, QStringLiteral("Notitie %1").arg(tag)));
    const qint64 signalId = insert(*db,
        QStringLiteral("INSERT INTO signals (household_id, person_id, partner_type, signal_date, "
                       "fact_key, created_at) VALUES (?, ?, 'Huur', '2026-11-01', ?, ?)"),
        {h.id, person, QStringLiteral("fact-s-") + tag, now});
    insert(*db,
        QStringLiteral("INSERT INTO discharge_notices (household_id, person_id, institution_type, expected_date, "
                       "id_document, shelter, income, debts, care, fact_key, created_at) VALUES (?, ?, 'detentie', "
                       "'2027-01-10', 'onbekend', 'onbekend', 'onbekend', 'onbekend', 'onbekend', ?, ?)"),
        {h.id, person, QStringLiteral("fact-d-") + tag, now});
    insert(*db,
        QStringLiteral("INSERT INTO flags (household_id, rule_id, rule_version, title, severity, score, explanation, "
                       "raised_on, raised_at, resolved_on, resolution) VALUES (?, 'oud', 1, 'Oud', 2, 10, '', "
                       "'2026-01-01', ?, '2026-02-01', 'resolved')"),
        {h.id, now});
    const qint64 caseId = insert(*db,
        QStringLiteral("INSERT INTO cases (household_id, origin, opened_on, opened_at, opened_by, "
                       "updated_at, updated_by) VALUES (?, 'manual', '2026-11-02', ?, 'test', ?, 'test')"),
        {h.id, now, now});
    exec(*db, QStringLiteral("INSERT INTO case_signals (case_id, signal_id) VALUES (?, ?)"), {caseId, signalId});
    insert(*db,
        QStringLiteral("INSERT INTO contact_attempts (case_id, household_id, kind, reached, attempt_date, author_name, "
                       "created_at) VALUES (?, ?, 'telefoon', 0, '2026-11-03', 'test', ?)"),
        {caseId, h.id, now});
    insert(*db,
        QStringLiteral("INSERT INTO zrm_assessments (household_id, person_id, case_id, assessed_on, assessor_name, "
                       "zrm_version, created_at) VALUES (?, ?, ?, '2026-11-04', 'test', '2017', ?)"),
        {h.id, person, caseId, now});
    insert(*db,
        QStringLiteral("INSERT INTO housing_needs (household_id, applicant_id, persons, care, available_from, "
                       "updated_at, updated_by) VALUES (?, ?, 1, 'licht', '2026-12-01', ?, 'test')"),
        {h.id, person, now});
    insert(*db,
        QStringLiteral(
            "INSERT INTO plan_entries (run_id, household_id, tier, priority, status, updated_at, updated_by) "
            "VALUES (?, ?, 'laag', 1, 'voorgesteld', ?, 'test')"),
        {m_run, h.id, now});
    exec(*db,
        QStringLiteral(
            "INSERT INTO plan_pins (household_id, place_id, created_at, created_by) VALUES (?, ?, ?, 'test')"),
        {h.id, m_place, now});
    exec(*db,
        QStringLiteral("INSERT INTO plan_exclusions (household_id, place_id, source, created_at, created_by) "
                       "VALUES (?, ?, 'medewerker', ?, 'test')"),
        {h.id, m_place, now});
    insert(*db,
        QStringLiteral(
            "INSERT INTO place_placements (place_id, household_id, case_id, placed_on, created_at, created_by) "
            "VALUES (?, ?, ?, '2026-11-20', ?, 'test')"),
        {m_place, h.id, caseId, now});
}

qint64 MergeFixture::scalar(const QString &sql, const QVariantList &values) const
{
    auto q = runSql(db->connection(), sql, values);
    INFO((q ? std::string() : q.error().message.toStdString()));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QMap<QString, qint64> MergeFixture::counts(qint64 householdId) const
{
    QMap<QString, qint64> out;
    for (const QString &table : tables())
        out.insert(table,
            householdId == 0
                ? scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table))
                : scalar(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE household_id = ?").arg(table), {householdId}));
    return out;
}

importing::SignalRow MergeFixture::signal(const QString &id, importing::PartnerType type, const QString &achternaam,
    int huisnummer, const QString &toevoeging, QDate born)
{
    importing::SignalRow s;
    s.line = 2;
    s.signalId = id;
    s.partnerType = type;
    s.partnerName = QStringLiteral("Partner");
    s.signalDate = QDate(2026, 11, 1);
    s.arisenDate = QDate(2026, 10, 1);
    s.amountCents = 45000;
    s.person.achternaam = achternaam;
    s.person.voorletters = QStringLiteral("A.");
    s.person.postcode = QStringLiteral("7411 AB");
    s.person.huisnummer = huisnummer;
    s.person.toevoeging = toevoeging;
    s.person.straat = QStringLiteral("Lindelaan");
    s.person.plaats = QStringLiteral("Vangstad");
    s.person.geboortedatum = born;
    return s;
}

importing::ImportSummary MergeFixture::importSignals(QVector<importing::SignalRow> rows)
{
    importing::VectorSource<importing::SignalRow> source(std::move(rows));
    return required(importing::ImportService(*db, clock, users.caseworkerA())
                        .importSignals(source,
                            {QStringLiteral("signalen.csv"), QStringLiteral("csv"), QStringLiteral("standaard")}));
}

} // namespace vangnet::test
