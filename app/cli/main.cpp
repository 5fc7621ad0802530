// twofold-cli: Twofold's command line. The commands live in the group files (VaultCommands.cpp,
// EntryCommands.cpp, GenerateCommand.cpp, …) behind the table in CommandTable.cpp.
#include "Commands.h"
#include "Terminal.h"
#include "common/HugePages.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    twofold::useHugePageHeap(argv); // first: it may re-execute the program
    // Before anything holds a secret: no core dumps, no ptrace by other processes.
    twofold::hardenProcess();
    twofold::cli::prepareStreams();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Twofold"));
    QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWOFOLD_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("twofold"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    return twofold::cli::runWithSystemArguments(argc, argv);
}
