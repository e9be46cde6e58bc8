#pragma once

#include "support/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace vangnet {

/// Contactpersoon of the delivering organisation (DDAS `contactpersoonen`).
struct DdasContact {
    QString naam;
    QString telefoon;
    QString email;
    QString functie;

    bool operator==(const DdasContact &) const = default;

    /// "naam;telefoon;email;functie" as the CLI's --contact takes it; later parts may be left
    /// out or empty. Invalid (with a message) without a name, with more than four parts, or
    /// with an e-mail address that is not one.
    static Result<DdasContact> parse(const QString &text);
};

/// What one DDAS delivery (docs/ddas.md) covers and who delivers it.
struct DdasRequest {
    QDate from; ///< startdatumLevering: first day of the period
    QDate to; ///< einddatumLevering: last day of the period (inclusive)
    QStringList gemeentecodes; ///< one levering each, in this order; four digits, e.g. "0518"
    QString leverancier = defaultLeverancier(); ///< codeGegevensleverancier
    QString organisatie; ///< aanleverende_organisatie.naam of every levering; empty = "Gemeente <gemeentecode>"
    QString kvk; ///< kvk-nummer; empty = left out
    QList<DdasContact> contacts; ///< contactpersoonen; none = left out

    static QString defaultLeverancier() { return QStringLiteral("VANGNET"); }
    /// The organisation's name as delivered in the levering of `gemeentecode`.
    QString organisationName(const QString &gemeentecode) const;
    /// Every problem, with the field keys "from", "to", "gemeentecode", "leverancier",
    /// "organisatie", "kvk" and "contact"; empty when the request is usable.
    QList<FieldError> validate() const;
};

/// Problems with the file a delivery is to be written to (field key "out"): no name, a folder,
/// a folder that does not exist or may not be written, a file that may not be overwritten.
QList<FieldError> checkDdasTarget(const QString &fileName);

} // namespace vangnet
