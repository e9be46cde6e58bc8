#include "demo/DemoHistory.h"

#include "cases/CaseService.h"
#include "cases/WorkQueue.h"
#include "households/HouseholdService.h"
#include "storage/HouseholdQuery.h"
#include "demo/DemoRandom.h"
#include "importing/ImportService.h"
#include "rules/RulesService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SqlStatement.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>
#include <map>

namespace vangnet::demo {

namespace {

using cases::ContactAttempt;

/// What a case that reached the resident ends in, roughly as teams report it to CBS.
struct Ending {
    const char *outcome;
    int weight;
    bool followUp; ///< help after a decision (the 8-week clock) rather than advice on the spot
};
constexpr std::array<Ending, 7> endings{{
    {"(Budget)advies en/of quick fix", 30, false},
    {"Inwoner heeft zelf al betaald/betalingsregeling getroffen", 20, false},
    {"Vervolghulp en/of verwijzing financieel", 20, true},
    {"Inwoner hoeft geen hulp vanuit vroegsignalering", 10, false},
    {"Inwoner al bekend bij schuldhulpverlening", 8, false},
    {"Vervolghulp en/of verwijzing niet financieel", 7, true},
    {"Inwoner heeft al een ander lopend traject", 5, false},
}};
const char *const noContact = "Definitief geen contact kunnen krijgen";

/// Saturday and Sunday move on to Monday: the team works on weekdays.
QDate weekday(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

/// The Monday after `signalDate` (a platform's weekly file), or today for the last days.
QDate deliveryDay(QDate signalDate, QDate today)
{
    return std::min(signalDate.addDays(8 - signalDate.dayOfWeek()), today);
}

} // namespace

struct DemoHistory::Impl {
    enum class Kind { Import, ImportNotices, Claim, Attempt, Arrange, Request, Conversation, Decision, Close, Released };
    struct Event {
        Kind kind = Kind::Import;
        qint64 id = 0;                    ///< household (claim) or case (the others)
        int session = 0;                  ///< index into the caseworkers
        bool urgent = false;              ///< claim: a critical flag
        QVector<importing::SignalRow> rows; ///< import
        QVector<importing::DischargeRow> notices; ///< import of discharge notices
        ContactAttempt attempt;
        QString outcome;                  ///< close: the outcome; arrange: the basic condition; request:
                                          ///< the crisis kind; decision: toelating or afwijzing
    };

    static Event caseEvent(Kind kind, qint64 caseId, int session)
    {
        Event e;
        e.kind = kind;
        e.id = caseId;
        e.session = session;
        return e;
    }

    DemoHistory &self;
    FixedClock clock{QDateTime()};
    DemoRandom rng;
    QDate today;
    std::multimap<QDateTime, Event> agenda; ///< equal times keep the order they were planned in
    QSet<qint64> taken;                     ///< households with a claim planned or a case open
    QSet<qint64> homeless;                  ///< households whose housing nobody arranges (Released)

    Impl(DemoHistory &history) : self(history), rng(history.m_seed ^ 0x4157AULL), today(history.m_clock.today()) {}

    /// Steps after today do not happen; today's happen by now at the latest.
    void plan(QDate day, QTime time, Event event)
    {
        if (day <= today)
            agenda.emplace(std::min(QDateTime(day, time), self.m_clock.now()), std::move(event));
    }

    cases::CaseService service(int session) { return cases::CaseService(self.m_db, clock, *self.m_caseworkers.at(session)); }

    /// Every planned step in date order; `progress` hears of each new day.
    Result<void> run(const DemoProgress &progress)
    {
        const QDate start = agenda.empty() ? today : agenda.begin()->first.date();
        QDate reported;
        while (!agenda.empty()) {
            const QDateTime when = agenda.begin()->first;
            Event event = std::move(agenda.begin()->second);
            agenda.erase(agenda.begin());
            if (progress && when.date() != reported) {
                reported = when.date();
                if (!progress(int(start.daysTo(reported)), int(start.daysTo(today)) + 1))
                    return Error{ErrorCode::Invalid,
                                 QCoreApplication::translate("vangnet::demo::DemoHistory", "Creating the demo was stopped.")};
            }
            clock.set(when);
            if (auto done = handle(event); !done)
                return done;
        }
        return success();
    }

