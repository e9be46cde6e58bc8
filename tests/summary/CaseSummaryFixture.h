#pragma once

#include "plans/PlanWorkflowFixture.h"

#include "report/ReportDocument.h"
#include "summary/CaseSummaryService.h"

#include <QTemporaryDir>

namespace vangnet::test {

/// A household of team A with everything a case summary shows, synthetic (test-range BSNs):
/// two members with a BSN, a household note, a crisis rent signal, a detention notice (with an
/// institution name) and a youth-care notice, the flags the default rules raise on them, a case
/// from the detention notice with a contact attempt, a plan of action, a basic condition set on
/// the case, a note and a reminder, a ZRM assessment over health, addiction, justice and housing
/// domains, a housing need and a declined offer of a place. The free texts carry markers
/// (`…-GEHEIM`) a test can look for. Today is Tuesday 2026-11-24.
struct CaseSummaryFixture : PlanWorkflowFixture {
    CaseSummaryFixture();

    /// Every word of the document, one text: headings, paragraphs, labels, cells, title, footer.
    static QString textOf(const ReportDocument &document);

    /// The free texts the fixture wrote: none may reach a partner.
    static const QStringList &noteMarkers();
    /// Words of health, addiction and detention, English (the test's language) and Dutch (data
    /// and rules): none may reach a partner. Compared case-insensitively.
    static const QStringList &specialWords();

    qint64 householdId = 0;
    qint64 headId = 0; ///< Jansen, BSN 999990019
    qint64 partnerId = 0; ///< De Vries, BSN 999990020
    qint64 caseId = 0;
    QTemporaryDir out;
};

} // namespace vangnet::test
