// A server-mode vault file (DESIGN.md 10): the header's server address and account survive a
// round trip in canonical form, are authenticated with the body (pointing the file at another
// server does not open it), and a damaged server field is refused; the keyset a server keeps
// for other computers decodes only when canonical and opens only with share and account key.
#include "VaultFixture.h"

#include "vault/VaultFile.h"

#include <QCborMap>
#include <QCborValue>
#include <QtEndian>

#include <sodium.h>

using namespace twofold;
using namespace twofold::test;

namespace {

qsizetype headerLength(const QByteArray& file)
{
    return qsizetype(qFromLittleEndian<quint32>(file.constData() + 12));
}
QByteArray headerOf(const QByteArray& file)
{
    return file.mid(16, headerLength(file));
}
QCborMap headerMap(const QByteArray& file)
{
    return QCborValue::fromCbor(headerOf(file)).toMap();
}

// file with its header replaced, length and checksum made right again (what anyone who can
// write the file can do).
QByteArray withHeader(const QByteArray& file, const QByteArray& header)
{
    const qsizetype h = headerLength(file);
    QByteArray out = file.left(16);
    qToLittleEndian<quint32>(quint32(header.size()), out.data() + 12);
    out += header;
    QByteArray sum(32, 0);
    crypto_generichash(reinterpret_cast<unsigned char*>(sum.data()), 32,
                       reinterpret_cast<const unsigned char*>(out.constData()), std::size_t(out.size()),
                       nullptr, 0);
    return out + sum + file.mid(16 + h + 32);
}

QByteArray withServer(const QByteArray& file, const QCborValue& server)
{
    QCborMap root = headerMap(file);
    root.insert(QLatin1StringView("server"), server);
    return withHeader(file, root.toCborValue().toCbor());
}

QCborMap serverMap(const QCborValue& url, const QCborValue& account)
{
    QCborMap m;
    m.insert(QLatin1StringView("url"), url);
    m.insert(QLatin1StringView("account"), account);
    return m;
}

} // namespace

class TestVaultServerHeader : public QObject
{
    Q_OBJECT

    QByteArray m_file;
    SecureBuffer m_vaultKey;
    PasswordKey m_key;
    SecureBuffer m_secret; // share ‖ account key
    KeySlot m_slot;
    QByteArray m_vaultId;

private slots:
    void initTestCase()
    {
        m_vaultId = QByteArray(16, 'v');
        m_vaultKey = SecureBuffer::fromBytes(QByteArray(32, 'k'));
        m_secret = serverSecret(SecureBuffer::fromBytes(QByteArray(32, 's')),
                                SecureBuffer::fromBytes(QByteArray(20, 'a')));
        Result<KeySlot> slot = VaultFile::makePasswordSlot(pw("correct horse"), kFastKdf, m_vaultId,
                                                           m_vaultKey, &m_secret, &m_key);
        QVERIFY(slot.ok());
        m_slot = *slot;
        VaultHeader header;
        header.vaultId = m_vaultId;
        header.createdMs = 1'700'000'000'000;
        header.keySlots.push_back(m_slot);
        header.serverUrl = QStringLiteral("https://sign-in.example.org");
        header.serverAccount = QStringLiteral("ann@example.org");
        Vault vault;
        m_file = VaultFile::encode(header, vault, m_vaultKey);
    }

    void serverFieldsRoundTripCanonically()
    {
        Result<VaultFile> file = VaultFile::parse(m_file);
        QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
        QVERIFY(file->header().serverMode());
        QCOMPARE(file->header().serverUrl, QStringLiteral("https://sign-in.example.org"));
        QCOMPARE(file->header().serverAccount, QStringLiteral("ann@example.org"));
        VaultHeader again = file->header();
        Result<Vault> body = file->decryptBody(m_vaultKey);
        QVERIFY(body.ok());
        const QByteArray reencoded = VaultFile::encode(again, *body, m_vaultKey);
        QCOMPARE(headerOf(reencoded).size(), headerOf(m_file).size());
        QVERIFY(headerOf(reencoded).contains("ann@example.org"));
        // A server-mode slot opens with share ‖ account key only.
        QVERIFY(file->unlockPasswordSlot(m_key, &m_secret).ok());
        QCOMPARE(file->unlockPasswordSlot(m_key).error().code, ErrorCode::CodeRequired);
        const SecureBuffer otherKey = serverSecret(SecureBuffer::fromBytes(QByteArray(32, 's')),
                                                   SecureBuffer::fromBytes(QByteArray(20, 'b')));
        QCOMPARE(file->unlockPasswordSlot(m_key, &otherKey).error().code, ErrorCode::WrongPassword);
        const SecureBuffer shareOnly = SecureBuffer::fromBytes(QByteArray(32, 's'));
        QCOMPARE(file->unlockPasswordSlot(m_key, &shareOnly).error().code, ErrorCode::WrongPassword);
    }

