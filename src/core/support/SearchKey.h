#pragma once

#include <QString>

namespace vangnet {

/// Folds text for searching and sorting: lower case, diacritics removed, runs of white space
/// collapsed ("Çelik  Özdemir" -> "celik ozdemir"). Stored beside the original so SQL can
/// match with plain LIKE on both engines.
QString searchKey(const QString &text);

/// Escapes LIKE wildcards in user text; use with `LIKE ? ESCAPE '\'`.
QString escapeLike(const QString &text);

} // namespace vangnet
