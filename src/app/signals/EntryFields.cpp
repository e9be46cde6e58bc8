#include "signals/EntryFields.h"

#include "households/PersonDialog.h"
#include "importing/FieldParsers.h"

#include <QComboBox>

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
    // The import's own rule (docs/formats.md), so a typed amount reads as a file's would.
    const QByteArray bytes = text.trimmed().toUtf8();
    if (bytes.isEmpty())
        return std::nullopt;
    const importing::parse::Amount parsed = importing::parse::amount(bytes);
    if (parsed.problem != importing::parse::AmountProblem::None)
        return std::nullopt;
    return parsed.cents;
}

} // namespace vangnet::entry