    /// A change to the event's case at the version it has now (the demo is its only writer).
    template <typename Change>
    Result<cases::Case> atCurrentVersion(const Event &e, Change change)
    {
        auto s = service(e.session);
        auto current = s.get(e.id);
        if (!current)
            return current.error();
        return change(s, current->version);
    }

    Result<void> handle(Event &e)
    {
        switch (e.kind) {
        case Kind::Import: return importBatch(e);
        case Kind::ImportNotices: return importNotices(e);
        case Kind::Released: return released(e);
        case Kind::Claim: return claim(e);
        case Kind::Arrange:
            return service(e.session).setCondition(e.id, e.outcome, importing::ConditionState::Geregeld, clock.today());
        case Kind::Attempt: {
            auto added = service(e.session).addAttempt(e.id, e.attempt);
            return added ? success() : Result<void>(added.error());
        }
        case Kind::Request:
        case Kind::Conversation:
        case Kind::Decision: {
            auto saved = atCurrentVersion(e, [&](cases::CaseService &s, int version) {
                if (e.kind == Kind::Request)
                    return s.registerRequest(e.id, version, clock.today(), e.outcome);
                if (e.kind == Kind::Conversation)
                    return s.setFirstConversation(e.id, version, clock.today());
                return s.setDecision(e.id, version, clock.today(), e.outcome);
            });
            return saved ? success() : Result<void>(saved.error());
        }
        case Kind::Close: {
            auto closed = atCurrentVersion(e, [&](cases::CaseService &s, int version) {
                return s.close(e.id, version, e.outcome, clock.today());
            });
            if (!closed)
                return closed.error();
            taken.remove(closed->householdId); // newer signals may flag it again
            return settleFlags(e.session, closed->householdId, e.id);
        }
        }
        return success();
    }

    Result<void> importBatch(Event &e)
    {
        importing::VectorSource<importing::SignalRow> source(std::move(e.rows));
        importing::ImportService import(self.m_db, clock, *self.m_caseworkers.first());
        const QString name = QStringLiteral("demo-signalen-%1.csv").arg(clock.today().toString(Qt::ISODate));
        auto imported = import.importSignals(source, {name, QStringLiteral("csv"), QStringLiteral("standaard")});
        if (!imported)
            return imported.error();
        return takeUpFlagged();
    }

    Result<void> importNotices(Event &e)
    {
        importing::VectorSource<importing::DischargeRow> source(std::move(e.notices));
        importing::ImportService import(self.m_db, clock, *self.m_caseworkers.first());
        const QString name = QStringLiteral("demo-uitstroom-%1.csv").arg(clock.today().toString(Qt::ISODate));
        auto imported = import.importDischarges(source, {name, QStringLiteral("csv"), QStringLiteral("standaard")});
        if (!imported)
            return imported.error();
        return takeUpFlagged();
    }

