#include "summary/CaseSummaryService.h"

#include "audit/AuditLog.h"
#include "audit/AuditedExport.h"
#include "cases/CaseService.h"
#include "households/HouseholdService.h"
#include "needs/NeedService.h"
#include "places/PlaceService.h"
#include "plans/PlanRunService.h"
#include "rules/RulesService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "summary/CaseSummaryDocument.h"
#include "summary/PartnerRedaction.h"
#include "support/Clock.h"
#include "support/OutputTarget.h"
#include "users/UserRepository.h"
#include "zrm/ZrmService.h"

#include <QDir>
#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace vangnet::summary {

namespace {
const QString householdType = QStringLiteral("household");
} // namespace

CaseSummaryService::CaseSummaryService(const Database &db, const Clock &clock, const Session &session)
    : m_database(db)
    , m_db(db.connection())
    , m_clock(clock)
    , m_session(session)
{ }

QString CaseSummaryService::fileNameFor(qint64 householdId, SummaryProfile profile)
{
    return QStringLiteral("samenvatting-%1-%2.pdf").arg(householdId).arg(profileKey(profile));
}

QString CaseSummaryService::auditDetail(SummaryProfile profile)
{
    return QStringLiteral("case_summary:%1").arg(profileKey(profile));
}

QList<FieldError> CaseSummaryService::checkTarget(const QString &fileName)
{
    const QString field = QStringLiteral("out");
    if (fileName.trimmed().isEmpty())
        return {{field, tr("Choose the file to write the summary to.")}};
    return checkOutputTarget(fileName, field);
}

QList<FieldError> CaseSummaryService::checkFolder(const QString &folder)
{
    const QString field = QStringLiteral("folder");
    if (folder.trimmed().isEmpty())
        return {{field, tr("Choose the folder to write the summaries to.")}};
    const QFileInfo info(folder);
    if (!info.isDir())
        return {{field, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder))}};
    if (!info.isWritable())
        return {{field, tr("The folder %1 may not be written to.").arg(QDir::toNativeSeparators(folder))}};
    return {};
}

Result<QHash<int, QString>> CaseSummaryService::ruleSetTexts() const
{
    auto versions = rules::RulesService(m_database, m_clock, m_session).ruleSets();
    if (!versions)
        return versions.error();
    QHash<int, QString> texts;
    for (const rules::StoredRuleSet &set : *versions)
        texts.insert(set.version, set.source);
    return texts;
}

Result<void> CaseSummaryService::addPlacements(CaseSummary &summary) const
{
    auto need = needs::NeedService(m_database, m_clock, m_session).get(summary.householdId);
    if (!need)
        return need.error();
    summary.need = *need;
    auto entries = plans::PlanRunService(m_database, m_clock, m_session).entriesOfHousehold(summary.householdId);
    if (!entries)
        return entries.error();
    summary.placements = *entries;
    const bool namesPlaces
        = std::any_of(entries->cbegin(), entries->cend(), [](const plans::PlanEntry &e) { return e.placeId != 0; });
    if (!namesPlaces)
        return success();
    auto places = places::PlaceService(m_database, m_clock, m_session).list();
    if (!places)
        return places.error();
    for (const places::Place &place : *places)
        for (const plans::PlanEntry &e : std::as_const(summary.placements))
            if (e.placeId == place.id)
                summary.places.insert(place.id, place);
    return success();
}

