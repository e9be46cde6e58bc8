#include "importing/ImportProfile.h"

#include "importing/ImportFields.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace vangnet::importing {

QString kindKey(ImportProfile::Kind kind)
{
    return kind == ImportProfile::Kind::Signals ? QStringLiteral("signals") : QStringLiteral("discharges");
}

QString encodingKey(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return QStringLiteral("auto");
    case TextEncoding::Utf8:
        return QStringLiteral("utf-8");
    case TextEncoding::Windows1252:
        return QStringLiteral("windows-1252");
    }
    return QStringLiteral("auto");
}

QString ImportProfile::sourceColumn(const QString &fieldKey) const
{
    const QString mapped = columns.value(fieldKey).trimmed();
    return mapped.isEmpty() ? fieldKey : mapped;
}

bool ImportProfile::leftOut(const QString &fieldKey) const
{
    const auto it = columns.constFind(fieldKey);
    return it != columns.cend() && it->trimmed().isEmpty();
}

const QStringList &ImportProfile::fieldKeys() const
{
    return kind == Kind::Signals ? signalFieldKeys() : dischargeFieldKeys();
}

QJsonObject ImportProfile::toJson() const
{
    QJsonObject mapping;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        mapping.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("name"), name}, {QStringLiteral("kind"), kindKey(kind)},
        {QStringLiteral("columns"), mapping}, {QStringLiteral("encoding"), encodingKey(encoding)}};
    json.insert(QStringLiteral("delimiter"), delimiter == 0 ? QString() : QString(QLatin1Char(delimiter)));
    return json;
}

Result<ImportProfile> ImportProfile::fromJson(const QJsonObject &json)
{
    QList<FieldError> errors;
    ImportProfile profile;
    profile.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (profile.name.isEmpty())
        errors.append({QStringLiteral("name"),
            QCoreApplication::translate("vangnet::importing::ImportProfile", "The profile has no name")});

    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind == kindKey(Kind::Signals))
        profile.kind = Kind::Signals;
    else if (kind == kindKey(Kind::Discharges))
        profile.kind = Kind::Discharges;
    else
        errors.append({QStringLiteral("kind"),
            QCoreApplication::translate(
                "vangnet::importing::ImportProfile", "Unknown profile kind \"%1\" (expected signals or discharges)")
                .arg(kind)});

    const QJsonObject mapping = json.value(QStringLiteral("columns")).toObject();
    for (auto it = mapping.begin(); it != mapping.end(); ++it) {
        if (!profile.fieldKeys().contains(it.key())) {
            errors.append({QStringLiteral("columns"),
                QCoreApplication::translate(
                    "vangnet::importing::ImportProfile", "Unknown field \"%1\" in the column mapping")
                    .arg(it.key())});
            continue;
        }
        // "" (or null) is kept: the field is not in the file, rather than under its own name.
        profile.columns.insert(it.key(), it.value().toString().trimmed());
    }

    const QString delimiter = json.value(QStringLiteral("delimiter")).toString();
    if (delimiter == QLatin1String(";") || delimiter == QLatin1String(",") || delimiter == QLatin1String("\t"))
        profile.delimiter = char(delimiter.at(0).unicode());
    else if (!delimiter.isEmpty())
        errors.append({QStringLiteral("delimiter"),
            QCoreApplication::translate(
                "vangnet::importing::ImportProfile", "The delimiter must be ; or , or a tab, not \"%1\"")
                .arg(delimiter)});

    const QString encoding = json.value(QStringLiteral("encoding")).toString(encodingKey(TextEncoding::Auto));
    bool knownEncoding = false;
    for (const TextEncoding e : {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Windows1252}) {
        if (encoding.compare(encodingKey(e), Qt::CaseInsensitive) == 0) {
            profile.encoding = e;
            knownEncoding = true;
        }
    }
    if (!knownEncoding)
        errors.append({QStringLiteral("encoding"),
            QCoreApplication::translate(
                "vangnet::importing::ImportProfile", "Unknown encoding \"%1\" (expected auto, utf-8 or windows-1252)")
                .arg(encoding)});

    if (!errors.isEmpty())
        return Error::invalid(errors);
    return profile;
}

ImportProfile ImportProfile::defaultSignals()
{
    ImportProfile profile;
    profile.name = QStringLiteral("Vangnet signalen");
    profile.kind = Kind::Signals;
    return profile;
}

ImportProfile ImportProfile::defaultDischarges()
{
    ImportProfile profile;
    profile.name = QStringLiteral("Vangnet uitstroommeldingen");
    profile.kind = Kind::Discharges;
    return profile;
}

} // namespace vangnet::importing
