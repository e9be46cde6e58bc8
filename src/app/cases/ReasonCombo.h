#pragma once

#include <QString>

class QComboBox;

namespace vangnet {

/// The internal reasons (cases::internalReasonKeys) in a combo box: first "no reason chosen"
/// (empty data), then each reason's label with its key as data. Shared by closing a case and
/// deciding a signal's status.
void fillReasonCombo(QComboBox &combo);
/// The chosen key, empty when none.
QString reasonKeyOf(const QComboBox &combo);

} // namespace vangnet
