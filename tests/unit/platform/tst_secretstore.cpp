// The secret store: the encrypted-file fallback round trip on real files, and the default
// store falling back to it where no keychain can be reached.
#include "platform/FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace twofold;

namespace {

const QString kService = QStringLiteral("Twofold");

SecureBuffer secret(const char* text)
{
    return SecureBuffer::fromBytes(text, std::strlen(text));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripThroughTheFile()
    {
        QTemporaryDir dir;
        FileSecretStore store(dir.filePath(QStringLiteral("store")));
        QCOMPARE(store.backend(), SecretStore::Backend::EncryptedFile);
        QVERIFY(!store.warning().isEmpty());

        std::optional<Status> stored;
        store.store(kService, QStringLiteral("token/a"), secret("the first secret"), this,
                    [&](Status s) { stored = s; });
        QVERIFY(!stored); // never inside the call
        QTRY_VERIFY(stored.has_value());
        QVERIFY(stored->ok());

        std::optional<Result<SecureBuffer>> loaded;
        store.load(kService, QStringLiteral("token/a"), this,
                   [&](Result<SecureBuffer> r) { loaded.emplace(std::move(r)); });
        QVERIFY(!loaded);
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->ok());
        QVERIFY((*loaded)->equals(QByteArrayView("the first secret")));

        // Sealed and private on disk.
        const QString data = store.folder() + QStringLiteral("/secrets.sealed");
        const QString key = store.folder() + QStringLiteral("/secrets.key");
        QVERIFY(QFile::exists(data));
        QVERIFY(!readAll(data).contains("the first secret"));
        QCOMPARE(readAll(key).size(), 32);
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFileInfo(data).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 ownerOnly);
        QCOMPARE(QFileInfo(key).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), ownerOnly);

        std::optional<Status> removed;
        store.remove(kService, QStringLiteral("token/a"), this, [&](Status s) { removed = s; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok());
        QCOMPARE(store.loadNow(kService, QStringLiteral("token/a")).error().code, ErrorCode::NotFound);
        QVERIFY(store.removeNow(kService, QStringLiteral("token/a")).ok()); // removing nothing works
    }

    void keysAndServicesAreSeparate()
    {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        QVERIFY(store.storeNow(kService, QStringLiteral("a"), secret("one")).ok());
        QVERIFY(store.storeNow(kService, QStringLiteral("b"), secret("two")).ok());
        QVERIFY(store.storeNow(QStringLiteral("Other"), QStringLiteral("a"), secret("three")).ok());
        QVERIFY(store.storeNow(kService, QStringLiteral("a"), secret("one, replaced")).ok());
        QVERIFY(store.loadNow(kService, QStringLiteral("a"))->equals(QByteArrayView("one, replaced")));
        QVERIFY(store.loadNow(kService, QStringLiteral("b"))->equals(QByteArrayView("two")));
        QVERIFY(store.loadNow(QStringLiteral("Other"), QStringLiteral("a"))->equals(QByteArrayView("three")));
        // Another program (another store on the same folder) sees the same secrets.
        FileSecretStore other(dir.path());
        QVERIFY(other.loadNow(kService, QStringLiteral("b"))->equals(QByteArrayView("two")));
        QVERIFY(other.removeNow(kService, QStringLiteral("b")).ok());
        QCOMPARE(store.loadNow(kService, QStringLiteral("b")).error().code, ErrorCode::NotFound);
    }

    void aDamagedFileReadsAsEmpty()
    {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        QVERIFY(store.storeNow(kService, QStringLiteral("a"), secret("one")).ok());
        const QString data = dir.filePath(QStringLiteral("secrets.sealed"));
        QByteArray bytes = readAll(data);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        QCOMPARE(store.loadNow(kService, QStringLiteral("a")).error().code, ErrorCode::NotFound);
        QVERIFY(store.storeNow(kService, QStringLiteral("b"), secret("two")).ok());
        QVERIFY(store.loadNow(kService, QStringLiteral("b"))->equals(QByteArrayView("two")));
    }

    void noCallbackOnceTheContextIsGone()
    {
        QTemporaryDir dir;
        FileSecretStore store(dir.path());
        bool called = false;
        auto* context = new QObject;
        store.store(kService, QStringLiteral("a"), secret("one"), context, [&](Status) { called = true; });
        delete context;
        std::optional<Status> later;
        store.remove(kService, QStringLiteral("none"), this, [&](Status s) { later = s; });
        QTRY_VERIFY(later.has_value()); // events were processed
        QVERIFY(!called);
        QVERIFY(store.loadNow(kService, QStringLiteral("a")).ok()); // the work itself was done
    }

    void copiedFilesOpenNothingForAnotherComputerOrUser_data()
    {
        QTest::addColumn<QByteArray>("machineId");
        QTest::addColumn<QByteArray>("userId");
        QTest::newRow("another computer")
            << QByteArray("0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e") << QByteArray("1000");
        QTest::newRow("another user") << QByteArray("3d1219c7c4c5404aaa1f6d2a48adfda4") << QByteArray("1001");
        QTest::newRow("no machine id there") << QByteArray() << QByteArray("1000");
    }
    void copiedFilesOpenNothingForAnotherComputerOrUser()
    {
        QFETCH(QByteArray, machineId);
        QFETCH(QByteArray, userId);
        const ComputerIdentity here{QByteArrayLiteral("3d1219c7c4c5404aaa1f6d2a48adfda4"),
                                    QByteArrayLiteral("1000")};
        QTemporaryDir dir;
        const QString from = dir.filePath(QStringLiteral("here"));
        const QString to = dir.filePath(QStringLiteral("there"));
        FileSecretStore store(from, here);
        QVERIFY(store.storeNow(kService, QStringLiteral("token"), secret("remembered")).ok());
        // The files are copied to another profile or computer.
        QVERIFY(QDir().mkpath(to));
        for (const char* name : {"secrets.key", "secrets.sealed"})
            QVERIFY(QFile::copy(from + u'/' + QLatin1StringView(name), to + u'/' + QLatin1StringView(name)));
        FileSecretStore elsewhere(to, ComputerIdentity{machineId, userId});
        QCOMPARE(elsewhere.loadNow(kService, QStringLiteral("token")).error().code, ErrorCode::NotFound);
        // The same computer and user still read them (a moved profile folder keeps working).
        FileSecretStore same(to, here);
        QVERIFY(same.loadNow(kService, QStringLiteral("token"))->equals(QByteArrayView("remembered")));
    }

    void theCurrentIdentityIsThisComputersAndUsers()
    {
        const ComputerIdentity id = ComputerIdentity::current();
        QCOMPARE(id.machineId, QSysInfo::machineUniqueId());
        QVERIFY(!id.userId.isEmpty());
#ifdef Q_OS_LINUX
        QFile machineId(QStringLiteral("/etc/machine-id"));
        if (machineId.open(QIODevice::ReadOnly))
            QCOMPARE(id.machineId, machineId.readAll().trimmed());
#endif
    }

    void theFileStoreSaysSoBeforeAnythingIsStored()
    {
        QTemporaryDir dir;
        FileSecretStore store(dir.filePath(QStringLiteral("never-made")));
        std::optional<SecretStore::Backend> backend;
        store.probeBackend(this, [&](SecretStore::Backend b) { backend = b; });
        QVERIFY(!backend); // never inside the call
        QTRY_VERIFY(backend.has_value());
        QCOMPARE(*backend, SecretStore::Backend::EncryptedFile);
        QVERIFY(!QFileInfo::exists(store.folder())); // asking creates nothing
    }

    void theFoldersAndFilesItMakesAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("config/Twofold"));
        FileSecretStore store(folder);
        QVERIFY(store.storeNow(kService, QStringLiteral("a"), secret("one")).ok());
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
        for (const QString& path : {dir.filePath(QStringLiteral("config")), folder})
            QVERIFY2((QFileInfo(path).permissions() & others) == QFileDevice::Permissions(),
                     qPrintable(path));
        for (const char* name : {"secrets.key", "secrets.sealed"})
            QCOMPARE(QFileInfo(folder + u'/' + QLatin1StringView(name)).permissions() & others,
                     QFileDevice::Permissions());
    }

    void theDefaultStoreFallsBackWithoutAKeychain()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
            !qEnvironmentVariableIsEmpty("DISPLAY"))
            QSKIP("A keychain may be reachable here; this checks the headless fallback.");
        QStandardPaths::setTestModeEnabled(true);
        std::unique_ptr<SecretStore> store = SecretStore::createDefault();
        QSignalSpy fallback(store.get(), &SecretStore::fallbackInUse);
        // Known before anything is stored: the "Remember this computer" box can warn at once.
        std::optional<SecretStore::Backend> probed;
        store->probeBackend(this, [&](SecretStore::Backend b) { probed = b; });
        QTRY_VERIFY_WITH_TIMEOUT(probed.has_value(), 30'000);
        QCOMPARE(*probed, SecretStore::Backend::EncryptedFile);
        QCOMPARE(fallback.size(), 1);
        std::optional<Status> stored;
        store->store(kService, QStringLiteral("fallback-test"), secret("kept"), this,
                     [&](Status s) { stored = s; });
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 30'000);
        QVERIFY2(stored->ok(), stored->ok() ? "" : qPrintable(stored->error().message));
        QCOMPARE(store->backend(), SecretStore::Backend::EncryptedFile);
        QCOMPARE(fallback.size(), 1);
        QCOMPARE(fallback.first().first().toString(), SecretStore::fallbackWarning());
        std::optional<Result<SecureBuffer>> loaded;
        store->load(kService, QStringLiteral("fallback-test"), this,
                    [&](Result<SecureBuffer> r) { loaded.emplace(std::move(r)); });
        QTRY_VERIFY(loaded.has_value());
        QVERIFY(loaded->ok() && (*loaded)->equals(QByteArrayView("kept")));
        QDir(FileSecretStore::defaultFolder()).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
