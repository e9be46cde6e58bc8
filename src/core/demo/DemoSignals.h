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
    /// The adults remembered, as a file would name them (for the demo's discharge notices).
    const QVector<importing::RowPerson> &adults() const { return m_people; }
    quint64 seed() const { return m_seed; }

    /// The next row; needs at least one person added.
    importing::SignalRow next();

    /// One household's trouble: next(), and about half the time one to three more signals about
    /// the same person from a month before to two months after it (arrears come together).
    QVector<importing::SignalRow> nextEpisode();

private:
    importing::RowPerson stranger();
    /// A signal without its person, dated within the year before asOf, or around `near`.
    importing::SignalRow signal(QDate near);
    void remember(const importing::SignalRow &row);

    quint64 m_seed;
    DemoRandom m_rng;
    QDate m_asOf;
    QVector<importing::RowPerson> m_people;
    QVector<importing::SignalRow> m_recent; ///< for re-delivered rows
    qint64 m_rows = 0;
};

} // namespace vangnet::demo
