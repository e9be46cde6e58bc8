#include "importing/FieldReader.h"

#include "importing/FieldParsers.h"
#include "importing/ImportKeys.h"

#include <QCoreApplication>

namespace vangnet::importing {

FieldReader::FieldReader(TextDecoder &decoder, std::function<QString(int)> columnName)
    : m_decoder(decoder)
    , m_columnName(std::move(columnName))
{ }

void FieldReader::begin(const QByteArrayView *fields, qint64 line, QList<Reject> *rejects)
{
    m_fields = fields;
    m_line = line;
    m_rejects = rejects;
    m_failed = false;
}

QByteArrayView FieldReader::raw(int field) const
{
    return TextDecoder::trimmed(m_fields[field]);
}

QString FieldReader::text(int field)
{
    return m_decoder.decode(m_fields[field]);
}

QString FieldReader::sharedText(int field)
{
    const QByteArrayView value = raw(field);
    if (value.isEmpty())
        return QString();
    if (!TextDecoder::isAscii(value))
        return m_decoder.decode(value);
    if (m_pools.size() <= std::size_t(field))
        m_pools.resize(std::size_t(field) + 1);
    return m_pools[std::size_t(field)].get(value);
}

void FieldReader::reject(int field, const QString &reason)
{
    m_failed = true;
    m_rejects->append(Reject{m_line, m_columnName(field), reason});
}

QString FieldReader::quoted(int field)
{
    QString value = text(field);
    if (value.size() > 40)
        value = value.left(37) + QStringLiteral("...");
    return value;
}

bool FieldReader::require(int field)
{
    if (!raw(field).isEmpty())
        return true;
    reject(field, QCoreApplication::translate("vangnet::importing::FieldReader", "A required value is missing"));
    return false;
}

QDate FieldReader::date(int field, bool required)
{
    const QByteArrayView value = raw(field);
    if (value.isEmpty()) {
        if (required)
            require(field);
        return {};
    }
    if (auto parsed = parse::date(value))
        return *parsed;
    reject(field,
        QCoreApplication::translate(
            "vangnet::importing::FieldReader", "\"%1\" is not a date that exists (expected YYYY-MM-DD or DD-MM-YYYY)")
            .arg(quoted(field)));
    return {};
}

std::optional<qint64> FieldReader::amountCents(int field)
{
    const QByteArrayView value = raw(field);
    if (value.isEmpty())
        return std::nullopt;
    const parse::Amount amount = parse::amount(value);
    switch (amount.problem) {
    case parse::AmountProblem::None:
        return amount.cents;
    case parse::AmountProblem::Negative:
        reject(field,
            QCoreApplication::translate("vangnet::importing::FieldReader", "The amount \"%1\" is negative")
                .arg(quoted(field)));
        break;
    case parse::AmountProblem::TooLarge:
        reject(field,
            QCoreApplication::translate("vangnet::importing::FieldReader", "The amount \"%1\" is too large")
                .arg(quoted(field)));
        break;
    case parse::AmountProblem::Invalid:
        reject(field,
            QCoreApplication::translate("vangnet::importing::FieldReader",
                "\"%1\" is not an amount (expected for example 1234.56, 1.234,56 "
                "or 1234)")
                .arg(quoted(field)));
        break;
    }
    return std::nullopt;
}

bool FieldReader::flag(int field)
{
    const QByteArrayView value = raw(field);
    if (value.isEmpty())
        return false;
    if (auto parsed = parse::boolean(value))
        return *parsed;
    reject(field,
        QCoreApplication::translate(
            "vangnet::importing::FieldReader", "\"%1\" is not yes or no (expected ja, nee, true, false, 1 or 0)")
            .arg(quoted(field)));
    return false;
}

std::optional<PartnerType> FieldReader::partnerType(int field)
{
    if (!require(field))
        return std::nullopt;
    if (auto type = partnerTypeFromKey(raw(field)))
        return type;
    reject(field,
        QCoreApplication::translate("vangnet::importing::FieldReader",
            "Unknown signal partner type \"%1\" (expected Huur, Energie, Water, "
            "Zorg, CAK Zorgverzekeringen, Hypotheek, DUO, Belastingdienst, CAK "
            "Eigen bijdrage, Dienst Toeslagen or Overige)")
            .arg(quoted(field)));
    return std::nullopt;
}

std::optional<InstitutionType> FieldReader::institutionType(int field)
{
    if (!require(field))
        return std::nullopt;
    if (auto type = institutionTypeFromKey(raw(field)))
        return type;
    reject(field,
        QCoreApplication::translate("vangnet::importing::FieldReader",
            "Unknown institution type \"%1\" (expected detentie, ggz_kliniek, "
            "jeugdzorg, beschermd_wonen, maatschappelijke_opvang, ziekenhuis or "
            "overig)")
            .arg(quoted(field)));
    return std::nullopt;
}

ConditionState FieldReader::condition(int field)
{
    const QByteArrayView value = raw(field);
    if (value.isEmpty())
        return ConditionState::Onbekend;
    if (auto state = conditionStateFromKey(value))
        return *state;
    reject(field,
        QCoreApplication::translate("vangnet::importing::FieldReader",
            "\"%1\" is not a condition status (expected geregeld, in_behandeling, "
            "niet_geregeld or onbekend)")
            .arg(quoted(field)));
    return ConditionState::Onbekend;
}

std::optional<DischargeChannel> FieldReader::channel(int field)
{
    const QByteArrayView value = raw(field);
    if (value.isEmpty())
        return std::nullopt;
    if (auto channel = dischargeChannelFromKey(value))
        return channel;
    reject(field,
        QCoreApplication::translate("vangnet::importing::FieldReader",
            "Unknown channel \"%1\" (expected dr_plan, warme_overdracht, dpan or "
            "overig)")
            .arg(quoted(field)));
    return std::nullopt;
}

} // namespace vangnet::importing
