#include "ddas/DdasReader.h"

#include "domain/Bsn.h"
#include "security/FieldCipher.h"
#include "security/Session.h"
#include "security/Wipe.h"
#include "storage/SealedColumns.h"
#include "storage/SqlStatement.h"
#include "support/IsoDate.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace vangnet {

namespace {

/// The period, as the statements bind it.
struct Scope {
    QString from, to;
};

/// Cases active in the period, of every team: opened by its end and not closed before its start.
/// A reopened case (status no longer afgesloten) counts as open whatever closed_on still says.
const QString activeCases = QStringLiteral(" WHERE c.opened_on <= ? "
                                           "AND (c.status <> 'afgesloten' OR c.closed_on IS NULL OR c.closed_on >= ?)");

QVariantList caseValues(const Scope &scope)
{
    return {scope.to, scope.from};
}

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : isoDateFromText(value.toString().toLatin1());
}

struct CaseRows {
    QList<DdasCase> cases;
    QHash<qint64, QList<qint64>> links; ///< case id → signal ids
};

Result<CaseRows> readCases(const QSqlDatabase &db, const Scope &scope)
{
    CaseRows out;
    // Never internal_reason_enc: the reason a signal was not taken up stays inside the team.
    auto q = runSql(db,
        QStringLiteral("SELECT c.id, c.status, c.opened_on, c.taken_up_on, c.closed_on, c.outcome "
                       "FROM cases c")
            + activeCases + QStringLiteral(" ORDER BY c.opened_on, c.id"),
        caseValues(scope), "read cases for DDAS");
    if (!q)
        return q.error();
    while (q->next()) {
        DdasCase c;
        c.id = q->value(0).toLongLong();
        c.closed = q->value(1).toString() == QLatin1String("afgesloten");
        c.openedOn = dateOf(q->value(2));
        c.takenUpOn = dateOf(q->value(3));
        c.closedOn = c.closed ? dateOf(q->value(4)) : QDate();
        c.outcome = c.closed ? q->value(5).toString() : QString();
        out.cases << c;
    }
    auto links = runSql(db,
        QStringLiteral("SELECT cs.case_id, cs.signal_id FROM case_signals cs "
                       "JOIN cases c ON c.id = cs.case_id")
            + activeCases + QStringLiteral(" ORDER BY cs.case_id, cs.signal_id"),
        caseValues(scope), "read case signals for DDAS");
    if (!links)
        return links.error();
    while (links->next())
        out.links[links->value(0).toLongLong()] << links->value(1).toLongLong();
    return out;
}

/// A person's BSN for the delivery: from its statistics copy (sealed to the statistics key when
/// it was written), else a value still under the shared key (a team that has no key of its own
/// yet). A BSN under another team's key without a copy cannot be read: the delivery stops with
/// the field named (the copy is filled by the next login of a member of that team).
Result<QString> statisticsBsn(const Session &session, const QVariant &copy, const QVariant &sealedBsn, qint64 personId)
{
    const SealedColumn &column = sealed::personBsn;
    if (!copy.isNull() && session.keys().statistics) {
        const SharedKey &key = *session.keys().statistics;
        auto plain = sealedbox::open(copy.toString(), column.statisticsAt(personId).associatedData(), key.publicKey(),
                                     key.boxSecretKey());
        if (!plain)
            return FieldCipher::damaged(column.statisticsAt(personId));
        QString bsn = QString::fromLatin1(*plain);
        wipeSecret(*plain);
        return bsn;
    }
    if (!sealedBsn.isNull() && FieldCipher::isShared(sealedBsn.toString()))
        return column.open(session.sharedFields(), sealedBsn, personId);
    return column.open(session.fields(), sealedBsn, personId);
}

