#pragma once

#include "report/ReportDocument.h"

#include <QCoreApplication>

namespace vangnet::summary {

struct CaseSummary;

/// The case summary as a document: translated headings (Dutch in the product), Dutch dates
/// (dd-MM-yyyy) and amounts (€ 1.234,56), "Vertrouwelijk" on every page and who printed it when
/// in the footer. It shows what the summary holds; the profile decided that (PartnerRedaction),
/// and here only decides the columns that would otherwise stand empty (BSN, notes).
/// Signals and notices are one timeline, newest first, as on the household's panel.
class CaseSummaryDocument {
    Q_DECLARE_TR_FUNCTIONS(vangnet::summary::CaseSummaryDocument)
public:
    static ReportDocument build(const CaseSummary &summary);

private:
    /// A section under `heading`, opening with the paragraph `intro` when there is one.
    static ReportSection introduced(const QString &heading, const QString &intro = {});
    /// The same, with `table` after the paragraph.
    static ReportSection introduced(const QString &heading, const QString &intro, const ReportTable &table);
    static ReportSection about(const CaseSummary &s);
    static ReportSection household(const CaseSummary &s);
    static ReportSection timeline(const CaseSummary &s);
    static ReportSection flags(const CaseSummary &s);
    static ReportSection caseList(const CaseSummary &s);
    static ReportSection attempts(const CaseSummary &s);
    static ReportSection plan(const CaseSummary &s);
    static ReportSection conditions(const CaseSummary &s);
    static ReportSection notes(const CaseSummary &s);
    static ReportSection zrm(const CaseSummary &s);
    static ReportSection housing(const CaseSummary &s);
};

inline ReportDocument caseSummaryDocument(const CaseSummary &summary)
{
    return CaseSummaryDocument::build(summary);
}

} // namespace vangnet::summary
