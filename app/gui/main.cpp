// twofold: the desktop password manager. Opens the create or unlock window (ui/setup/AppFlow).
#include "Startup.h"
#include "common/HugePages.h"
#include "crypto/ProcessHardening.h"
#include "ui/common/UiResources.h"
#include "ui/setup/AppFlow.h"

#include <QApplication>
#include <QTimer>
#include <QWidget>

#include <algorithm>

int main(int argc, char* argv[])
{
    twofold::useHugePageHeap(argv); // first: it may re-execute the program
    // Before anything holds a secret: no core dumps, no ptrace by other processes.
    const bool hardened = twofold::hardenProcess();

    if (twofold::asksForHelpOrVersion(argc, argv)) {
        // Text only: no display needed (QApplication aborts without one).
        QCoreApplication app(argc, argv);
        twofold::setUpApplication(app);
        twofold::GuiCommandLine().parser.process(app); // prints the text and exits
        return 0;
    }

    QApplication app(argc, argv);
    twofold::setUpApplication(app);
    QApplication::setDesktopFileName(QStringLiteral("org.twofold.Twofold"));
    twofold::GuiCommandLine commandLine;
    commandLine.parser.process(app);
    if (!hardened)
        qWarning("Twofold could not fully protect its memory from core dumps on this system.");

    twofold::initUiResources();
    QApplication::setWindowIcon(twofold::appIcon());

    twofold::AppFlow::Options options;
    if (!commandLine.parser.positionalArguments().isEmpty())
        options.vaultPath = commandLine.parser.positionalArguments().constFirst();
    twofold::AppFlow flow(options);
    flow.start();
    if (commandLine.parser.isSet(commandLine.quitWhenShown)) {
        QTimer::singleShot(0, &app, [] {
            const QWidgetList windows = QApplication::topLevelWidgets();
            const bool drawn = std::any_of(windows.begin(), windows.end(),
                                           [](QWidget* w) { return w->isVisible() && !w->grab().isNull(); });
            QApplication::exit(drawn ? 0 : 1);
        });
    }
    return QApplication::exec();
}
