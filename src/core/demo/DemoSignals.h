#pragma once

#include "demo/DemoRandom.h"
#include "domain/Household.h"
#include "importing/ImportRows.h"

#include <QDate>
#include <QVector>

namespace vangnet::demo {

/// Synthetic early signals about the people of a demo municipality, for benchmarks and tests
/// (`vangnet-cli demo … --signals-csv FILE --rows N`). Most rows carry the person's BSN; some
/// only the address, surname and birth date; a few an invalid BSN (kept, matched by address);
/// a few are about people the municipality does not know yet (new households); and some
/// re-deliver an earlier row (duplicates). The same seed gives the same rows.
class DemoSignals {
public:
    DemoSignals(quint64 seed, QDate asOf);

    /// Remembers the members of a written household (ids set).
    void add(const Household &household);
    qsizetype people() const { return m_people.size(); }

    /// The next row; needs at least one person added.
    importing::SignalRow next();

private:
    importing::RowPerson stranger();

    DemoRandom m_rng;
    QDate m_asOf;
    QVector<importing::RowPerson> m_people;
    QVector<importing::SignalRow> m_recent; ///< for re-delivered rows
    qint64 m_rows = 0;
};

} // namespace vangnet::demo
