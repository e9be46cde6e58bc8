#include "LoadRecords.h"

#include "storage/DatabaseLocation.h"

#include <algorithm>
#include <cmath>

namespace vangnet::bench {

bool isLoopbackHost(const QString &host)
{
    // Exactly these spellings (QUrl gives an IPv6 host without brackets): no name resolution,
    // no other address of the 127/8 block, no unix socket folder.
    static const QStringList loopback{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1"),
                                      QStringLiteral("[::1]")};
    return loopback.contains(host.trimmed().toLower());
}

Result<void> checkBounds(const QString &url, int clients, int seconds, bool namedUser)
{
    auto location = DatabaseLocation::parse(url);
    if (!location)
        return location.error();
    if (location->engine != Engine::Postgres)
        return Error(ErrorCode::Invalid, QStringLiteral("--db must be a postgresql:// URL of the team server, not '%1'").arg(url));
    if (!isLoopbackHost(location->url.host()))
        return Error(ErrorCode::Invalid,
                     QStringLiteral("the load driver runs against this machine only (127.0.0.1, localhost or ::1), not '%1'")
                         .arg(location->url.host()));
    if (location->connectsAsUser() == namedUser)
        return namedUser ? Error(ErrorCode::Invalid, QStringLiteral("--superuser needs a URL that names the superuser"))
                         : Error(ErrorCode::Invalid, QStringLiteral("the URL must name no user: each client logs in as its own login role"));
    if (clients < 1 || clients > maxClients)
        return Error(ErrorCode::Invalid, QStringLiteral("%1 clients: the driver runs 1 to %2").arg(clients).arg(maxClients));
    if (seconds < 1 || seconds > 600)
        return Error(ErrorCode::Invalid, QStringLiteral("%1 seconds: a client runs 1 to 600 seconds").arg(seconds));
    return success();
}

QString formatRecord(const ActionRecord &record)
{
    QString detail = record.detail;
    detail.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
    return QStringLiteral("%1\t%2\t%3\t%4")
        .arg(record.action, QString::number(record.ms, 'f', 3), record.ok ? QStringLiteral("ok") : QStringLiteral("error"), detail);
}

Result<QList<ActionRecord>> parseRecords(const QString &text, const QString &fileName)
{
    QList<ActionRecord> records;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines[i];
        if (line.trimmed().isEmpty())
            continue;
        auto bad = [&](const QString &why) {
            return Error(ErrorCode::Invalid, QStringLiteral("%1, line %2: %3").arg(fileName).arg(i + 1).arg(why));
        };
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 4)
            return bad(QStringLiteral("expected 4 tab-separated fields (action, ms, ok|error, detail), found %1").arg(parts.size()));
        ActionRecord r;
        r.action = parts[0].trimmed();
        if (r.action.isEmpty())
            return bad(QStringLiteral("the action is empty"));
        bool number = false;
        r.ms = parts[1].toDouble(&number);
        if (!number || !std::isfinite(r.ms) || r.ms < 0)
            return bad(QStringLiteral("milliseconds '%1' is not a number of 0 or more").arg(parts[1]));
        if (parts[2] != QLatin1String("ok") && parts[2] != QLatin1String("error"))
            return bad(QStringLiteral("status '%1' is neither ok nor error").arg(parts[2]));
        r.ok = parts[2] == QLatin1String("ok");
        r.detail = parts[3];
        records << r;
    }
    return records;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double rank = std::ceil(p / 100.0 * double(values.size()));
    const std::size_t index = rank < 1 ? 0 : std::min(values.size() - 1, std::size_t(rank) - 1);
    return values[index];
}

const QStringList &ActionMix::actions()
{
    static const QStringList names{QStringLiteral("queue"), QStringLiteral("household"), QStringLiteral("attempt"),
                                   QStringLiteral("search"), QStringLiteral("note")};
    return names;
}

