#include "planner/PlanInstanceReader.h"

#include "planner/JsonScanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>

#include <limits>

namespace vangnet::planner {

namespace {

/// One pass over the text into a PlanInstance. The JSON path of the value being read is kept
/// as parts (list, index, field) and only turned into text for an error message.
class Parser {
public:
    explicit Parser(QByteArrayView text)
        : m_scanner(text)
    { }

    Result<PlanInstance> parse();

private:
    struct Seen {
        bool tiers = false, candidates = false, places = false, pairs = false;
    };

    bool readTopLevel(const QString &key, Seen &seen);
    bool readTiers();
    bool readCandidate(std::size_t index);
    bool readPlace(std::size_t index);
    bool readPairs(const char *list, std::vector<PlanPair> &out);
    /// An index that fits an int; `outOfRange` is the message for one that does not (with %1).
    bool readIndex(int &out, const QString &outOfRange);
    /// Reads `[ … ]`, calling `element(i)` for each element.
    template <typename Element> bool readList(Element element);
    /// Reads `{ … }`, calling `field(key)` for each key after the ':'; a key given twice fails.
    template <typename Field> bool readObject(Field onField);
    /// Reads one field of list[index] with the path pointing at it, then back at the element.
    template <typename Read> bool field(const char *list, qsizetype index, const char *name, bool &seen, Read read)
    {
        at(list, index, name);
        seen = true;
        if (!read())
            return false;
        at(list, index);
        return true;
    }

    void at(const char *list, qsizetype index = -1, const char *field = nullptr)
    {
        m_list = list;
        m_index = index;
        m_field = field;
    }
    QString path() const;
    Error error() const;
    /// A required top-level key that is not there.
    Error missing(const QString &key) const;

