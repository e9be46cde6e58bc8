#include "rules/DefaultRules.h"

#include <QFile>

namespace vangnet::rules {

QString defaultRuleSetText()
{
    QFile file(QStringLiteral(":/rules/default.rules"));
    if (!file.open(QIODevice::ReadOnly))
        return {}; // compiled in, so only a broken build gets here; parsing "" reports it
    return QString::fromUtf8(file.readAll());
}

} // namespace vangnet::rules
