#include "CaseFixture.h"

#include "domain/Household.h"

namespace vangnet::test {

std::pair<qint64, qint64> CaseFixture::household(const QString &achternaam, int huisnummer, const QString &wijk)
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, QString(), QStringLiteral("7411 AB"),
                        QStringLiteral("Vangstad"), wijk};
    Person p;
    p.voorletters = QStringLiteral("A.");
    p.achternaam = achternaam;
    p.geboortedatum = QDate(1980, 1, 1);
    h.members << p;
    auto created = require(households.create(h));
    return {created.id, created.members[0].id};
}

qint64 CaseFixture::signal(std::pair<qint64, qint64> who, const QString &id, QDate signalDate, bool crisis)
{
    importing::SignalRow row;
    row.signalId = id;
    row.partnerType = importing::PartnerType::Huur;
    row.partnerName = QStringLiteral("Woonstichting");
    row.signalDate = signalDate;
    row.arisenDate = signalDate.addDays(-40);
    row.amountCents = 95000;
    row.crisis = crisis;
    const qint64 signalId = require(households.addSignal(who.first, who.second, row));
    // Received on its date (the contact offer starts at the later of the two, docs/clocks.md).
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE signals SET created_at = ? WHERE id = ?"),
                   {timestampToSql(QDateTime(signalDate, QTime(8, 0), Qt::UTC)), signalId}).ok());
    return signalId;
}

qint64 CaseFixture::discharge(std::pair<qint64, qint64> who, QDate expected)
{
    importing::DischargeRow row;
    row.noticeId = QStringLiteral("U-%1").arg(who.first);
    row.institutionType = importing::InstitutionType::Detentie;
    row.expectedDate = expected;
    row.idDocument = importing::ConditionState::Geregeld;
    row.shelter = importing::ConditionState::NietGeregeld;
    return require(households.addDischarge(who.first, who.second, row));
}

void CaseFixture::setPriority(qint64 householdId, qint64 rank)
{
    REQUIRE(runSql(db->connection(), QStringLiteral("UPDATE households SET priority_rank = ? WHERE id = ?"),
                   {rank, householdId}).ok());
}

qint64 CaseFixture::count(const QString &sql, const QVariantList &values)
{
    auto q = runSql(db->connection(), sql, values);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QString CaseFixture::text(const QString &sql, const QVariantList &values)
{
    auto q = runSql(db->connection(), sql, values);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toString();
}

} // namespace vangnet::test
