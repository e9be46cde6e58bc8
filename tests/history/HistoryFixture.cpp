#include "HistoryFixture.h"

#include "domain/Household.h"
#include "importing/RowSource.h"

namespace vangnet::test {

namespace {

QStringList lines(const Database &db, const QString &sql, const QVariantList &values,
    const std::function<QString(const QSqlQuery &)> &line)
{
    auto q = runSql(db.connection(), sql, values);
    REQUIRE(q.ok());
    QStringList out;
    while (q->next())
        out << line(*q);
    return out;
}

QString orDash(const QVariant &v)
{
    return v.isNull() ? QStringLiteral("-") : v.toString();
}

} // namespace

QStringList HistoryFixture::statuses(const char *column, qint64 id)
{
    return lines(*db,
        QStringLiteral("SELECT old_status, new_status, valid_from, changed_by FROM status_history WHERE %1 = ? "
                       "ORDER BY id")
            .arg(QLatin1String(column)),
        {id}, [this](const QSqlQuery &q) {
            CHECK(q.value(3).toString() == me());
            return QStringLiteral("%1>%2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        });
}

QStringList HistoryFixture::conditions(qint64 caseId)
{
    return lines(*db,
        QStringLiteral("SELECT condition_key, old_source, old_state, new_source, new_state, new_since, valid_from "
                       "FROM basic_condition_history WHERE case_id = ? ORDER BY id"),
        {caseId}, [](const QSqlQuery &q) {
            QString line = QStringLiteral("%1 %2:%3>%4:%5")
                               .arg(q.value(0).toString(), orDash(q.value(1)), orDash(q.value(2)),
                                   q.value(3).toString(), q.value(4).toString());
            if (!q.value(5).isNull())
                line += QStringLiteral(" since ") + q.value(5).toString();
            return line + QStringLiteral(" from ") + q.value(6).toString();
        });
}

QStringList HistoryFixture::noticeHistory(qint64 dischargeId)
{
    return lines(*db,
        QStringLiteral("SELECT change, lifecycle, valid_from FROM discharge_notice_history WHERE discharge_id = ? "
                       "ORDER BY id"),
        {dischargeId}, [](const QSqlQuery &q) {
            return QStringLiteral("%1 %2 from %3")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        });
}

namespace {
const QString knownBsn = QStringLiteral("999990019");
}

std::pair<qint64, qint64> HistoryFixture::knownHousehold()
{
    Household h;
    h.address = Address{
        0, QStringLiteral("Lindelaan"), 12, QString(), QStringLiteral("7411 AB"), QStringLiteral("Vangstad"), {}};
    Person p;
    p.voorletters = QStringLiteral("A.");
    p.achternaam = QStringLiteral("Jansen");
    p.bsn = knownBsn;
    p.geboortedatum = QDate(1985, 3, 1);
    h.members << p;
    auto created = require(households.create(h));
    return {created.id, created.members[0].id};
}

qint64 HistoryFixture::importNotice(const QString &noticeId, QDate expected, importing::ConditionState shelter)
{
    importing::DischargeRow row;
    row.line = 2;
    row.noticeId = noticeId;
    row.institutionType = importing::InstitutionType::Detentie;
    row.institutionName = QStringLiteral("PI Vangstad");
    row.expectedDate = expected;
    row.idDocument = importing::ConditionState::Geregeld;
    row.shelter = shelter;
    row.person.bsn = knownBsn;
    row.person.bsnValid = true;
    row.person.achternaam = QStringLiteral("Jansen");
    importing::VectorSource<importing::DischargeRow> source({row});
    auto summary = import.importDischarges(source, {QStringLiteral("uitstroom.csv"), QStringLiteral("csv"), QString()});
    INFO((summary ? std::string() : summary.error().message.toStdString()));
    REQUIRE(summary.ok());
    REQUIRE(summary->rejected == 0);
    return summary->batch;
}

} // namespace vangnet::test
