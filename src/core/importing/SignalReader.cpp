#include "importing/SignalReader.h"

namespace vangnet::importing {

qsizetype SignalReader::readBatch(qsizetype max, QVector<SignalRow> &rows, QList<Reject> &rejects)
{
    qsizetype count = 0;
    SignalRow row;
    while (count < max && next(row, rejects)) {
        rows.append(row);
        ++count;
    }
    return count;
}

} // namespace vangnet::importing