Result<CaseSummary> CaseSummaryService::gather(qint64 householdId, SummaryProfile profile) const
{
    // Through HouseholdService: need-to-know applies and a refusal is audited exactly as when
    // the household is opened; the read itself is recorded as an opened household.
    HouseholdService households(m_database, m_clock, m_session);
    auto household = households.get(householdId);
    if (!household)
        return household.error();

    CaseSummary s;
    s.profile = profile;
    s.generatedAt = m_clock.now().toUTC();
    s.generatedByName = m_session.user().displayName;
    s.householdId = household->id;
    s.address = household->address;
    for (const Person &p : household->members)
        s.members.append({p.id, p.role, p.fullName(), p.geboortedatum, p.maskedBsn()});
    if (auto teams = UserRepository(m_db).teams()) {
        for (const Team &team : *teams)
            if (team.id == household->teamId)
                s.teamName = team.name;
    } else {
        return teams.error();
    }

    auto signalList = households.signalsOf(householdId);
    auto discharges = households.dischargesOf(householdId);
    auto notes = households.notes(householdId);
    auto flags = rules::RulesService(m_database, m_clock, m_session).flagsOf(householdId, true);
    auto zrm = ZrmService(m_database, m_clock, m_session).history(householdId);
    const cases::CaseService caseService(m_database, m_clock, m_session);
    auto caseList = caseService.casesOf(householdId);
    for (const Error *e : {signalList.errorOrNull(), discharges.errorOrNull(), notes.errorOrNull(), flags.errorOrNull(),
             zrm.errorOrNull(), caseList.errorOrNull()})
        if (e)
            return *e;
    s.signals = *signalList;
    s.discharges = *discharges;
    s.notes = *notes;
    s.flags = *flags;
    s.zrm = *zrm;
    for (const cases::Case &c : std::as_const(*caseList)) {
        // Not recorded as an opened case each: the summary's export record covers the reading.
        auto detail = caseService.detail(c.id, false);
        if (!detail)
            return detail.error();
        s.cases << *detail;
    }
    if (auto added = addPlacements(s); !added)
        return added.error();

    if (profile == SummaryProfile::Partner) {
        auto texts = ruleSetTexts();
        if (!texts)
            return texts.error();
        reduceForPartner(s, *texts);
    }
    spdlog::info("case summary gathered for household {} ({}): {} signals, {} notices, {} flags, {} cases", householdId,
        profileKey(profile).toStdString(), s.signals.size(), s.discharges.size(), s.flags.size(), s.cases.size());
    return s;
}

Result<void> CaseSummaryService::save(
    const CaseSummary &summary, const ReportRenderer &render, const QString &fileName) const
{
    if (auto allowed = HouseholdService(m_database, m_clock, m_session).mayView(summary.householdId); !allowed)
        return allowed.error();
    if (const QList<FieldError> problems = checkTarget(fileName); !problems.isEmpty())
        return Error::invalid(problems);

    auto ioError = [&fileName](const QString &why) {
        return Error(ErrorCode::Io, tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(fileName), why));
    };
    AuditLog log(m_db, m_clock);
    const ExportRecord record{householdType, summary.householdId, {}, auditDetail(summary.profile)};
    if (auto committed = writeAuditedExport(
            fileName, [&](QIODevice &out) { return render(caseSummaryDocument(summary), out); }, log, m_session,
            record, ioError);
        !committed)
        return committed;
    spdlog::info(
        "case summary of household {} written ({})", summary.householdId, profileKey(summary.profile).toStdString());
    return success();
}

Result<void> CaseSummaryService::write(
    qint64 householdId, SummaryProfile profile, const QString &fileName, const ReportRenderer &render) const
{
    // Permission first (gather): a refused attempt is audited whatever else is wrong with it.
    auto summary = gather(householdId, profile);
    if (!summary)
        return summary.error();
    return save(*summary, render, fileName);
}

Result<BatchOutcome> CaseSummaryService::writeAll(const QList<qint64> &householdIds, SummaryProfile profile,
    const QString &folder, const ReportRenderer &render, const Progress &progress) const
{
    if (const QList<FieldError> problems = checkFolder(folder); !problems.isEmpty())
        return Error::invalid(problems);
    BatchOutcome outcome;
    const auto total = qint64(householdIds.size());
    for (qint64 done = 0; done < total; ++done) {
        if (progress && !progress(done, total)) {
            outcome.cancelled = true;
            break;
        }
        const qint64 id = householdIds.at(done);
        const QString fileName = QDir(folder).filePath(fileNameFor(id, profile));
        if (auto written = write(id, profile, fileName, render); !written) {
            outcome.failedHousehold = id;
            outcome.failure = written.error();
            return outcome;
        }
        outcome.written << fileName;
    }
    if (progress && !outcome.cancelled)
        progress(total, total);
    return outcome;
}

} // namespace vangnet::summary