    /// A notice entered by hand, the institution having phoned: someone of the first caseworker's
    /// team leaves detention in two days and nobody has arranged housing. The caseworker takes it
    /// up as any other, but no place is found before the discharge.
    Result<void> released(const Event &e)
    {
        const Session &session = *self.m_caseworkers.at(e.session);
        HouseholdFilter byName;
        auto ids = HouseholdQuery(self.m_db.connection(), session).ids(byName);
        if (!ids)
            return ids.error();
        HouseholdService households(self.m_db, clock, session);
        for (const qint64 id : *ids) {
            if (taken.contains(id))
                continue;
            auto household = households.get(id);
            if (!household)
                return household.error();
            for (const Person &member : household->members) {
                if (!member.geboortedatum.isValid() || member.geboortedatum.daysTo(clock.today()) < 25 * 365)
                    continue;
                importing::DischargeRow row;
                row.institutionType = importing::InstitutionType::Detentie;
                row.institutionName = QStringLiteral("PI Vangstad");
                row.expectedDate = clock.today().addDays(2);
                row.channel = importing::DischargeChannel::DrPlan;
                row.idDocument = importing::ConditionState::Geregeld;
                row.shelter = importing::ConditionState::NietGeregeld;
                row.income = importing::ConditionState::NietGeregeld;
                row.debts = importing::ConditionState::Onbekend;
                row.care = importing::ConditionState::InBehandeling;
                if (auto added = households.addDischarge(id, member.id, row); !added)
                    return added.error();
                homeless.insert(id);
                return takeUpFlagged();
            }
        }
        return success();
    }

    /// Plans a claim for every household each caseworker's work queue offers without a case
    /// (a flag, or a signal nobody has taken up) that has no claim planned yet.
    Result<void> takeUpFlagged()
    {
        const QDate day = clock.today();
        for (int session = 0; session < self.m_caseworkers.size(); ++session) {
            auto items = cases::WorkQueue(self.m_db, clock, *self.m_caseworkers.at(session)).load();
            if (!items)
                return items.error();
            for (const cases::QueueItem &item : *items) {
                if (item.caseId != 0 || taken.contains(item.householdId))
                    continue;
                taken.insert(item.householdId);
                Event claim;
                claim.kind = Kind::Claim;
                claim.id = item.householdId;
                claim.session = session;
                claim.urgent = item.severity >= 4;
                const QDate on = weekday(day.addDays(claim.urgent ? rng.below(2) : rng.between(1, 6)));
                plan(on, QTime(9, 15), std::move(claim));
            }
        }
        return success();
    }

    /// A flag that outlives its case with nothing open behind it (three signals in a year, all
    /// dealt with) would put the household straight back in the queue: the caseworker dismisses
    /// it, as the flags panel lets them. A new signal raises it again.
    Result<void> settleFlags(int session, qint64 household, qint64 caseId)
    {
        auto q = runSql(self.m_db.connection(),
                        QStringLiteral("SELECT f.id FROM flags f WHERE f.household_id = ? AND f.resolved_on IS NULL "
                                       "AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = f.household_id "
                                       "AND s.status <> 'afgesloten') ORDER BY f.id"),
                        {household}, "find settled flags");
        if (!q)
            return q.error();
        QList<qint64> flags;
        while (q->next())
            flags << q->value(0).toLongLong();
        rules::RulesService rules(self.m_db, clock, *self.m_caseworkers.at(session));
        for (qint64 flag : flags)
            if (auto dismissed = rules.dismiss(flag, QStringLiteral("Afgehandeld in zaak %1; geen open signalen meer").arg(caseId));
                !dismissed)
                return dismissed;
        return success();
    }

    Result<void> claim(const Event &e)
    {
        // Flags resolved and signals linked since the batch need no case.
        auto q = runSql(self.m_db.connection(),
                        QStringLiteral("SELECT (SELECT COUNT(*) FROM flags WHERE household_id = ? AND resolved_on IS NULL) + "
                                       "(SELECT COUNT(*) FROM signals WHERE household_id = ? AND status = 'nieuw') + "
                                       "(SELECT COUNT(*) FROM discharge_notices WHERE household_id = ? AND status = 'nieuw' "
                                       "AND lifecycle NOT IN ('afgerond', 'vervangen', 'ingetrokken'))"),
                        {e.id, e.id, e.id}, "check the household's work");
        if (!q)
            return q.error();
        if (!q->next() || q->value(0).toInt() == 0) {
            taken.remove(e.id);
            return success();
        }
        auto c = service(e.session).claim(e.id);
        if (!c)
            return c.error();
        if (!c->dischargeIds.isEmpty())
            return planDischargeCase(*c, e.session);
        planCase(c->id, e.session, e.urgent);
        return success();
    }