ActionMix ActionMix::caseworker()
{
    // A caseworker's outreach hour as docs/cases.md describes the work: from the queue to a
    // household, a contact attempt on it (several a household: geen_contact counts three),
    // a search when someone calls or writes in, a note after a conversation. The household is
    // opened most (after every pick from the queue and every search hit); the queue is reopened
    // about every other household. An assumption, not a measurement of real users.
    ActionMix mix;
    mix.m_weights = {{QStringLiteral("queue"), 15}, {QStringLiteral("household"), 30}, {QStringLiteral("attempt"), 25},
                     {QStringLiteral("search"), 15}, {QStringLiteral("note"), 15}};
    return mix;
}

Result<ActionMix> ActionMix::parse(const QString &text)
{
    ActionMix mix;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList pair = part.split(QLatin1Char('='));
        bool number = false;
        const int weight = pair.size() == 2 ? pair[1].trimmed().toInt(&number) : 0;
        if (pair.size() != 2 || !number || weight < 0)
            return Error(ErrorCode::Invalid, QStringLiteral("mix: '%1' is not action=weight with a weight of 0 or more").arg(part));
        const QString action = pair[0].trimmed();
        if (!actions().contains(action))
            return Error(ErrorCode::Invalid,
                         QStringLiteral("mix: unknown action '%1' (known: %2)").arg(action, actions().join(QStringLiteral(", "))));
        mix.m_weights[action] = weight;
    }
    int total = 0;
    for (int w : mix.m_weights)
        total += w;
    if (total <= 0)
        return Error(ErrorCode::Invalid, QStringLiteral("mix: '%1' gives no action a weight above 0").arg(text));
    return mix;
}

QString ActionMix::pick(std::mt19937 &random) const
{
    int total = 0;
    for (int w : m_weights)
        total += w;
    int draw = std::uniform_int_distribution<int>(0, total - 1)(random);
    for (auto it = m_weights.cbegin(); it != m_weights.cend(); ++it) {
        if (draw < it.value())
            return it.key();
        draw -= it.value();
    }
    return m_weights.lastKey();
}

QString ActionMix::text() const
{
    QStringList parts;
    for (const QString &action : actions())
        if (m_weights.contains(action))
            parts << QStringLiteral("%1=%2").arg(action).arg(m_weights.value(action));
    return parts.join(QLatin1Char(','));
}

QList<ActionSummary> summarize(const QList<ActionRecord> &records)
{
    QStringList order = ActionMix::actions();
    for (const ActionRecord &r : records)
        if (!order.contains(r.action) && r.action != QLatin1String("login"))
            order << r.action;
    order << QStringLiteral("login");
    QList<ActionSummary> summaries;
    for (const QString &action : order) {
        ActionSummary s;
        s.action = action;
        std::vector<double> times;
        for (const ActionRecord &r : records) {
            if (r.action != action)
                continue;
            ++s.count;
            if (r.ok) {
                times.push_back(r.ms);
                continue;
            }
            ++s.errors;
            if (!s.errorMessages.contains(r.detail) && s.errorMessages.size() < 5)
                s.errorMessages << r.detail;
        }
        if (s.count == 0)
            continue;
        s.p50 = percentile(times, 50);
        s.p95 = percentile(times, 95);
        s.p99 = percentile(times, 99);
        s.max = times.empty() ? 0 : *std::max_element(times.begin(), times.end());
        summaries << s;
    }
    return summaries;
}

QList<qint64> savedIds(const QList<ActionRecord> &records, const QString &kind)
{
    QList<qint64> ids;
    const QString prefix = kind + QLatin1Char(' ');
    for (const ActionRecord &r : records) {
        if (!r.ok || !r.detail.startsWith(prefix))
            continue;
        bool number = false;
        const qint64 id = r.detail.mid(prefix.size()).section(QLatin1Char(' '), 0, 0).toLongLong(&number);
        if (number)
            ids << id;
    }
    return ids;
}

} // namespace vangnet::bench
