#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace vangnet {

/// The resident a signal is about, as delivered (DDAS `client`). Empty text = unknown.
struct DdasClient {
    QString bsn; ///< plain, only when it passes the 11-proef
    QString voorletters, voorvoegsel, achternaam;
    QDate geboortedatum;
    QString straat;
    QString postcode; ///< as stored, "1234 AB"
    int huisnummer = 0;
    QString toevoeging;
    QString plaats;
};

/// One early signal (vroegsignaal) of the delivery, as read.
struct DdasSignal {
    qint64 id = 0;
    QString partnerType; ///< as stored (the EnumSignaalpartner text)
    QDate signalDate;
    QDate arisenDate; ///< invalid when unknown
    std::optional<qint64> amountCents;
    bool crisis = false;
    bool warmHandover = false;
    QString status; ///< signals.ddas_status (EnumSignaalstatus)
    bool takenUp = false; ///< in a case that was taken up (the case says so: no status of its own)
    QDate importedOn; ///< the day it came in (signals.created_at, local time): when it was matched
    QString wijk; ///< of the address it was delivered with
    QString gemeentecode; ///< of that wijk; "" when the wijk has none
    DdasClient client; ///< with the address it was delivered with
};

/// One contact attempt (contactpoging) of a case.
struct DdasAttempt {
    QString kind; ///< EnumContactsoort
    bool reached = false;
    QDate date;
    QString dayPart; ///< EnumDagdeel; "" when not recorded
};

/// One case (vroegsignaalzaak) of the delivery: active in the period, with signals.
struct DdasCase {
    qint64 id = 0;
    bool closed = false;
    QDate openedOn, takenUpOn, closedOn; ///< invalid when not set
    QString outcome; ///< EnumEindresultaat; "" when open
    QList<qint64> signalIds; ///< its signals, all of them in DdasData::signals
    QDate firstSignalDate; ///< the earliest of their signal dates
    QDate matchedOn; ///< matchingsdatum: the day its first signal came in (the earliest importedOn)
    QString gemeentecode; ///< the municipality of that first signal: the levering it belongs to
    QList<DdasAttempt> attempts; ///< in date order
};

/// One levering: what one municipality delivers.
struct DdasLevering {
    QString gemeentecode;
    QList<DdasSignal> signals; ///< by signal date, then id
    QList<DdasCase> cases; ///< by opening date, then id
};

/// Everything read for a period over all teams, before it is split by municipality.
struct DdasData {
    QList<DdasSignal> signals; ///< by signal date, then id; every municipality
    QList<DdasCase> cases; ///< by opening date, then id; every municipality
    int casesWithoutSignals = 0; ///< active in the period but without signals: not part of DDAS
    bool cancelled = false;
};

} // namespace vangnet
