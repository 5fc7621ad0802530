// AppSettings: the General preferences and recent vaults, clamped to their bounds, shared by
// every AppSettings of the application. Test-mode QSettings, real files for recent vaults.
#include "ui/common/AppSettings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace twofold;

class TestAppSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TwofoldTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    }
    void init() { QSettings().clear(); }

    void defaultsBeforeAnythingIsSet()
    {
        AppSettings settings;
        QCOMPARE(settings.autoLockMinutes(), AppSettings::kDefaultAutoLockMinutes);
        QCOMPARE(settings.clipboardSeconds(), 30);
        QVERIFY(settings.lockOnScreenLock());
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.recentVaults().isEmpty());
    }

    void clampsToBounds_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("expectedMinutes");
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("expectedSeconds");
        QTest::newRow("inside") << 15 << 15 << 45 << 45;
        QTest::newRow("never lock") << 0 << 0 << 5 << 5;
        QTest::newRow("below") << -3 << 0 << 1 << AppSettings::kMinClipboardSeconds;
        QTest::newRow("above") << 100000 << AppSettings::kMaxAutoLockMinutes << 100000
                               << AppSettings::kMaxClipboardSeconds;
    }
    void clampsToBounds()
    {
        QFETCH(int, minutes);
        QFETCH(int, seconds);
        AppSettings settings;
        settings.setAutoLockMinutes(minutes);
        settings.setClipboardSeconds(seconds);
        QTEST(settings.autoLockMinutes(), "expectedMinutes");
        QTEST(settings.clipboardSeconds(), "expectedSeconds");
        QCOMPARE(settings.clipboardTimeout(), std::chrono::milliseconds(settings.clipboardSeconds() * 1000));
    }

    void aHandEditedValueFallsBackToTheDefault()
    {
        QSettings().setValue(QStringLiteral("general/autoLockMinutes"), QStringLiteral("soon"));
        QCOMPARE(AppSettings().autoLockMinutes(), AppSettings::kDefaultAutoLockMinutes);
    }

    void aChangeReachesEverySettingsObject()
    {
        AppSettings first;
        AppSettings second;
        QSignalSpy changed(&second, &AppSettings::changed);
        first.setLanguage(QStringLiteral("de"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(second.language(), QStringLiteral("de"));
        first.setLanguage(QString());
        QVERIFY(second.language().isEmpty());
    }

    void recentVaultsAreMostRecentFirstWithoutDuplicatesOrMissingFiles()
    {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < AppSettings::kMaxRecentVaults + 2; ++i) {
            const QString path = dir.filePath(QStringLiteral("v%1.twofold").arg(i));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            paths.append(path);
        }
        AppSettings settings;
        settings.addRecentVault(paths[0]);
        settings.addRecentVault(paths[1]);
        settings.addRecentVault(paths[0]);
        QCOMPARE(settings.recentVaults(), (QStringList{paths[0], paths[1]}));

        for (const QString& path : paths)
            settings.addRecentVault(path);
        QCOMPARE(settings.recentVaults().size(), AppSettings::kMaxRecentVaults);
        QCOMPARE(settings.recentVaults().constFirst(), paths.constLast());

        QVERIFY(QFile::remove(paths.constLast()));
        QVERIFY(!settings.recentVaults().contains(paths.constLast()));
        settings.removeRecentVault(paths[paths.size() - 2]);
        QVERIFY(!settings.recentVaults().contains(paths[paths.size() - 2]));
    }

    void theSettingsFileIsTheUsersAlone()
    {
        AppSettings settings;
        settings.setClipboardSeconds(45);
        const QString file = QSettings().fileName();
        QVERIFY(QFile::exists(file));
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFileInfo(file).permissions() & others, QFileDevice::Permissions());
    }

    void englishIsAlwaysAvailable()
    {
        QVERIFY(AppSettings::availableLanguages().contains(QStringLiteral("en")));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
