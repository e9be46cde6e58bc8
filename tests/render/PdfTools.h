#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace vangnet::test {

/// Runs a PDF tool from poppler-utils or qpdf (scripts/setup.sh installs both); fails the test
/// when the tool is missing. Returns stdout; `exitCode` gets the tool's exit code.
QString runPdfTool(const QString &tool, const QStringList &args, int *exitCode = nullptr);
/// The PDF's text as pdftotext extracts it (layout kept, pages separated by form feeds).
QString pdfText(const QString &pdfFile);
/// Number of pages, from pdfinfo.
int pdfPages(const QString &pdfFile);

} // namespace vangnet::test
