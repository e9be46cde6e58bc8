#include "support/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace vangnet {

QString installTranslations(QCoreApplication &app)
{
    const QString lang = qEnvironmentVariable("VANGNET_LANG", QStringLiteral("nl"));
    if (lang == QLatin1String("en"))
        return lang;

    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/vangnet_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(own);
    else
        spdlog::warn("translation catalogue for '{}' not found", lang.toStdString());

    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_%1").arg(lang), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    return lang;
}

} // namespace vangnet
