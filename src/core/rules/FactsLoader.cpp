#include "rules/FactsLoader.h"

#include "domain/Person.h"
#include "rules/AsOfHistory.h"
#include "storage/BulkRead.h"
#include "zrm/ZrmScale.h"

#include <QHash>


#include <algorithm>
#include <array>
#include <limits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace vangnet::rules {

namespace {

/// The few distinct texts of a column (partner types, statuses), each made into a QString once.
class TextCache {
public:
    QString get(QByteArrayView utf8)
    {
        for (const auto &[bytes, text] : m_seen)
            if (bytes == utf8)
                return text;
        m_seen.emplace_back(utf8.toByteArray(), QString::fromUtf8(utf8));
        return m_seen.back().second;
    }

private:
    std::vector<std::pair<QByteArray, QString>> m_seen;
};

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}


/// The latest ZRM score per domain (ZrmService::latest()'s rule: the latest assessment date, then
/// the assessment recorded last) into each household's facts, and of each member's own
/// assessments into that member's. Two plain scans and the choice made here: joining and sorting
/// the scores in SQL took four times as long.
template <typename FactsOf>
Result<void> readZrmScores(const QSqlDatabase &db, const QString &onlyHouseholds, FactsOf &factsOf)
{
    struct Latest {
        qint64 day = std::numeric_limits<qint64>::min();
        qint64 assessmentId = 0;
        int score = 0;
    };
    using Domains = std::array<Latest, zrm::domainCount>;
    /// A member's assessments count in the household they were recorded in, as a load of some
    /// households sees them.
    using Member = std::pair<HouseholdFacts *, qint64>;
    struct MemberHash {
        std::size_t operator()(const Member &m) const
        {
            return std::hash<const void *>()(m.first) ^ (std::hash<qint64>()(m.second) << 1);
        }
    };
    std::unordered_map<HouseholdFacts *, Domains> latest;
    std::unordered_map<Member, Domains, MemberHash> latestOfMember;
    struct Assessment {
        qint64 day = 0;
        Domains *household = nullptr; ///< where the household's latest scores are kept
        Domains *member = nullptr;    ///< the assessed member's; null for the household as a whole
    };
    // Elements of an unordered_map keep their address, so each assessment finds its tallies once.
    std::unordered_map<qint64, Assessment> assessments;
    auto assessmentRows = bulkRead(
        db,
        QStringLiteral("SELECT id, household_id, assessed_on, person_id FROM zrm_assessments%1")
            .arg(onlyHouseholds.isEmpty() ? QString() : QStringLiteral(" WHERE household_id") + onlyHouseholds),
        {},
        [&](const BulkRow &row) {
            if (HouseholdFacts *f = factsOf(row.integer(1))) {
                Domains *member = row.isNull(3) ? nullptr : &latestOfMember[Member{f, row.integer(3)}];
                assessments.emplace(row.integer(0), Assessment{row.date(2).toJulianDay(), &latest[f], member});
            }
            return true;
        },
        "read ZRM assessments for the rules");
    if (!assessmentRows)
        return assessmentRows.error();
    if (assessments.empty())
        return success();

    const QStringList &keys = zrm::domainKeys();
    std::vector<std::pair<QByteArray, qsizetype>> seen; // domain text → index in keys (-1: unknown)
    auto domainIndex = [&](QByteArrayView utf8) {
        for (const auto &[bytes, index] : seen)
            if (bytes == utf8)
                return index;
        seen.emplace_back(utf8.toByteArray(), keys.indexOf(QString::fromUtf8(utf8)));
        return seen.back().second;
    };
    auto scoreRows = bulkRead(
        db,
        QStringLiteral("SELECT assessment_id, domain, score FROM zrm_scores%1")
            .arg(onlyHouseholds.isEmpty()
                     ? QString()
                     : QStringLiteral(" WHERE assessment_id IN (SELECT id FROM zrm_assessments WHERE household_id%1)")
                           .arg(onlyHouseholds)),
        {},
        [&](const BulkRow &row) {
            const auto found = assessments.find(row.integer(0));
            const qsizetype domain = domainIndex(row.utf8(1));
            if (found == assessments.end() || domain < 0)
                return true; // a domain the rules language does not know cannot be asked for
            const Assessment &a = found->second;
            const Latest score{a.day, found->first, static_cast<int>(row.integer(2))};
            for (Domains *tally : {a.household, a.member}) {
                if (!tally)
                    continue;
                Latest &l = (*tally)[static_cast<std::size_t>(domain)];
                if (score.day > l.day || (score.day == l.day && score.assessmentId > l.assessmentId))
                    l = score;
            }
            return true;
        },
        "read ZRM scores for the rules");
    if (!scoreRows)
        return scoreRows.error();
    auto store = [&](const Domains &domains, QHash<QString, int> &scores, QHash<QString, QDate> &dates) {
        for (std::size_t i = 0; i < domains.size(); ++i)
            if (domains[i].score != 0) {
                scores.insert(keys[static_cast<qsizetype>(i)], domains[i].score);
                dates.insert(keys[static_cast<qsizetype>(i)], QDate::fromJulianDay(domains[i].day));
            }
    };
    for (const auto &[facts, domains] : latest)
        store(domains, facts->zrmScores, facts->zrmDates);
    // A member assessed in this household who has since left it keeps no scores here.
    for (const auto &[member, domains] : latestOfMember)
        for (PersonFact &p : member.first->persons)
            if (p.id == member.second)
                store(domains, p.zrmScores, p.zrmDates);
    return success();
}

