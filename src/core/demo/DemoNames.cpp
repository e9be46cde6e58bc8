#include "demo/DemoNames.h"

#include <initializer_list>

namespace vangnet::demo {

namespace {

QStringList words(std::initializer_list<const char *> items)
{
    QStringList out;
    out.reserve(static_cast<qsizetype>(items.size()));
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

/// "van der|Berg" -> {"van der", "Berg"}; without '|' there is no tussenvoegsel.
QList<Surname> surnameList(std::initializer_list<const char *> items)
{
    QList<Surname> out;
    for (const QString &item : words(items)) {
        const qsizetype bar = item.indexOf(QLatin1Char('|'));
        out << (bar < 0 ? Surname{QString(), item} : Surname{item.left(bar), item.mid(bar + 1)});
    }
    return out;
}

/// Streets named after a theme: each name with its usual ending first, then, for a bigger
/// town, a second street on the same name ("Merelstraat", later "Merelhof").
QStringList themed(std::initializer_list<const char *> bases)
{
    static const char *const first[] = {"straat", "laan", "straat", "weg", "straat", "laan", "singel", "straat"};
    static const char *const second[] = {"hof", "plein", "hof", "pad"};
    const QStringList names = words(bases);
    QStringList out;
    for (qsizetype i = 0; i < names.size(); ++i)
        out << names[i] + QLatin1String(first[i % 8]);
    for (qsizetype i = 0; i < names.size(); ++i)
        out << names[i] + QLatin1String(second[i % 4]);
    return out;
}

struct FirstNames {
    QStringList female[3];
    QStringList male[3];
};

FirstNames sameForAllGenerations(const QStringList &female, const QStringList &male)
{
    return {{female, female, female}, {male, male, male}};
}

const QList<FirstNames> &firstNameTable()
{
    static const QList<FirstNames> table{
        // Dutch
        {{words({"Maria", "Johanna", "Anna", "Gerda", "Riet", "Truus", "Ans", "Wilma", "Joke", "Greet", "Corrie", "Tineke", "Annie", "Dineke"}),
          words({"Linda", "Sandra", "Monique", "Marieke", "Esther", "Petra", "Anouk", "Ilse", "Saskia", "Wendy", "Miranda", "Judith", "Ingrid", "Femke"}),
          words({"Emma", "Julia", "Sophie", "Tess", "Lotte", "Fleur", "Sara", "Anna", "Noor", "Evi", "Lisa", "Isa", "Roos", "Mila", "Zoë", "Iris"})},
         {words({"Jan", "Henk", "Gerrit", "Kees", "Wim", "Piet", "Hans", "Cor", "Johan", "Klaas", "Bert", "Theo", "Hendrik", "Ton"}),
          words({"Mark", "Jeroen", "Dennis", "Martijn", "Erik", "Sander", "Bas", "Richard", "Patrick", "Marco", "Remco", "Niels", "Vincent", "Arjen"}),
          words({"Daan", "Sem", "Lucas", "Noah", "Finn", "Levi", "Bram", "Jesse", "Thijs", "Luuk", "Milan", "Ruben", "Stijn", "Gijs", "Lars", "Tim"})}},
        // Turkish
        sameForAllGenerations(
            words({"Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Özlem", "Esra", "Merve", "Büşra", "Derya", "Selin", "Hülya", "Sevgi"}),
            words({"Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Emre", "Murat", "Burak", "Yusuf", "Kerem", "Osman", "Serkan"})),
        // Moroccan
        sameForAllGenerations(
            words({"Fatima", "Khadija", "Samira", "Naima", "Malika", "Nadia", "Hanane", "Yasmina", "Imane", "Salma", "Ikram", "Souad", "Latifa", "Hafsa"}),
            words({"Mohamed", "Ahmed", "Youssef", "Said", "Karim", "Bilal", "Hamza", "Rachid", "Nordin", "Ayoub", "Anouar", "Khalid", "Driss", "Soufiane"})),
        // Surinamese
        sameForAllGenerations(
            words({"Shanti", "Anita", "Sharmila", "Priya", "Denise", "Gina", "Chantal", "Sharda", "Kavita", "Naomi", "Jennifer", "Sita", "Romy", "Ingrid"}),
            words({"Ricardo", "Romano", "Sunil", "Ravi", "Anand", "Rishi", "Dwight", "Errol", "Glenn", "Jermaine", "Sandeep", "Radjesh", "Stanley", "Kenneth"})),
        // Polish
        sameForAllGenerations(
            words({"Anna", "Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Monika", "Ewa", "Aleksandra", "Natalia", "Karolina", "Marta", "Beata"}),
            words({"Piotr", "Krzysztof", "Tomasz", "Paweł", "Marek", "Michał", "Łukasz", "Jakub", "Kamil", "Mateusz", "Andrzej", "Grzegorz"})),
        // Other: German, Syrian, Eritrean, Antillean, Moluccan, Vietnamese, Portuguese, …
        sameForAllGenerations(
            words({"Sarah", "Lina", "Rahwa", "Maria", "Mei", "Nour", "Laura", "Aisha", "Ana", "Helen", "Rania", "Thi Lan", "Sanne", "Jolanda"}),
            words({"Thomas", "Ahmad", "Omar", "Yonas", "Daniel", "Kevin", "Lukas", "Minh", "Pedro", "Samir", "Tesfay", "Jurgen", "Ricky", "Wei"})),
    };
    return table;
}

} // namespace

QString DemoNames::plaats()
{
    return QStringLiteral("Lindewaarde");
}

const QList<int> &DemoNames::originWeights()
{
    static const QList<int> weights{72, 7, 7, 5, 4, 5};
    return weights;
}

const QList<Surname> &DemoNames::surnames(Origin origin)
{
    static const QList<QList<Surname>> table{
        surnameList({"de|Jong", "Jansen", "de|Vries", "van den|Berg", "van|Dijk", "Bakker", "Janssen", "Visser", "Smit",
                     "Meijer", "de|Boer", "Mulder", "de|Groot", "Bos", "Vos", "Peters", "Hendriks", "van|Leeuwen",
                     "Dekker", "Brouwer", "de|Wit", "Dijkstra", "Smits", "de|Graaf", "van der|Meer", "van der|Linden",
                     "Kok", "Jacobs", "de|Haan", "Vermeulen", "van den|Heuvel", "van der|Veen", "van den|Broek",
                     "de|Bruijn", "de|Bruin", "van der|Heijden", "Schouten", "van|Beek", "Willems", "van|Vliet",
                     "van de|Ven", "Hoekstra", "Maas", "Verhoeven", "Koster", "van|Dam", "van der|Wal", "Prins",
                     "Blom", "Huisman", "Peeters", "de|Jonge", "Kuipers", "van|Veen", "Post", "Kuiper", "Veenstra",
                     "Kramer", "van den|Brink", "Scholten", "van|Wijk", "Postma", "Martens", "Vink", "de|Ruiter",
                     "Timmermans", "Groen", "Gerritsen", "Jonker", "van|Loon", "Boer", "van der|Velde", "Willemsen",
                     "Smeets", "de|Lange", "de|Vos", "Bosch", "van|Dongen", "Schipper", "de|Koning", "van der|Laan",
                     "Koning", "van der|Velden", "Driessen", "van|Doorn", "Hermans", "Evers", "van den|Bosch",
                     "van der|Meulen", "Hofman", "Bosman", "Wolters", "Sanders", "van der|Horst", "Mol", "Kuijpers",
                     "Molenaar", "van de|Pol", "de|Leeuw", "Verbeek", "ter|Horst", "te|Riele", "Nijhuis", "Wessels",
                     "Oosterhof", "Lammers", "Brink", "Hulshof", "Pots", "Kamphuis"}),
        surnameList({"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan",
                     "Doğan", "Kılıç", "Aslan", "Çetin", "Koç", "Kurt", "Polat", "Erdoğan", "Güler", "Aksoy"}),
        surnameList({"El Amrani", "Benali", "El Idrissi", "Bouzid", "Ouali", "El Khatib", "Azzouzi", "Amrani",
                     "Haddouchi", "Ziani", "Bakkali", "El Ouardi", "Boukhari", "Tahiri", "Ait Said", "Bouchtaoui",
                     "El Hamdaoui", "Chaouch"}),
        surnameList({"Ramdin", "Mahabier", "Jagesar", "Ramsaran", "Sewdien", "Kanhai", "Ramlal", "Pinas", "Doelwijt",
                     "Blijd", "Vlijter", "Kromodimedjo", "Wongsonadi", "Tjon", "Sital", "Lachmon", "Karsten", "Zeefuik"}),
        surnameList({"Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król",
                     "Wieczorek", "Pawlak", "Michalak", "Sikora", "Baran", "Duda", "Szymczak"}),
        surnameList({"Müller", "Schmidt", "Haddad", "Tesfay", "Gebremedhin", "Martina", "Rosario", "Pattipeilohy",
                     "Tan", "Nguyen", "Ferreira", "Rossi", "Schneider", "Ibrahim", "Mohammadi", "Al Khalil",
                     "Lopes", "Wattimena"}),
    };
    return table[static_cast<qsizetype>(origin)];
}

const QStringList &DemoNames::firstNames(Origin origin, Gender gender, Generation generation)
{
    const FirstNames &names = firstNameTable()[static_cast<qsizetype>(origin)];
    const auto g = static_cast<std::size_t>(generation);
    return gender == Gender::Female ? names.female[g] : names.male[g];
}

Generation DemoNames::generationOf(int birthYear)
{
    if (birthYear < 1965)
        return Generation::Before1965;
    return birthYear < 1995 ? Generation::Before1995 : Generation::Recent;
}

const QList<District> &DemoNames::districts()
{
    static const QList<District> all{
        {QStringLiteral("Binnenstad"),
         words({"Kerkstraat", "Markt", "Molenstraat", "Brink", "Nieuwstraat", "Walstraat", "Hofstraat", "Bagijnenstraat",
                "Lange Bisschopstraat", "Korte Bisschopstraat", "Sint Jansplein", "Kleine Poot", "Grote Poot",
                "Noordenbergstraat", "Pontsteeg", "Stromarkt", "Havenweg", "Kalverstraat", "Vleeshouwerstraat",
                "Klooster", "Bergstraat", "Golstraat", "Assenstraat", "Waterstraat"}), 6},
        {QStringLiteral("Bomenwijk"),
         themed({"Eiken", "Beuken", "Linden", "Berken", "Essen", "Iepen", "Wilgen", "Populieren", "Kastanje",
                 "Esdoorn", "Platanen", "Acacia", "Hazelaar", "Lijsterbes", "Meidoorn", "Vlier", "Elzen", "Taxus"}), 12},
        {QStringLiteral("Vogelbuurt"),
         themed({"Merel", "Lijster", "Spreeuw", "Vinken", "Meeuwen", "Reiger", "Zwaluw", "Kievit", "Roodborst",
                 "Buizerd", "Specht", "Havik", "Uilen", "Leeuwerik", "Ekster", "Grutto", "Wielewaal", "Kwartel"}), 12},
        {QStringLiteral("Schildersbuurt"),
         themed({"Rembrandt", "Vermeer", "Frans Hals", "Jan Steen", "Van Gogh", "Mondriaan", "Breitner", "Israëls",
                 "Mesdag", "Toorop", "Jongkind", "Ruysdael", "Hobbema", "Van Ostade", "Potter", "Maris"}), 11},
        {QStringLiteral("Bloemenwijk"),
         themed({"Tulpen", "Rozen", "Narcissen", "Krokus", "Lelie", "Hyacinten", "Iris", "Anjer", "Dahlia",
                 "Zonnebloem", "Klaproos", "Korenbloem", "Seringen", "Jasmijn", "Goudsbloem", "Viooltjes"}), 10},
        {QStringLiteral("Componistenwijk"),
         themed({"Sweelinck", "Mozart", "Bach", "Beethoven", "Chopin", "Schubert", "Händel", "Haydn", "Vivaldi",
                 "Verdi", "Mahler", "Diepenbrock", "Andriessen", "Mendelssohn", "Grieg", "Brahms"}), 9},
        {QStringLiteral("Schrijverswijk"),
         themed({"Vondel", "Bilderdijk", "Multatuli", "Couperus", "Hooft", "Bredero", "Cats", "Potgieter",
                 "Da Costa", "Van Lennep", "Busken Huet", "Nescio", "Gezelle", "Heije", "De Genestet", "Staring"}), 9},
        {QStringLiteral("Rivierenwijk"),
         themed({"Rijn", "Maas", "IJssel", "Waal", "Lek", "Vecht", "Dinkel", "Regge", "Berkel", "Schipbeek",
                 "Amstel", "Dommel", "Linge", "Eem", "Hunze", "Roer"}), 11},
        {QStringLiteral("Sterrenwijk"),
         themed({"Poolster", "Orion", "Pegasus", "Andromeda", "Sirius", "Vega", "Kreeft", "Tweelingen", "Ram",
                 "Stier", "Weegschaal", "Boogschutter", "Waterman", "Steenbok", "Draco", "Cassiopeia"}), 10},
        {QStringLiteral("Het Hoge Veld"),
         themed({"Esch", "Kamp", "Hoeve", "Akker", "Weide", "Koppel", "Heide", "Venne", "Broek", "Haar", "Mors",
                 "Kolk", "Horst", "Marke", "Vonder", "Dijkhuis"}), 10},
    };
    return all;
}

} // namespace vangnet::demo
