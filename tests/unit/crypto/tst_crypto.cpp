#include "crypto/Aead.h"
#include "crypto/Kdf.h"
#include "crypto/PasswordStrength.h"
#include "crypto/SecureBuffer.h"
#include "crypto/SecurePool.h"

#include <QTest>

#include <thread>
#include <vector>

#include <sodium.h>

using namespace twofold;

namespace {
SecureBuffer hexKey(const char* hex)
{
    const QByteArray raw = QByteArray::fromHex(hex);
    return SecureBuffer::fromBytes(raw);
}
} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT
private slots:
    void secureBufferBasics()
    {
        SecureBuffer a = SecureBuffer::fromUtf8(u"pässword");
        QCOMPARE(a.size(), std::size_t(9)); // UTF-8: ä is two bytes
        SecureBuffer b = a.clone();
        QVERIFY(a.equals(b));
        b.data()[0] ^= 1;
        QVERIFY(!a.equals(b));
        SecureBuffer moved = std::move(a);
        QVERIFY(a.isEmpty());
        QCOMPARE(moved.toStringUnsafe(), QStringLiteral("pässword"));
        QVERIFY(!moved.equals(QByteArrayView("pässwor")));
        moved.clear();
        QVERIFY(moved.isEmpty());
    }

    // A small buffer's block is wiped when released: the next buffer of its size gets the
    // same block (the pool reuses the last one freed) and finds only zeros, even when asked
    // for uninitialised bytes.
    void releasedSmallBuffersAreWiped_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("1 byte") << 1;
        QTest::newRow("32 bytes (a key)") << 32;
        QTest::newRow("33 bytes (next size up)") << 33;
        QTest::newRow("2048 bytes (largest pooled)") << 2048;
    }
    void releasedSmallBuffersAreWiped()
    {
        QFETCH(int, size);
        SecureBuffer first(std::size_t(size), Qt::Uninitialized);
        std::memset(first.data(), 0xAA, first.size());
        const unsigned char* block = first.data();
        first.clear();
        SecureBuffer second(std::size_t(size), Qt::Uninitialized);
        QCOMPARE(static_cast<const void*>(second.data()), static_cast<const void*>(block));
        for (std::size_t i = 0; i < second.size(); ++i)
            QCOMPARE(int(second.data()[i]), 0);
    }

    // Buffers beyond the pooled sizes get a sodium_malloc region each, zeroed when asked.
    void largeBuffersAreZeroed()
    {
        SecureBuffer big(std::size_t(securepool::kMaxPooledBytes + 1));
        for (std::size_t i = 0; i < big.size(); ++i)
            QCOMPARE(int(big.data()[i]), 0);
        std::memset(big.data(), 0x55, big.size());
        QVERIFY(SecureBuffer::fromBytes(big.data(), big.size()).equals(big.view()));
    }

    // 100,000 small secrets alive at once: with a sodium_malloc each the process runs out of
    // memory mappings after ~16k (vm.max_map_count) and aborts; pooled, they fit in ~50
    // regions.
    void manySmallSecretsAtOnce()
    {
        const securepool::Stats before = securepool::stats();
        std::vector<SecureBuffer> secrets;
        secrets.reserve(100'000);
        for (int i = 0; i < 100'000; ++i) {
            secrets.push_back(SecureBuffer(32));
            secrets.back().data()[0] = static_cast<unsigned char>(i);
        }
        const securepool::Stats during = securepool::stats();
        QCOMPARE(during.blocksInUse - before.blocksInUse, std::size_t(100'000));
        QVERIFY2(during.regions - before.regions <= 50,
                 qPrintable(QString::number(during.regions - before.regions)));
        for (int i = 0; i < 100'000; i += 9973)
            QCOMPARE(int(secrets[std::size_t(i)].data()[0]), i & 0xff);
        secrets.clear();
        QCOMPARE(securepool::stats().blocksInUse, before.blocksInUse);
    }

    // Threads allocating and releasing at once (the server's workers) neither share a block
    // nor lose one: each thread's buffers keep their own bytes, and every block comes back.
    void poolIsThreadSafe()
    {
        const std::size_t before = securepool::stats().blocksInUse;
        std::vector<std::thread> threads;
        std::vector<int> mismatches(4, 0);
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([t, &mismatches] {
                for (int round = 0; round < 200; ++round) {
                    std::vector<SecureBuffer> mine;
                    for (int i = 0; i < 50; ++i) {
                        mine.push_back(SecureBuffer(std::size_t(16 + (i % 5) * 40)));
                        std::memset(mine.back().data(), t + 1, mine.back().size());
                    }
                    for (const SecureBuffer& b : mine)
                        for (std::size_t i = 0; i < b.size(); ++i)
                            if (b.data()[i] != t + 1)
                                ++mismatches[std::size_t(t)];
                }
            });
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(mismatches, std::vector<int>(4, 0));
        QCOMPARE(securepool::stats().blocksInUse, before);
    }

    void wipeClearsOnlyItsOwnCopy()
    {
        QByteArray secret("hunter2hunter2");
        QByteArray shared = secret; // implicitly shared
        wipe(secret);
        QVERIFY(secret.isEmpty());
        QCOMPARE(shared, QByteArray("hunter2hunter2"));
    }

    // draft-irtf-cfrg-xchacha-03, appendix A.3.1 (AEAD_XChaCha20_Poly1305).
    void xchachaKnownAnswer()
    {
        const SecureBuffer key = hexKey("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
        const QByteArray ad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
        const QByteArray plain(
            "Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the "
            "future, sunscreen would be it.");
        const QByteArray expected =
            QByteArray::fromHex("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4a"
                                "a6440bf3a82f4eda7e39ae64c6708c"
                                "54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b238"
                                "3565d3fff921f9664c97637da97688"
                                "12f615c68b13b52e"
                                "c0875924c1c7987947deafd8780acf49");
        QCOMPARE(aead::encrypt(key, nonce, plain, ad), expected);
        const Error failure(ErrorCode::FileDamaged, QStringLiteral("damaged"));
        Result<SecureBuffer> back = aead::decrypt(key, nonce, expected, ad, failure);
        QVERIFY(back.ok());
        QVERIFY(back->equals(plain));
    }

    void aeadRefusesAnyChange()
    {
        SecureBuffer key(aead::kKeyBytes);
        randombytes_buf(key.data(), key.size());
        const QByteArray sealed = aead::seal(key, "secret", "ad");
        const Error failure(ErrorCode::FileDamaged, QStringLiteral("damaged"));
        QVERIFY(aead::open(key, sealed, "ad", failure).ok());
        QCOMPARE(aead::open(key, sealed, "AD", failure).error().code, ErrorCode::FileDamaged);
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray flipped = sealed;
            flipped[i] = char(flipped[i] ^ 0x01);
            QVERIFY2(!aead::open(key, flipped, "ad", failure).ok(),
                     qPrintable(QStringLiteral("byte %1").arg(i)));
        }
        QVERIFY(!aead::open(key, sealed.left(10), "ad", failure).ok());
        QVERIFY(aead::seal(key, "secret", "ad") != sealed); // fresh nonce every time
    }

    // Cross-checked with the reference libargon2 (argon2-cffi hash_secret_raw, type ID, p=1).
    void argon2idKnownAnswer()
    {
        const SecureBuffer password = SecureBuffer::fromBytes("password", 8);
        Result<SecureBuffer> key = kdf::derive(password, "somesaltsomesalt", kdf::Params{2, 65536});
        QVERIFY(key.ok());
        QCOMPARE(QByteArray(key->view().data(), key->view().size()).toHex(),
                 QByteArray("fc33b78139231d34b71626bd6245c1d72efa190ad605c3d8166a72adcedfa2c2"));
    }

    void kdfRefusesOutOfBoundsParameters_data()
    {
        QTest::addColumn<uint>("iterations");
        QTest::addColumn<uint>("memoryKiB");
        QTest::newRow("no iterations") << 0u << 1024u;
        QTest::newRow("absurd iterations") << 100000u << 1024u;
        QTest::newRow("too little memory") << 1u << 4u;
        QTest::newRow("absurd memory") << 1u << 0xFFFFFFFFu;
    }
    void kdfRefusesOutOfBoundsParameters()
    {
        QFETCH(uint, iterations);
        QFETCH(uint, memoryKiB);
        const SecureBuffer password = SecureBuffer::fromBytes("pw", 2);
        Result<SecureBuffer> key =
            kdf::derive(password, kdf::randomSalt(), kdf::Params{iterations, memoryKiB});
        QVERIFY(!key.ok());
        QCOMPARE(key.error().code, ErrorCode::FileDamaged);
        QVERIFY(!key.error().message.isEmpty());
    }

    void calibrationRaisesIterationsToTarget()
    {
        QList<kdf::Params> seen;
        // Pretend 256 MiB fails (no memory), 128 MiB takes 200 ms per iteration.
        const auto measure = [&](const kdf::Params& p) -> qint64 {
            seen.append(p);
            return p.memoryKiB > 128 * 1024 ? -1 : 200 * qint64(p.iterations);
        };
        const kdf::Params p = kdf::calibrate(750, measure);
        QCOMPARE(p.memoryKiB, 128u * 1024u);
        QCOMPARE(p.iterations, 3u); // 3 x 200 ms = 600 ms, within 0.5-1 s
        QCOMPARE(seen.first().memoryKiB, kdf::kPreferredMemoryMiB * 1024);
        const kdf::Params fast = kdf::calibrate(750, [](const kdf::Params&) { return qint64(50); });
        QCOMPARE(fast.memoryKiB, 256u * 1024u);
        QCOMPARE(fast.iterations, 15u);
    }

    void masterPasswordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("verdictContains");
        QTest::newRow("too short") << QStringLiteral("x7#Kp2") << false << QStringLiteral("at least 8");
        QTest::newRow("common") << QStringLiteral("password") << false << QStringLiteral("most common");
        QTest::newRow("common with digit") << QStringLiteral("password1") << false << QString();
        QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop") << false << QString();
        QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple") << true << QString();
        QTest::newRow("unicode passphrase")
            << QStringLiteral("Grüße aus Köln, 雪が降る夜") << true << QString();
        // Eight code points but more UTF-16 units: still long enough.
        QTest::newRow("emoji length")
            << QStringLiteral("🐝🦊🐙🦉🐢🦀🐳🦄") << true << QString();
    }
    void masterPasswordRules()
    {
        QFETCH(QString, password);
        QFETCH(bool, acceptable);
        QFETCH(QString, verdictContains);
        const PasswordStrength s = ratePassword(password);
        QCOMPARE(s.acceptable, acceptable);
        QVERIFY(!s.verdict.isEmpty());
        if (!verdictContains.isEmpty())
            QVERIFY2(s.verdict.contains(verdictContains), qPrintable(s.verdict));
        QVERIFY(s.score >= 0 && s.score <= 4);
        if (!acceptable)
            QVERIFY(s.score <= 1);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