    /// A discharge case: a letter or call to the person or the institution within days; the
    /// identity document and, three times out of four, housing arranged before the discharge;
    /// closed with follow-up help some weeks after it.
    Result<void> planDischargeCase(const cases::Case &c, int session)
    {
        auto notices = HouseholdService(self.m_db, clock, *self.m_caseworkers.at(session)).dischargesOf(c.householdId);
        if (!notices)
            return notices.error();
        QDate expected;
        for (const DischargeRecord &d : *notices)
            if (c.dischargeIds.contains(d.id) && (!expected.isValid() || d.expectedDate > expected))
                expected = d.expectedDate;
        QDate day = weekday(clock.today().addDays(rng.below(3)));
        Event call = caseEvent(Kind::Attempt, c.id, session);
        call.attempt.kind = QStringLiteral("Telefoon");
        call.attempt.reached = true;
        call.attempt.dayPart = QStringLiteral("Ochtend");
        call.attempt.date = day;
        call.attempt.note = QStringLiteral("Gebeld met de instelling en de inwoner over de uitstroom");
        plan(day, QTime(10, rng.below(60)), std::move(call));
        const bool arranges = !homeless.contains(c.householdId);
        const QDate before = expected.isValid() ? std::max(day, expected.addDays(-rng.between(3, 30))) : day;
        for (const char *key : {"id_bewijs", "onderdak", "inkomen"}) {
            if (QLatin1String(key) == QLatin1String("onderdak") && (!arranges || !rng.chance(75)))
                continue;
            Event arrange = caseEvent(Kind::Arrange, c.id, session);
            arrange.outcome = QString::fromLatin1(key);
            plan(weekday(std::min(before, day.addDays(rng.between(2, 40)))), QTime(11, rng.below(60)), std::move(arrange));
        }
        Event close = caseEvent(Kind::Close, c.id, session);
        close.outcome = QStringLiteral("Vervolghulp en/of verwijzing niet financieel");
        plan(weekday(std::max(day, expected.isValid() ? expected : day).addDays(rng.between(14, 40))), QTime(15, 30),
             std::move(close));
        return success();
    }

