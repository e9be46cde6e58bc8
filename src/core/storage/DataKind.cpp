#include "storage/DataKind.h"

#include <array>
#include <utility>

namespace vangnet {

namespace {

// The names are part of the schema: the triggers of migration 27 (ChangeSchema) write them.
constexpr std::array<std::pair<DataKind, const char *>, 8> names{{
    {DataKind::Households, "households"},
    {DataKind::Needs, "needs"},
    {DataKind::Places, "places"},
    {DataKind::PlanRuns, "plan_runs"},
    {DataKind::Cases, "cases"},
    {DataKind::Flags, "flags"},
    {DataKind::Signals, "signals"},
    {DataKind::Settings, "settings"},
}};

} // namespace

QList<DataKind> allDataKinds()
{
    QList<DataKind> kinds;
    for (const auto &[kind, name] : names)
        kinds << kind;
    return kinds;
}

QString dataKindName(DataKind kind)
{
    for (const auto &[k, name] : names)
        if (k == kind)
            return QString::fromLatin1(name);
    return {};
}

std::optional<DataKind> dataKindFromName(QStringView name)
{
    for (const auto &[k, text] : names)
        if (name == QLatin1String(text))
            return k;
    return std::nullopt;
}

} // namespace vangnet
