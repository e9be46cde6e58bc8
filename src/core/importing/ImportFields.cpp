#include "importing/ImportFields.h"

namespace vangnet::importing {

namespace {

QStringList keys(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}

} // namespace

const QStringList &signalFieldKeys()
{
    // Part of the public file format (docs/formats.md) and of saved profiles: never rename.
    static const QStringList list = keys({"signaal_id", "signaalpartner", "partner_naam", "signaaldatum",
        "ontstaansdatum", "bedrag", "crisissignaal", "warme_overdracht", "bsn", "voorletters", "voornaam",
        "voorvoegsel", "achternaam", "geboortedatum", "straat", "huisnummer", "toevoeging", "postcode", "plaats"});
    Q_ASSERT(list.size() == signalFieldCount);
    return list;
}

const QStringList &dischargeFieldKeys()
{
    static const QStringList list
        = keys({"melding_id", "instelling_type", "instelling_naam", "verwachte_uitstroomdatum", "kanaal", "bsn",
            "voorletters", "voornaam", "voorvoegsel", "achternaam", "geboortedatum", "straat", "huisnummer",
            "toevoeging", "postcode", "plaats", "id_bewijs", "onderdak", "inkomen", "schulden", "zorg"});
    Q_ASSERT(list.size() == dischargeFieldCount);
    return list;
}

} // namespace vangnet::importing
