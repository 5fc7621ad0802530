// One writer at a time, with real processes (issue 11): one process saving the body again and
// again while three others rewrite the auth section (as sign-ins recording wrong codes do).
// With the update lock nothing is lost: every saved entry is there, and the counter the
// auth-section writers kept shows every one of their writes.
#include "vault/OpenVault.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace twofold;

namespace {

constexpr int kSaves = 40;
constexpr int kCounters = 3;
constexpr int kCountsEach = 40;

SecureBuffer password()
{
    return SecureBuffer::fromBytes("pw", 2);
}

QString writer()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/vault_writer");
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void savesAndSignInWritesAtOnceLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.twofold"));
        {
            auto v = OpenVault::create(path, password(), kdf::Params{1, 8});
            QVERIFY(v.ok());
            Result<VaultFile> file = VaultFile::read(path);
            PasswordKey key = std::move(file->derivePasswordKey(password())).value();
            (*v)->header().authSection = VaultFile::sealAuthSection(key, (*v)->header().vaultId, "0");
            QVERIFY((*v)->save().ok());
        }
        std::vector<std::unique_ptr<QProcess>> processes;
        const auto start = [&](const QString& mode, int n) {
            auto p = std::make_unique<QProcess>();
            p->start(writer(), {mode, path, QString::number(n)});
            QVERIFY2(p->waitForStarted(10000), qPrintable(writer()));
            processes.push_back(std::move(p));
        };
        start(QStringLiteral("save"), kSaves);
        for (int i = 0; i < kCounters; ++i)
            start(QStringLiteral("count"), kCountsEach);
        for (auto& p : processes) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0,
                     p->readAllStandardError().constData());
        }

        Result<VaultFile> file = VaultFile::read(path);
        QVERIFY(file.ok());
        PasswordKey key = std::move(file->derivePasswordKey(password())).value();
        Result<SecureBuffer> counter = file->openAuthSection(key);
        QVERIFY(counter.ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(counter->data()), qsizetype(counter->size())),
                 QByteArray::number(kCounters * kCountsEach));
        Result<Vault> body = file->decryptBody(*file->unlockPasswordSlot(key));
        QVERIFY(body.ok());
        QCOMPARE(body->entryCount(), kSaves);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrent_writers_e2e.moc"
