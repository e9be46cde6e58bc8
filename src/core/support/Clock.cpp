#include "support/Clock.h"

namespace vangnet {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace vangnet
