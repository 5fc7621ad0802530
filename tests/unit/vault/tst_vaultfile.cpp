// The vault file format: round trips, keys and every kind of damaged input.
#include "VaultFixture.h"

#include "vault/DrainableBuffer.h"
#include "vault/VaultFile.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

using namespace twofold;
using namespace twofold::test;

class TestVaultFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A small vault with one entry of each kind, closed again.
    QString makeSmallVault(const char* name)
    {
        const QString p = path(name);
        auto v = OpenVault::create(p, pw("correct horse"), kFastKdf);
        if (!v.ok())
            qFatal("create failed: %s", qPrintable(v.error().message));
        EntryFields f = fields(QStringLiteral("Mail"), QStringLiteral("ann"), "s3cret");
        f.otpUri = pw("otpauth://totp/X:ann?secret=JBSWY3DPEHPK3PXP");
        (*v)->vault().addEntry(std::move(f)).value();
        if (!(*v)->save().ok())
            qFatal("save failed");
        return p;
    }

private slots:
    void roundTripKeepsEverything()
    {
        const QString p = path("round.twofold");
        ManualClock clock(1700000000000);
        {
            auto v = OpenVault::create(p, pw("correct horse"), kFastKdf, clock);
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
            Vault& vault = (*v)->vault();
            vault.setName(QStringLiteral("Home"));
            const QUuid g = *vault.addGroup(QStringLiteral("Work"));
            EntryFields f = fields(QStringLiteral("Ünïcode ✓"), QStringLiteral("ann"), "pässwörd");
            f.url = QStringLiteral("https://example.org");
            f.notes = QStringLiteral("line1\nline2");
            f.tags = QStringList{QStringLiteral("a"), QStringLiteral("b")};
            f.groupId = g;
            f.otpUri = pw("otpauth://totp/X:ann?secret=JBSWY3DPEHPK3PXP");
            const QUuid id = *vault.addEntry(std::move(f));
            EntryFields change;
            change.password = pw("newer");
            QVERIFY(vault.updateEntry(id, std::move(change)).ok());
            const QUuid gone = *vault.addEntry(fields(QStringLiteral("Trashed"), {}, ""));
            QVERIFY(vault.moveToTrash(gone).ok());
            QVERIFY((*v)->save().ok());
            QVERIFY(!vault.isModified());
        }
        auto again = OpenVault::open(p, pw("correct horse"), OpenMode::ReadOnly, clock);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        const Vault& vault = (*again)->vault();
        QCOMPARE(vault.name(), QStringLiteral("Home"));
        QCOMPARE(vault.entryCount(), 2);
        const Entry& e = vault.entryAt(0);
        QCOMPARE(e.title, QStringLiteral("Ünïcode ✓"));
        QCOMPARE(e.username, QStringLiteral("ann"));
        QCOMPARE(e.url, QStringLiteral("https://example.org"));
        QCOMPARE(e.notes, QStringLiteral("line1\nline2"));
        QCOMPARE(e.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(vault.groupPath(e.groupId), QStringLiteral("Work"));
        QCOMPARE(e.createdMs, 1700000000000);
        QVERIFY(vault.password(e).equals(QByteArrayView("newer")));
        QCOMPARE(e.history.size(), std::size_t(1));
        QVERIFY(vault.secrets().equals(e.history[0].password, "pässwörd"));
        QVERIFY(vault.otpUri(e).equals(QByteArrayView("otpauth://totp/X:ann?secret=JBSWY3DPEHPK3PXP")));
        QVERIFY(vault.entryAt(1).inTrash);
        QVERIFY(!vault.hasOtp(vault.entryAt(1)));
        // The search index built while decoding folds like the one built from entries.
        QCOMPARE(vault.search(QStringLiteral("UNICODE")), std::vector<int>{0});
        QCOMPARE(vault.search(QStringLiteral("line2 ann b")), std::vector<int>{0});
        QCOMPARE(vault.search(QStringLiteral("trashed")), std::vector<int>{});
        QCOMPARE(vault.search(QString()), std::vector<int>{0});
    }

    void fileHoldsNoPlaintext()
    {
        const QString p = makeSmallVault("plain.twofold");
        const QByteArray bytes = readAll(p);
        QVERIFY(bytes.startsWith(QByteArray("TWOFOLD\0", 8)));
        for (const char* needle : {"s3cret", "Mail", "ann", "JBSWY3DPEHPK3PXP", "correct horse"})
            QVERIFY2(!bytes.contains(needle), needle);
    }

    void wrongPasswordIsRefused()
    {
        const QString p = makeSmallVault("wrong.twofold");
        const QByteArray before = readAll(p);
        auto v = OpenVault::open(p, pw("Correct horse"), OpenMode::ReadWrite);
        QVERIFY(!v.ok());
        QCOMPARE(v.error().code, ErrorCode::WrongPassword);
        QCOMPARE(v.error().message, QStringLiteral("That password is not right for this vault."));
        QCOMPARE(readAll(p), before);
    }

    void everySingleBitFlipIsRejected()
    {
        const QString p = makeSmallVault("flip.twofold");
        const QByteArray original = readAll(p);
        QVERIFY(original.size() < 2048);
        VaultFile good = *VaultFile::parse(original);
        PasswordKey key = std::move(good.derivePasswordKey(pw("correct horse"))).value();
        QElapsedTimer slowest;
        for (qsizetype byte = 0; byte < original.size(); ++byte) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray bytes = original;
                bytes[byte] = char(bytes[byte] ^ (1 << bit));
                Result<VaultFile> file = VaultFile::parse(bytes);
                if (!file.ok()) {
                    QVERIFY(!file.error().message.isEmpty());
                    continue; // refused before any key was needed
                }
                // The header checks out (a flip in the body): the body must not decrypt.
                Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(key);
                QVERIFY(vaultKey.ok());
                Result<Vault> vault = file->decryptBody(*vaultKey);
                QVERIFY2(!vault.ok(),
                         qPrintable(QStringLiteral("flip at byte %1 bit %2 accepted").arg(byte).arg(bit)));
                QCOMPARE(vault.error().code, ErrorCode::FileDamaged);
            }
        }
        // And through the whole open path, a few flips on disk leave the file untouched.
        for (qsizetype byte : {qsizetype(3), qsizetype(20), original.size() / 2, original.size() - 1}) {
            QByteArray bytes = original;
            bytes[byte] = char(bytes[byte] ^ 0x10);
            writeAll(p, bytes);
            auto v = OpenVault::open(p, pw("correct horse"), OpenMode::ReadWrite);
            QVERIFY(!v.ok());
            QVERIFY(v.error().code == ErrorCode::FileDamaged);
            QCOMPARE(readAll(p), bytes);
        }
    }

    void truncationAtEveryLengthIsRejected()
    {
        const QString p = makeSmallVault("trunc.twofold");
        const QByteArray original = readAll(p);
        VaultFile good = *VaultFile::parse(original);
        PasswordKey key = std::move(good.derivePasswordKey(pw("correct horse"))).value();
        for (qsizetype len = 0; len < original.size(); ++len) {
            Result<VaultFile> file = VaultFile::parse(original.left(len));
            if (file.ok()) {
                QFAIL(qPrintable(QStringLiteral("truncated to %1 bytes accepted").arg(len)));
            }
            QVERIFY(file.error().code == ErrorCode::FileDamaged);
            QVERIFY(!file.error().message.isEmpty());
        }
        QVERIFY(VaultFile::parse(original + "x").error().message.contains(QStringLiteral("extra bytes")));
        Q_UNUSED(key);
    }

    void foreignAndFutureFilesAreRefusedWithASentence_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::FileDamaged)
                               << QStringLiteral("This file is not a Twofold vault.");
        QTest::newRow("a text file") << QByteArray("hello world, this is not a vault at all")
                                     << int(ErrorCode::FileDamaged)
                                     << QStringLiteral("This file is not a Twofold vault.");
        QByteArray future("TWOFOLD\0", 8);
        future.append("\x07\x00\x00\x00\x10\x00\x00\x00", 8);
        future.append(QByteArray(100, 'x'));
        QTest::newRow("future version")
            << future << int(ErrorCode::FileTooNew)
            << QStringLiteral("This vault uses format 7, which this version of Twofold does "
                              "not know: it was saved by a newer Twofold (update Twofold to "
                              "open it), or the file is damaged.");
        QByteArray huge("TWOFOLD\0", 8);
        huge.append("\x01\x00\x00\x00\xff\xff\xff\x7f", 8);
        QTest::newRow("absurd header length") << huge << int(ErrorCode::FileDamaged) << QString();
    }
    void foreignAndFutureFilesAreRefusedWithASentence()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        QFETCH(QString, sentence);
        Result<VaultFile> file = VaultFile::parse(bytes);
        QVERIFY(!file.ok());
        QCOMPARE(int(file.error().code), code);
        if (!sentence.isEmpty())
            QCOMPARE(file.error().message, sentence);
        else
            QVERIFY(file.error().message.contains(QStringLiteral("damaged")));
    }

    void damagedHeaderIsRefusedBeforeTheKdf()
    {
        // A header claiming 4 GiB of Argon2 memory with a valid checksum: refused by bounds.
        const QString p = makeSmallVault("bounds.twofold");
        QByteArray bytes = readAll(p);
        const quint32 h = qFromLittleEndian<quint32>(bytes.constData() + 12);
        // Find the CBOR for "m": <memoryKiB=8> and make it 0x1a ffffffff (uint32 max).
        const QByteArray needle = QByteArray("am") + char(0x08);
        const qsizetype at = bytes.indexOf(needle);
        QVERIFY(at > 0 && at < 16 + qsizetype(h));
        QByteArray patched =
            bytes.left(at + 2) + QByteArray("\x1a\xff\xff\xff\xff", 5) + bytes.mid(at + 3, 16 + h - at - 3);
        const quint32 newH = quint32(patched.size() - 16);
        qToLittleEndian<quint32>(newH, patched.data() + 12);
        QByteArray sum(32, 0);
        crypto_generichash(reinterpret_cast<unsigned char*>(sum.data()), 32,
                           reinterpret_cast<const unsigned char*>(patched.constData()),
                           std::size_t(patched.size()), nullptr, 0);
        patched += sum + bytes.mid(16 + h + 32);
        QElapsedTimer timer;
        timer.start();
        Result<VaultFile> file = VaultFile::parse(patched);
        QVERIFY(!file.ok());
        QCOMPARE(file.error().code, ErrorCode::FileDamaged);
        QVERIFY(timer.elapsed() < 1000);
    }

    void signInShareIsNeededWhenTheSlotSaysSo()
    {
        SecureBuffer vaultKey(kVaultKeyBytes);
        randombytes_buf(vaultKey.data(), vaultKey.size());
        SecureBuffer share(kSignInShareBytes);
        randombytes_buf(share.data(), share.size());
        VaultHeader header;
        header.vaultId = QByteArray(16, 'i');
        PasswordKey key;
        header.keySlots.push_back(
            *VaultFile::makePasswordSlot(pw("pw"), kFastKdf, header.vaultId, vaultKey, &share, &key));
        header.authSection = VaultFile::sealAuthSection(key, header.vaultId, "verifier state");
        Vault empty;
        VaultFile file = *VaultFile::parse(VaultFile::encode(header, empty, vaultKey));

        PasswordKey derived = std::move(file.derivePasswordKey(pw("pw"))).value();
        Result<SecureBuffer> auth = file.openAuthSection(derived);
        QVERIFY(auth.ok());
        QVERIFY(auth->equals(QByteArrayView("verifier state")));
        QCOMPARE(file.unlockPasswordSlot(derived).error().code, ErrorCode::CodeRequired);
        SecureBuffer wrongShare = share.clone();
        wrongShare.data()[0] ^= 1;
        QCOMPARE(file.unlockPasswordSlot(derived, &wrongShare).error().code, ErrorCode::WrongPassword);
        Result<SecureBuffer> opened = file.unlockPasswordSlot(derived, &share);
        QVERIFY(opened.ok());
        QVERIFY(opened->equals(vaultKey));
        // The wrong password cannot even open the auth section.
        QCOMPARE(file.openAuthSection(*file.derivePasswordKey(pw("PW"))).error().code,
                 ErrorCode::WrongPassword);
    }

    void appPasswordSlotsOpenTheSameVault()
    {
        const QString p = path("app.twofold");
        QByteArray vaultId;
        {
            auto v = OpenVault::create(p, pw("master password"), kFastKdf);
            QVERIFY(v.ok());
            (*v)->vault().addEntry(fields(QStringLiteral("Entry"))).value();
            VaultHeader& h = (*v)->header();
            h.keySlots.push_back(*VaultFile::makeAppPasswordSlot(
                QStringLiteral("backup script"), pw("app-secret-1"), h.vaultId, (*v)->vaultKey()));
            QVERIFY((*v)->save().ok());
        }
        auto app = OpenVault::openWithAppPassword(p, pw("app-secret-1"), OpenMode::ReadOnly);
        QVERIFY(app.ok());
        QCOMPARE((*app)->vault().entryCount(), 1);
        QCOMPARE(VaultFile::readHeader(p)->keySlots[1].lastUsedMs, 0); // read-only: nothing written
        app->reset();
        ManualClock clock(1800000000000);
        auto writer = OpenVault::openWithAppPassword(p, pw("app-secret-1"), OpenMode::ReadWrite, clock);
        QVERIFY(writer.ok());
        QCOMPARE(VaultFile::readHeader(p)->keySlots[1].lastUsedMs, 1800000000000);
        writer->reset();
        QCOMPARE(OpenVault::openWithAppPassword(p, pw("app-secret-2"), OpenMode::ReadOnly).error().code,
                 ErrorCode::WrongPassword);
        QVERIFY(OpenVault::open(p, pw("master password"), OpenMode::ReadOnly).ok());
    }

    void drainableBufferKeepsWhatIsNotDrained()
    {
        const std::size_t size = 3 * 4096 + 123;
        DrainableBuffer buffer(size);
        QVERIFY(buffer.isValid());
        QCOMPARE(buffer.size(), size);
        for (std::size_t i = 0; i < size; ++i)
            buffer.data()[i] = static_cast<unsigned char>(i * 7);
        buffer.drain(4096 + 10); // gives the first page back at most (and wipes no byte past 4106)
        buffer.drain(5);         // going back does nothing
        for (std::size_t i = 4096 + 10; i < size; ++i)
            QCOMPARE(buffer.data()[i], static_cast<unsigned char>(i * 7));
        buffer.drain(size); // everything; the destructor then has nothing left but the tail
    }

    // A body of several MiB is decoded while its front is being given back: every field of
    // every entry, first and last included, comes out as from a body held whole.
    void bigBodyOpensTheSameWhileDrained()
    {
        const QString p = path("big.twofold");
        const int count = 700;
        {
            auto v = OpenVault::create(p, pw("correct horse"), kFastKdf);
            QVERIFY(v.ok());
            for (int i = 0; i < count; ++i) {
                const QByteArray secret = "pw-" + QByteArray::number(i * 7919);
                EntryFields f = fields(QStringLiteral("Entry %1 é").arg(i), QStringLiteral("user%1").arg(i),
                                       secret.constData());
                f.notes = QString(4000, QChar(u'a' + i % 26)) + QString::number(i);
                if (i % 5 == 0)
                    f.otpUri = pw("otpauth://totp/X:a?secret=JBSWY3DPEHPK3PXP");
                (*v)->vault().addEntry(std::move(f)).value();
            }
            QVERIFY((*v)->save().ok());
        }
        QVERIFY(QFileInfo(p).size() > 2 * 1024 * 1024); // drained at least twice
        auto drained = OpenVault::open(p, pw("correct horse"), OpenMode::ReadOnly);
        QVERIFY(drained.ok());
        Result<VaultFile> file = VaultFile::read(p);
        QVERIFY(file.ok());
        Result<PasswordKey> key = file->derivePasswordKey(pw("correct horse"));
        QVERIFY(key.ok());
        Result<SecureBuffer> vaultKey = file->unlockPasswordSlot(*key);
        QVERIFY(vaultKey.ok());
        Result<Vault> whole = file->decryptBody(*vaultKey);
        QVERIFY(whole.ok());
        const Vault& a = (*drained)->vault();
        QCOMPARE(a.entryCount(), count);
        QCOMPARE(whole->entryCount(), count);
        for (int i = 0; i < count; ++i) {
            const Entry& x = a.entryAt(i);
            const Entry& y = whole->entryAt(i);
            QCOMPARE(x.id, y.id);
            QCOMPARE(x.title, QStringLiteral("Entry %1 é").arg(i));
            QCOMPARE(x.title, y.title);
            QCOMPARE(x.username, y.username);
            QCOMPARE(x.notes, y.notes);
            const QByteArray secret = "pw-" + QByteArray::number(i * 7919);
            QVERIFY(a.password(x).equals(QByteArrayView(secret)));
            QCOMPARE(a.hasOtp(x), i % 5 == 0);
        }
        QCOMPARE(a.search(QStringLiteral("entry 699")), std::vector<int>{699});
        QCOMPARE(a.search(QStringLiteral("user0")), std::vector<int>{0});
    }

    void wipedSecretsCannotBeSaved()
    {
        const QString p = makeSmallVault("wiped.twofold");
        const QByteArray before = readAll(p);
        auto v = OpenVault::open(p, pw("correct horse"), OpenMode::ReadWrite);
        QVERIFY(v.ok());
        (*v)->wipeSecrets();
        QCOMPARE((*v)->vault().secrets().liveCount(), std::size_t(0));
        QVERIFY((*v)->vaultKey().isEmpty());
        QCOMPARE((*v)->vault().entryAt(0).title, QStringLiteral("Mail")); // plain fields stay
        QCOMPARE((*v)->save().error().code, ErrorCode::ReadOnly);
        QCOMPARE(readAll(p), before);
    }

    void changePasswordRewrapsOneSlot()
    {
        const QString p = makeSmallVault("change.twofold");
        {
            auto v = OpenVault::open(p, pw("correct horse"));
            QVERIFY(v.ok());
            QVERIFY((*v)->changePassword(pw("battery staple"), kFastKdf).ok());
        }
        QCOMPARE(OpenVault::open(p, pw("correct horse"), OpenMode::ReadOnly).error().code,
                 ErrorCode::WrongPassword);
        auto v = OpenVault::open(p, pw("battery staple"), OpenMode::ReadOnly);
        QVERIFY(v.ok());
        QVERIFY((*v)->vault().password((*v)->vault().entryAt(0)).equals(QByteArrayView("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestVaultFile)
#include "tst_vaultfile.moc"
