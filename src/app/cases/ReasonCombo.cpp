#include "cases/ReasonCombo.h"

#include "cases/InternalReason.h"

#include <QCoreApplication>
#include <QComboBox>

namespace vangnet {

void fillReasonCombo(QComboBox &combo)
{
    combo.clear();
    combo.addItem(QCoreApplication::translate("vangnet::ReasonCombo", "(no reason chosen)"), QString());
    for (const QString &key : cases::internalReasonKeys())
        combo.addItem(cases::internalReasonLabel(key), key);
    combo.setAccessibleName(QCoreApplication::translate("vangnet::ReasonCombo", "Internal reason"));
    combo.setToolTip(QCoreApplication::translate("vangnet::ReasonCombo",
                                                 "Counted by the team lead; never reported to a signal partner or to CBS."));
}

QString reasonKeyOf(const QComboBox &combo)
{
    return combo.currentData().toString();
}

} // namespace vangnet
