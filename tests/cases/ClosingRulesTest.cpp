#include "cases/CaseVocabulary.h"
#include "cases/ClosingRules.h"

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::cases;

namespace {

const QDate opened(2026, 11, 1);
const QDate closing(2026, 11, 20);

ContactAttempt attempt(const QString &kind, bool reached, QDate date)
{
    ContactAttempt a;
    a.kind = kind;
    a.reached = reached;
    a.date = date;
    return a;
}

ClosingJudgement judge(const QString &outcome, const QList<ContactAttempt> &attempts, SignalTally tally = {},
                       const QString &reasonKey = {}, QDate takenUp = {})
{
    Case c;
    c.id = 1;
    c.openedOn = opened;
    c.takenUpOn = takenUp;
    return judgeClosing(Closing{outcome, closing, {}, reasonKey, false}, c, attempts, tally);
}

} // namespace

TEST_CASE("Every outcome that says the resident was spoken to needs a reached contact attempt", "[closing]")
{
    const QStringList spokenTo{QStringLiteral("Geen reactie na eerder contact"),
                               QStringLiteral("Inwoner hoeft geen hulp vanuit vroegsignalering"),
                               QStringLiteral("(Budget)advies en/of quick fix"),
                               QStringLiteral("Vervolghulp en/of verwijzing financieel"),
                               QStringLiteral("Vervolghulp en/of verwijzing niet financieel")};
    for (const QString &outcome : ddas::eindresultaat())
        CHECK(ddas::needsContact(outcome) == spokenTo.contains(outcome));
    for (const QString &outcome : spokenTo) {
        INFO(outcome.toStdString());
        CHECK_FALSE(judge(outcome, {}).errors.isEmpty());
        CHECK_FALSE(judge(outcome, {attempt(QStringLiteral("Telefoon"), false, closing)}).errors.isEmpty());
        // An administrative entry is no contact, even marked as reached.
        CHECK_FALSE(judge(outcome, {attempt(QStringLiteral("Administratief"), true, closing)}).errors.isEmpty());
        // A conversation after the closing date does not count for it.
        CHECK_FALSE(judge(outcome, {attempt(QStringLiteral("Telefoon"), true, closing.addDays(1))}).errors.isEmpty());
        CHECK(judge(outcome, {attempt(QStringLiteral("Huisbezoek"), true, closing)}).errors.isEmpty());
    }
    CHECK(judge(QStringLiteral("Niet opgepakt: herhaalde melding"), {}).errors.isEmpty());
    CHECK(judge(QStringLiteral("Verwijzing zonder contact"), {}).errors.isEmpty());
}

TEST_CASE("No contact cannot close a case whose resident was reached", "[closing]")
{
    const QString noContact = ddas::noContactOutcome();
    CHECK(noContact == QStringLiteral("Definitief geen contact kunnen krijgen"));
    const ClosingJudgement reached = judge(noContact, {attempt(QStringLiteral("Telefoon"), true, opened)});
    REQUIRE(reached.errors.size() == 1);
    CHECK(reached.errors.first().field == QStringLiteral("outcome"));
    QList<ContactAttempt> tries;
    for (int i = 0; i < 3; ++i)
        tries << attempt(QStringLiteral("Brief"), false, opened.addDays(i));
    const ClosingJudgement tried = judge(noContact, tries);
    CHECK(tried.errors.isEmpty());
    CHECK(tried.warnings.isEmpty());
    SECTION("fewer tries than the geen_contact rule counts is a warning, not a refusal")
    {
        tries.removeLast();
        const ClosingJudgement few = judge(noContact, tries);
        CHECK(few.errors.isEmpty());
        REQUIRE(few.warnings.size() == 1);
        CHECK(few.warnings.first().contains(QStringLiteral("2 attempt")));
    }
}

TEST_CASE("Judgement calls are warnings", "[closing]")
{
    const QList<ContactAttempt> twoConversations{attempt(QStringLiteral("Telefoon"), true, opened),
                                                 attempt(QStringLiteral("Huisbezoek"), true, opened.addDays(3))};
    const ClosingJudgement wrong = judge(QStringLiteral("Niet opgepakt: onterecht signaal"), twoConversations);
    CHECK(wrong.errors.isEmpty());
    REQUIRE(wrong.warnings.size() == 1);
    CHECK(judge(QStringLiteral("Niet opgepakt: onterecht signaal"), twoConversations.mid(0, 1)).warnings.isEmpty());

    CHECK(judge(QStringLiteral("Niet opgepakt: andere reden"), {}).warnings.size() == 1);
    CHECK(judge(QStringLiteral("Niet opgepakt: andere reden"), {attempt(QStringLiteral("Brief"), false, opened)}).warnings.isEmpty());

    CHECK(judge(QStringLiteral("Verwijzing zonder contact"), twoConversations).warnings.size() == 1);

    const QList<ContactAttempt> talked{attempt(QStringLiteral("Telefoon"), true, opened)};
    CHECK(judge(QStringLiteral("(Budget)advies en/of quick fix"), talked, {2, 2}).warnings.size() == 1);
    CHECK(judge(QStringLiteral("(Budget)advies en/of quick fix"), talked, {2, 1}).warnings.isEmpty());
}

TEST_CASE("A taken-up outcome dates the taking up from the first conversation, else the closing", "[closing]")
{
    const QList<ContactAttempt> attempts{attempt(QStringLiteral("Brief"), false, opened.addDays(1)),
                                         attempt(QStringLiteral("Telefoon"), true, opened.addDays(4)),
                                         attempt(QStringLiteral("Huisbezoek"), true, opened.addDays(9))};
    CHECK(judge(QStringLiteral("Vervolghulp en/of verwijzing financieel"), attempts).takenUpOn == opened.addDays(4));
    CHECK(judge(QStringLiteral("Verwijzing zonder contact"), {}).takenUpOn == closing);
    // Already taken up: left as it is.
    CHECK_FALSE(judge(QStringLiteral("Verwijzing zonder contact"), {}, {}, {}, opened).takenUpOn.isValid());
    // Not a taken-up outcome: nothing to set.
    CHECK_FALSE(judge(QStringLiteral("Geen reactie na eerder contact"), attempts).takenUpOn.isValid());
}

TEST_CASE("An internal reason is a known key and goes with a not-taken-up outcome", "[closing]")
{
    CHECK(judge(QStringLiteral("Niet opgepakt: herhaalde melding"), {}, {}, QStringLiteral("al_in_schuldhulp")).errors.isEmpty());
    const ClosingJudgement unknown = judge(QStringLiteral("Niet opgepakt: herhaalde melding"), {}, {}, QStringLiteral("vakantie"));
    REQUIRE(unknown.errors.size() == 1);
    CHECK(unknown.errors.first().field == QStringLiteral("reason"));
    const ClosingJudgement takenUp = judge(QStringLiteral("Verwijzing zonder contact"), {}, {}, QStringLiteral("detentie"));
    REQUIRE(takenUp.errors.size() == 1);
    CHECK(takenUp.errors.first().field == QStringLiteral("reason"));
}
