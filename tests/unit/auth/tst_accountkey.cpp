// AccountKey (core/auth/AccountKey.h): the TF1-… text of a server account's key, its check, and
// the sentences for what people get wrong when they type it.
#include "auth/AccountKey.h"
#include "common/Random.h"
#include "vault/VaultFile.h"

#include <QRegularExpression>
#include <QTest>

using namespace twofold;

class TestAccountKey : public QObject
{
    Q_OBJECT

private:
    static QString textOf(const AccountKey& key) { return key.text().toStringUnsafe(); }

private slots:
    void textIsEightGroupsOfFive()
    {
        SeededRandom random(1);
        const QString text = textOf(AccountKey::generate(random));
        QVERIFY2(QRegularExpression(QStringLiteral("^TF1(-[A-Z2-7]{5}){8}$")).match(text).hasMatch(),
                 qPrintable(text));
    }

    // RFC 4648 base32 of the bytes first: twenty zero bytes are 32 letters A, then the check.
    void bytesComeFirstInBase32()
    {
        const Result<AccountKey> zero = AccountKey::fromBytes(SecureBuffer(kAccountKeyBytes));
        QVERIFY(zero.ok());
        const QString text = textOf(*zero);
        QCOMPARE(text.left(4 + 6 * 6), QStringLiteral("TF1-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-"));
        QVERIFY(text.mid(40, 2).startsWith(QStringLiteral("AA")));
        QVERIFY(text.right(5) != QStringLiteral("AAAAA")); // the check is not zero
    }

    void parsesWhatItWrites()
    {
        SeededRandom random(2);
        for (int i = 0; i < 50; ++i) {
            const AccountKey key = AccountKey::generate(random);
            const Result<AccountKey> back = AccountKey::parse(textOf(key));
            QVERIFY2(back.ok(), qPrintable(textOf(key)));
            QVERIFY(back->equals(key));
        }
    }

    void parseIsTolerant_data()
    {
        QTest::addColumn<int>("form");
        QTest::newRow("lower case") << 0;
        QTest::newRow("spaces for dashes") << 1;
        QTest::newRow("no prefix") << 2;
        QTest::newRow("no separators") << 3;
        QTest::newRow("surrounding blanks and a line break") << 4;
    }
    void parseIsTolerant()
    {
        QFETCH(int, form);
        SeededRandom random(3);
        const AccountKey key = AccountKey::generate(random);
        QString text = textOf(key);
        switch (form) {
        case 0:
            text = text.toLower();
            break;
        case 1:
            text.replace(u'-', u' ');
            break;
        case 2:
            text = text.mid(4);
            break;
        case 3:
            text.remove(u'-');
            break;
        case 4:
            text = QStringLiteral("  ") + text + QStringLiteral(" \n");
            break;
        }
        const Result<AccountKey> back = AccountKey::parse(text);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QVERIFY(back->equals(key));
    }

    void aTypoIsCaughtByTheCheck()
    {
        SeededRandom random(4);
        const AccountKey key = AccountKey::generate(random);
        const QString text = textOf(key);
        // Every single-letter change anywhere in the 40 letters is refused.
        for (int at = 4; at < text.size(); ++at) {
            if (text[at] == u'-')
                continue;
            QString typo = text;
            typo[at] = text[at] == u'A' ? u'B' : u'A';
            const Result<AccountKey> parsed = AccountKey::parse(typo);
            QVERIFY2(!parsed.ok(), qPrintable(typo));
            QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
            QVERIFY(parsed.error().message.contains(QStringLiteral("typo")));
        }
    }

    void sentencesForWhatPeopleGetWrong()
    {
        SeededRandom random(5);
        QString text = textOf(AccountKey::generate(random));
        QString zero = text;
        zero[5] = u'0';
        Result<AccountKey> r = AccountKey::parse(zero);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("letter O")) && r.error().message.contains(u'6'),
                 qPrintable(r.error().message));
        r = AccountKey::parse(text.left(text.size() - 6));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("40")) &&
                     r.error().message.contains(QStringLiteral("35")),
                 qPrintable(r.error().message));
        r = AccountKey::parse(QString());
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.endsWith(u'.'));
        r = AccountKey::parse(text + QStringLiteral("A"));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("41")));
    }

    void fromBytesTakesOnlyTwentyBytes()
    {
        QVERIFY(!AccountKey::fromBytes(SecureBuffer(19)).ok());
        QVERIFY(!AccountKey::fromBytes(SecureBuffer(21)).ok());
        QVERIFY(AccountKey::fromBytes(SecureBuffer(20)).ok());
    }

    // The key is one part of the slot's key: another key does not open what this one closed.
    void serverSecretNeedsTheRightKey()
    {
        SeededRandom random(6);
        const AccountKey a = AccountKey::generate(random), b = AccountKey::generate(random);
        const SecureBuffer share(kSignInShareBytes);
        QVERIFY(!serverSecret(share, a.bytes()).equals(serverSecret(share, b.bytes())));
        QCOMPARE(serverSecret(share, a.bytes()).size(), kSignInShareBytes + kAccountKeyBytes);
    }
};

QTEST_GUILESS_MAIN(TestAccountKey)
#include "tst_accountkey.moc"