    // Someone who can write the file points it at their own server: the header still reads,
    // but the body (whose associated data covers the server fields) does not open.
    void anotherServerDoesNotOpenTheBody()
    {
        const QByteArray moved = withServer(
            m_file, serverMap(QStringLiteral("https://evil.example.net"), QStringLiteral("ann@example.org")));
        Result<VaultFile> file = VaultFile::parse(moved);
        QVERIFY(file.ok());
        QCOMPARE(file->header().serverUrl, QStringLiteral("https://evil.example.net"));
        QCOMPARE(file->decryptBody(m_vaultKey).error().code, ErrorCode::FileDamaged);
        // And dropping the server fields (back to "local mode") does not open it either.
        QCborMap root = headerMap(m_file);
        root.remove(QLatin1StringView("server"));
        Result<VaultFile> local = VaultFile::parse(withHeader(m_file, root.toCborValue().toCbor()));
        QVERIFY(local.ok());
        QVERIFY(!local->header().serverMode());
        QCOMPARE(local->decryptBody(m_vaultKey).error().code, ErrorCode::FileDamaged);
    }

    void damagedServerFieldsAreRefused_data()
    {
        QTest::addColumn<QCborValue>("server");
        QTest::newRow("not a map") << QCborValue(QStringLiteral("https://sign-in.example.org"));
        QTest::newRow("empty address") << QCborValue(serverMap(QString(), QStringLiteral("ann@example.org")));
        QTest::newRow("empty account") << QCborValue(serverMap(QStringLiteral("https://x.org"), QString()));
        QTest::newRow("address as bytes")
            << QCborValue(serverMap(QByteArray("https://x.org"), QStringLiteral("a@b")));
        QTest::newRow("account missing") << QCborValue([] {
            QCborMap m;
            m.insert(QLatin1StringView("url"), QStringLiteral("https://x.org"));
            return m;
        }());
        QTest::newRow("address too long") << QCborValue(serverMap(
            QStringLiteral("https://") + QString(kMaxServerFieldChars, u'x'), QStringLiteral("a@b")));
        QCborMap extra = serverMap(QStringLiteral("https://x.org"), QStringLiteral("a@b"));
        extra.insert(QLatin1StringView("pin"), 1);
        QTest::newRow("unknown key") << QCborValue(extra);
    }
    void damagedServerFieldsAreRefused()
    {
        QFETCH(QCborValue, server);
        Result<VaultFile> file = VaultFile::parse(withServer(m_file, server));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::FileDamaged);
    }

    void keysetRoundTripsAndOpensWithShareAndAccountKey()
    {
        const QByteArray bytes = Keyset{m_vaultId, m_slot}.encode();
        Result<Keyset> keyset = Keyset::decode(bytes);
        QVERIFY(keyset.ok());
        QCOMPARE(keyset->vaultId, m_vaultId);
        QCOMPARE(keyset->slot.wrappedKey, m_slot.wrappedKey);
        Result<SecureBuffer> vaultKey =
            VaultFile::unlockSlot(keyset->slot, keyset->vaultId, m_key, &m_secret);
        QVERIFY(vaultKey.ok());
        QVERIFY(vaultKey->equals(m_vaultKey));
        const SecureBuffer shareOnly = SecureBuffer::fromBytes(QByteArray(32, 's'));
        QCOMPARE(VaultFile::unlockSlot(keyset->slot, keyset->vaultId, m_key, &shareOnly).error().code,
                 ErrorCode::WrongPassword);
        // The slot is bound to its vault id.
        QVERIFY(!VaultFile::unlockSlot(keyset->slot, QByteArray(16, 'w'), m_key, &m_secret).ok());
    }

    void damagedKeysetsAreRefused()
    {
        const QByteArray bytes = Keyset{m_vaultId, m_slot}.encode();
        QVERIFY(!Keyset::decode(QByteArray()).ok());
        QVERIFY(!Keyset::decode(bytes.left(bytes.size() - 1)).ok());
        QVERIFY(!Keyset::decode(bytes + '\0').ok());
        QCborMap m = QCborValue::fromCbor(bytes).toMap();
        QCborMap swapped;
        swapped.insert(QLatin1StringView("slot"), m.value(QLatin1StringView("slot")));
        swapped.insert(QLatin1StringView("id"), m.value(QLatin1StringView("id")));
        QVERIFY(!Keyset::decode(swapped.toCborValue().toCbor()).ok()); // not canonical
        QCborMap onlyId;
        onlyId.insert(QLatin1StringView("id"), m_vaultId);
        QVERIFY(!Keyset::decode(onlyId.toCborValue().toCbor()).ok()); // what account creation sends first
        KeySlot app = m_slot;
        app.kind = KeySlot::Kind::AppPassword;
        QVERIFY(!Keyset::decode(Keyset{m_vaultId, app}.encode()).ok());
        QCOMPARE(Keyset::decode(QByteArray("not cbor")).error().code, ErrorCode::FileDamaged);
    }
};

QTEST_GUILESS_MAIN(TestVaultServerHeader)
#include "tst_vaultserverheader.moc"
