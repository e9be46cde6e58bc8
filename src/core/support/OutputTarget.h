#pragma once

#include "support/Result.h"

#include <QList>
#include <QString>

namespace vangnet {

/// Problems with a file an export is about to write, under the field key `field`: the name is
/// a folder, its folder does not exist or may not be written, or it exists and may not be
/// overwritten. An empty name is the caller's to word ("choose the file …"); it is not checked
/// here. Checked before the work starts, so a mistake shows at once; the write itself still
/// goes through QSaveFile and reports what this check cannot foresee.
QList<FieldError> checkOutputTarget(const QString &fileName, const QString &field);

} // namespace vangnet
