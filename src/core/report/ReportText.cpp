#include "report/ReportText.h"

#include "importing/ImportKeys.h"

#include <QLocale>

namespace vangnet::report {

namespace {
const QString dash = QStringLiteral("—");
} // namespace

QString date(const QDate &day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd-MM-yyyy")) : dash;
}

QString moment(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : dash;
}

QString money(qint64 cents)
{
    return QLocale(QLocale::Dutch, QLocale::Netherlands)
        .toCurrencyString(static_cast<double>(cents) / 100.0, QStringLiteral("€"), 2);
}

QString institutionLabel(const QString &key)
{
    const auto type = importing::institutionTypeFromKey(key);
    return type ? importing::institutionTypeLabel(*type) : key;
}

QString conditionLabel(const QString &key)
{
    const auto state = importing::conditionStateFromKey(key);
    return state ? importing::conditionStateLabel(*state) : key;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? dash : text;
}

} // namespace vangnet::report
