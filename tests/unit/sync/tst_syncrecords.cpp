// core/sync's record sealing, sync key and reply readers (core/server/API.md "Sync").
#include "sync/SyncCrypto.h"
#include "sync/SyncMessages.h"
#include "vault/VaultCodec.h"

#include <QCborArray>
#include <QTest>

#include <sodium.h>

using namespace twofold;
using namespace twofold::sync;

namespace {
SecureBuffer keyOf(char c)
{
    return SecureBuffer::fromBytes(QByteArray(32, c));
}
QLatin1StringView k(const char* s)
{
    return QLatin1StringView(s);
}
} // namespace

class TestSyncRecords : public QObject
{
    Q_OBJECT

private slots:
    void syncKeyIsTheContractsSubkey()
    {
        const SecureBuffer vaultKey = keyOf('\x11');
        unsigned char expected[32];
        QCOMPARE(crypto_kdf_derive_from_key(expected, 32, 4, "TFsync__", vaultKey.data()), 0);
        const SecureBuffer key = deriveSyncKey(vaultKey);
        QCOMPARE(QByteArrayView(key.view()), QByteArrayView(reinterpret_cast<const char*>(expected), 32));
        QVERIFY(!key.equals(vaultKey.view()));
        QVERIFY(!deriveSyncKey(keyOf('\x12')).equals(key.view()));
    }

    void sealedRecordOpensOnlyAsItself_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("as sealed") << 0;
        QTest::newRow("another record id") << 1;
        QTest::newRow("another vault") << 2;
        QTest::newRow("another key") << 3;
        QTest::newRow("a flipped byte") << 4;
        QTest::newRow("truncated") << 5;
    }
    void sealedRecordOpensOnlyAsItself()
    {
        QFETCH(int, change);
        const SecureBuffer key = keyOf('\x21');
        const QByteArray vaultId(16, '\x05');
        const QUuid id = QUuid::createUuid();
        const QByteArray plain = "[0, the record]";
        QByteArray data = sealRecord(key, vaultId, id, reinterpret_cast<const unsigned char*>(plain.data()),
                                     std::size_t(plain.size()));
        QCOMPARE(data.size(), plain.size() + 24 + 16);
        QVERIFY(!data.contains(plain));
        QUuid openId = id;
        QByteArray openVault = vaultId;
        SecureBuffer openKey = key.clone();
        switch (change) {
        case 1:
            openId = QUuid::createUuid();
            break;
        case 2:
            openVault[0] = '\x06';
            break;
        case 3:
            openKey = keyOf('\x22');
            break;
        case 4:
            data[30] = char(data[30] ^ 1);
            break;
        case 5:
            data.chop(1);
            break;
        default:
            break;
        }
        Result<SecureBuffer> opened = openRecord(openKey, openVault, openId, data);
        QCOMPARE(opened.ok(), change == 0);
        if (opened.ok())
            QCOMPARE(QByteArrayView(opened->view()), QByteArrayView(plain));
        else
            QCOMPARE(opened.error().code, ErrorCode::FileDamaged);
    }

    void settingsRecordIdIsSixteenZeros()
    {
        QCOMPARE(recordIdBytes(QUuid()), QByteArray(16, '\0'));
        QVERIFY(recordIdFrom(QByteArray(16, '\0')).isNull());
        const QUuid id = QUuid::createUuid();
        QCOMPARE(recordIdFrom(recordIdBytes(id)), id);
    }

    void pullReplyReader_data()
    {
        QTest::addColumn<int>("shape");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("two records, ascending") << 0 << true;
        QTest::newRow("records out of order") << 1 << false;
        QTest::newRow("a rev above the revision") << 2 << false;
        QTest::newRow("data and gone together") << 3 << false;
        QTest::newRow("an id of 15 bytes") << 4 << false;
        QTest::newRow("more with no records") << 5 << false;
        QTest::newRow("an unknown key in a record") << 6 << false;
    }
    void pullReplyReader()
    {
        QFETCH(int, shape);
        QFETCH(bool, accepted);
        auto rec = [](quint64 rev, bool gone) {
            QCborMap m;
            m.insert(k("id"), QByteArray(16, char(rev)));
            m.insert(k("rev"), qint64(rev));
            if (gone)
                m.insert(k("gone"), true);
            else
                m.insert(k("data"), QByteArray(50, 'x'));
            return m;
        };
        QCborArray records{rec(2, false), rec(5, true)};
        quint64 revision = 6;
        bool more = false;
        switch (shape) {
        case 1:
            records = QCborArray{rec(5, false), rec(2, false)};
            break;
        case 2:
            revision = 4;
            break;
        case 3: {
            QCborMap m = rec(2, false);
            m.insert(k("gone"), true);
            records = QCborArray{m};
            m.remove(k("gone"));
            break;
        }
        case 4: {
            QCborMap m = rec(2, false);
            m.insert(k("id"), QByteArray(15, 'a'));
            records = QCborArray{m};
            break;
        }
        case 5:
            records = QCborArray{};
            more = true;
            break;
        case 6: {
            QCborMap m = rec(2, false);
            m.insert(k("extra"), 1);
            records = QCborArray{m};
            break;
        }
        default:
            break;
        }
        QCborMap reply;
        reply.insert(k("revision"), qint64(revision));
        reply.insert(k("records"), records);
        reply.insert(k("more"), more);
        Answer<PullReply> read = readReply<PullReply>(okReply(reply));
        QCOMPARE(read.ok(), accepted);
        if (accepted) {
            QCOMPARE(int(read->records.size()), 2);
            QVERIFY(read->records[1].gone);
            QCOMPARE(read->records[0].data, QByteArray(50, 'x'));
        }
    }

    void staleRefusalCarriesTheRevision()
    {
        QCborMap stale = refusedReply(Refusal(ErrorCode::ServerRefused, RefusalReason::SyncStale));
        stale.insert(k("revision"), 41);
        QCOMPARE(staleRevision(stale), std::optional<quint64>(41));
        QCOMPARE(staleRevision(refusedReply(Refusal(ErrorCode::ServerRefused, RefusalReason::ServerRefused))),
                 std::nullopt);
        QVERIFY(!Refusal(ErrorCode::ServerRefused, RefusalReason::SyncStale).sentence().isEmpty());
    }

    void pushRequestShape()
    {
        const QCborMap m =
            pushRequest(7, {{QUuid(), QByteArray("sealed"), false}, {QUuid::createUuid(), {}, true}});
        QCOMPARE(m.value(k("base")).toInteger(), 7);
        const QCborArray list = m.value(k("records")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toMap().value(k("id")).toByteArray(), QByteArray(16, '\0'));
        QCOMPARE(list[0].toMap().size(), 2);
        QVERIFY(list[1].toMap().value(k("gone")).isTrue());
        QVERIFY(!list[1].toMap().contains(k("data")));
    }
};

QTEST_GUILESS_MAIN(TestSyncRecords)
#include "tst_syncrecords.moc"
