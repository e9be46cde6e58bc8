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

/// `key` and every string one deletion away from it: two keys within one edit of each other
/// share at least one of these, so candidates are found through an index on them instead of
/// comparing every pair (symmetric deletion).
QStringList oneDeletionVariants(const QString &key);

} // namespace vangnet::households
