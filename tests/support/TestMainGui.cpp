namespace vangnet::test {
int runCatch(int argc, char *argv[]);
}

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // GUI tests never need a display: CTest's test discovery runs this program at build time,
    // outside any ENVIRONMENT property, so the default is set here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // On the stack, before any test: Qt's SQL drivers and widgets need it.
    QApplication app(argc, argv);
    // Settings and data go to a throw-away test location, never the user's own.
    QStandardPaths::setTestModeEnabled(true);
    return vangnet::test::runCatch(argc, argv);
}
