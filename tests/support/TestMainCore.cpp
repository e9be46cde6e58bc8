namespace vangnet::test {
int runCatch(int argc, char *argv[]);
}

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Qt's SQL drivers need an application object before the first connection.
    QCoreApplication app(argc, argv);
    return vangnet::test::runCatch(argc, argv);
}
