#pragma once

#include <QString>
#include <QStringList>

namespace vangnet::households {

/// A surname as duplicate detection compares it: voorvoegsel and achternaam together, folded
/// (searchKey: case, diacritics), the Dutch prefixes ("van der", "de", "van", "ter", …) taken off
/// the front and every space, hyphen and apostrophe removed: "Van der Berg", "van der berg" and
/// "Berg" (voorvoegsel "van der") all give "berg".
QString surnameKey(const QString &voorvoegsel, const QString &achternaam);

/// Whether a and b differ by at most one insertion, deletion or substitution (Levenshtein <= 1).
bool withinOneEdit(const QString &a, const QString &b);

} // namespace vangnet::households
