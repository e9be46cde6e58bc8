#include "domain/Validation.h"

#include "domain/Bsn.h"
#include "domain/Postcode.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace vangnet {

Error Error::invalid(QList<FieldError> fieldErrors)
{
    QStringList lines;
    for (const FieldError &f : fieldErrors)
        lines << f.message;
    return Error{ErrorCode::Invalid, lines.join(QLatin1Char('\n')), std::move(fieldErrors)};
}

namespace validation {

QList<FieldError> validateBsn(const QString &bsn, const QString &field)
{
    if (bsn.trimmed().isEmpty())
        return {};
    const auto digits = bsn::normalize(bsn);
    if (!digits)
        return {{field, QCoreApplication::translate("vangnet::validation", "BSN %1 must consist of 9 digits").arg(bsn.trimmed())}};
    if (!bsn::passesElfproef(*digits))
        return {{field, QCoreApplication::translate("vangnet::validation", "BSN %1 fails the eleven test").arg(*digits)}};
    return {};
}

QList<FieldError> validatePostcode(const QString &postcode, const QString &field)
{
    if (postcode.trimmed().isEmpty())
        return {{field, QCoreApplication::translate("vangnet::validation", "Postcode is required")}};
    if (!postcode::normalize(postcode))
        return {{field, QCoreApplication::translate("vangnet::validation", "Postcode %1 is not a valid Dutch postcode (expected like 1234 AB)").arg(postcode.trimmed())}};
    return {};
}

QList<FieldError> validateAddress(const Address &a)
{
    QList<FieldError> errors = validatePostcode(a.postcode);
    if (a.huisnummer <= 0 || a.huisnummer > 99999)
        errors.append({QStringLiteral("huisnummer"), QCoreApplication::translate("vangnet::validation", "House number must be a number from 1 to 99999")});
    static const QRegularExpression suffix(QStringLiteral("^[A-Za-z0-9 -]{0,6}$"));
    if (!suffix.match(a.toevoeging.trimmed()).hasMatch())
        errors.append({QStringLiteral("toevoeging"),
                       QCoreApplication::translate("vangnet::validation", "House number suffix \"%1\" may hold at most 6 letters, digits or dashes").arg(a.toevoeging.trimmed())});
    if (a.straat.trimmed().isEmpty())
        errors.append({QStringLiteral("straat"), QCoreApplication::translate("vangnet::validation", "Street is required")});
    if (a.plaats.trimmed().isEmpty())
        errors.append({QStringLiteral("plaats"), QCoreApplication::translate("vangnet::validation", "Town is required")});
    return errors;
}

QList<FieldError> validatePerson(const Person &p, const QDate &today, const QString &prefix)
{
    QList<FieldError> errors;
    auto field = [&prefix](const char *name) { return prefix + QLatin1String(name); };
    if (p.achternaam.trimmed().isEmpty())
        errors.append({field("achternaam"), QCoreApplication::translate("vangnet::validation", "Surname is required")});
    if (p.voorletters.trimmed().isEmpty() && p.voornaam.trimmed().isEmpty())
        errors.append({field("voorletters"), QCoreApplication::translate("vangnet::validation", "Enter initials or a first name")});
    errors.append(validateBsn(p.bsn, field("bsn")));
    if (p.geboortedatum.isValid()) {
        if (p.geboortedatum > today)
            errors.append({field("geboortedatum"), QCoreApplication::translate("vangnet::validation", "Date of birth %1 lies in the future")
                                                       .arg(p.geboortedatum.toString(QStringLiteral("dd-MM-yyyy")))});
        else if (p.geboortedatum.year() < 1900)
            errors.append({field("geboortedatum"), QCoreApplication::translate("vangnet::validation", "Date of birth %1 lies before 1900")
                                                       .arg(p.geboortedatum.toString(QStringLiteral("dd-MM-yyyy")))});
    }
    static const QRegularExpression phone(QStringLiteral("^(\\+|00)?[0-9]{9,15}$"));
    QString digits = p.telefoon;
    digits.remove(QRegularExpression(QStringLiteral("[\\s()-]")));
    if (!digits.isEmpty() && !phone.match(digits).hasMatch())
        errors.append({field("telefoon"), QCoreApplication::translate("vangnet::validation", "Phone number %1 is not valid (expected like 06 12345678 or +31 20 1234567)")
                                              .arg(p.telefoon.trimmed())});
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.email.trimmed().isEmpty() && !email.match(p.email.trimmed()).hasMatch())
        errors.append({field("email"), QCoreApplication::translate("vangnet::validation", "E-mail address %1 is not valid").arg(p.email.trimmed())});
    return errors;
}

QList<FieldError> validateHousehold(const Household &h, const QDate &today)
{
    QList<FieldError> errors = validateAddress(h.address);
    if (h.members.isEmpty())
        errors.append({QStringLiteral("members"), QCoreApplication::translate("vangnet::validation", "A household needs at least one member")});
    int heads = 0;
    QSet<QString> seenBsns;
    for (qsizetype i = 0; i < h.members.size(); ++i) {
        const Person &p = h.members.at(i);
        const QString prefix = QStringLiteral("members[%1].").arg(i);
        errors.append(validatePerson(p, today, prefix));
        if (p.role == MemberRole::Hoofdbewoner)
            ++heads;
        if (const auto digits = bsn::normalize(p.bsn)) {
            if (seenBsns.contains(*digits))
                errors.append({prefix + QStringLiteral("bsn"), QCoreApplication::translate("vangnet::validation", "BSN %1 occurs twice in this household").arg(*digits)});
            seenBsns.insert(*digits);
        }
    }
    if (!h.members.isEmpty() && heads != 1)
        errors.append({QStringLiteral("members"), QCoreApplication::translate("vangnet::validation", "A household has exactly one head of household (now %1)").arg(heads)});
    return errors;
}

Person normalized(Person p)
{
    p.bsn = bsn::normalize(p.bsn).value_or(QString());
    p.voorletters = p.voorletters.trimmed();
    p.voornaam = p.voornaam.trimmed();
    p.voorvoegsel = p.voorvoegsel.trimmed();
    p.achternaam = p.achternaam.trimmed();
    p.telefoon = p.telefoon.trimmed();
    p.email = p.email.trimmed();
    return p;
}

Household normalized(Household h)
{
    h.address.postcode = postcode::normalize(h.address.postcode).value_or(h.address.postcode.trimmed());
    h.address.straat = h.address.straat.trimmed();
    h.address.toevoeging = h.address.toevoeging.trimmed().toUpper();
    h.address.plaats = h.address.plaats.trimmed();
    h.address.wijk = h.address.wijk.trimmed();
    for (Person &p : h.members)
        p = normalized(p);
    return h;
}

} // namespace validation
} // namespace vangnet
