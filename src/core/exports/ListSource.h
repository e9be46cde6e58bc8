#pragma once

#include "exports/ListTable.h"
#include "support/Result.h"

#include <functional>

namespace vangnet::exports {

/// Where the rows of one exported list come from: the same core query the screen and the CLI
/// use for that list, so an export holds exactly what the user may see (own team, the role's
/// permission). A source is used once: prepare(), then read().
class ListSource {
public:
    /// Takes one row; false stops the reading (cancelled, or the writer failed).
    using RowCallback = std::function<bool(const ListRow &)>;

    virtual ~ListSource() = default;

    /// The sheet's title ("Work queue", translated).
    virtual QString title() const = 0;
    /// The columns: the screen's columns and titles (docs/exports.md says where they differ).
    virtual QList<ListColumn> columns() const = 0;
    /// Runs the list's query; returns how many rows read() will hand over (for the signals
    /// list a count taken just before, so a signal imported meanwhile can add one).
    virtual Result<qint64> prepare() = 0;
    /// Hands the rows over in the list's order.
    virtual Result<void> read(const RowCallback &row) = 0;
};

} // namespace vangnet::exports
