#include "signals/SignalQuery.h"

#include "security/AccessGuard.h"
#include "security/Session.h"
#include "storage/SqlStatement.h"

#include <QCoreApplication>

namespace vangnet {

namespace {
const QString fromJoins = QStringLiteral(
    " FROM signals s JOIN households h ON h.id = s.household_id JOIN addresses a ON a.id = h.address_id");
} // namespace

QString signalStatusLabel(const QString &status)
{
    if (status == QLatin1String("nieuw"))
        return QCoreApplication::translate("vangnet::SignalQuery", "New");
    if (status == QLatin1String("in_behandeling"))
        return QCoreApplication::translate("vangnet::SignalQuery", "In progress");
    if (status == QLatin1String("afgesloten"))
        return QCoreApplication::translate("vangnet::SignalQuery", "Closed");
    return status; // a status written by a later version: shown as stored
}

QString signalMarksText(bool crisis, bool repeated)
{
    QStringList marks;
    if (crisis)
        marks << QCoreApplication::translate("vangnet::SignalQuery", "crisis");
    if (repeated)
        marks << QCoreApplication::translate("vangnet::SignalQuery", "repeated");
    return marks.join(QStringLiteral(", "));
}

SignalQuery::SignalQuery(QSqlDatabase db, const Session &session) : m_db(std::move(db)), m_session(session) {}

Result<std::pair<QString, QVariantList>> SignalQuery::where(const SignalFilter &filter) const
{
    // This class holds a connection only: the refusal's record takes the system clock.
    static const SystemClock clock;
    if (auto allowed = AccessGuard(m_db, clock, m_session).require(Permission::ViewHouseholds, QStringLiteral("signal"), 0,
                                                                   QStringLiteral("attempt:list"));
        !allowed)
        return allowed.error();
    QStringList terms{QStringLiteral("h.team_id = ?")};
    QVariantList values{m_session.user().teamId};
    if (!filter.partnerType.isEmpty()) {
        terms << QStringLiteral("s.partner_type = ?");
        values << filter.partnerType;
    }
    if (filter.from.isValid()) {
        terms << QStringLiteral("s.signal_date >= ?");
        values << filter.from.toString(Qt::ISODate);
    }
    if (filter.to.isValid()) {
        terms << QStringLiteral("s.signal_date <= ?");
        values << filter.to.toString(Qt::ISODate);
    }
    if (!filter.status.isEmpty()) {
        terms << QStringLiteral("s.status = ?");
        values << filter.status;
    }
    if (!filter.wijk.isEmpty()) {
        terms << QStringLiteral("a.wijk = ?");
        values << filter.wijk;
    }
    return std::pair{QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND ")), values};
}

Result<QList<SignalListRow>> SignalQuery::find(const SignalFilter &filter) const
{
    QList<SignalListRow> rows;
    auto read = each(filter, [&rows](const SignalListRow &row) {
        rows << row;
        return true;
    });
    if (!read)
        return read.error();
    return rows;
}

Result<qint64> SignalQuery::each(const SignalFilter &filter, const std::function<bool(const SignalListRow &)> &row) const
{
    auto condition = where(filter);
    if (!condition)
        return condition.error();
    const QString limit = filter.limit > 0 ? QStringLiteral(" LIMIT %1").arg(filter.limit) : QString();
    auto q = runSql(m_db, QStringLiteral(
        "SELECT s.id, s.household_id, s.signal_date, s.partner_type, s.partner_name, s.amount_cents, h.display_name, "
        "a.wijk, s.status, s.crisis, s.repeated") + fromJoins + condition->first +
        QStringLiteral(" ORDER BY s.signal_date DESC, s.id DESC") + limit,
        condition->second, "read signals");
    if (!q)
        return q.error();
    qint64 handed = 0;
    while (q->next()) {
        SignalListRow r;
        r.id = q->value(0).toLongLong();
        r.householdId = q->value(1).toLongLong();
        r.signalDate = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        r.partnerType = q->value(3).toString();
        r.partnerName = q->value(4).toString();
        if (!q->value(5).isNull())
            r.amountCents = q->value(5).toLongLong();
        r.household = q->value(6).toString();
        r.wijk = q->value(7).toString();
        r.status = q->value(8).toString();
        r.crisis = q->value(9).toInt() != 0;
        r.repeated = q->value(10).toInt() != 0;
        ++handed;
        if (!row(r))
            break;
    }
    return handed;
}

Result<qint64> SignalQuery::count(const SignalFilter &filter) const
{
    auto condition = where(filter);
    if (!condition)
        return condition.error();
    auto q = runSql(m_db, QStringLiteral("SELECT COUNT(*)") + fromJoins + condition->first, condition->second, "count signals");
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace vangnet
