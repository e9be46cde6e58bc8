#include "ddas/DdasExport.h"

#include "audit/AuditLog.h"
#include "ddas/DdasDeliveryRepository.h"
#include "ddas/DdasJson.h"
#include "ddas/DdasReader.h"
#include "ddas/DdasValidator.h"
#include "ddas/MunicipalityRepository.h"
#include "security/AccessGuard.h"
#include "security/Session.h"
#include "security/Wipe.h"
#include "server/ServerLogins.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "users/UserRepository.h"
#include "support/PrivateFiles.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {
const QString objectType = QStringLiteral("ddas");
} // namespace

Result<QList<DdasLevering>> ddasLeveringen(
    const DdasData &data, const QStringList &gemeentecodes, const QDate &from, const QDate &to)
{
    QMap<QString, int> unmapped; // wijk → signals
    for (const DdasSignal &s : data.signals)
        if (s.gemeentecode.isEmpty())
            ++unmapped[s.wijk];
    if (!unmapped.isEmpty()) {
        QStringList wijken;
        for (auto it = unmapped.cbegin(); it != unmapped.cend(); ++it)
            wijken << (it.key().isEmpty() ? QCoreApplication::translate("vangnet::DdasExport", "(no wijk)") : it.key()) + QStringLiteral(" (%1)").arg(it.value());
        return Error::invalid({{QStringLiteral("gemeentecode"),
            QCoreApplication::translate("vangnet::DdasExport", "Signals of the period are at addresses whose wijk has no municipality code, so they cannot be "
               "delivered to the right municipality: %1. Give these wijken a gemeentecode first.")
                .arg(wijken.join(QStringLiteral(", ")))}});
    }
    QHash<qint64, const DdasSignal *> byId;
    for (const DdasSignal &s : data.signals)
        byId.insert(s.id, &s);
    QList<DdasLevering> out;
    for (const QString &code : gemeentecodes) {
        DdasLevering l;
        l.gemeentecode = code;
        QSet<qint64> wanted;
        for (const DdasCase &c : data.cases)
            if (c.gemeentecode == code) {
                l.cases << c;
                for (const qint64 id : c.signalIds)
                    wanted.insert(id);
            }
        for (const DdasSignal &s : data.signals)
            if (wanted.contains(s.id) || (s.gemeentecode == code && s.signalDate >= from && s.signalDate <= to))
                l.signals << s; // data.signals is in signal-date order already
        out << l;
    }
    return out;
}

DdasExport::DdasExport(const Database &db, const Clock &clock, const Session &session)
    : m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

Result<void> DdasExport::denied(const Error &why) const
{
    return AccessGuard(m_db, m_clock, m_session).refuse(why, objectType);
}

Result<void> DdasExport::mayExport(const DdasRequest &request, const QString &fileName) const
{
    // Permission first: a refused attempt is audited whatever else is wrong with it.
    if (auto allowed = m_session.require(Permission::ExportStatisticsMunicipality); !allowed)
        return denied(allowed.error());
    // On a team server a login sees its own team's rows only (row-level security, docs/team-mode.md):
    // with more than one team the delivery would leave the others out without a word, so it is
    // refused until the server offers the statistics columns of every team.
    if (server::ServerLogins::onTeamServer(m_db)) {
        auto teams = UserRepository(m_db).teams();
        if (!teams)
            return teams.error();
        if (teams->size() > 1)
            return Error(ErrorCode::Invalid,
                QCoreApplication::translate("vangnet::DdasExport", "On a team server the DDAS delivery can read only your own team's "
                   "households, and this municipality has %1 teams: the delivery would be incomplete, so none was written. "
                   "Make it from a copy of the database opened as one file, or see docs/team-mode.md.").arg(teams->size()));
    }
    if (QList<FieldError> problems = request.validate() + checkDdasTarget(fileName); !problems.isEmpty())
        return Error::invalid(problems);
    MunicipalityRepository municipalities(m_db);
    for (const QString &code : request.gemeentecodes) {
        auto known = municipalities.known(code);
        if (!known)
            return known.error();
        if (!*known)
            return Error::invalid({{QStringLiteral("gemeentecode"),
                QCoreApplication::translate("vangnet::DdasExport", "No wijk belongs to the municipality code %1, so there is nothing to deliver for it. Check the "
                   "code, or give its wijken this gemeentecode first.")
                    .arg(code)}});
        // Municipality-wide, but only for a municipality the lead's own team works in.
        auto serves = municipalities.teamServes(m_session.user().teamId, code);
        if (!serves)
            return serves.error();
        if (!*serves)
            return denied(Error(ErrorCode::PermissionDenied,
                QCoreApplication::translate("vangnet::DdasExport", "Your team has no households in municipality %1, so you may not deliver for it.").arg(code)));
    }
    return success();
}

