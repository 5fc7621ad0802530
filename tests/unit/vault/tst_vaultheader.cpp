// The vault header against hostile files: KDF limits beyond anything Twofold writes, headers
// that decode but are not the canonical encoding of known keys, and big files that are no
// vault (read only as far as the magic), or whose header is refused (read only as far as it).
#include "VaultFixture.h"

#include "vault/VaultFile.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

using namespace twofold;
using namespace twofold::test;

namespace {

const QString kTooCostly =
    QStringLiteral("This file asks for more memory or time than Twofold ever uses: it was changed. "
                   "Try the backup copy (the same name ending in .bak).");

qsizetype headerLength(const QByteArray& file)
{
    return qsizetype(qFromLittleEndian<quint32>(file.constData() + 12));
}
QByteArray headerOf(const QByteArray& file)
{
    return file.mid(16, headerLength(file));
}

// file with its header replaced by header, length and checksum made right again (what anyone
// who can write the file can do).
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

QCborMap headerMap(const QByteArray& file)
{
    return QCborValue::fromCbor(headerOf(file)).toMap();
}

// The header of file with slot i's KDF limits set to (t, m).
QByteArray withSlotKdf(const QByteArray& file, int i, qint64 t, qint64 m)
{
    QCborMap root = headerMap(file);
    QCborArray slotList = root.value(QLatin1StringView("slots")).toArray();
    QCborMap slot = slotList.at(i).toMap();
    QCborMap kdf = slot.value(QLatin1StringView("kdf")).toMap();
    kdf.insert(QLatin1StringView("t"), t);
    kdf.insert(QLatin1StringView("m"), m);
    slot.insert(QLatin1StringView("kdf"), kdf);
    slotList[i] = slot;
    root.insert(QLatin1StringView("slots"), slotList);
    return withHeader(file, root.toCborValue().toCbor());
}

// Writes start to path and makes the file size bytes long; the rest is sparse (costs no disk).
bool writeSparse(const QString& path, const QByteArray& start, qint64 size)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(start) == start.size() &&
           f.resize(size);
}

// Resets the kernel's peak-memory mark, so a growth measured after it is what follows alone.
// False where the kernel cannot.
bool resetPeakMark()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

} // namespace

class TestVaultHeader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_file; // a small vault with a password slot and one app-password slot

