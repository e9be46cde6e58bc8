#include "importing/PersonFieldParser.h"

#include "domain/Postcode.h"
#include "importing/FieldParsers.h"
#include "importing/FieldReader.h"
#include "importing/ImportFields.h"

#include <QCoreApplication>

namespace vangnet::importing {

namespace {

int at(int first, PersonField field)
{
    return first + int(field);
}

} // namespace

bool PersonFieldParser::read(FieldReader &fields, int first, RowPerson &person)
{
    bool ok = true;
    const int bsnField = at(first, PersonField::Bsn);
    const QByteArrayView bsnRaw = fields.raw(bsnField);
    person.bsnValid = false;
    if (bsnRaw.isEmpty()) {
        person.bsn.clear();
    } else if (const auto digits = parse::bsnDigits(bsnRaw)) {
        person.bsn = QString::fromLatin1(digits->data(), 9);
        person.bsnValid = parse::elfproef(*digits);
    } else {
        person.bsn = fields.text(bsnField);
    }

    person.voorletters = fields.sharedText(at(first, PersonField::Voorletters));
    person.voornaam = fields.sharedText(at(first, PersonField::Voornaam));
    person.voorvoegsel = fields.sharedText(at(first, PersonField::Voorvoegsel));
    if (fields.require(at(first, PersonField::Achternaam)))
        person.achternaam = fields.sharedText(at(first, PersonField::Achternaam));
    else
        ok = false;
    person.geboortedatum = fields.date(at(first, PersonField::Geboortedatum), false);
    person.straat = fields.sharedText(at(first, PersonField::Straat));
    person.plaats = fields.sharedText(at(first, PersonField::Plaats));

    bool addressOk = true;
    const int numberField = at(first, PersonField::Huisnummer);
    const int suffixField = at(first, PersonField::Toevoeging);
    person.huisnummer = 0;
    person.toevoeging = fields.sharedText(suffixField).toUpper();
    if (!fields.isEmpty(numberField)) {
        if (const auto number = parse::houseNumber(fields.raw(numberField))) {
            person.huisnummer = number->number;
            if (person.toevoeging.isEmpty() && !number->suffix.isEmpty())
                person.toevoeging = fields.decoder().decode(number->suffix).toUpper();
        } else {
            fields.reject(numberField,
                QCoreApplication::translate("vangnet::importing::PersonFieldParser",
                    "The house number \"%1\" is not a number from 1 "
                    "to 99999")
                    .arg(fields.quoted(numberField)));
            addressOk = false;
        }
    }

    const int postcodeField = at(first, PersonField::Postcode);
    person.postcode.clear();
    if (!fields.isEmpty(postcodeField)) {
        if (const auto fast = parse::postcode(fields.raw(postcodeField))) {
            person.postcode = QString::fromLatin1(fast->data(), 7);
        } else if (const auto slow = postcode::normalize(fields.text(postcodeField))) {
            person.postcode = *slow; // non-ASCII spaces and the like: the domain's own rule
        } else {
            fields.reject(postcodeField,
                QCoreApplication::translate("vangnet::importing::PersonFieldParser",
                    "The postcode \"%1\" is not a Dutch postcode "
                    "(expected like 1234 AB)")
                    .arg(fields.quoted(postcodeField)));
            addressOk = false;
        }
    }

    // Only when the address fields themselves were fine: otherwise their own reject says it.
    const bool hasAddress = !fields.isEmpty(postcodeField) && !fields.isEmpty(numberField);
    if (addressOk && bsnRaw.isEmpty() && !hasAddress) {
        fields.reject(-1,
            QCoreApplication::translate("vangnet::importing::PersonFieldParser",
                "The row cannot be matched: no BSN and no address (postcode "
                "and house number)"));
        ok = false;
    }
    return ok && addressOk;
}

} // namespace vangnet::importing