    /// A letter and then calls or visits until someone is reached (or not, after three tries);
    /// then advice and closing, or a decision on follow-up help and closing after it.
    void planCase(qint64 caseId, int session, bool urgent)
    {
        const QDate opened = clock.today();
        QDate day = weekday(opened.addDays(urgent ? 0 : rng.below(3)));
        static const char *const kinds[] = {"Brief", "Telefoon", "Huisbezoek"};
        static const char *const dayParts[] = {"Ochtend", "Middag"};
        bool reached = false;
        for (int tryNo = urgent ? 1 : 0; tryNo < 3 && !reached; ++tryNo) {
            Event a = caseEvent(Kind::Attempt, caseId, session);
            a.attempt.kind = QString::fromLatin1(kinds[tryNo]);
            a.attempt.reached = reached = tryNo > 0 && rng.chance(tryNo == 1 ? 60 : 70);
            a.attempt.dayPart = QString::fromLatin1(dayParts[rng.below(2)]);
            a.attempt.date = day;
            a.attempt.note = tryNo == 0 ? QStringLiteral("Brief met aanbod van een gesprek gestuurd")
                             : reached  ? QStringLiteral("Gesproken met inwoner over de achterstand")
                             : tryNo == 1 ? QStringLiteral("Niet bereikt, voicemail ingesproken")
                                          : QStringLiteral("Niemand thuis, kaartje achtergelaten");
            plan(day, QTime(10 + rng.below(6), rng.below(60)), std::move(a));
            if (!reached)
                day = weekday(day.addDays(urgent ? 1 : rng.between(3, 7)));
        }
        Event close = caseEvent(Kind::Close, caseId, session);
        if (!reached) {
            close.outcome = QString::fromLatin1(noContact);
            plan(weekday(day.addDays(rng.between(10, 20))), QTime(15, 30), std::move(close));
            return;
        }
        std::array<int, endings.size()> weights{};
        std::transform(endings.begin(), endings.end(), weights.begin(), [](const Ending &e) { return e.weight; });
        const Ending &ending = endings.at(static_cast<std::size_t>(rng.weighted(weights)));
        close.outcome = QString::fromLatin1(ending.outcome);
        if (ending.followUp) {
            // The resident accepts the offer on the call: a request for help (now and then with a
            // crisis intervention), the first conversation within the term, then the decision.
            Event request = caseEvent(Kind::Request, caseId, session);
            const bool crisis = rng.chance(15);
            if (crisis)
                request.outcome = cases::crisisKinds().at(rng.below(int(cases::crisisKinds().size())));
            plan(day, QTime(16, 30), std::move(request));
            day = weekday(day.addDays(crisis ? rng.between(1, 3) : rng.between(3, 20)));
            plan(day, QTime(11, 0), caseEvent(Kind::Conversation, caseId, session));
            day = weekday(day.addDays(rng.between(10, 45)));
            Event decision = caseEvent(Kind::Decision, caseId, session);
            decision.outcome = rng.chance(85) ? QStringLiteral("toelating") : QStringLiteral("afwijzing");
            plan(day, QTime(14, 0), std::move(decision));
            day = weekday(day.addDays(rng.between(0, 7)));
        } else {
            day = weekday(day.addDays(rng.between(2, 25)));
        }
        plan(day, QTime(15, 30), std::move(close));
    }
};

DemoHistory::DemoHistory(const Database &db, const Clock &clock, QList<const Session *> caseworkers, quint64 seed)
    : m_db(db), m_clock(clock), m_caseworkers(std::move(caseworkers)), m_seed(seed)
{
}

Result<void> DemoHistory::play(QVector<importing::SignalRow> rows, QVector<DemoDischarges::Delivery> notices,
                               const DemoProgress &progress)
{
    if (m_caseworkers.isEmpty() || rows.isEmpty())
        return success();
    Impl impl(*this);
    std::map<QDate, QVector<importing::SignalRow>> deliveries;
    for (importing::SignalRow &row : rows)
        if (row.signalDate.isValid() && row.signalDate <= impl.today)
            deliveries[deliveryDay(row.signalDate, impl.today)] << std::move(row);
    for (auto &[day, batch] : deliveries) {
        for (int i = 0; i < batch.size(); ++i)
            batch[i].line = i + 2; // as if read from a file with a header line
        Impl::Event e;
        e.rows = std::move(batch);
        impl.plan(day, QTime(8, 30), std::move(e));
    }
    std::map<QDate, QVector<importing::DischargeRow>> noticeDeliveries;
    for (DemoDischarges::Delivery &d : notices)
        if (d.on.isValid() && d.on <= impl.today)
            noticeDeliveries[deliveryDay(d.on, impl.today)] << std::move(d.row);
    for (auto &[day, batch] : noticeDeliveries) {
        for (int i = 0; i < batch.size(); ++i)
            batch[i].line = i + 2;
        Impl::Event e;
        e.kind = Impl::Kind::ImportNotices;
        e.notices = std::move(batch);
        impl.plan(day, QTime(8, 45), std::move(e));
    }
    Impl::Event released;
    released.kind = Impl::Kind::Released;
    impl.plan(weekday(impl.today.addDays(-10)), QTime(11, 0), std::move(released));
    // One transaction for the year: a demo is made whole or not at all, and the services' own
    // transactions join it instead of each waiting for the disk.
    Transaction tx(m_db.connection());
    if (auto begun = tx.beginResult(); !begun)
        return begun;
    if (auto played = impl.run(progress); !played)
        return played;
    return tx.commit();
}

} // namespace vangnet::demo
