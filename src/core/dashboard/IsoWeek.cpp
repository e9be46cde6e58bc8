#include "dashboard/IsoWeek.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace vangnet::dashboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("vangnet::dashboard::IsoWeek", text);
}

/// Monday of week 1 of `year`: the week that holds 4 January.
QDate firstMonday(int year)
{
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

} // namespace

int isoWeeksInYear(int year)
{
    const int jan1 = QDate(year, 1, 1).dayOfWeek();
    return (jan1 == Qt::Thursday || (jan1 == Qt::Wednesday && QDate::isLeapYear(year))) ? 53 : 52;
}

IsoWeek IsoWeek::containing(const QDate &day)
{
    if (!day.isValid())
        return {};
    return IsoWeek(day.addDays(1 - day.dayOfWeek()));
}

IsoWeek IsoWeek::lastComplete(const QDate &today)
{
    return containing(today).plusWeeks(-1);
}

Result<IsoWeek> IsoWeek::parse(const QString &text, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-[Ww](\\d{2})$"));
    const QString trimmed = text.trimmed();
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return Error(ErrorCode::Invalid,
                     tr("\"%1\" is not a week: write the ISO week as year-Wnumber, e.g. 2026-W47.").arg(trimmed),
                     {FieldError{field, tr("not a week (e.g. 2026-W47)")}});
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    const int weeks = isoWeeksInYear(year);
    if (year < 1900 || week < 1 || week > weeks)
        return Error(ErrorCode::Invalid,
                     tr("Week %1 does not exist: %2 has weeks 1 to %3.").arg(trimmed).arg(year).arg(weeks),
                     {FieldError{field, tr("no such week")}});
    return IsoWeek(firstMonday(year).addDays(7 * (week - 1)));
}

int IsoWeek::year() const
{
    int y = 0;
    m_monday.weekNumber(&y);
    return y;
}

int IsoWeek::number() const
{
    return m_monday.weekNumber();
}

QString IsoWeek::key() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-W%2").arg(year(), 4, 10, QLatin1Char('0')).arg(number(), 2, 10, QLatin1Char('0'));
}

IsoWeek IsoWeek::plusWeeks(int weeks) const
{
    return isValid() ? IsoWeek(m_monday.addDays(7 * qint64(weeks))) : IsoWeek();
}

} // namespace vangnet::dashboard
