#include "dashboard/DashboardRepository.h"

#include "storage/SqlStatement.h"

#include <QSqlQuery>

namespace vangnet::dashboard {

namespace {

// The columns every row source yields, named once.
const QString colHousehold = QStringLiteral("household_id");
const QString colGroup = QStringLiteral("grp");
const QString colLabel = QStringLiteral("label");
const QString colOn = QStringLiteral("on_date");
const QString colDetail = QStringLiteral("detail");
const QString colSince = QStringLiteral("since");
const QString colAmount = QStringLiteral("amount");
// … and what the list and the aggregation add.
const QString colName = QStringLiteral("household_name");
const QString colWijk = QStringLiteral("wijk");
const QString colCount = QStringLiteral("n");
const QString colCapacity = QStringLiteral("capacity");
const QString colOccupied = QStringLiteral("occupied");

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

/// An open discharge notice: not closed by its case, not completed, superseded or withdrawn
/// (the work queue's and the clocks' "open", docs/clocks.md).
const char *const openNotice =
    "d.status IN ('nieuw', 'in_behandeling') AND d.lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken')";

/// 1 when basic condition `key` of notice d is arranged: the caseworker's word on the newest
/// case's checklist over the notice's own (docs/rules.md, "Facts from the case").
QString arranged(const char *key, const char *noticeColumn)
{
    return QStringLiteral(
        "COALESCE((SELECT CASE WHEN bc.state = 'geregeld' THEN 1 ELSE 0 END FROM basic_conditions bc "
        "JOIN case_discharges cd ON cd.case_id = bc.case_id WHERE cd.discharge_id = d.id AND bc.condition_key = '%1' "
        "AND bc.source = 'zaak' ORDER BY cd.case_id DESC LIMIT 1), CASE WHEN d.%2 = 'geregeld' THEN 1 ELSE 0 END)")
        .arg(QLatin1String(key), QLatin1String(noticeColumn));
}

/// Basic conditions not arranged, of five.
QString notArranged()
{
    return QStringLiteral("(5 - %1 - %2 - %3 - %4 - %5)")
        .arg(arranged("id_bewijs", "id_document"), arranged("onderdak", "shelter"), arranged("inkomen", "income"),
             arranged("schulden", "debts"), arranged("zorg", "care"));
}

/// The first attempt of each case in the week (reached ones only when `reachedOnly`), counted as
/// the clocks count it (docs/clocks.md): only an attempt on or after the case's earliest signal,
/// and never an `Administratief` one. Cases without a signal (a discharge or a walk-in) have no
/// signal-to-contact time and are left out.
SqlText firstContact(const MetricScope &scope, bool reachedOnly)
{
    const QString reached = reachedOnly ? QStringLiteral(" AND a.reached <> 0") : QString();
    const QString earlier = reachedOnly ? QStringLiteral(" AND b.reached <> 0") : QString();
    const QString firstSignal = QStringLiteral("(SELECT MIN(s.signal_date) FROM case_signals cs "
                                               "JOIN signals s ON s.id = cs.signal_id WHERE cs.case_id = %1)");
    return {QStringLiteral(
                "SELECT x.household_id AS household_id, '' AS grp, '' AS label, x.first_on AS on_date, x.assignee AS detail, "
                "x.first_signal AS since, 0 AS amount FROM (SELECT c.household_id, w.case_id, w.first_on, "
                "COALESCE(u.display_name, '') AS assignee, %3 AS first_signal FROM "
                "(SELECT a.case_id, MIN(a.attempt_date) AS first_on FROM contact_attempts a "
                "WHERE a.attempt_date BETWEEN ? AND ? AND a.kind <> 'Administratief'%1 AND a.attempt_date >= %4 "
                "GROUP BY a.case_id) w "
                "JOIN cases c ON c.id = w.case_id JOIN households h ON h.id = c.household_id "
                "LEFT JOIN users u ON u.id = c.assignee_id WHERE +h.team_id = ?) x "
                "WHERE x.first_signal IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contact_attempts b "
                "WHERE b.case_id = x.case_id AND b.attempt_date < ? AND b.attempt_date >= x.first_signal "
                "AND b.kind <> 'Administratief'%2)")
                .arg(reached, earlier, firstSignal.arg(QStringLiteral("c.id")), firstSignal.arg(QStringLiteral("a.case_id"))),
            {iso(scope.from), iso(scope.to), scope.teamId, iso(scope.from)}};
}

SqlText discharges(const MetricScope &scope, int days)
{
    return {QStringLiteral(
                "SELECT d.household_id AS household_id, '%1' AS grp, '%1' AS label, d.expected_date AS on_date, "
                "d.institution_type AS detail, NULL AS since, %2 AS amount FROM discharge_notices d "
                "JOIN households h ON h.id = d.household_id WHERE +h.team_id = ? AND %3 "
                "AND d.expected_date > ? AND d.expected_date <= ? AND %2 > 0")
                .arg(QString::number(days), notArranged(), QLatin1String(openNotice)),
            {scope.teamId, iso(scope.reference), iso(scope.reference.addDays(days))}};
}

/// The households whose last case closing in the four weeks that ended `weeks` weeks before the
/// week, split by whether a signal dated after that closing came in by the reference day.
SqlText resignal(const MetricScope &scope, int weeks)
{
    const QDate closedTo = scope.to.addDays(-7 * weeks);
    const QDate closedFrom = closedTo.addDays(-27);
    return {QStringLiteral(
                "SELECT x.household_id AS household_id, CASE WHEN EXISTS (SELECT 1 FROM signals s "
                "WHERE s.household_id = x.household_id AND s.signal_date > x.closed_on AND s.signal_date <= ?) "
                "THEN '%1' ELSE '%2' END AS grp, '' AS label, x.closed_on AS on_date, x.outcome AS detail, NULL AS since, "
                "0 AS amount FROM (SELECT c.household_id, MAX(c.closed_on) AS closed_on, MAX(COALESCE(c.outcome, '')) AS outcome "
                "FROM cases c JOIN households h ON h.id = c.household_id WHERE +h.team_id = ? "
                "AND c.closed_on BETWEEN ? AND ? GROUP BY c.household_id) x")
                .arg(groupResignalled, groupNotResignalled),
            {iso(scope.reference), scope.teamId, iso(closedFrom), iso(closedTo)}};
}

} // namespace

bool DashboardRepository::isSql(Metric metric)
{
    return metric != Metric::OverdueByCaseworker;
}

SqlText DashboardRepository::rowSource(Metric metric, const MetricScope &scope)
{
    const QVariantList week{scope.teamId, iso(scope.from), iso(scope.to)};
    switch (metric) {
    case Metric::SignalsByPartner:
        return {QStringLiteral(
                    "SELECT s.household_id AS household_id, s.partner_type AS grp, s.partner_type AS label, "
                    "s.signal_date AS on_date, s.partner_name AS detail, NULL AS since, COALESCE(s.amount_cents, 0) AS amount "
                    "FROM signals s JOIN households h ON h.id = s.household_id "
                    "WHERE +h.team_id = ? AND s.signal_date BETWEEN ? AND ?"),
                week};
    case Metric::NewFlagsByRule:
        return {QStringLiteral(
                    "SELECT f.household_id AS household_id, f.rule_id AS grp, MAX(f.title) AS label, "
                    "MIN(f.raised_on) AS on_date, MAX(f.title) AS detail, NULL AS since, MAX(f.severity) AS amount "
                    "FROM flags f JOIN households h ON h.id = f.household_id "
                    "WHERE +h.team_id = ? AND f.raised_on BETWEEN ? AND ? GROUP BY f.household_id, f.rule_id"),
                week};
    case Metric::NewFlagsBySeverity:
        return {QStringLiteral(
                    "SELECT f.household_id AS household_id, CAST(MAX(f.severity) AS TEXT) AS grp, "
                    "CAST(MAX(f.severity) AS TEXT) AS label, MIN(f.raised_on) AS on_date, MAX(f.title) AS detail, "
                    "NULL AS since, MAX(f.severity) AS amount FROM flags f JOIN households h ON h.id = f.household_id "
                    "WHERE +h.team_id = ? AND f.raised_on BETWEEN ? AND ? GROUP BY f.household_id"),
                week};
    case Metric::OpenCases:
        return {QStringLiteral(
                    "SELECT c.household_id AS household_id, '' AS grp, '' AS label, c.opened_on AS on_date, "
                    "COALESCE(u.display_name, '') AS detail, NULL AS since, 0 AS amount FROM cases c "
                    "JOIN households h ON h.id = c.household_id LEFT JOIN users u ON u.id = c.assignee_id "
                    "WHERE +h.team_id = ? AND c.opened_on <= ? AND (c.closed_on IS NULL OR c.closed_on > ?)"),
                {scope.teamId, iso(scope.reference), iso(scope.reference)}};
    case Metric::OverdueByCaseworker:
        return {};
    case Metric::FirstContact:
        return firstContact(scope, false);
    case Metric::FirstReached:
        return firstContact(scope, true);
    case Metric::RequestConversation:
        // A request's eerste gesprek is its own date (docs/cases.md "Case types"), counted from the
        // aanmelding; amount 1 marks a crisis intervention, judged by the 3-working-day term.
        return {QStringLiteral(
                    "SELECT c.household_id AS household_id, '' AS grp, '' AS label, c.first_conversation_on AS on_date, "
                    "COALESCE(u.display_name, '') AS detail, c.request_on AS since, "
                    "CASE WHEN c.request_crisis IS NULL THEN 0 ELSE 1 END AS amount FROM cases c "
                    "JOIN households h ON h.id = c.household_id LEFT JOIN users u ON u.id = c.assignee_id "
                    "WHERE +h.team_id = ? AND c.case_type = 'hulpvraag' AND c.first_conversation_on BETWEEN ? AND ?"),
                week};
    case Metric::Outcomes:
        return {QStringLiteral(
                    "SELECT c.household_id AS household_id, COALESCE(c.outcome, '') AS grp, COALESCE(c.outcome, '') AS label, "
                    "c.closed_on AS on_date, COALESCE(u.display_name, '') AS detail, NULL AS since, 0 AS amount FROM cases c "
                    "JOIN households h ON h.id = c.household_id LEFT JOIN users u ON u.id = c.assignee_id "
                    "WHERE +h.team_id = ? AND c.closed_on BETWEEN ? AND ?"),
                week};
    case Metric::Discharges30:
        return discharges(scope, 30);
    case Metric::Discharges60:
        return discharges(scope, 60);
    case Metric::Discharges90:
        return discharges(scope, 90);
    case Metric::Placements:
        return {QStringLiteral(
                    "SELECT pp.household_id AS household_id, p.woonvorm AS grp, p.woonvorm AS label, pp.placed_on AS on_date, "
                    "p.plek_id AS detail, NULL AS since, 0 AS amount FROM place_placements pp "
                    "JOIN places p ON p.id = pp.place_id JOIN households h ON h.id = pp.household_id "
                    "WHERE +h.team_id = ? AND pp.placed_on BETWEEN ? AND ?"),
                week};
    case Metric::DeclinedOffers:
        // updated_at is a UTC timestamp; its date part is the day the decline was recorded.
        return {QStringLiteral(
                    "SELECT e.household_id AS household_id, e.tier AS grp, e.tier AS label, SUBSTR(e.updated_at, 1, 10) AS on_date, "
                    "COALESCE(p.plek_id, '') AS detail, NULL AS since, 0 AS amount FROM plan_entries e "
                    "LEFT JOIN places p ON p.id = e.place_id JOIN households h ON h.id = e.household_id "
                    "WHERE +h.team_id = ? AND e.status = 'afgewezen' AND SUBSTR(e.updated_at, 1, 10) BETWEEN ? AND ?"),
                week};
    case Metric::PlacedAtWeekEnd:
        return {QStringLiteral(
                    "SELECT pp.household_id AS household_id, p.woonvorm AS grp, p.woonvorm AS label, pp.placed_on AS on_date, "
                    "p.plek_id AS detail, NULL AS since, 0 AS amount FROM place_placements pp "
                    "JOIN places p ON p.id = pp.place_id JOIN households h ON h.id = pp.household_id "
                    "WHERE +h.team_id = ? AND pp.placed_on <= ? AND (pp.ended_on IS NULL OR pp.ended_on > ?)"),
                {scope.teamId, iso(scope.reference), iso(scope.reference)}};
    case Metric::Resignal6m:
        return resignal(scope, 26);
    case Metric::Resignal12m:
        return resignal(scope, 52);
    }
    return {};
}

SqlText DashboardRepository::aggregation(Metric metric, const MetricScope &scope)
{
    SqlText source = rowSource(metric, scope);
    source.sql = QStringLiteral("SELECT m.grp AS %1, MAX(m.label) AS %2, COUNT(*) AS %3 FROM (%4) m GROUP BY m.grp")
                     .arg(colGroup, colLabel, colCount, source.sql);
    return source;
}

Result<QList<GroupCount>> DashboardRepository::counts(Metric metric, const MetricScope &scope) const
{
    const SqlText statement = aggregation(metric, scope);
    auto q = runSql(m_db, statement.sql, statement.values, "count dashboard figure");
    if (!q)
        return q.error();
    QList<GroupCount> out;
    while (q->next())
        out << GroupCount{q->value(colGroup).toString(), q->value(colLabel).toString(), q->value(colCount).toLongLong()};
    return out;
}

Result<QList<MetricRow>> DashboardRepository::rows(Metric metric, const MetricScope &scope,
                                                   const std::optional<QString> &group) const
{
    SqlText source = rowSource(metric, scope);
    QString where;
    if (group) {
        where = QStringLiteral(" WHERE m.grp = ?");
        source.values << *group;
    }
    const QString sql = QStringLiteral(
        "SELECT m.*, h.display_name AS %1, COALESCE(a.wijk, '') AS %2 FROM (%3) m JOIN households h ON h.id = m.household_id "
        "LEFT JOIN addresses a ON a.id = h.address_id%4 ORDER BY m.on_date, h.display_name, m.household_id")
                            .arg(colName, colWijk, source.sql, where);
    auto q = runSql(m_db, sql, source.values, "list dashboard figure");
    if (!q)
        return q.error();
    QList<MetricRow> out;
    while (q->next()) {
        MetricRow r;
        r.householdId = q->value(colHousehold).toLongLong();
        r.householdName = q->value(colName).toString();
        r.wijk = q->value(colWijk).toString();
        r.group = q->value(colGroup).toString();
        r.label = q->value(colLabel).toString();
        r.on = dateOf(q->value(colOn));
        r.detail = q->value(colDetail).toString();
        r.since = dateOf(q->value(colSince));
        r.amount = q->value(colAmount).toLongLong();
        out << r;
    }
    return out;
}

Result<QList<qint64>> DashboardRepository::weeklyTotals(Metric metric, const QList<MetricScope> &weeks) const
{
    if (weeks.isEmpty())
        return QList<qint64>{};
    QStringList parts;
    QVariantList values;
    for (qsizetype i = 0; i < weeks.size(); ++i) {
        const SqlText source = rowSource(metric, weeks.at(i));
        parts << QStringLiteral("SELECT %1 AS wk, COUNT(*) AS %2 FROM (%3) m%1").arg(i).arg(colCount, source.sql);
        values << source.values;
    }
    auto q = runSql(m_db, parts.join(QStringLiteral(" UNION ALL ")), values, "count dashboard trend");
    if (!q)
        return q.error();
    QList<qint64> out(weeks.size(), 0);
    while (q->next()) {
        const qsizetype i = q->value(0).toLongLong();
        if (i >= 0 && i < out.size())
            out[i] = q->value(colCount).toLongLong();
    }
    return out;
}

Result<Occupancy> DashboardRepository::occupancy(const QDate &on) const
{
    auto q = runSql(m_db, QStringLiteral(
        "SELECT (SELECT COALESCE(SUM(capaciteit), 0) FROM places WHERE status <> 'buiten_gebruik' AND beschikbaar_vanaf <= ?) "
        "AS %1, (SELECT COUNT(*) FROM place_placements WHERE placed_on <= ? AND (ended_on IS NULL OR ended_on > ?)) AS %2")
        .arg(colCapacity, colOccupied), {iso(on), iso(on), iso(on)}, "read place occupancy");
    if (!q)
        return q.error();
    Occupancy o;
    if (q->next()) {
        o.capacity = q->value(colCapacity).toLongLong();
        o.occupied = q->value(colOccupied).toLongLong();
    }
    return o;
}

} // namespace vangnet::dashboard
