#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet::demo {

/// Where a family's names come from; the shares follow a mid-sized Dutch town.
enum class Origin { Dutch, Turkish, Moroccan, Surinamese, Polish, Other };
enum class Gender { Female, Male };
/// First names follow fashion: a Gerda was born around 1955, a Sandra around 1975, a Tess after 2000.
enum class Generation { Before1965, Before1995, Recent };

struct Surname {
    QString voorvoegsel; ///< tussenvoegsel ("van der"), often empty
    QString achternaam;
};

/// A wijk of the demo municipality with its streets, most common first.
struct District {
    QString name;
    QStringList streets;
    int weight = 0; ///< share of the households living there
};

/// The fixed vocabulary of the demo municipality: names of people, streets and districts.
/// Everything here is invented or a very common name; no real person or address is meant.
class DemoNames {
public:
    static QString plaats();
    /// Share (weights) of each Origin, in enum order.
    static const QList<int> &originWeights();
    static const QList<Surname> &surnames(Origin origin);
    static const QStringList &firstNames(Origin origin, Gender gender, Generation generation);
    static const QList<District> &districts();
    static Generation generationOf(int birthYear);
};

} // namespace vangnet::demo
