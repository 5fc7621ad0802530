#include "Startup.h"

#include "ui/common/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace twofold {

bool asksForHelpOrVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "--") == 0)
            return false; // what follows is a vault path
        for (const char* option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
    }
    return false;
}

void setUpApplication(QCoreApplication& app)
{
    QCoreApplication::setApplicationName(QStringLiteral("Twofold"));
    QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TWOFOLD_VERSION));

    const QString language = appSettings().language();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    // No catalogue for the language: English, whose catalogue holds the plurals ("1 second").
    if (translator->load(locale, QStringLiteral("twofold"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral("twofold_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}

GuiCommandLine::GuiCommandLine()
    : quitWhenShown(QStringLiteral("quit-when-shown"), QStringLiteral("Quit once a window is shown."))
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Password manager with two-factor sign-in."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("vault"),
                                 QCoreApplication::translate("main", "The vault file to open (optional)."),
                                 QStringLiteral("[vault]"));
    // Hidden, for the package test: quit once the first window has been drawn.
    quitWhenShown.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitWhenShown);
}

} // namespace twofold
