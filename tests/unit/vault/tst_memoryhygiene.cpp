// After locking, a memory dump of the process holds no copy of the master password, the
// vault key or an entry password (DESIGN.md section 3; KeePass CVE-2023-32784).
#include "MemoryScan.h"
#include "VaultFixture.h"

#include "common/Random.h"

#include <QTemporaryDir>

using namespace twofold;
using namespace twofold::test;

namespace {
// A random printable secret built straight into secure memory (the test never holds it plain).
SecureBuffer randomSecret(int length, MaskedSecret* masked)
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureBuffer s(std::size_t(length), Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        s.data()[i] = static_cast<unsigned char>(alphabet[systemRandom().uniform(sizeof alphabet - 1)]);
    *masked = MaskedSecret::fromPlain(s.view());
    return s;
}
} // namespace

class TestMemoryHygiene : public QObject
{
    Q_OBJECT
private slots:
    void scannerFindsWhatIsThere()
    {
        MaskedSecret masked;
        SecureBuffer live = randomSecret(24, &masked);
        QVERIFY(countInMemory(masked) >= 1); // the scanner can see secure memory too
        live.clear();
        QCOMPARE(countInMemory(masked), 0);
    }

    void lockedVaultLeavesNoSecretsBehind()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hygiene.twofold"));
        MaskedSecret master, entryPassword, vaultKey;
        {
            SecureBuffer password = randomSecret(20, &master);
            auto created = OpenVault::create(path, password, kFastKdf);
            QVERIFY(created.ok());
            EntryFields f = fields(QStringLiteral("Bank"));
            f.password = randomSecret(22, &entryPassword);
            (*created)->vault().addEntry(std::move(f)).value();
            QVERIFY((*created)->save().ok());
        }
        {
            // A fresh session: unlock, use the entry, lock again.
            SecureBuffer password = SecureBuffer(master.masked.size(), Qt::Uninitialized);
            for (qsizetype i = 0; i < master.masked.size(); ++i)
                password.data()[i] = static_cast<unsigned char>(master.masked[i] ^ kMask);
            auto v = OpenVault::open(path, password, OpenMode::ReadWrite);
            QVERIFY(v.ok());
            vaultKey = MaskedSecret::fromPlain((*v)->vaultKey().view());
            QCOMPARE((*v)->vault().search(QStringLiteral("bank")).size(), std::size_t(1));
            const SecureBuffer shown = (*v)->vault().password((*v)->vault().entryAt(0));
            QCOMPARE(shown.size(), std::size_t(22));
            QVERIFY(countInMemory(vaultKey) >= 1);
            QVERIFY((*v)->save().ok());
        }
        QCOMPARE(countInMemory(master), 0);
        QCOMPARE(countInMemory(master.utf16()), 0);
        QCOMPARE(countInMemory(entryPassword), 0);
        QCOMPARE(countInMemory(entryPassword.utf16()), 0);
        QCOMPARE(countInMemory(vaultKey), 0);
    }
};

QTEST_GUILESS_MAIN(TestMemoryHygiene)
#include "tst_memoryhygiene.moc"
