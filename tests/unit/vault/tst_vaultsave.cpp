// Saving and locking: crash safety, failures that lose nothing, a second writer refused.
#include "VaultFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <unistd.h>

using namespace twofold;
using namespace twofold::test;

class TestVaultSave : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void saveKeepsABackupOfThePreviousVersion()
    {
        const QString p = path("bak.twofold");
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(v.ok());
        QVERIFY(!QFileInfo::exists(p + QStringLiteral(".bak"))); // nothing to back up yet
        const QByteArray first = readAll(p);
        (*v)->vault().addEntry(fields(QStringLiteral("One"))).value();
        QVERIFY((*v)->save().ok());
        QCOMPARE(readAll(p + QStringLiteral(".bak")), first);
        const QByteArray second = readAll(p);
        QVERIFY(second != first); // fresh nonce, new content
        QVERIFY((*v)->save().ok());
        QCOMPARE(readAll(p + QStringLiteral(".bak")), second);
        // No temporary files left behind.
        const QStringList files =
            QDir(m_dir.path())
                .entryList(QStringList{QStringLiteral("*bak.twofold*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(files, (QStringList{QStringLiteral("bak.twofold"), QStringLiteral("bak.twofold.bak"),
                                     QStringLiteral("bak.twofold.lock")}));
        QCOMPARE(QFileInfo(p).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void interruptedSaveLeavesTheOldVault_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("newContentInPlace");
        QTest::newRow("create temp") << int(SaveStep::CreateTemp) << false;
        QTest::newRow("write") << int(SaveStep::Write) << false;
        QTest::newRow("sync") << int(SaveStep::Sync) << false;
        QTest::newRow("close") << int(SaveStep::Close) << false;
        QTest::newRow("backup") << int(SaveStep::Backup) << false;
        QTest::newRow("rename") << int(SaveStep::Rename) << false;
        QTest::newRow("sync folder") << int(SaveStep::SyncFolder) << true;
    }
    void interruptedSaveLeavesTheOldVault()
    {
        QFETCH(int, step);
        QFETCH(bool, newContentInPlace);
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("v.twofold"));
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(v.ok());
        (*v)->vault().addEntry(fields(QStringLiteral("Kept"))).value();
        QVERIFY((*v)->save().ok());
        const QByteArray before = readAll(p);

        (*v)->vault().addEntry(fields(QStringLiteral("Unsaved"))).value();
        (*v)->setFaultInjector([step](SaveStep s) { return int(s) == step; });
        Status s = (*v)->save();
        QVERIFY(!s.ok());
        QVERIFY(!s.error().message.isEmpty());
        if (!newContentInPlace) {
            QCOMPARE(s.error().code, ErrorCode::DiskFull);
            QVERIFY(s.error().message.contains(QStringLiteral("full")));
            QCOMPARE(readAll(p), before);        // byte-identical
            QVERIFY((*v)->vault().isModified()); // the changes are still in memory
        }
        // Whatever happened, the file on disk opens (old or new version), with no stray files.
        {
            auto reopened = OpenVault::open(p, pw("pw"), OpenMode::ReadOnly);
            QVERIFY(reopened.ok());
            QCOMPARE((*reopened)->vault().entryCount(), newContentInPlace ? 2 : 1);
        }
        const QStringList stray =
            QDir(dir.path())
                .entryList(QStringList{QStringLiteral(".v.twofold.*"), QStringLiteral("*.tmp")},
                           QDir::Files | QDir::Hidden);
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(QLatin1Char(' '))));
        // Retrying after the problem is gone saves everything.
        (*v)->setFaultInjector({});
        QVERIFY((*v)->save().ok());
        auto saved = OpenVault::open(p, pw("pw"), OpenMode::ReadOnly);
        QCOMPARE((*saved)->vault().entryCount(), 2);
    }

    void secondWriterIsRefused()
    {
        const QString p = path("lock.twofold");
        auto first = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(first.ok());
        auto second = OpenVault::open(p, pw("pw"), OpenMode::ReadWrite);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, ErrorCode::FileLocked);
        QVERIFY(second.error().message.contains(QStringLiteral("open for changes in another program")));
        // Readers are welcome.
        QVERIFY(OpenVault::open(p, pw("pw"), OpenMode::ReadOnly).ok());
        first->reset();
        QVERIFY(OpenVault::open(p, pw("pw"), OpenMode::ReadWrite).ok());
    }

    void staleLockIsTakenOverWhateverItHolds_data()
    {
        QTest::addColumn<QByteArray>("content");
        // A lock file naming a process that does not exist (as a crash leaves behind).
        QTest::newRow("dead process")
            << QByteArray("999999\ntwofold\n") + QSysInfo::machineHostName().toUtf8() + "\n";
        // A power cut after the lock file was created, before its content reached the disk.
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\0\0\x7f\xfe\n\n", 6);
        QTest::newRow("process 0") << QByteArray("0\ntwofold\n") + QSysInfo::machineHostName().toUtf8() +
                                          "\n";
    }
    void staleLockIsTakenOverWhateverItHolds()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("stale.twofold"));
        QVERIFY(OpenVault::create(p, pw("pw"), kFastKdf).ok());
        writeAll(p + QStringLiteral(".lock"), content);
        auto v = OpenVault::open(p, pw("pw"), OpenMode::ReadWrite);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        // The new lock names this process, and only the user may read or write it.
        QLockFile probe(p + QStringLiteral(".lock"));
        qint64 pid = 0;
        QString host, app;
        QVERIFY(probe.getLockInfo(&pid, &host, &app));
        QCOMPARE(pid, QCoreApplication::applicationPid());
        QCOMPARE(QFileInfo(p + QStringLiteral(".lock")).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther |
                      QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        // And a live holder is still refused.
        QCOMPARE(OpenVault::open(p, pw("pw"), OpenMode::ReadWrite).error().code, ErrorCode::FileLocked);
    }

    void foldersItCreatesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("new/inner/v.twofold"));
        QVERIFY(OpenVault::create(p, pw("pw"), kFastKdf).ok());
        const QFileDevice::Permissions ownerOnly =
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const char* folder : {"new", "new/inner"}) {
            const QFileDevice::Permissions mode =
                QFileInfo(dir.filePath(QString::fromLatin1(folder))).permissions();
            QVERIFY2((mode & others) == QFileDevice::Permissions() && (mode & ownerOnly) == ownerOnly,
                     folder);
        }
        QCOMPARE(QFileInfo(p).permissions() & others, QFileDevice::Permissions());
        QCOMPARE(QFileInfo(p + QStringLiteral(".lock")).permissions() & others, QFileDevice::Permissions());
    }

    void fileReplacedByAnotherProgramIsNotOverwritten()
    {
        const QString p = path("replaced.twofold");
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(v.ok());
        // Another program writes its own vault over ours (bypassing our lock).
        const QString other = path("other.twofold");
        {
            QVERIFY(OpenVault::create(other, pw("pw2"), kFastKdf).ok());
        }
        const QByteArray foreign = readAll(other);
        writeAll(p, foreign);
        (*v)->vault().addEntry(fields(QStringLiteral("Mine"))).value();
        Status s = (*v)->save();
        QCOMPARE(s.error().code, ErrorCode::FileChanged);
        QCOMPARE(readAll(p), foreign);
        QVERIFY((*v)->vault().isModified());
        // Save As elsewhere works, and the vault now lives there.
        const QString elsewhere = path("elsewhere.twofold");
        QVERIFY((*v)->saveAs(elsewhere).ok());
        QCOMPARE((*v)->path(), QFileInfo(elsewhere).absoluteFilePath());
        auto reopened = OpenVault::open(elsewhere, pw("pw"), OpenMode::ReadOnly);
        QCOMPARE((*reopened)->vault().entryCount(), 1);
    }

    void authSectionRewrittenAloneIsKeptBySave()
    {
        // The sign-in code of another process records state in the auth section only.
        const QString p = path("auth.twofold");
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(v.ok());
        VaultFile onDisk = *VaultFile::read(p);
        PasswordKey key = std::move(onDisk.derivePasswordKey(pw("pw"))).value();
        const QByteArray sealed = VaultFile::sealAuthSection(key, onDisk.header().vaultId, "attempts=3");
        writeAll(p, onDisk.withAuthSection(sealed));
        // The body still decrypts with the new auth section in place.
        VaultFile rewritten = *VaultFile::read(p);
        QVERIFY(rewritten.openAuthSection(key)->equals(QByteArrayView("attempts=3")));
        QVERIFY(rewritten.decryptBody(*rewritten.unlockPasswordSlot(key)).ok());
        // Our open vault saves without complaint and keeps the newer auth section.
        (*v)->vault().addEntry(fields(QStringLiteral("After"))).value();
        QVERIFY((*v)->save().ok());
        VaultFile saved = *VaultFile::read(p);
        QCOMPARE(saved.header().authSection, sealed);
        QCOMPARE(saved.decryptBody(*saved.unlockPasswordSlot(key))->entryCount(), 1);
    }

    void readOnlyOpenCreatesNoFiles()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("ro.twofold"));
        {
            QVERIFY(OpenVault::create(p, pw("pw"), kFastKdf).ok());
        }
        const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        auto v = OpenVault::open(p, pw("pw"), OpenMode::ReadOnly);
        QVERIFY(v.ok());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
        QCOMPARE((*v)->save().error().code, ErrorCode::ReadOnly);
    }

    void readOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root can write to read-only folders");
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("rofolder.twofold"));
        {
            QVERIFY(OpenVault::create(p, pw("pw"), kFastKdf).ok());
        }
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QVERIFY(OpenVault::open(p, pw("pw"), OpenMode::ReadOnly).ok());
        auto rw = OpenVault::open(p, pw("pw"), OpenMode::ReadWrite);
        QVERIFY(!rw.ok());
        QVERIFY(rw.error().message.contains(QStringLiteral("lock")));
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void createRefusesAnExistingFile()
    {
        const QString p = path("exists.twofold");
        writeAll(p, "precious");
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.contains(QStringLiteral("already a file")));
        QCOMPARE(readAll(p), QByteArray("precious"));
    }

    // QLockFile names no errno: a lock file that cannot be written on a full disk is an
    // "unknown" error, which was blamed on the folder's permissions (issue 15).
    void lockRefusalNamesAFullDisk_data()
    {
        QTest::addColumn<bool>("permissionRefused");
        QTest::addColumn<bool>("readOnly");
        QTest::addColumn<bool>("full");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QString full = QStringLiteral("is full (there is no room for its lock file)");
        const QString folder = QStringLiteral("(read-only or no permission)");
        QTest::newRow("unknown error, full disk")
            << false << false << true << int(ErrorCode::DiskFull) << full;
        QTest::newRow("unknown error, room left")
            << false << false << false << int(ErrorCode::FileWriteFailed) << folder;
        QTest::newRow("permission refused, full disk")
            << true << false << true << int(ErrorCode::ReadOnly) << folder;
        QTest::newRow("read-only disk, no room")
            << false << true << true << int(ErrorCode::ReadOnly) << folder;
    }
    void lockRefusalNamesAFullDisk()
    {
        QFETCH(bool, permissionRefused);
        QFETCH(bool, readOnly);
        QFETCH(bool, full);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Error e =
            OpenVault::lockRefusal(path("x.twofold.lock"), permissionRefused, DiskState{readOnly, full});
        QCOMPARE(int(e.code), code);
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY2(e.message.contains(QDir::toNativeSeparators(path("x.twofold.lock"))), qPrintable(e.message));
    }

    void diskStateOfAWritableFolder()
    {
        const DiskState disk = diskStateOf(m_dir.path());
        QVERIFY(!disk.readOnly);
        const QStorageInfo info(m_dir.path());
        QCOMPARE(disk.full, info.bytesAvailable() < kDiskFullBelowBytes);
    }
};

QTEST_GUILESS_MAIN(TestVaultSave)
#include "tst_vaultsave.moc"
