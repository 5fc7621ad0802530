// twofold-server: the sign-in server (DESIGN.md 10). Serving is ServeCommand.cpp, the admin
// commands AdminCommands.cpp.
#include "ServerCommands.h"
#include "crypto/ProcessHardening.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    (void)twofold::hardenProcess(); // no core dumps, no ptrace: the process holds the pepper
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twofold-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWOFOLD_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("twofold"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        twofold::server::say(twofold::server::usageText());
        return 0;
    }
    if (args.contains(QLatin1String("--version"))) {
        twofold::server::say(QStringLiteral("twofold-server ") + QCoreApplication::applicationVersion());
        return 0;
    }
    if (!args.isEmpty() && args.first() == QLatin1String("admin"))
        return twofold::server::runAdmin(args.mid(1));
    return twofold::server::runServe(args);
}
