// One writer at a time (issue 11): a body save and a sign-in state write (the auth section
// alone, as the verifier host makes it) interleaved deterministically through the update
// lock's hooks never undo each other; the lock itself; symbolic links; orphan temporaries.
#include "VaultFixture.h"

#include "common/PrivateFolder.h"
#include "vault/VaultUpdate.h"

#include <QDir>
#include <QFileInfo>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

using namespace twofold;
using namespace twofold::test;

namespace {

// What the verifier host does for a wrong code: under the lock, the file as it is now with a
// new auth section. options' hooks run inside.
Status writeAuthSection(const QString& path, const PasswordKey& key, QByteArrayView text,
                        const VaultUpdateOptions& options = {})
{
    VaultUpdateOptions o = options;
    o.backup = BackupPolicy::LeaveAsIs;
    return updateVaultFile(
        path,
        [&](const VaultOnDisk& disk) -> Result<QByteArray> {
            if (!disk.file())
                return disk.file().error();
            return disk.file()->withAuthSection(
                VaultFile::sealAuthSection(key, disk.file()->header().vaultId, text));
        },
        o);
}

PasswordKey keyOf(const QString& path)
{
    return std::move(VaultFile::read(path)->derivePasswordKey(pw("pw"))).value();
}

// The auth section's text and the entry count of the file at path.
QByteArray authText(const QString& path, const PasswordKey& key)
{
    Result<VaultFile> f = VaultFile::read(path);
    Result<SecureBuffer> plain = f->openAuthSection(key);
    return plain ? QByteArray(reinterpret_cast<const char*>(plain->data()), qsizetype(plain->size())) : "?";
}
int entryCount(const QString& path, const PasswordKey& key)
{
    Result<VaultFile> f = VaultFile::read(path);
    Result<Vault> v = f->decryptBody(*f->unlockPasswordSlot(key));
    return v ? v->entryCount() : -1;
}

} // namespace

