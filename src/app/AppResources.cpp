#include "AppResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initVangnetResource()
{
    Q_INIT_RESOURCE(vangnet);
}

namespace vangnet {

void initAppResources()
{
    initVangnetResource();
}

} // namespace vangnet
