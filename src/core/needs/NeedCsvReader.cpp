#include "needs/NeedCsvReader.h"

#include "importing/FieldReader.h"
#include "importing/FixedHeaderCsv.h"
#include "places/PlaceKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>


namespace vangnet::needs {

using importing::FieldReader;
using importing::Reject;

namespace {

enum Column { Household, Applicant, Persons, Wheelchair, Pet, Care, Woonvormen, Wijken, From };

/// A database id: a whole number from 1.
qint64 id(FieldReader &fields, int column)
{
    if (!fields.require(column))
        return 0;
    bool ok = false;
    const qint64 value = QString::fromLatin1(fields.raw(column)).toLongLong(&ok);
    if (!ok || value < 1) {
        fields.reject(column, QCoreApplication::translate("vangnet::needs::NeedCsvReader", "\"%1\" is not an id (a whole number from 1)").arg(fields.quoted(column)));
        return 0;
    }
    return value;
}

/// `ja` or `nee` (any case); empty counts as nee, as in the place inventory.
bool yesNo(FieldReader &fields, int column)
{
    const QByteArray value = fields.raw(column).toByteArray().toLower();
    if (value.isEmpty() || value == "nee")
        return false;
    if (value == "ja")
        return true;
    fields.reject(column, QCoreApplication::translate("vangnet::needs::NeedCsvReader", "\"%1\" is not ja or nee").arg(fields.quoted(column)));
    return false;
}

bool readRow(FieldReader &fields, NeedRow &row)
{
    HousingNeed &n = row.need;
    n.householdId = id(fields, Household);
    n.applicantId = id(fields, Applicant);
    if (fields.require(Persons)) {
        bool ok = false;
        n.persons = fields.text(Persons).toInt(&ok);
        if (!ok || n.persons < 1 || n.persons > 1000)
            fields.reject(Persons, QCoreApplication::translate("vangnet::needs::NeedCsvReader", "The number of persons \"%1\" is not a whole number of at least 1")
                                       .arg(fields.quoted(Persons)));
    }
    n.wheelchair = yesNo(fields, Wheelchair);
    n.pet = yesNo(fields, Pet);
    // Empty asks for the least support; the caseworker names more when it is needed.
    if (!fields.isEmpty(Care)) {
        if (auto care = places::careLevelFromKey(fields.raw(Care)))
            n.care = *care;
        else
            fields.reject(Care, QCoreApplication::translate("vangnet::needs::NeedCsvReader", "Unknown begeleiding \"%1\" (expected licht, midden or intensief)")
                                    .arg(fields.quoted(Care)));
    }
    for (const QString &key : fields.text(Woonvormen).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        auto type = places::housingTypeFromKey(key.trimmed());
        if (!type) {
            fields.reject(Woonvormen, QCoreApplication::translate("vangnet::needs::NeedCsvReader", "Unknown woonvorm \"%1\" (expected housing_first, begeleid_wonen, "
                                         "beschermd_wonen, jongeren, gezinsplek, skaeve_huse or overig)")
                                          .arg(key.trimmed()));
            break;
        }
        if (!n.woonvormen.contains(*type))
            n.woonvormen << *type;
    }
    for (const QString &wijk : fields.text(Wijken).split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!wijk.trimmed().isEmpty() && !n.wijken.contains(wijk.trimmed()))
            n.wijken << wijk.trimmed();
    n.availableFrom = fields.date(From, true);
    return !fields.failed();
}

} // namespace

QStringList NeedCsvReader::header()
{
    return {QStringLiteral("huishouden_id"), QStringLiteral("aanvrager_id"), QStringLiteral("personen"),
            QStringLiteral("rolstoel"),      QStringLiteral("huisdier"),     QStringLiteral("begeleiding"),
            QStringLiteral("woonvormen"),    QStringLiteral("wijken"),       QStringLiteral("vanaf")};
}

QString NeedCsvReader::householdColumn()
{
    return header().at(Household);
}

QString NeedCsvReader::applicantColumn()
{
    return header().at(Applicant);
}

Result<NeedFile> NeedCsvReader::read(const QString &path)
{
    QFile file(path);
    return read(file, path);
}

Result<NeedFile> NeedCsvReader::read(QIODevice &device, const QString &displayName)
{
    NeedFile file;
    QSet<qint64> seen;
    auto counts = importing::readFixedHeaderCsv(
        device, displayName, header(),
        QCoreApplication::translate("vangnet::needs::NeedCsvReader", "%1 does not have the header of a housing need file. Expected: %2"), file.rejects,
        [&](FieldReader &fields, qint64 line) {
            NeedRow row;
            row.line = line;
            if (!readRow(fields, row))
                return false;
            // One current need per household: a second row would silently overwrite the first.
            if (seen.contains(row.need.householdId)) {
                fields.reject(Household, QCoreApplication::translate("vangnet::needs::NeedCsvReader",
                                                                     "The household %1 is in the file more than once")
                                             .arg(row.need.householdId));
                return false;
            }
            seen.insert(row.need.householdId);
            file.rows << row;
            return true;
        });
    if (!counts)
        return counts.error();
    file.read = counts->read;
    file.rejected = counts->rejected;
    return file;
}

} // namespace vangnet::needs