Result<DdasCounts> DdasExport::write(
    const DdasRequest &request, const QString &fileName, const Progress &progress) const
{
    if (auto allowed = mayExport(request, fileName); !allowed)
        return allowed.error();

    constexpr qint64 total = DdasReader::steps + 1;
    DdasReader::Progress reading;
    if (progress)
        reading = [&progress](qint64 done, qint64) { return progress(done, total); };
    auto data = DdasReader(m_db, m_session).read(request.from, request.to, reading);
    if (!data)
        return data.error();
    DdasCounts counts;
    if (data->cancelled) {
        counts.cancelled = true;
        return counts;
    }
    counts.casesWithoutSignals = data->casesWithoutSignals;
    auto leveringen = ddasLeveringen(*data, request.gemeentecodes, request.from, request.to);
    *data = {}; // no second copy of the plain BSNs while writing
    if (!leveringen)
        return leveringen.error();
    for (const DdasLevering &l : std::as_const(*leveringen)) {
        counts.signals += static_cast<int>(l.signals.size());
        counts.cases += static_cast<int>(l.cases.size());
    }
    counts.leveringen = static_cast<int>(leveringen->size());
    counts.warnings = ddasLeaveOutOverlong(*leveringen);
    QByteArray json = QJsonDocument(ddasDocument(request, m_clock.now(), *leveringen)).toJson(QJsonDocument::Indented);
    const ScopedWipe wipe(json); // BSNs, names and addresses: not left in freed memory
    leveringen->clear();
    // What is checked is what is written: the bytes read back, not the objects they came from.
    if (const QStringList problems = ddasProblems(QJsonDocument::fromJson(json).object()); !problems.isEmpty())
        return Error::invalid({{QStringLiteral("ddas"),
            QCoreApplication::translate("vangnet::DdasExport", "The delivery does not fit the DDAS model; nothing was written:\n%1").arg(problems.join(QLatin1Char('\n')))}});

    auto ioError = [&fileName](const QString &why) {
        return Error(ErrorCode::Io, QCoreApplication::translate("vangnet::DdasExport", "%1 could not be written: %2").arg(fileName, why));
    };
    QSaveFile file(fileName); // written beside the target, moved into place by commit()
    if (!privatefiles::openOwnerOnly(file))
        return ioError(file.errorString());
    if (file.write(json) != json.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return ioError(why);
    }
    if (progress && !progress(total, total)) {
        file.cancelWriting();
        counts.cancelled = true;
        return counts;
    }
    DdasDeliveryRepository kept(m_db);
    DdasDelivery delivery{0, request.from, request.to, request.gemeentecodes, DdasDeliveryRepository::sha256Of(json),
        counts.signals, counts.cases, m_session.user().displayName, m_clock.now()};
    AuditLog log(m_db, m_clock);
    auto detail = [&](qint64 id) {
        return QStringLiteral("ddas:%1..%2 gemeentecodes:%3 signals:%4 cases:%5 delivery:%6 sha256:%7")
            .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate),
                request.gemeentecodes.join(QLatin1Char(',')))
            .arg(counts.signals)
            .arg(counts.cases)
            .arg(id)
            .arg(delivery.sha256);
    };
    {
        Transaction tx(m_db);
        auto id = kept.add(delivery, json);
        if (!id) {
            file.cancelWriting();
            return id.error();
        }
        delivery.id = *id;
        auto recorded = log.record(m_session, AuditAction::Export, objectType, *id, AuditResult::Success, {}, detail(*id));
        if (recorded)
            recorded = tx.commit();
        if (!recorded) {
            file.cancelWriting();
            return recorded.error();
        }
    }
    if (!file.commit()) {
        const QString why = file.errorString();
        (void)kept.remove(delivery.id); // never written: nothing to answer questions about
        if (auto failed = log.record(
                m_session, AuditAction::Export, objectType, delivery.id, AuditResult::Failed, {}, detail(delivery.id));
            !failed)
            return failed.error();
        return ioError(why);
    }
    counts.deliveryId = delivery.id;
    counts.sha256 = delivery.sha256;
    if (!counts.warnings.isEmpty()) // ids and lengths only: no personal data in the log
        spdlog::warn("DDAS delivery {}: {} value(s) left out", delivery.id, counts.warnings.size());
    spdlog::info("DDAS delivery {} written: {} levering(en), {} signals, {} cases, {} cases without signals left out",
        delivery.id, counts.leveringen, counts.signals, counts.cases, counts.casesWithoutSignals);
    return counts;
}

} // namespace vangnet