    JsonScanner m_scanner;
    PlanInstance m_instance;
    const char *m_list = nullptr;
    qsizetype m_index = -1;
    const char *m_field = nullptr;
};

QString Parser::path() const
{
    QString p = m_list ? QString::fromLatin1(m_list) : QString();
    if (m_index >= 0)
        p += QStringLiteral("[%1]").arg(m_index);
    if (m_field)
        p += QLatin1Char('.') + QLatin1String(m_field);
    return p;
}

Error Parser::error() const
{
    const QString where = path();
    const QString message = where.isEmpty() ? m_scanner.error() : where + QStringLiteral(": ") + m_scanner.error();
    return Error(ErrorCode::Invalid, message, {FieldError{where, m_scanner.error()}});
}

Error Parser::missing(const QString &key) const
{
    const QString message = QCoreApplication::translate("vangnet::planner", "\"%1\" is missing").arg(key);
    return Error(ErrorCode::Invalid, message, {FieldError{QString(), message}});
}

template <typename Element> bool Parser::readList(Element element)
{
    if (!m_scanner.expect('[', QCoreApplication::translate("vangnet::planner", "a list '['")))
        return false;
    if (m_scanner.take(']'))
        return true;
    std::size_t i = 0;
    do {
        if (!element(i++))
            return false;
    } while (m_scanner.take(','));
    return m_scanner.expect(']', QCoreApplication::translate("vangnet::planner", "',' or ']'"));
}

template <typename Field> bool Parser::readObject(Field onField)
{
    if (!m_scanner.expect('{', QCoreApplication::translate("vangnet::planner", "an object '{'")))
        return false;
    if (m_scanner.take('}'))
        return true;
    QSet<QString> seen;
    do {
        QString key;
        const qsizetype keyStart = m_scanner.mark();
        if (!m_scanner.readString(key))
            return false;
        if (seen.contains(key))
            return m_scanner.failAt(
                keyStart, QCoreApplication::translate("vangnet::planner", "\"%1\" is given twice").arg(key));
        seen.insert(key);
        if (!m_scanner.expect(':', QCoreApplication::translate("vangnet::planner", "':'")) || !onField(key))
            return false;
    } while (m_scanner.take(','));
    return m_scanner.expect('}', QCoreApplication::translate("vangnet::planner", "',' or '}'"));
}

bool Parser::readTiers()
{
    QStringList tiers;
    QStringList expected;
    for (const Tier tier : allTiers)
        expected << tierKey(tier);
    const qsizetype start = m_scanner.mark();
    const bool read = readList([&](std::size_t) {
        QString name;
        if (!m_scanner.readString(name))
            return false;
        tiers << name;
        return true;
    });
    if (!read)
        return false;
    if (tiers != expected)
        return m_scanner.failAt(start,
            QCoreApplication::translate("vangnet::planner",
                "the tiers must be [\"kritiek\", \"hoog\", \"midden\", \"laag\"], most urgent first"));
    return true;
}

bool Parser::readCandidate(std::size_t index)
{
    const auto i = static_cast<qsizetype>(index);
    at("candidates", i);
    PlanCandidate candidate;
    bool hasId = false, hasTier = false, hasPriority = false;
    const bool read = readObject([&](const QString &key) {
        if (key == QLatin1String("id"))
            return field("candidates", i, "id", hasId, [&] { return m_scanner.readInteger(candidate.id); });
        if (key == QLatin1String("priority"))
            return field(
                "candidates", i, "priority", hasPriority, [&] { return m_scanner.readInteger(candidate.priority); });
        if (key == QLatin1String("tier")) {
            return field("candidates", i, "tier", hasTier, [&] {
                QString name;
                const qsizetype start = m_scanner.mark();
                if (!m_scanner.readString(name))
                    return false;
                const auto tier = tierFromKey(name);
                if (!tier)
                    return m_scanner.failAt(start,
                        QCoreApplication::translate(
                            "vangnet::planner", "unknown tier \"%1\"; use kritiek, hoog, midden or laag")
                            .arg(name));
                candidate.tier = *tier;
                return true;
            });
        }
        return m_scanner.fail(QCoreApplication::translate(
            "vangnet::planner", "unknown field \"%1\"; a candidate has id, tier and priority")
                                  .arg(key));
    });
    if (!read)
        return false;
    for (const auto &[has, key] :
        {std::pair{hasId, "id"}, std::pair{hasTier, "tier"}, std::pair{hasPriority, "priority"}}) {
        if (!has)
            return m_scanner.fail(
                QCoreApplication::translate("vangnet::planner", "\"%1\" is missing").arg(QLatin1String(key)));
    }
    m_instance.candidates.push_back(candidate);
    return true;
}

bool Parser::readPlace(std::size_t index)
{
    const auto i = static_cast<qsizetype>(index);
    at("places", i);
    PlanPlace place;
    bool hasId = false, hasCapacity = false;
    const bool read = readObject([&](const QString &key) {
        if (key == QLatin1String("id"))
            return field("places", i, "id", hasId, [&] { return m_scanner.readString(place.id); });
        if (key == QLatin1String("capacity")) {
            return field("places", i, "capacity", hasCapacity, [&] {
                qint64 capacity = 0;
                const qsizetype start = m_scanner.mark();
                if (!m_scanner.readInteger(capacity))
                    return false;
                // Checked here, not only in validate(): a capacity outside int cannot be stored.
                if (capacity < 1 || capacity > PlanInstance::maxCapacity)
                    return m_scanner.failAt(start,
                        QCoreApplication::translate(
                            "vangnet::planner", "a capacity is a whole number from 1 to %1 (is %2)")
                            .arg(PlanInstance::maxCapacity)
                            .arg(capacity));
                place.capacity = static_cast<int>(capacity);
                return true;
            });
        }
        return m_scanner.fail(
            QCoreApplication::translate("vangnet::planner", "unknown field \"%1\"; a place has id and capacity")
                .arg(key));
    });
    if (!read)
        return false;
    for (const auto &[has, key] : {std::pair{hasId, "id"}, std::pair{hasCapacity, "capacity"}}) {
        if (!has)
            return m_scanner.fail(
                QCoreApplication::translate("vangnet::planner", "\"%1\" is missing").arg(QLatin1String(key)));
    }
    m_instance.places.push_back(place);
    return true;
}

bool Parser::readIndex(int &out, const QString &outOfRange)
{
    qint64 value = 0;
    const qsizetype start = m_scanner.mark();
    if (!m_scanner.readInteger(value))
        return false;
    // Whether the index is in range is validate()'s job (the lists may follow the pairs);
    // here only that it fits.
    if (value < 0 || value > std::numeric_limits<int>::max())
        return m_scanner.failAt(start, QString(outOfRange).arg(value));
    out = static_cast<int>(value);
    return true;
}

bool Parser::readPairs(const char *list, std::vector<PlanPair> &out)
{
    const QString candidateIndex
        = QCoreApplication::translate("vangnet::planner", "candidate index %1 is out of range");
    const QString placeIndex = QCoreApplication::translate("vangnet::planner", "place index %1 is out of range");
    const QString shape = QCoreApplication::translate("vangnet::planner", "a pair [candidate index, place index]");
    return readList([&](std::size_t i) {
        at(list, static_cast<qsizetype>(i));
        PlanPair pair;
        if (!m_scanner.expect('[', shape) || !readIndex(pair.candidate, candidateIndex) || !m_scanner.expect(',', shape)
            || !readIndex(pair.place, placeIndex) || !m_scanner.expect(']', shape))
            return false;
        out.push_back(pair);
        return true;
    });
}

bool Parser::readTopLevel(const QString &key, Seen &seen)
{
    if (key == QLatin1String("tiers")) {
        at("tiers");
        seen.tiers = true;
        return readTiers();
    }
    if (key == QLatin1String("candidates")) {
        at("candidates");
        seen.candidates = true;
        return readList([&](std::size_t i) { return readCandidate(i); });
    }
    if (key == QLatin1String("places")) {
        at("places");
        seen.places = true;
        return readList([&](std::size_t i) { return readPlace(i); });
    }
    if (key == QLatin1String("pairs")) {
        at("pairs");
        seen.pairs = true;
        return readPairs("pairs", m_instance.pairs);
    }
    if (key == QLatin1String("pins")) {
        at("pins");
        return readPairs("pins", m_instance.pins);
    }
    if (key == QLatin1String("exclusions")) {
        at("exclusions");
        return readPairs("exclusions", m_instance.exclusions);
    }
    if (key == QLatin1String("meta")) { // free-form notes of the exporter (plan date, horizon, …)
        at("meta");
        return m_scanner.skipValue();
    }
    return m_scanner.fail(QCoreApplication::translate("vangnet::planner",
        "unknown key \"%1\"; an instance has tiers, candidates, places, pairs, pins, exclusions and meta")
                              .arg(key));
}

Result<PlanInstance> Parser::parse()
{
    Seen seen;
    const bool read = readObject([&](const QString &key) {
        if (!readTopLevel(key, seen))
            return false;
        at(nullptr);
        return true;
    });
    if (!read)
        return error();
    at(nullptr);
    if (!m_scanner.atEnd()) {
        m_scanner.fail(QCoreApplication::translate("vangnet::planner", "unexpected text after the instance"));
        return error();
    }
    for (const auto &[has, key] : {std::pair{seen.tiers, "tiers"}, std::pair{seen.candidates, "candidates"},
             std::pair{seen.places, "places"}, std::pair{seen.pairs, "pairs"}}) {
        if (!has)
            return missing(QLatin1String(key));
    }
    if (auto valid = m_instance.validate(); !valid)
        return valid.error();
    return std::move(m_instance);
}

} // namespace

Result<PlanInstance> PlanInstanceReader::read(QByteArrayView json)
{
    return Parser(json).parse();
}

Result<PlanInstance> PlanInstanceReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io,
            QCoreApplication::translate("vangnet::planner", "cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    return read(bytes);
}

} // namespace vangnet::planner