class TestVaultUpdate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void aSignInWriteDuringASaveWaitsAndKeepsBoth()
    {
        const QString p = path("save-first.twofold");
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(v.ok());
        const PasswordKey key = keyOf(p);
        (*v)->vault().addEntry(fields(QStringLiteral("Saved"))).value();

        // The save has read the file and made its bytes; before it writes them, a sign-in in
        // another thread records a wrong code. It must wait for the save, then build on it.
        QSemaphore signInWaiting;
        std::unique_ptr<QThread> signIn;
        Status signInResult;
        bool signInWaited = false;
        (*v)->setUpdateHooks({}, [&] {
            signIn.reset(QThread::create([&] {
                VaultUpdateOptions o;
                o.whileLockBusy = [&] { signInWaiting.release(); };
                signInResult = writeAuthSection(p, key, "failures=1", o);
            }));
            signIn->start();
            signInWaited = signInWaiting.tryAcquire(1, 10000); // bounded: never a fixed wait
        });
        QVERIFY((*v)->save().ok());
        QVERIFY(signIn && signIn->wait(10000));
        QVERIFY(signInWaited);
        QVERIFY2(signInResult.ok(), qPrintable(signInResult.ok() ? QString() : signInResult.error().message));
        QCOMPARE(entryCount(p, key), 1);                      // the save was not rolled back
        QCOMPARE(authText(p, key), QByteArray("failures=1")); // nor the sign-in state
    }

    void aSaveDuringASignInWriteWaitsAndKeepsBoth()
    {
        const QString p = path("signin-first.twofold");
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(v.ok());
        const PasswordKey key = keyOf(p);
        (*v)->vault().addEntry(fields(QStringLiteral("Saved"))).value();

        QSemaphore saveWaiting;
        std::unique_ptr<QThread> save;
        Status saveResult;
        bool saveWaited = false;
        VaultUpdateOptions o;
        o.beforeWrite = [&] {
            (*v)->setUpdateHooks([&] { saveWaiting.release(); }, {});
            save.reset(QThread::create([&] { saveResult = (*v)->save(); }));
            save->start();
            saveWaited = saveWaiting.tryAcquire(1, 10000);
        };
        QVERIFY(writeAuthSection(p, key, "used-step=42", o).ok());
        QVERIFY(save && save->wait(10000));
        QVERIFY(saveWaited);
        QVERIFY2(saveResult.ok(), qPrintable(saveResult.ok() ? QString() : saveResult.error().message));
        QCOMPARE(entryCount(p, key), 1);
        QCOMPARE(authText(p, key), QByteArray("used-step=42")); // the save kept the newer state
    }

    void aChangedAuthSectionIsRefusedWhenItsBaseIsGone()
    {
        // A settings change made from an auth section that a sign-in has replaced since would
        // undo that sign-in's state: refused, nothing written.
        const QString p = path("base.twofold");
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(v.ok());
        const PasswordKey key = keyOf(p);
        const QByteArray base = (*v)->header().authSection;
        QVERIFY(writeAuthSection(p, key, "failures=3").ok());
        const QByteArray onDisk = readAll(p);
        (*v)->header().authSection = VaultFile::sealAuthSection(key, (*v)->header().vaultId, "settings");
        const Status s = (*v)->save(BackupPolicy::ReplaceWithNew, &base);
        QCOMPARE(s.error().code, ErrorCode::FileChanged);
        QCOMPARE(readAll(p), onDisk);
    }

    void theUpdateLockIsExclusiveAndLeavesNoFile()
    {
        const QString lockPath = path("x.update.lock");
        Result<UpdateLock> first = UpdateLock::acquire(lockPath, 0);
        QVERIFY(first.ok());
        QCOMPARE(QFileInfo(lockPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                      QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        bool toldBusy = false;
        Result<UpdateLock> second = UpdateLock::acquire(lockPath, 0, [&] { toldBusy = true; });
        QCOMPARE(second.error().code, ErrorCode::FileLocked);
        QVERIFY(toldBusy);
        {
            UpdateLock released = std::move(first).value();
        }
        QVERIFY(!QFileInfo::exists(lockPath));
        QVERIFY(UpdateLock::acquire(lockPath, 0).ok());
    }

    void aLeftoverUpdateLockFileDoesNotBlock_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << QByteArray("\x01\xff garbage");
        QTest::newRow("dead process") << QByteArray("999999\n");
    }
    void aLeftoverUpdateLockFileDoesNotBlock()
    {
        QFETCH(QByteArray, content);
        const QString p = path("leftover.twofold");
        QFile::remove(p);
        QVERIFY(OpenVault::create(p, pw("pw"), kFastKdf).ok());
        writeAll(updateLockPath(p), content); // a crash or power cut mid-update
        QVERIFY(writeAuthSection(p, keyOf(p), "after crash").ok());
        QCOMPARE(authText(p, keyOf(p)), QByteArray("after crash"));
    }

    void aTransformThatGivesUpWritesNothing()
    {
        const QString p = path("giveup.twofold");
        QVERIFY(OpenVault::create(p, pw("pw"), kFastKdf).ok());
        const QByteArray before = readAll(p);
        bool called = false;
        QVERIFY(updateVaultFile(p, [&](const VaultOnDisk& disk) -> Result<QByteArray> {
                    called = disk.exists() && disk.header().ok();
                    return QByteArray();
                }).ok());
        QVERIFY(called);
        const Status refused = updateVaultFile(p, [](const VaultOnDisk&) -> Result<QByteArray> {
            return Error(ErrorCode::InvalidInput, QStringLiteral("no"));
        });
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QCOMPARE(readAll(p), before);
        QVERIFY(!QFileInfo::exists(p + QStringLiteral(".bak")));
    }

    void aSymlinkedVaultUpdatesTheRealFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
        const QString real = dir.filePath(QStringLiteral("real/v.twofold"));
        const QString link = dir.filePath(QStringLiteral("link.twofold"));
        {
            QVERIFY(OpenVault::create(real, pw("pw"), kFastKdf).ok());
        }
        QVERIFY(QFile::link(real, link));
        {
            auto v = OpenVault::open(link, pw("pw"));
            QVERIFY(v.ok());
            QVERIFY(QFileInfo::exists(real + QStringLiteral(".lock"))); // beside the real file
            QVERIFY(!QFileInfo::exists(link + QStringLiteral(".lock")));
            (*v)->vault().addEntry(fields(QStringLiteral("Through the link"))).value();
            QVERIFY((*v)->save().ok());
        }
        QVERIFY(QFileInfo(link).isSymLink()); // still a link, not a forked copy
        QCOMPARE(entryCount(real, keyOf(real)), 1);
        QVERIFY(QFileInfo::exists(real + QStringLiteral(".bak")));
        QVERIFY(!QFileInfo::exists(link + QStringLiteral(".bak")));
        // A second writer through the real path is refused: one lock for both names.
        auto viaLink = OpenVault::open(link, pw("pw"));
        QVERIFY(viaLink.ok());
        QCOMPARE(OpenVault::open(real, pw("pw")).error().code, ErrorCode::FileLocked);
    }

    void orphanTemporariesAreRemovedAtTheNextSave()
    {
        QTemporaryDir dir;
        const QString p = dir.filePath(QStringLiteral("v.twofold"));
        auto v = OpenVault::create(p, pw("pw"), kFastKdf);
        QVERIFY(v.ok());
        // What killed saves leave (AtomicFile_posix.cpp's mkstemp and backup names, and
        // AtomicFile_win.cpp's), and files that only look alike.
        const QStringList orphans{QStringLiteral(".v.twofold.Ab3xZ9"), QStringLiteral("v.twofold.bak.tmp"),
                                  QStringLiteral("v.twofold.0123456789abcdef0123456789abcdef.tmp")};
        const QStringList others{QStringLiteral(".w.twofold.Ab3xZ9"), QStringLiteral(".v.twofold.notes"),
                                 QStringLiteral("v.twofold.export.tmp")};
        for (const QString& name : orphans + others)
            writeAll(dir.filePath(name), "half a vault");
        (*v)->vault().addEntry(fields(QStringLiteral("One"))).value();
        QVERIFY((*v)->save().ok());
        for (const QString& name : orphans)
            QVERIFY2(!QFileInfo::exists(dir.filePath(name)), qPrintable(name));
        for (const QString& name : others)
            QVERIFY2(QFileInfo::exists(dir.filePath(name)), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestVaultUpdate)
#include "tst_vaultupdate.moc"