/// The households' cases (zaken), oldest first: one scan of `cases`.
template <typename FactsOf>
Result<void> readCases(const QSqlDatabase &db, const QString &where, FactsOf &factsOf)
{
    TextCache statuses, origins, outcomes;
    auto rows = bulkRead(
        db,
        QStringLiteral("SELECT household_id, id, status, origin, opened_on, closed_on, outcome FROM cases%1 "
                       "ORDER BY opened_on, id")
            .arg(where),
        {},
        [&](const BulkRow &row) {
            if (HouseholdFacts *f = factsOf(row.integer(0))) {
                f->cases.append(CaseFact{row.integer(1), statuses.get(row.utf8(2)), origins.get(row.utf8(3)),
                                         row.date(4), row.date(5), outcomes.get(row.utf8(6))});
            }
            return true;
        },
        "read cases for the rules");
    if (!rows)
        return rows.error();
    return success();
}

/// What caseworkers set on the checklists of the cases the notices are in (source 'zaak'): the
/// case is the source of truth for what was arranged. A notice in more than one case (a case
/// closed and a new one opened) takes the newest case's word.
Result<void> readCaseConditions(const QSqlDatabase &db, const QString &onlyHouseholds, QList<HouseholdFacts> &facts,
                                TextCache &states)
{
    QHash<qint64, DischargeFact *> notices;
    for (HouseholdFacts &f : facts)
        for (DischargeFact &d : f.discharges)
            notices.insert(d.id, &d);
    if (notices.isEmpty())
        return success();
    const QStringList &keys = conditionKeysInFactOrder();
    auto rows = bulkRead(
        db,
        QStringLiteral("SELECT cd.discharge_id, bc.condition_key, bc.state, bc.since FROM basic_conditions bc "
                       "JOIN case_discharges cd ON cd.case_id = bc.case_id%1 WHERE bc.source = 'zaak'%2 "
                       "ORDER BY cd.case_id")
            .arg(onlyHouseholds.isEmpty() ? QString() : QStringLiteral(" JOIN cases c ON c.id = bc.case_id"),
                 onlyHouseholds.isEmpty() ? QString() : QStringLiteral(" AND c.household_id") + onlyHouseholds),
        {},
        [&](const BulkRow &row) {
            DischargeFact *d = notices.value(row.integer(0));
            const qsizetype i = keys.indexOf(QString::fromUtf8(row.utf8(1)));
            if (d && i >= 0)
                d->caseConditions[std::size_t(i)] = CaseCondition{states.get(row.utf8(2)), row.date(3)};
            return true;
        },
        "read the cases' basic conditions for the rules");
    if (!rows)
        return rows.error();
    return success();
}

} // namespace