/// The signals dated in the period and every signal linked to an active case, each with the
/// address it was delivered with (signals.address_id; the household's for a signal that has
/// none) and that address's municipality.
Result<QList<DdasSignal>> readSignals(const QSqlDatabase &db, const Session &session, const Scope &scope)
{
    // A UNION of ids keeps both halves on their indexes (signals_date, case_signals' key).
    const QString sql
        = QStringLiteral(
              "SELECT s.id, s.signal_date, s.arisen_date, s.amount_cents, s.crisis, s.warm_handover, s.ddas_status, "
              "s.partner_type, s.person_id, s.created_at, p.bsn_enc, p.bsn_stat_enc, p.voorletters, p.voorvoegsel, p.achternaam, "
              "p.geboortedatum, a.straat, a.postcode, a.huisnummer, a.toevoeging, a.plaats, a.wijk, w.gemeentecode, "
              "EXISTS (SELECT 1 FROM case_signals tu JOIN cases tc ON tc.id = tu.case_id WHERE tu.signal_id = s.id "
              "AND tc.taken_up_on IS NOT NULL) AS taken_up "
              "FROM signals s JOIN households h ON h.id = s.household_id "
              "JOIN addresses a ON a.id = COALESCE(s.address_id, h.address_id) "
              "LEFT JOIN wijk_municipalities w ON w.wijk = a.wijk LEFT JOIN persons p ON p.id = s.person_id "
              "WHERE s.id IN (SELECT id FROM signals WHERE signal_date >= ? AND signal_date <= ? "
              "UNION SELECT cs.signal_id FROM case_signals cs JOIN cases c ON c.id = cs.case_id")
        + activeCases + QStringLiteral(") ORDER BY s.signal_date, s.id");
    auto q = runSql(db, sql, QVariantList{scope.from, scope.to} + caseValues(scope), "read signals for DDAS");
    if (!q)
        return q.error();
    auto text = [&q](const char *column) { return q->value(QLatin1String(column)).toString(); };
    QList<DdasSignal> out;
    QHash<qint64, QString> bsnOfPerson; // one decryption per person, however many signals
    while (q->next()) {
        DdasSignal s;
        s.id = q->value(QStringLiteral("id")).toLongLong();
        s.partnerType = text("partner_type");
        s.signalDate = dateOf(q->value(QStringLiteral("signal_date")));
        s.arisenDate = dateOf(q->value(QStringLiteral("arisen_date")));
        if (const QVariant cents = q->value(QStringLiteral("amount_cents")); !cents.isNull())
            s.amountCents = cents.toLongLong();
        s.crisis = q->value(QStringLiteral("crisis")).toInt() != 0;
        s.warmHandover = q->value(QStringLiteral("warm_handover")).toInt() != 0;
        s.status = text("ddas_status");
        s.takenUp = q->value(QStringLiteral("taken_up")).toBool();
        // Matched at intake: the day the signal came in, in the municipality's (local) time.
        s.importedOn = timestampFromSql(q->value(QStringLiteral("created_at"))).toLocalTime().date();
        s.wijk = text("wijk");
        s.gemeentecode = text("gemeentecode");
        DdasClient &c = s.client;
        if (const QVariant person = q->value(QStringLiteral("person_id")); !person.isNull()) { // not removed since
            const qint64 personId = person.toLongLong();
            if (!bsnOfPerson.contains(personId)) {
                auto opened = statisticsBsn(session, q->value(QStringLiteral("bsn_stat_enc")),
                                            q->value(QStringLiteral("bsn_enc")), personId);
                if (!opened)
                    return opened.error();
                const QString plain = *opened;
                bsnOfPerson.insert(personId, plain.size() == 9 && bsn::passesElfproef(plain) ? plain : QString());
            }
            c.bsn = bsnOfPerson.value(personId);
            c.voorletters = text("voorletters");
            c.voorvoegsel = text("voorvoegsel");
            c.achternaam = text("achternaam");
            c.geboortedatum = dateOf(q->value(QStringLiteral("geboortedatum")));
        }
        c.straat = text("straat");
        c.postcode = text("postcode");
        c.huisnummer = q->value(QStringLiteral("huisnummer")).toInt();
        c.toevoeging = text("toevoeging");
        c.plaats = text("plaats");
        out << s;
    }
    return out;
}

Result<QHash<qint64, QList<DdasAttempt>>> readAttempts(const QSqlDatabase &db, const Scope &scope)
{
    auto q = runSql(db,
        QStringLiteral("SELECT ca.case_id, ca.kind, ca.reached, ca.attempt_date, ca.day_part "
                       "FROM contact_attempts ca JOIN cases c ON c.id = ca.case_id")
            + activeCases + QStringLiteral(" ORDER BY ca.case_id, ca.attempt_date, ca.id"),
        caseValues(scope), "read contact attempts for DDAS");
    if (!q)
        return q.error();
    QHash<qint64, QList<DdasAttempt>> out;
    while (q->next())
        out[q->value(0).toLongLong()] << DdasAttempt{
            q->value(1).toString(), q->value(2).toInt() != 0, dateOf(q->value(3)), q->value(4).toString()};
    return out;
}

} // namespace

Result<DdasData> DdasReader::read(const QDate &from, const QDate &to, const Progress &progress) const
{
    const Scope scope{isoDate(from), isoDate(to)};
    DdasData data;
    auto step = [&](qint64 done) {
        data.cancelled = progress && !progress(done, steps);
        return !data.cancelled;
    };

    auto cases = readCases(m_db, scope);
    if (!cases)
        return cases.error();
    if (!step(1))
        return data;
    auto earlySignals = readSignals(m_db, m_session, scope);
    if (!earlySignals)
        return earlySignals.error();
    if (!step(2))
        return data;
    auto attempts = readAttempts(m_db, scope);
    if (!attempts)
        return attempts.error();
    if (!step(3))
        return data;

    QHash<qint64, const DdasSignal *> read;
    for (const DdasSignal &s : std::as_const(*earlySignals))
        read.insert(s.id, &s);
    for (DdasCase &c : cases->cases) {
        // Only signals that were read: a link made or removed between the statements must not
        // leave a reference to a signal the file lacks.
        const DdasSignal *first = nullptr; // the first to come in: it started the case
        for (const qint64 id : cases->links.value(c.id))
            if (const DdasSignal *s = read.value(id)) {
                c.signalIds << id;
                if (!c.firstSignalDate.isValid() || s->signalDate < c.firstSignalDate)
                    c.firstSignalDate = s->signalDate;
                if (!first || s->importedOn < first->importedOn)
                    first = s;
            }
        if (first) {
            c.matchedOn = first->importedOn;
            c.gemeentecode = first->gemeentecode;
        }
        if (c.signalIds.isEmpty()) {
            ++data.casesWithoutSignals;
            continue;
        }
        c.attempts = attempts->value(c.id);
        data.cases << c;
    }
    data.signals = std::move(*earlySignals);
    return data;
}

} // namespace vangnet
