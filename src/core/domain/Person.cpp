#include "domain/Person.h"

#include "domain/Bsn.h"

#include <QCoreApplication>
#include <QStringList>

namespace vangnet {

QString roleKey(MemberRole role)
{
    switch (role) {
    case MemberRole::Hoofdbewoner: return QStringLiteral("hoofdbewoner");
    case MemberRole::Partner: return QStringLiteral("partner");
    case MemberRole::Kind: return QStringLiteral("kind");
    case MemberRole::Overig: return QStringLiteral("overig");
    }
    return QStringLiteral("overig");
}

std::optional<MemberRole> roleFromKey(const QString &key)
{
    for (MemberRole r : {MemberRole::Hoofdbewoner, MemberRole::Partner, MemberRole::Kind, MemberRole::Overig})
        if (roleKey(r) == key)
            return r;
    return std::nullopt;
}

QString roleLabel(MemberRole role)
{
    switch (role) {
    case MemberRole::Hoofdbewoner: return QCoreApplication::translate("vangnet::Person", "Head of household");
    case MemberRole::Partner: return QCoreApplication::translate("vangnet::Person", "Partner");
    case MemberRole::Kind: return QCoreApplication::translate("vangnet::Person", "Child");
    case MemberRole::Overig: return QCoreApplication::translate("vangnet::Person", "Other");
    }
    return {};
}

QString Person::fullName() const
{
    QStringList parts;
    parts << (voornaam.isEmpty() ? voorletters : voornaam) << voorvoegsel << achternaam;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

QString Person::sortName() const
{
    QStringList after;
    after << voorletters << voorvoegsel;
    after.removeAll(QString());
    return after.isEmpty() ? achternaam : achternaam + QStringLiteral(", ") + after.join(QLatin1Char(' '));
}

QString Person::maskedBsn() const
{
    return bsn.isEmpty() ? bsnMask : bsn::mask(bsn);
}

} // namespace vangnet
