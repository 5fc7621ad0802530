#pragma once
// Two "computers" with one server-mode vault (same vault id and key, two files) and a sync
// engine each, over one SyncServerDouble.
#include "SyncServerDouble.h"
#include "unit/vault/VaultFixture.h"

#include "common/Random.h"
#include "sync/SyncCrypto.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>

namespace twofold::test {

inline constexpr char kAccount[] = "ada@example.com";

struct Computer
{
    ManualClock clock{1000};
    std::unique_ptr<OpenVault> open;
    std::unique_ptr<sync::SyncEngine> engine;
    bool merged = false; // some sync of this computer reported a merge
    Vault& v() { return open->vault(); }
};

class SyncPair
{
public:
    SyncPair()
    {
        m_vaultId = QByteArray(16, Qt::Uninitialized);
        systemRandom().fill(m_vaultId.data(), 16);
        m_key = SecureBuffer(32, Qt::Uninitialized);
        systemRandom().fill(m_key.data(), 32);
        const SecureBuffer syncKey = sync::deriveSyncKey(m_key);
        server = std::make_unique<SyncServerDouble>(
            QString::fromLatin1(kAccount), QByteArray(reinterpret_cast<const char*>(syncKey.data()), 32));
        link = std::make_shared<DoubleLink>(*server);
        makeComputer(a, QStringLiteral("a.twofold"));
        makeComputer(b, QStringLiteral("b.twofold"));
    }

    VaultHeader header() const
    {
        VaultHeader h;
        h.vaultId = m_vaultId;
        h.serverUrl = QStringLiteral("http://127.0.0.1:1");
        h.serverAccount = QString::fromLatin1(kAccount);
        Result<KeySlot> slot = VaultFile::makePasswordSlot(pw("pw"), kFastKdf, m_vaultId, m_key, nullptr);
        h.keySlots.push_back(*slot);
        return h;
    }

    void makeComputer(Computer& c, const QString& name)
    {
        auto open = OpenVault::createWithHeader(m_dir.filePath(name), header(), m_key.clone(), c.clock);
        QVERIFY2(open.ok(), open.ok() ? "" : qPrintable(open.error().message));
        c.open = std::move(open).value();
        c.engine = std::make_unique<sync::SyncEngine>(*c.open, link);
    }

    // Runs one sync of c to its end; false when it did not end in time or failed.
    static bool syncOnce(Computer& c)
    {
        QSignalSpy done(c.engine.get(), &sync::SyncEngine::finished);
        c.engine->syncNow();
        if (!done.wait(10'000))
            return false;
        if (!c.engine->lastOutcome().report.merged.empty())
            c.merged = true;
        return c.engine->lastOutcome().status.ok();
    }

    QString dir() const { return m_dir.path(); }
    const QByteArray& vaultId() const { return m_vaultId; }
    const SecureBuffer& key() const { return m_key; }

    std::unique_ptr<SyncServerDouble> server;
    std::shared_ptr<DoubleLink> link;
    Computer a, b;

private:
    QTemporaryDir m_dir;
    QByteArray m_vaultId;
    SecureBuffer m_key;
};

} // namespace twofold::test
