#pragma once
// What main() does before any window: names the application, loads the translations of the
// chosen language, and declares the command line. Works under a QCoreApplication too, so
// --help and --version need no display.
#include <QCommandLineOption>
#include <QCommandLineParser>

class QCoreApplication;

namespace twofold {

// Whether argv asks for --help, --help-all or --version (or -h, -?, -v): the text answers
// need no display, so main() serves them under a QCoreApplication.
bool asksForHelpOrVersion(int argc, char* argv[]);

// Names the application and installs Qt's and Twofold's translators for the language chosen
// in Preferences > General, else the system's (dates and numbers follow it too). The
// translators are children of app.
void setUpApplication(QCoreApplication& app);

// Twofold's options: [vault], --help, --version and the hidden --quit-when-shown.
struct GuiCommandLine
{
    GuiCommandLine();
    QCommandLineParser parser;
    QCommandLineOption quitWhenShown;
};

} // namespace twofold
