// twofold: the desktop password manager. Opens the create or unlock window (ui/setup/AppFlow).
#include "common/HugePages.h"
#include "crypto/ProcessHardening.h"
#include "ui/common/AppSettings.h"
#include "ui/common/UiResources.h"
#include "ui/setup/AppFlow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <algorithm>

int main(int argc, char* argv[])
{
    twofold::useHugePageHeap(argv); // first: it may re-execute the program
    // Before anything holds a secret: no core dumps, no ptrace by other processes.
    const bool hardened = twofold::hardenProcess();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Twofold"));
    QApplication::setOrganizationName(QStringLiteral("Twofold"));
    QApplication::setApplicationVersion(QStringLiteral(TWOFOLD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.twofold.Twofold"));

    // The language chosen in Preferences > General, else the system's; dates and numbers
    // follow it too. Qt's own catalogue translates the standard dialogs.
    const QString language = twofold::appSettings().language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // No catalogue for the language: English, whose catalogue holds the plurals ("1 second").
    if (translator.load(locale, QStringLiteral("twofold"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator.load(QStringLiteral("twofold_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Password manager with two-factor sign-in."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("vault"),
                                 QApplication::translate("main", "The vault file to open (optional)."),
                                 QStringLiteral("[vault]"));
    // Hidden, for the package test: quit once the first window has been drawn.
    QCommandLineOption quitWhenShown(QStringLiteral("quit-when-shown"), QStringLiteral("Quit once a window is shown."));
    quitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenShown);
    parser.process(app);
    if (!hardened)
        qWarning("Twofold could not fully protect its memory from core dumps on this system.");

    twofold::initUiResources();
    QApplication::setWindowIcon(twofold::appIcon());

    twofold::AppFlow::Options options;
    if (!parser.positionalArguments().isEmpty())
        options.vaultPath = parser.positionalArguments().constFirst();
    twofold::AppFlow flow(options);
    flow.start();
    if (parser.isSet(quitWhenShown)) {
        QTimer::singleShot(0, &app, [] {
            const QWidgetList windows = QApplication::topLevelWidgets();
            const bool drawn = std::any_of(windows.begin(), windows.end(),
                                           [](QWidget* w) { return w->isVisible() && !w->grab().isNull(); });
            QApplication::exit(drawn ? 0 : 1);
        });
    }
    return QApplication::exec();
}
