#include "planner/PlanInstance.h"

#include <QCoreApplication>
#include <QHash>

#include <unordered_map>

namespace vangnet::planner {

namespace {

Error invalidAt(const QString &path, const QString &message)
{
    return Error(ErrorCode::Invalid, path + QStringLiteral(": ") + message, {FieldError{path, message}});
}

QString at(const char *list, std::size_t index)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(index);
}

quint64 pairKey(const PlanPair &pair)
{
    return (static_cast<quint64>(static_cast<quint32>(pair.candidate)) << 32) | static_cast<quint32>(pair.place);
}

/// Both indices of a pair in range, else the mistake.
std::optional<Error> checkRange(const PlanInstance &instance, const char *list, std::size_t index, const PlanPair &pair)
{
    if (pair.candidate < 0 || static_cast<std::size_t>(pair.candidate) >= instance.candidates.size())
        return invalidAt(at(list, index),
            QCoreApplication::translate("vangnet::planner", "candidate index %1 is out of range (%2 candidates)")
                .arg(pair.candidate)
                .arg(instance.candidates.size()));
    if (pair.place < 0 || static_cast<std::size_t>(pair.place) >= instance.places.size())
        return invalidAt(at(list, index),
            QCoreApplication::translate("vangnet::planner", "place index %1 is out of range (%2 places)")
                .arg(pair.place)
                .arg(instance.places.size()));
    return std::nullopt;
}

std::optional<Error> checkCandidates(const PlanInstance &instance)
{
    if (static_cast<qint64>(instance.candidates.size()) > PlanInstance::maxCandidates)
        return invalidAt(QStringLiteral("candidates"),
            QCoreApplication::translate("vangnet::planner", "more than %1 candidates")
                .arg(PlanInstance::maxCandidates));
    QHash<qint64, std::size_t> seen;
    seen.reserve(static_cast<qsizetype>(instance.candidates.size()));
    for (std::size_t i = 0; i < instance.candidates.size(); ++i) {
        const PlanCandidate &c = instance.candidates[i];
        const QString path = at("candidates", i);
        if (c.id < 1)
            return invalidAt(path + QStringLiteral(".id"),
                QCoreApplication::translate("vangnet::planner", "a household id is a whole number from 1 (is %1)")
                    .arg(c.id));
        if (const auto it = seen.constFind(c.id); it != seen.cend())
            return invalidAt(path + QStringLiteral(".id"),
                QCoreApplication::translate("vangnet::planner", "household %1 is listed twice (also %2)")
                    .arg(c.id)
                    .arg(at("candidates", *it)));
        seen.insert(c.id, i);
        if (tierIndex(c.tier) >= static_cast<std::size_t>(tierCount))
            return invalidAt(
                path + QStringLiteral(".tier"), QCoreApplication::translate("vangnet::planner", "unknown tier"));
        if (c.priority < 0 || c.priority > PlanInstance::maxPriority)
            return invalidAt(path + QStringLiteral(".priority"),
                QCoreApplication::translate("vangnet::planner", "a priority is a whole number from 0 to %1 (is %2)")
                    .arg(PlanInstance::maxPriority)
                    .arg(c.priority));
    }
    return std::nullopt;
}

std::optional<Error> checkPlaces(const PlanInstance &instance)
{
    if (static_cast<qint64>(instance.places.size()) > PlanInstance::maxPlaces)
        return invalidAt(QStringLiteral("places"),
            QCoreApplication::translate("vangnet::planner", "more than %1 places").arg(PlanInstance::maxPlaces));
    QHash<QString, std::size_t> seen;
    seen.reserve(static_cast<qsizetype>(instance.places.size()));
    for (std::size_t i = 0; i < instance.places.size(); ++i) {
        const PlanPlace &p = instance.places[i];
        const QString path = at("places", i);
        if (p.id.trimmed().isEmpty())
            return invalidAt(path + QStringLiteral(".id"),
                QCoreApplication::translate("vangnet::planner", "a place needs its plek_id"));
        if (const auto it = seen.constFind(p.id); it != seen.cend())
            return invalidAt(path + QStringLiteral(".id"),
                QCoreApplication::translate("vangnet::planner", "place \"%1\" is listed twice (also %2)")
                    .arg(p.id, at("places", *it)));
        seen.insert(p.id, i);
        if (p.capacity < 1 || p.capacity > PlanInstance::maxCapacity)
            return invalidAt(path + QStringLiteral(".capacity"),
                QCoreApplication::translate("vangnet::planner", "a capacity is a whole number from 1 to %1 (is %2)")
                    .arg(PlanInstance::maxCapacity)
                    .arg(p.capacity));
    }
    return std::nullopt;
}

/// Every pair in range and listed once. Duplicates are found per candidate with one mark per
/// place, so the check stays linear in the number of pairs (millions at full scale).
std::optional<Error> checkPairs(const PlanInstance &instance)
{
    if (static_cast<qint64>(instance.pairs.size()) > PlanInstance::maxPairs)
        return invalidAt(QStringLiteral("pairs"),
            QCoreApplication::translate("vangnet::planner", "more than %1 pairs").arg(PlanInstance::maxPairs));
    for (std::size_t k = 0; k < instance.pairs.size(); ++k) {
        if (auto error = checkRange(instance, "pairs", k, instance.pairs[k]))
            return error;
    }
    std::vector<std::size_t> start(instance.candidates.size() + 1, 0);
    for (const PlanPair &pair : instance.pairs)
        ++start[static_cast<std::size_t>(pair.candidate) + 1];
    for (std::size_t c = 0; c < instance.candidates.size(); ++c)
        start[c + 1] += start[c];
    std::vector<std::size_t> byCandidate(instance.pairs.size());
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (std::size_t k = 0; k < instance.pairs.size(); ++k)
        byCandidate[fill[static_cast<std::size_t>(instance.pairs[k].candidate)]++] = k;
    std::vector<std::size_t> seenBy(instance.places.size(), 0); // candidate + 1 that last named the place
    std::vector<std::size_t> firstAt(instance.places.size(), 0);
    for (std::size_t c = 0; c < instance.candidates.size(); ++c) {
        for (std::size_t i = start[c]; i < start[c + 1]; ++i) {
            const std::size_t k = byCandidate[i];
            const auto p = static_cast<std::size_t>(instance.pairs[k].place);
            if (seenBy[p] == c + 1)
                return invalidAt(at("pairs", std::max(k, firstAt[p])),
                    QCoreApplication::translate("vangnet::planner", "the pair [%1, %2] is listed twice (also %3)")
                        .arg(c)
                        .arg(p)
                        .arg(at("pairs", std::min(k, firstAt[p]))));
            seenBy[p] = c + 1;
            firstAt[p] = k;
        }
    }
    return std::nullopt;
}

/// Pins must be eligible, not excluded, one per household and within the place's capacity:
/// a pin that breaks a hard requirement or overfills a place is refused, not half-applied.
std::optional<Error> checkPins(const PlanInstance &instance)
{
    std::unordered_map<quint64, std::size_t> pinAt; // pair → its index in pins
    std::unordered_map<int, std::size_t> candidatePin;
    std::vector<std::vector<std::size_t>> pinsOfPlace(instance.places.size());
    for (std::size_t k = 0; k < instance.pins.size(); ++k) {
        const PlanPair &pin = instance.pins[k];
        if (auto error = checkRange(instance, "pins", k, pin))
            return error;
        const qint64 household = instance.candidates[static_cast<std::size_t>(pin.candidate)].id;
        const PlanPlace &place = instance.places[static_cast<std::size_t>(pin.place)];
        if (const auto it = candidatePin.find(pin.candidate); it != candidatePin.end())
            return invalidAt(at("pins", k),
                QCoreApplication::translate("vangnet::planner", "household %1 is already pinned (%2)")
                    .arg(household)
                    .arg(at("pins", it->second)));
        candidatePin.emplace(pin.candidate, k);
        auto &onPlace = pinsOfPlace[static_cast<std::size_t>(pin.place)];
        if (static_cast<qint64>(onPlace.size()) >= place.capacity) {
            QStringList earlier;
            for (const std::size_t e : onPlace)
                earlier << at("pins", e);
            return invalidAt(at("pins", k),
                QCoreApplication::translate(
                    "vangnet::planner", "place \"%1\" takes %2 household(s) and already has as many pins (%3)")
                    .arg(place.id)
                    .arg(place.capacity)
                    .arg(earlier.join(QStringLiteral(", "))));
        }
        onPlace.push_back(k);
        pinAt.emplace(pairKey(pin), k);
    }
    if (pinAt.empty())
        return std::nullopt;
    std::vector<bool> eligible(instance.pins.size(), false);
    for (const PlanPair &pair : instance.pairs) {
        if (const auto it = pinAt.find(pairKey(pair)); it != pinAt.end())
            eligible[it->second] = true;
    }
    for (std::size_t k = 0; k < instance.pins.size(); ++k) {
        if (!eligible[k]) {
            const PlanPair &pin = instance.pins[k];
            return invalidAt(at("pins", k),
                QCoreApplication::translate(
                    "vangnet::planner", "household %1 is not eligible for place \"%2\" (the pair is not in pairs)")
                    .arg(instance.candidates[static_cast<std::size_t>(pin.candidate)].id)
                    .arg(instance.places[static_cast<std::size_t>(pin.place)].id));
        }
    }
    for (std::size_t e = 0; e < instance.exclusions.size(); ++e) {
        if (const auto it = pinAt.find(pairKey(instance.exclusions[e])); it != pinAt.end())
            return invalidAt(at("pins", it->second),
                QCoreApplication::translate("vangnet::planner", "the pinned pair is also excluded (%1)")
                    .arg(at("exclusions", e)));
    }
    return std::nullopt;
}

} // namespace

Result<void> PlanInstance::validate() const
{
    if (auto error = checkCandidates(*this))
        return *error;
    if (auto error = checkPlaces(*this))
        return *error;
    if (auto error = checkPairs(*this))
        return *error;
    // Exclusions need only be in range: a declined pair may since have become ineligible, and
    // a pair declined twice is excluded once. Neither can change a plan.
    for (std::size_t k = 0; k < exclusions.size(); ++k) {
        if (auto error = checkRange(*this, "exclusions", k, exclusions[k]))
            return *error;
    }
    if (auto error = checkPins(*this))
        return *error;
    return success();
}

} // namespace vangnet::planner
