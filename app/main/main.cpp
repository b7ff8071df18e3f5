#include "cli/CommandLine.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    cds::prepareHeadlessPlatform(argc, argv);
    QApplication app(argc, argv);
    return cds::runCdsDesk(app);
}
