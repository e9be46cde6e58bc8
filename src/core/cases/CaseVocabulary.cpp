#include "cases/CaseVocabulary.h"

#include <QCoreApplication>

namespace vangnet::cases {

QString caseStatusKey(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Nieuw: return QStringLiteral("nieuw");
    case CaseStatus::InBehandeling: return QStringLiteral("in_behandeling");
    case CaseStatus::WachtOpInwoner: return QStringLiteral("wacht_op_inwoner");
    case CaseStatus::Afgesloten: return QStringLiteral("afgesloten");
    }
    return {};
}

QString caseStatusLabel(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Nieuw: return QCoreApplication::translate("vangnet::cases", "New");
    case CaseStatus::InBehandeling: return QCoreApplication::translate("vangnet::cases", "In progress");
    case CaseStatus::WachtOpInwoner: return QCoreApplication::translate("vangnet::cases", "Waiting for resident");
    case CaseStatus::Afgesloten: return QCoreApplication::translate("vangnet::cases", "Closed");
    }
    return {};
}

const QList<CaseStatus> &allCaseStatuses()
{
    static const QList<CaseStatus> all{CaseStatus::Nieuw, CaseStatus::InBehandeling, CaseStatus::WachtOpInwoner,
                                       CaseStatus::Afgesloten};
    return all;
}

std::optional<CaseStatus> caseStatusFromKey(const QString &key)
{
    for (CaseStatus status : allCaseStatuses())
        if (caseStatusKey(status) == key)
            return status;
    return std::nullopt;
}

bool canMove(CaseStatus from, CaseStatus to)
{
    switch (from) {
    case CaseStatus::Nieuw:
        return to == CaseStatus::InBehandeling || to == CaseStatus::Afgesloten;
    case CaseStatus::InBehandeling:
        return to == CaseStatus::WachtOpInwoner || to == CaseStatus::Afgesloten;
    case CaseStatus::WachtOpInwoner:
        return to == CaseStatus::InBehandeling || to == CaseStatus::Afgesloten;
    case CaseStatus::Afgesloten:
        return to == CaseStatus::InBehandeling;
    }
    return false;
}

QString caseOriginKey(CaseOrigin origin)
{
    switch (origin) {
    case CaseOrigin::Flag: return QStringLiteral("flag");
    case CaseOrigin::Signal: return QStringLiteral("signal");
    case CaseOrigin::Discharge: return QStringLiteral("discharge");
    case CaseOrigin::Manual: return QStringLiteral("manual");
    }
    return {};
}

QString caseOriginLabel(CaseOrigin origin)
{
    switch (origin) {
    case CaseOrigin::Flag: return QCoreApplication::translate("vangnet::cases", "From a flag");
    case CaseOrigin::Signal: return QCoreApplication::translate("vangnet::cases", "From a signal");
    case CaseOrigin::Discharge: return QCoreApplication::translate("vangnet::cases", "From a discharge notice");
    case CaseOrigin::Manual: return QCoreApplication::translate("vangnet::cases", "Opened by hand");
    }
    return {};
}

std::optional<CaseOrigin> caseOriginFromKey(const QString &key)
{
    for (CaseOrigin origin : {CaseOrigin::Flag, CaseOrigin::Signal, CaseOrigin::Discharge, CaseOrigin::Manual})
        if (caseOriginKey(origin) == key)
            return origin;
    return std::nullopt;
}

namespace ddas {

const QStringList &signaalstatus()
{
    static const QStringList values{
        QStringLiteral("Nog niet opgepakt"),
        QStringLiteral("Niet opgepakt: onterecht signaal"),
        QStringLiteral("Inwoner is overleden"),
        QStringLiteral("Persoon is geen inwoner (meer) in de gemeente"),
        QStringLiteral("Niet opgepakt: herhaalde melding"),
        QStringLiteral("Niet opgepakt: andere reden"),
    };
    return values;
}

const QStringList &eindresultaat()
{
    static const QStringList values{
        QStringLiteral("Niet opgepakt: herhaalde melding"),
        QStringLiteral("Niet opgepakt: onterecht signaal"),
        QStringLiteral("Inwoner is overleden"),
        QStringLiteral("Persoon is geen inwoner (meer) in de gemeente"),
        QStringLiteral("Niet opgepakt: andere reden"),
        QStringLiteral("Inwoner al bekend bij schuldhulpverlening"),
        QStringLiteral("Inwoner heeft al een ander lopend traject"),
        QStringLiteral("Definitief geen contact kunnen krijgen"),
        QStringLiteral("Geen reactie na eerder contact"),
        QStringLiteral("Inwoner hoeft geen hulp vanuit vroegsignalering"),
        QStringLiteral("Inwoner heeft zelf al betaald/betalingsregeling getroffen"),
        QStringLiteral("(Budget)advies en/of quick fix"),
        QStringLiteral("Vervolghulp en/of verwijzing financieel"),
        QStringLiteral("Verwijzing zonder contact"),
        QStringLiteral("Vervolghulp en/of verwijzing niet financieel"),
    };
    return values;
}

const QStringList &contactsoort()
{
    static const QStringList values{
        QStringLiteral("Mail"),       QStringLiteral("Brief"),    QStringLiteral("SMS/Whatsapp"),
        QStringLiteral("Telefoon"),   QStringLiteral("Huisbezoek"), QStringLiteral("Kaartje"),
        QStringLiteral("Overige"),    QStringLiteral("Administratief"),
    };
    return values;
}

const QStringList &dagdeel()
{
    static const QStringList values{QStringLiteral("Ochtend"), QStringLiteral("Middag"), QStringLiteral("Avond")};
    return values;
}

QString notYetTakenUp()
{
    return signaalstatus().first();
}

bool isNotTakenUpOutcome(const QString &eindresultaat)
{
    return eindresultaat != notYetTakenUp() && signaalstatus().contains(eindresultaat);
}

} // namespace ddas

const QStringList &basicConditionKeys()
{
    static const QStringList keys{QStringLiteral("id_bewijs"), QStringLiteral("onderdak"), QStringLiteral("inkomen"),
                                  QStringLiteral("schulden"), QStringLiteral("zorg")};
    return keys;
}

QString basicConditionLabel(const QString &key)
{
    if (key == QLatin1String("id_bewijs")) return QCoreApplication::translate("vangnet::cases", "Identity document");
    if (key == QLatin1String("onderdak")) return QCoreApplication::translate("vangnet::cases", "Housing");
    if (key == QLatin1String("inkomen")) return QCoreApplication::translate("vangnet::cases", "Income");
    if (key == QLatin1String("schulden")) return QCoreApplication::translate("vangnet::cases", "Debts");
    if (key == QLatin1String("zorg")) return QCoreApplication::translate("vangnet::cases", "Care");
    return key;
}

} // namespace vangnet::cases
