#include "places/PlaceCsvReader.h"

#include "importing/FieldReader.h"
#include "importing/FixedHeaderCsv.h"
#include "places/PlaceKeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>


namespace vangnet::places {

using importing::FieldReader;
using importing::Reject;

namespace {

/// The columns in the order of the header.
enum Column { PlekId, Provider, Location, Wijk, HousingTypeCol, Capacity, AvailableFrom, MinAge, MaxAge, MaxPersons,
              Wheelchair, Pets, Care };

/// A whole number from `min` up; empty → nullopt without a reject. A bad value is rejected with
/// `reason` (which takes the value as %1).
std::optional<int> wholeNumber(FieldReader &fields, int column, int min, const QString &reason)
{
    const QByteArrayView value = fields.raw(column);
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const int number = QString::fromLatin1(value).toInt(&ok);
    if (!ok || number < min || number > 1000000) {
        fields.reject(column, reason.arg(fields.quoted(column)));
        return std::nullopt;
    }
    return number;
}

/// `ja` or `nee` (any case); empty counts as nee, since a provider leaves out what a place lacks.
bool yesNo(FieldReader &fields, int column)
{
    const QByteArray value = fields.raw(column).toByteArray().toLower();
    if (value.isEmpty() || value == "nee")
        return false;
    if (value == "ja")
        return true;
    fields.reject(column, QCoreApplication::translate("vangnet::places::PlaceCsvReader", "\"%1\" is not ja or nee").arg(fields.quoted(column)));
    return false;
}

/// Reads one row into `row`; false when any field of it was rejected.
bool readRow(FieldReader &fields, PlaceRow &row)
{
    PlaceDetails &d = row.details;
    if (fields.require(PlekId))
        d.plekId = fields.text(PlekId);
    if (fields.require(Provider))
        d.provider = fields.text(Provider);
    d.location = fields.text(Location);
    d.wijk = fields.text(Wijk);
    if (fields.require(HousingTypeCol)) {
        if (auto type = housingTypeFromKey(fields.raw(HousingTypeCol)))
            d.housingType = *type;
        else
            fields.reject(HousingTypeCol,
                          QCoreApplication::translate("vangnet::places::PlaceCsvReader", "Unknown woonvorm \"%1\" (expected housing_first, begeleid_wonen, beschermd_wonen, "
                             "jongeren, gezinsplek, skaeve_huse or overig)")
                              .arg(fields.quoted(HousingTypeCol)));
    }
    if (fields.require(Capacity)) {
        if (auto capacity = wholeNumber(fields, Capacity, 1,
                                        QCoreApplication::translate("vangnet::places::PlaceCsvReader", "The capacity \"%1\" is not a whole number of at least 1")))
            d.capacity = *capacity;
    }
    d.availableFrom = fields.date(AvailableFrom, true);
    const QString age = QCoreApplication::translate("vangnet::places::PlaceCsvReader", "The age \"%1\" is not a whole number of at least 0");
    d.minAge = wholeNumber(fields, MinAge, 0, age);
    d.maxAge = wholeNumber(fields, MaxAge, 0, age);
    if (d.minAge && d.maxAge && *d.minAge > *d.maxAge)
        fields.reject(MaxAge, QCoreApplication::translate("vangnet::places::PlaceCsvReader", "The maximum age %1 is below the minimum age %2").arg(*d.maxAge).arg(*d.minAge));
    d.maxPersons = wholeNumber(fields, MaxPersons, 1, QCoreApplication::translate("vangnet::places::PlaceCsvReader", "The number of persons \"%1\" is not a whole number of at least 1"));
    d.wheelchair = yesNo(fields, Wheelchair);
    d.pets = yesNo(fields, Pets);
    // Not required: a provider that names no support gives the least, so the planner never
    // counts on more support than the provider promised.
    if (fields.isEmpty(Care)) {
        d.care = CareLevel::Licht;
    } else {
        if (auto care = careLevelFromKey(fields.raw(Care)))
            d.care = *care;
        else
            fields.reject(Care, QCoreApplication::translate("vangnet::places::PlaceCsvReader", "Unknown begeleiding \"%1\" (expected licht, midden or intensief)")
                                    .arg(fields.quoted(Care)));
    }
    return !fields.failed();
}

} // namespace

QStringList PlaceCsvReader::header()
{
    return {QStringLiteral("plek_id"),      QStringLiteral("aanbieder"),    QStringLiteral("locatie"),
            QStringLiteral("wijk"),         QStringLiteral("woonvorm"),     QStringLiteral("capaciteit"),
            QStringLiteral("beschikbaar_vanaf"), QStringLiteral("min_leeftijd"), QStringLiteral("max_leeftijd"),
            QStringLiteral("max_personen"), QStringLiteral("rolstoel"),     QStringLiteral("huisdieren"),
            QStringLiteral("begeleiding")};
}

Result<PlaceFile> PlaceCsvReader::read(const QString &path)
{
    QFile file(path);
    return read(file, path);
}

Result<PlaceFile> PlaceCsvReader::read(QIODevice &device, const QString &displayName)
{
    PlaceFile file;
    QSet<QString> seen;
    auto counts = importing::readFixedHeaderCsv(
        device, displayName, header(),
        QCoreApplication::translate("vangnet::places::PlaceCsvReader", "%1 does not have the header of a place inventory. Expected: %2"), file.rejects,
        [&](FieldReader &fields, qint64 line) {
            PlaceRow row;
            row.line = line;
            if (!readRow(fields, row))
                return false;
            // The first row of a plek_id counts; a later one would silently overwrite it.
            if (seen.contains(row.details.plekId)) {
                fields.reject(PlekId, QCoreApplication::translate("vangnet::places::PlaceCsvReader",
                                                                  "The plek_id \"%1\" is in the file more than once")
                                          .arg(fields.quoted(PlekId)));
                return false;
            }
            seen.insert(row.details.plekId);
            file.rows << row;
            return true;
        });
    if (!counts)
        return counts.error();
    file.read = counts->read;
    file.rejected = counts->rejected;
    return file;
}

} // namespace vangnet::places
