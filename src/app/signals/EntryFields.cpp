#include "signals/EntryFields.h"

#include "households/PersonDialog.h"

#include <QComboBox>
#include <QRegularExpression>

namespace vangnet::entry {

void fillMembers(QComboBox &combo, const Household &household)
{
    combo.clear();
    for (const Person &p : household.members)
        combo.addItem(QStringLiteral("%1 (%2)").arg(p.fullName(), roleLabel(p.role)), p.id);
}

QDate parseDate(const QString &text)
{
    return PersonDialog::parseDate(text);
}

std::optional<qint64> parseCents(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QLatin1Char(' '));
    t.remove(QChar(0x20AC)); // €
    static const QRegularExpression dutch(QStringLiteral("^[0-9]{1,3}(\\.[0-9]{3})*(,[0-9]{1,2})?$|^[0-9]+(,[0-9]{1,2})?$"));
    static const QRegularExpression plain(QStringLiteral("^[0-9]+(\\.[0-9]{1,2})?$"));
    if (t.isEmpty())
        return std::nullopt;
    QString euros;
    QString cents;
    if (plain.match(t).hasMatch() && !(t.count(QLatin1Char('.')) == 1 && t.section(QLatin1Char('.'), 1).size() == 3)) {
        euros = t.section(QLatin1Char('.'), 0, 0);
        cents = t.section(QLatin1Char('.'), 1);
    } else if (dutch.match(t).hasMatch()) {
        euros = t.section(QLatin1Char(','), 0, 0).remove(QLatin1Char('.'));
        cents = t.section(QLatin1Char(','), 1);
    } else {
        return std::nullopt;
    }
    while (cents.size() < 2)
        cents += QLatin1Char('0');
    bool ok = false;
    const qint64 whole = euros.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return whole * 100 + cents.toLongLong();
}

} // namespace vangnet::entry
