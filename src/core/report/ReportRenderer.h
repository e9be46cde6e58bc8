#pragma once

#include "report/ReportDocument.h"
#include "support/Result.h"

#include <functional>

class QIODevice;

namespace vangnet {

/// Turns a ReportDocument into a file's bytes on `out` (open for writing). Core builds the
/// document and writes the file; the render library, which needs Qt Gui, supplies this
/// (pdfRenderer() in src/render/PdfRenderer.h), so core never links Qt Gui.
using ReportRenderer = std::function<Result<void>(const ReportDocument &document, QIODevice &out)>;

} // namespace vangnet
