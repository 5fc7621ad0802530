// The language the application starts in (app/gui/Startup.cpp, as main() runs it): the one
// chosen in Preferences > General, and English with its real plurals ("30 seconds", never
// "30 second(s)") for a language Twofold has no catalogue of.
#include "Startup.h"

#include "ui/common/AppSettings.h"

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

using namespace twofold;

namespace {

QString clipboardSentence(int seconds)
{
    return QCoreApplication::translate("twofold::EntryPane",
                                       "Password copied. The clipboard will be cleared in %n second(s).",
                                       nullptr, seconds);
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The names setUpApplication gives, so the language is chosen in the settings it reads.
        QCoreApplication::setApplicationName(QStringLiteral("Twofold"));
        QCoreApplication::setOrganizationName(QStringLiteral("Twofold"));
    }
    void cleanup() { appSettings().setLanguage(QString()); }

    // Runs first: later ones install catalogues on top of this one.
    void aLanguageWithoutACatalogueGetsEnglishPlurals()
    {
        appSettings().setLanguage(QStringLiteral("it"));
        setUpApplication(*QCoreApplication::instance());
        QCOMPARE(QLocale().language(), QLocale::Italian); // dates and numbers still Italian
        QCOMPARE(clipboardSentence(30),
                 QStringLiteral("Password copied. The clipboard will be cleared in 30 seconds."));
        QCOMPARE(clipboardSentence(1),
                 QStringLiteral("Password copied. The clipboard will be cleared in 1 second."));
    }

    void theChosenLanguageIsLoaded()
    {
        appSettings().setLanguage(QStringLiteral("de"));
        setUpApplication(*QCoreApplication::instance());
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(clipboardSentence(30),
                 QStringLiteral("Passwort kopiert. Die Zwischenablage wird in 30 Sekunden geleert."));
    }
};

QTEST_MAIN(TestStartup)
#include "tst_startup.moc"