private slots:
    void initTestCase()
    {
        const QString p = m_dir.filePath(QStringLiteral("v.twofold"));
        auto v = OpenVault::create(p, pw("correct horse"), kFastKdf);
        QVERIFY(v.ok());
        (*v)->vault().addEntry(fields(QStringLiteral("Mail"), QStringLiteral("ann"), "s3cret")).value();
        QVERIFY((*v)->save().ok());
        v->reset();
        Result<VaultFile> file = VaultFile::read(p);
        QVERIFY(file.ok());
        VaultHeader header = file->header();
        Result<SecureBuffer> vaultKey =
            file->unlockPasswordSlot(*file->derivePasswordKey(pw("correct horse")));
        QVERIFY(vaultKey.ok());
        header.keySlots.push_back(*VaultFile::makeAppPasswordSlot(QStringLiteral("script"), pw("app-secret"),
                                                                  header.vaultId, *vaultKey));
        Result<Vault> vault = file->decryptBody(*vaultKey);
        QVERIFY(vault.ok());
        m_file = VaultFile::encode(header, *vault, *vaultKey);
        QVERIFY(VaultFile::parse(m_file).ok());
    }

    // Positive control for every refusal below: the same rewriting, with nothing changed, opens.
    void unchangedRewriteOpens()
    {
        QVERIFY(VaultFile::parse(withHeader(m_file, headerOf(m_file))).ok());
        QVERIFY(VaultFile::parse(withHeader(m_file, headerMap(m_file).toCborValue().toCbor())).ok());
        // The largest limits a password slot may have are accepted (not derived here).
        QVERIFY(VaultFile::parse(withSlotKdf(m_file, 0, 16, 1024 * 1024)).ok());
        QVERIFY(VaultFile::parse(withSlotKdf(m_file, 0, 64, 256 * 1024)).ok());
    }

    void kdfLimitsBeyondWhatTwofoldWritesAreRefusedAtOnce_data()
    {
        QTest::addColumn<int>("slot");
        QTest::addColumn<qint64>("iterations");
        QTest::addColumn<qint64>("memoryKiB");
        QTest::newRow("4 GiB x 1000") << 0 << qint64(1000) << qint64(4) * 1024 * 1024;
        QTest::newRow("2 GiB x 1") << 0 << qint64(1) << qint64(2) * 1024 * 1024;
        QTest::newRow("8 MiB x 65") << 0 << qint64(65) << qint64(8 * 1024);
        QTest::newRow("1 GiB x 17") << 0 << qint64(17) << qint64(1024 * 1024);
        QTest::newRow("app slot 1 GiB x 1") << 1 << qint64(1) << qint64(1024 * 1024);
        QTest::newRow("app slot 64 MiB x 3") << 1 << qint64(3) << qint64(64 * 1024);
    }
    void kdfLimitsBeyondWhatTwofoldWritesAreRefusedAtOnce()
    {
        QFETCH(int, slot);
        QFETCH(qint64, iterations);
        QFETCH(qint64, memoryKiB);
        const QByteArray hostile = withSlotKdf(m_file, slot, iterations, memoryKiB);
        const QString p = m_dir.filePath(QStringLiteral("hostile.twofold"));
        writeAll(p, hostile);
        QElapsedTimer timer;
        timer.start();
        Result<VaultFile> file = VaultFile::read(p);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::FileDamaged);
        QCOMPARE(file.error().message, kTooCostly);
        QVERIFY(timer.elapsed() < 500);
        Result<VaultHeader> header = VaultFile::readHeader(p);
        QVERIFY(!header.ok());
        QCOMPARE(header.error().message, kTooCostly);
    }

    void kdfBoundsHoldForWhatCalibrationPicks()
    {
        QVERIFY(kdf::withinBounds({16, 1024 * 1024}));
        QVERIFY(!kdf::withinBounds({17, 1024 * 1024}));
        QVERIFY(!kdf::withinBounds({1, 1024 * 1024 + 1}));
        // A machine so fast that 256 MiB takes 1 ms still gets limits that open.
        const kdf::Params fast = kdf::calibrate(750, [](const kdf::Params&) { return qint64(1); });
        QVERIFY(kdf::withinBounds(fast));
        QCOMPARE(fast.iterations, kdf::kMaxIterations);
        const kdf::Params app{kdf::kInteractiveIterations, kdf::kInteractiveMemoryKiB};
        QVERIFY(kdf::kMaxWorkKiB + quint64(kMaxKeySlots - 1) * kdf::workKiB(app) <= kMaxOpenWorkKiB);
    }

    void onlyTheCanonicalHeaderOpens_data()
    {
        QTest::addColumn<QByteArray>("header");
        const QByteArray canonical = headerOf(m_file);
        QCborMap extra = headerMap(m_file);
        extra.insert(QLatin1StringView("extra"), 1);
        QTest::newRow("unknown key") << extra.toCborValue().toCbor();
        QCborMap slotExtra = headerMap(m_file);
        QCborArray slotList = slotExtra.value(QLatin1StringView("slots")).toArray();
        QCborMap slot = slotList.at(0).toMap();
        slot.insert(QLatin1StringView("colour"), QStringLiteral("blue"));
        slotList[0] = slot;
        slotExtra.insert(QLatin1StringView("slots"), slotList);
        QTest::newRow("unknown key in a slot") << slotExtra.toCborValue().toCbor();

        QVERIFY(quint8(canonical.at(0)) == 0xa5); // a map of 5 pairs
        const qsizetype nonceAt = canonical.indexOf(QByteArray("enonce"));
        QVERIFY(nonceAt > 0);
        QByteArray duplicate = canonical + canonical.mid(nonceAt);
        duplicate[0] = char(0xa6);
        QTest::newRow("duplicate key") << duplicate;
        QByteArray indefinite = canonical;
        indefinite[0] = char(0xbf);
        indefinite += char(0xff);
        QTest::newRow("indefinite-length map") << indefinite;
        QByteArray longInt = canonical;
        const QByteArray lastUsed = QByteArray("hlastUsed") + char(0);
        const qsizetype at = longInt.indexOf(lastUsed);
        QVERIFY(at > 0);
        longInt.replace(at, lastUsed.size(), QByteArray("hlastUsed") + char(0x18) + char(0));
        QTest::newRow("non-minimal integer") << longInt;
        QByteArray reordered;
        QCborMap swapped;
        const QCborMap original = headerMap(m_file);
        for (auto it = original.end(); it != original.begin();) {
            --it;
            swapped.insert(it.key(), it.value());
        }
        QTest::newRow("keys in another order") << swapped.toCborValue().toCbor();
        QCborMap shortAuth = headerMap(m_file);
        shortAuth.insert(QLatin1StringView("auth"), QByteArray(10, 'x'));
        QTest::newRow("auth section shorter than a nonce and tag") << shortAuth.toCborValue().toCbor();
    }
    void onlyTheCanonicalHeaderOpens()
    {
        QFETCH(QByteArray, header);
        QVERIFY(header != headerOf(m_file));
        Result<VaultFile> file = VaultFile::parse(withHeader(m_file, header));
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::FileDamaged);
        QVERIFY2(file.error().message.contains(QStringLiteral("the header cannot be read")),
                 qPrintable(file.error().message));
    }

    // A 1 GiB file that is no vault is refused after reading its first bytes: its size in
    // memory is never allocated (today's reader took 1 GB for it).
    void aBigFileThatIsNoVaultIsRefusedFromItsFirstBytes_data()
    {
        QTest::addColumn<QByteArray>("start");
        QTest::newRow("no magic") << QByteArray("random bytes, no vault here at all");
        QByteArray badHeader("TWOFOLD\0\x01\x00\x00\x00\x10\x00\x00\x00", 16);
        QTest::newRow("magic, then garbage") << badHeader + QByteArray(64, 'x');
    }
    void aBigFileThatIsNoVaultIsRefusedFromItsFirstBytes()
    {
        QFETCH(QByteArray, start);
        const QString p = m_dir.filePath(QStringLiteral("big.bin"));
        QVERIFY(writeSparse(p, start, qint64(1) << 30));
        if (!resetPeakMark())
            QSKIP("this kernel cannot reset the peak-memory mark");
        const qint64 before = peakRssKiB();
        Result<VaultFile> file = VaultFile::read(p);
        const qint64 grown = peakRssKiB() - before;
        QFile::remove(p);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::FileDamaged);
        QVERIFY2(grown < 64 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(grown)));
    }

    // A file whose checksum is right but whose header is refused (too costly, or not the
    // canonical encoding) and which claims a 256 MiB body is refused before the body is read.
    void aRefusedHeaderIsRefusedBeforeTheBodyIsRead_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("tooCostly");
        QTest::addColumn<bool>("control"); // the header is accepted: the body is read
        QTest::newRow("too costly") << withSlotKdf(m_file, 0, 1000, qint64(4) * 1024 * 1024) << true << false;
        QCborMap extra = headerMap(m_file);
        extra.insert(QLatin1StringView("extra"), 1);
        QTest::newRow("unknown key") << withHeader(m_file, extra.toCborValue().toCbor()) << false << false;
        QTest::newRow("positive control: the header as written")
            << withHeader(m_file, headerOf(m_file)) << false << true;
    }
    void aRefusedHeaderIsRefusedBeforeTheBodyIsRead()
    {
        QFETCH(QByteArray, file);
        QFETCH(bool, tooCostly);
        QFETCH(bool, control);
        // The front as written, then a body length of 256 MiB and a sparse file that long.
        const qsizetype lengthAt = 16 + headerLength(file) + 32;
        QByteArray front = file.left(lengthAt + 8);
        const qint64 bodyBytes = qint64(256) << 20;
        qToLittleEndian<quint64>(quint64(bodyBytes), front.data() + lengthAt);
        const QString p = m_dir.filePath(QStringLiteral("big-body.twofold"));
        QVERIFY(writeSparse(p, front, front.size() + bodyBytes));
        if (!resetPeakMark())
            QSKIP("this kernel cannot reset the peak-memory mark");
        const qint64 before = peakRssKiB();
        Result<VaultFile> read = VaultFile::read(p);
        const qint64 grown = peakRssKiB() - before;
        QFile::remove(p);
        if (control) {
            // The body is read (and only fails later, when decrypted): the measure can see it.
            QVERIFY(read.ok());
            QVERIFY2(grown > 128 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(grown)));
            return;
        }
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, ErrorCode::FileDamaged);
        if (tooCostly)
            QCOMPARE(read.error().message, kTooCostly);
        else
            QVERIFY2(read.error().message.contains(QStringLiteral("the header cannot be read")),
                     qPrintable(read.error().message));
        QVERIFY2(grown < 64 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(grown)));
    }
};

QTEST_GUILESS_MAIN(TestVaultHeader)
#include "tst_vaultheader.moc"
