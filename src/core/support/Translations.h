#pragma once

#include <QString>

class QCoreApplication;

namespace vangnet {

/// Loads the user-interface language into the application: Dutch unless VANGNET_LANG=en.
/// Loads Vangnet's own catalogue and Qt's (for standard buttons and dialogs).
/// Returns the language code in use.
QString installTranslations(QCoreApplication &app);

} // namespace vangnet
