#pragma once

#include "importing/ImportRows.h"
#include "importing/StringPool.h"
#include "importing/TextDecoder.h"

#include <QByteArrayView>
#include <QList>

#include <functional>
#include <optional>
#include <vector>

namespace vangnet::importing {

/// Reads the fields of one row, turning raw bytes into values and every bad value into a Reject
/// (line, the column's name, a translated reason). Shared by the CSV and DDAS readers so both
/// apply the same rules and say the same things.
class FieldReader {
public:
    /// `columnName(field)` names a field's column (CSV header) or JSON path in a reject;
    /// field -1 is the row as a whole ("" for CSV, the signal's path for JSON).
    FieldReader(TextDecoder &decoder, std::function<QString(int field)> columnName);

    /// Starts a row: `fields` holds its raw values by field index (empty when absent).
    void begin(const QByteArrayView *fields, qint64 line, QList<Reject> *rejects);
    /// True when any field of the row was rejected.
    bool failed() const { return m_failed; }

    QByteArrayView raw(int field) const;
    bool isEmpty(int field) const { return raw(field).isEmpty(); }
    QString text(int field);
    /// text() for values that repeat across rows (names of streets, towns, partners): shared.
    QString sharedText(int field);
    /// Empty → invalid QDate (a reject when `required`).
    QDate date(int field, bool required);
    /// Empty → nullopt; never negative.
    std::optional<qint64> amountCents(int field);
    /// Empty → false.
    bool flag(int field);
    std::optional<PartnerType> partnerType(int field);
    std::optional<InstitutionType> institutionType(int field);
    /// Empty → Onbekend.
    ConditionState condition(int field);
    /// Empty → nullopt; an unknown channel is a reject.
    std::optional<DischargeChannel> channel(int field);
    /// Rejects the field with "required value is missing" when it is empty; returns !empty.
    bool require(int field);

    /// Records a reject for `field` (-1: the row as a whole).
    void reject(int field, const QString &reason);
    TextDecoder &decoder() { return m_decoder; }

    /// The value as it stood in the file, for a reason text (shortened to 40 characters).
    QString quoted(int field);

private:
    TextDecoder &m_decoder;
    std::function<QString(int)> m_columnName;
    const QByteArrayView *m_fields = nullptr;
    qint64 m_line = 0;
    QList<Reject> *m_rejects = nullptr;
    bool m_failed = false;
    std::vector<StringPool> m_pools; ///< per field, for sharedText()
};

} // namespace vangnet::importing
