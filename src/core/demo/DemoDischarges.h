#pragma once

#include "demo/DemoRandom.h"
#include "importing/ImportRows.h"

#include <QDate>
#include <QVector>

namespace vangnet::demo {

/// Synthetic discharge notices (uitstroommeldingen) about the adults of a demo municipality,
/// spread over the year before `asOf` and the months after it, each with the day the institution
/// delivers it (weeks to a few months before the discharge). Some are delivered again later with
/// a moved date or a condition that progressed (a re-delivery, which updates the notice). The
/// same seed gives the same notices.
class DemoDischarges {
public:
    struct Delivery {
        QDate on;                    ///< the day the notice reaches the municipality
        importing::DischargeRow row;
    };

    DemoDischarges(quint64 seed, QDate asOf);

    /// About `count` notices about `people` (adults), delivered on or before asOf, in no order.
    QVector<Delivery> year(const QVector<importing::RowPerson> &people, int count);

private:
    importing::DischargeRow notice(const importing::RowPerson &person);

    DemoRandom m_rng;
    QDate m_asOf;
    int m_notices = 0;
};

} // namespace vangnet::demo
