#pragma once

#include "support/Result.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

namespace vangnet::importing {

/// How a file's bytes become text. Auto: UTF-8 when the text is valid UTF-8, else Windows-1252.
enum class TextEncoding { Auto, Utf8, Windows1252 };

/// A saved column layout ("mapping profile") for one platform's CSV export: which column of the
/// file holds which field. The built-in defaults read the layouts documented in docs/formats.md.
///
/// `columns` maps a field key (signalFieldKeys() / dischargeFieldKeys()) to the header text of
/// the column that holds it. A field the profile does not map is looked for under its own key,
/// so a profile only lists the columns whose names differ. A field mapped to "" is one the
/// platform's export does not have: it is not looked for at all, even under its own key (the
/// import wizard writes this when the user picks "not in file"). Header names compare without
/// regard to case and surrounding spaces.
struct ImportProfile {
    enum class Kind { Signals, Discharges };

    QString name;
    Kind kind = Kind::Signals;
    QMap<QString, QString> columns; ///< field key → source column header ("" = not in the file)
    char delimiter = 0; ///< ';', ',' or '\t'; 0 = detect from the header line
    TextEncoding encoding = TextEncoding::Auto;

    /// The column header that holds `fieldKey` in this profile.
    QString sourceColumn(const QString &fieldKey) const;
    /// True when the profile says the file has no column for `fieldKey` (mapped to "").
    bool leftOut(const QString &fieldKey) const;

    QJsonObject toJson() const;
    /// Refuses (ErrorCode::Invalid) unknown kinds, field keys, delimiters and encodings.
    static Result<ImportProfile> fromJson(const QJsonObject &json);

    /// The built-in profiles: the documented headers, delimiter and encoding detected.
    static ImportProfile defaultSignals();
    static ImportProfile defaultDischarges();

    /// The field keys of this profile's kind.
    const QStringList &fieldKeys() const;

    friend bool operator==(const ImportProfile &, const ImportProfile &) = default;
};

QString kindKey(ImportProfile::Kind kind);
QString encodingKey(TextEncoding encoding);

} // namespace vangnet::importing
