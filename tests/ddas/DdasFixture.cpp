#include "DdasFixture.h"

#include "ddas/MunicipalityRepository.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QFile>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace vangnet::test {

namespace {
QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(isoDate(d)) : sqlNull();
}
} // namespace

DdasFixture::DdasFixture()
    : leadA(users.add(QStringLiteral("teamleider-a"), Role::Teamleider, users.teamA().id))
{
    for (const auto &[wijk, code] : {std::pair{QString(), QStringLiteral("0518")}, std::pair{QStringLiteral("Oost"), QStringLiteral("0307")}})
        REQUIRE(MunicipalityRepository(db->connection()).set({wijk, code, clock.now(), QStringLiteral("test")}).ok());
}

Resident DdasFixture::resident(HouseholdService &team, const QString &achternaam, int huisnummer, const QString &bsn,
    const QString &toevoeging, const QString &voorvoegsel, const QString &wijk)
{
    Household h;
    h.address = Address{0, QStringLiteral("Lindelaan"), huisnummer, toevoeging, QStringLiteral("7411 AB"),
        QStringLiteral("Vangstad"), wijk};
    Person p;
    p.voorletters = QStringLiteral("A.");
    p.voorvoegsel = voorvoegsel;
    p.achternaam = achternaam;
    p.geboortedatum = QDate(1980, 3, 14);
    p.bsn = bsn;
    h.members << p;
    auto created = team.create(h);
    INFO((created ? std::string() : created.error().message.toStdString()));
    REQUIRE(created.ok());
    return {created->id, created->members[0].id};
}

qint64 DdasFixture::signal(HouseholdService &team, const Resident &who, importing::PartnerType type,
    const QString &partnerId, const QDate &signalDate, std::optional<qint64> cents, bool crisis,
    const QString &partnerName)
{
    importing::SignalRow row;
    row.signalId = partnerId;
    row.partnerType = type;
    row.partnerName = partnerName;
    row.signalDate = signalDate;
    row.arisenDate = cents ? signalDate.addDays(-30) : QDate();
    row.amountCents = cents;
    row.crisis = crisis;
    auto added = team.addSignal(who.household, who.person, row);
    INFO((added ? std::string() : added.error().message.toStdString()));
    REQUIRE(added.ok());
    return *added;
}

qint64 DdasFixture::addCase(const Resident &who, const QDate &openedOn, const QString &status, const QDate &takenUpOn,
    const QDate &closedOn, const QString &outcome)
{
    // The internal reason is always set, so the tests can show it never leaves the database.
    auto q = runSql(db->connection(),
        QStringLiteral("INSERT INTO cases (household_id, status, origin, opened_on, opened_at, opened_by, "
                       "taken_up_on, closed_on, outcome, internal_reason_enc, updated_at, updated_by) "
                       "VALUES (?, ?, 'signal', ?, ?, 'consulent-a', ?, ?, ?, ?, ?, 'consulent-a') RETURNING id"),
        {who.household, closedOn.isValid() ? QStringLiteral("afgesloten") : status, isoDate(openedOn),
            isoDate(openedOn) + QStringLiteral("T09:00:00Z"), dateOrNull(takenUpOn), dateOrNull(closedOn),
            textOrNull(outcome), sqlNull(), isoDate(openedOn) + QStringLiteral("T09:00:00Z")});
    INFO((q ? std::string() : q.error().message.toStdString()));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    const qint64 caseId = q->value(0).toLongLong();
    REQUIRE(sealed::caseInternalReason.write(db->connection(), users.caseworkerA().fields(), caseId,
                                             QStringLiteral("Interne reden: zie dossier")).ok());
    return caseId;
}

void DdasFixture::link(qint64 caseId, qint64 signalId)
{
    sql(QStringLiteral("INSERT INTO case_signals (case_id, signal_id) VALUES (?, ?)"), {caseId, signalId});
}

void DdasFixture::attempt(
    qint64 caseId, const Resident &who, const QString &kind, bool reached, const QDate &date, const QString &dayPart)
{
    sql(QStringLiteral("INSERT INTO contact_attempts (case_id, household_id, kind, reached, attempt_date, day_part, "
                       "author_name, created_at) VALUES (?, ?, ?, ?, ?, ?, 'consulent-a', ?)"),
        {caseId, who.household, kind, reached ? 1 : 0, isoDate(date), textOrNull(dayPart),
            isoDate(date) + QStringLiteral("T10:00:00Z")});
}

void DdasFixture::sql(const QString &statement, const QVariantList &values)
{
    auto q = runSql(db->connection(), statement, values);
    INFO((q ? std::string() : q.error().message.toStdString()));
    REQUIRE(q.ok());
}

QJsonObject DdasFixture::readJson(const QString &fileName)
{
    QFile file(fileName);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace vangnet::test