FactsLoader::FactsLoader(QSqlDatabase db, QDate statusesOn) : m_db(std::move(db)), m_statusesOn(statusesOn) {}

Result<QList<HouseholdFacts>> FactsLoader::loadAll() const
{
    return loadSome(nullptr);
}

Result<QList<HouseholdFacts>> FactsLoader::load(QList<qint64> householdIds) const
{
    std::sort(householdIds.begin(), householdIds.end());
    householdIds.erase(std::unique(householdIds.begin(), householdIds.end()), householdIds.end());
    QList<HouseholdFacts> all;
    // Bounded IN lists: the ids are numbers made here, never user text.
    constexpr qsizetype chunk = 500;
    for (qsizetype from = 0; from < householdIds.size(); from += chunk) {
        const QList<qint64> part = householdIds.mid(from, chunk);
        auto loaded = loadSome(&part);
        if (!loaded)
            return loaded.error();
        all += *loaded;
    }
    return all;
}

Result<QList<HouseholdFacts>> FactsLoader::loadSome(const QList<qint64> *ids) const
{
    const QString only = ids ? QStringLiteral(" IN (%1)").arg(idList(*ids)) : QString();
    const QString where = ids ? QStringLiteral(" WHERE household_id") + only : QString();
    QList<HouseholdFacts> facts;
    auto households = bulkRead(m_db,
                               QStringLiteral("SELECT h.id, COALESCE(a.wijk, '') FROM households h "
                                              "LEFT JOIN addresses a ON a.id = h.address_id%1 ORDER BY h.id")
                                   .arg(ids ? QStringLiteral(" WHERE h.id") + only : QString()),
                               {},
                               [&](const BulkRow &row) {
                                   HouseholdFacts f;
                                   f.householdId = row.integer(0);
                                   f.wijk = QString::fromUtf8(row.utf8(1));
                                   facts.append(std::move(f));
                                   return true;
                               },
                               "read households for the rules");
    if (!households)
        return households.error();
    // Household ids are dense (1, 2, 3, …), so a plain vector finds a household's slot: a
    // million look-ups through a hash cost a quarter of the reading. Sparse ids (a few
    // households of many) use the hash.
    const qint64 maxId = facts.isEmpty() ? 0 : facts.constLast().householdId;
    const bool dense = maxId <= 4 * facts.size() + 1024;
    std::vector<qsizetype> slots(dense ? static_cast<std::size_t>(maxId) + 1 : 0, -1);
    QHash<qint64, qsizetype> sparse;
    for (qsizetype i = 0; i < facts.size(); ++i) {
        if (dense)
            slots[static_cast<std::size_t>(facts[i].householdId)] = i;
        else
            sparse.insert(facts[i].householdId, i);
    }
    auto factsOf = [&](qint64 householdId) -> HouseholdFacts * {
        if (!dense) {
            const auto found = sparse.constFind(householdId);
            return found == sparse.cend() ? nullptr : &facts[*found];
        }
        if (householdId < 0 || householdId > maxId)
            return nullptr;
        const qsizetype slot = slots[static_cast<std::size_t>(householdId)];
        return slot < 0 ? nullptr : &facts[slot];
    };
    // Each household's list sized once (from the household index alone), not grown row by row.
    auto counted = bulkRead(m_db, QStringLiteral("SELECT household_id, COUNT(*) FROM signals%1 GROUP BY household_id").arg(where),
                            {},
                            [&](const BulkRow &row) {
                                if (HouseholdFacts *f = factsOf(row.integer(0)))
                                    f->signals.reserve(row.integer(1));
                                return true;
                            },
                            "count signals for the rules");
    if (!counted)
        return counted.error();

    TextCache partners, statuses, partnerNames;
    auto signalRows = bulkRead(
        m_db,
        QStringLiteral("SELECT household_id, id, partner_type, amount_cents, signal_date, arisen_date, crisis, repeated, "
                       "status, partner_name, warm_handover FROM signals%1 ORDER BY id")
            .arg(where),
        {},
        [&](const BulkRow &row) {
            if (HouseholdFacts *f = factsOf(row.integer(0))) {
                SignalFact s;
                s.id = row.integer(1);
                s.partnerType = partners.get(row.utf8(2));
                s.amountCents = row.isNull(3) ? 0 : row.integer(3);
                s.signalDate = row.date(4);
                s.arisenDate = row.date(5);
                s.crisis = row.integer(6) != 0;
                s.repeated = row.integer(7) != 0;
                s.status = statuses.get(row.utf8(8));
                s.partnerName = partnerNames.get(row.utf8(9));
                s.warmHandover = row.integer(10) != 0;
                f->signals.append(std::move(s));
            }
            return true;
        },
        "read signals for the rules");
    if (!signalRows)
        return signalRows.error();

    TextCache institutions, conditions, lifecycles;
    auto dischargeRows = bulkRead(
        m_db,
        QStringLiteral("SELECT household_id, id, person_id, institution_type, expected_date, id_document, shelter, income, "
                       "debts, care, status, lifecycle FROM discharge_notices%1 ORDER BY id")
            .arg(where),
        {},
        [&](const BulkRow &row) {
            if (HouseholdFacts *f = factsOf(row.integer(0))) {
                DischargeFact d;
                d.id = row.integer(1);
                d.personId = row.isNull(2) ? 0 : row.integer(2);
                d.institutionType = institutions.get(row.utf8(3));
                d.expectedDate = row.date(4);
                d.idDocument = conditions.get(row.utf8(5));
                d.shelter = conditions.get(row.utf8(6));
                d.income = conditions.get(row.utf8(7));
                d.debts = conditions.get(row.utf8(8));
                d.care = conditions.get(row.utf8(9));
                d.status = statuses.get(row.utf8(10));
                d.lifecycle = lifecycles.get(row.utf8(11));
                f->discharges.append(std::move(d));
            }
            return true;
        },
        "read discharge notices for the rules");
    if (!dischargeRows)
        return dischargeRows.error();

    if (auto onCases = readCaseConditions(m_db, ids ? only : QString(), facts, conditions); !onCases)
        return onCases.error();

    const QByteArray child = roleKey(MemberRole::Kind).toUtf8();
    auto personRows = bulkRead(
        m_db, QStringLiteral("SELECT household_id, id, geboortedatum, role FROM persons%1 ORDER BY id").arg(where), {},
        [&](const BulkRow &row) {
            if (HouseholdFacts *f = factsOf(row.integer(0))) {
                PersonFact &p = f->persons.emplace_back();
                p.id = row.integer(1);
                p.birthDate = row.date(2);
                p.child = row.utf8(3) == child;
                p.role = QString::fromUtf8(row.utf8(3));
            }
            return true;
        },
        "read members for the rules");
    if (!personRows)
        return personRows.error();

    // Contact attempts in date order, as an explanation lists them.
    auto attemptRows = bulkRead(
        m_db,
        QStringLiteral("SELECT household_id, attempt_date, reached FROM contact_attempts%1 ORDER BY attempt_date, id").arg(where),
        {},
        [&](const BulkRow &row) {
            if (HouseholdFacts *f = factsOf(row.integer(0)))
                f->contactAttempts.append(ContactAttemptFact{row.date(1), row.integer(2) != 0});
            return true;
        },
        "read contact attempts for the rules");
    if (!attemptRows)
        return attemptRows.error();

    if (auto cases = readCases(m_db, where, factsOf); !cases)
        return cases.error();

    if (auto zrm = readZrmScores(m_db, ids ? only : QString(), factsOf); !zrm)
        return zrm.error();
    if (m_statusesOn.isValid())
        if (auto earlier = AsOfHistory(m_db).apply(facts, m_statusesOn); !earlier)
            return earlier.error();
    return facts;
}

} // namespace vangnet::rules
