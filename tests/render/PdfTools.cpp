#include "render/PdfTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <catch2/catch.hpp>

namespace vangnet::test {

QString runPdfTool(const QString &tool, const QStringList &args, int *exitCode)
{
    const QString program = QStandardPaths::findExecutable(tool);
    INFO(tool.toStdString() << " is missing: run scripts/setup.sh (poppler-utils, qpdf)");
    REQUIRE_FALSE(program.isEmpty());
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &pdfFile)
{
    int code = -1;
    const QString text = runPdfTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdfFile, QStringLiteral("-")}, &code);
    REQUIRE(code == 0);
    return text;
}

int pdfPages(const QString &pdfFile)
{
    const QString info = runPdfTool(QStringLiteral("pdfinfo"), {pdfFile});
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

} // namespace vangnet::test
