// AddComputerLink (core/auth/AddComputerLink.h, core/server/API.md "Adding a computer"): the
// twofold://add-computer link the "Add a computer" QR code holds — built and read back, what
// people paste (case, white space, a trailing slash), and a sentence for each damaged link.
#include "auth/AddComputerLink.h"
#include "common/Random.h"
#include "vault/VaultFile.h"

#include <QTest>

using namespace twofold;

namespace {
// A fixed key: twenty bytes 1, 2, … 20.
AccountKey fixedKey()
{
    SecureBuffer bytes(kAccountKeyBytes);
    for (std::size_t i = 0; i < bytes.size(); ++i)
        bytes.data()[i] = static_cast<unsigned char>(i + 1);
    return std::move(AccountKey::fromBytes(bytes)).value();
}
QString keyText()
{
    return fixedKey().text().toStringUnsafe();
}
} // namespace

class TestAddComputerLink : public QObject
{
    Q_OBJECT
private slots:
    void buildsTheDocumentedForm()
    {
        const SecureBuffer link = AddComputerLink::build(QUrl(QStringLiteral("https://sign-in.example.org")),
                                                         QStringLiteral("ann+work@example.org"), fixedKey());
        QCOMPARE(link.toStringUnsafe(),
                 QStringLiteral("twofold://add-computer?server=https%3A%2F%2Fsign-in.example.org"
                                "&email=ann%2Bwork%40example.org&key=") +
                     keyText());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("email");
        QTest::newRow("https") << QStringLiteral("https://sign-in.example.org")
                               << QStringLiteral("ann.lee@example.org");
        QTest::newRow("port and path")
            << QStringLiteral("http://127.0.0.1:8443/twofold") << QStringLiteral("bob@example.com");
        QTest::newRow("plus and ampersand in the email")
            << QStringLiteral("https://example.org") << QStringLiteral("a+b&c@example.org");
        QTest::newRow("non-ASCII email")
            << QStringLiteral("https://example.org") << QStringLiteral("zoë@exämple.org");
        QTest::newRow("query in the server")
            << QStringLiteral("https://example.org/x?y=1&key=2") << QStringLiteral("c@example.org");
    }
    void roundTrip()
    {
        QFETCH(QString, server);
        QFETCH(QString, email);
        const SecureBuffer link = AddComputerLink::build(QUrl(server), email, fixedKey());
        Result<AddComputerLink> back = AddComputerLink::parse(link.toStringUnsafe());
        QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error().message));
        QCOMPARE(back->server, QUrl(server));
        QCOMPARE(back->email, email);
        QVERIFY(back->key.equals(fixedKey()));
    }

    // What people paste or scanners give: all read as the same three.
    void accepted_data()
    {
        QTest::addColumn<QString>("link");
        const QString tail = QStringLiteral("server=https%3A%2F%2Fexample.org&email=ann%40example.org&key=");
        QTest::newRow("as built") << QStringLiteral("twofold://add-computer?") + tail + keyText();
        QTest::newRow("white space around")
            << QStringLiteral("  \ttwofold://add-computer?") + tail + keyText() + QStringLiteral("\n");
        QTest::newRow("scheme and host upper case")
            << QStringLiteral("TWOFOLD://Add-Computer?") + tail + keyText();
        QTest::newRow("slash before the query")
            << QStringLiteral("twofold://add-computer/?") + tail + keyText();
        QTest::newRow("key lower case, no dashes")
            << QStringLiteral("twofold://add-computer?") + tail + keyText().toLower().remove(u'-');
        QTest::newRow("unknown parameter")
            << QStringLiteral("twofold://add-computer?v=2&") + tail + keyText() + QStringLiteral("&x");
        QTest::newRow("parameters in another order")
            << QStringLiteral("twofold://add-computer?key=") + keyText() +
                   QStringLiteral("&email=ann%40example.org&server=https%3A%2F%2Fexample.org");
        QTest::newRow("unencoded server and email")
            << QStringLiteral(
                   "twofold://add-computer?server=https://example.org&email=ann@example.org&key=") +
                   keyText();
    }
    void accepted()
    {
        QFETCH(QString, link);
        Result<AddComputerLink> parsed = AddComputerLink::parse(link);
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->server, QUrl(QStringLiteral("https://example.org")));
        QCOMPARE(parsed->email, QStringLiteral("ann@example.org"));
        QVERIFY(parsed->key.equals(fixedKey()));
        QVERIFY(AddComputerLink::looksLikeLink(link));
    }

    // Each refusal: a sentence naming what is wrong (a fragment of it per row).
    void refused_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("says");
        const QString key = keyText();
        const QString server = QStringLiteral("server=https%3A%2F%2Fexample.org");
        const QString email = QStringLiteral("email=ann%40example.org");
        const QString start = QStringLiteral("twofold://add-computer?");
        QTest::newRow("empty") << QString() << QStringLiteral("not a Twofold");
        QTest::newRow("otpauth link")
            << QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP") << QStringLiteral("not a Twofold");
        QTest::newRow("another twofold host")
            << QStringLiteral("twofold://add-computers?") + server << QStringLiteral("not a Twofold");
        QTest::newRow("no query") << QStringLiteral("twofold://add-computer")
                                  << QStringLiteral("not a Twofold");
        QTest::newRow("no server") << start + email + QStringLiteral("&key=") + key
                                   << QStringLiteral("no server address");
        QTest::newRow("empty server")
            << start + QStringLiteral("server=&") + email + QStringLiteral("&key=") + key
            << QStringLiteral("no server address");
        QTest::newRow("no email") << start + server + QStringLiteral("&key=") + key
                                  << QStringLiteral("no email");
        QTest::newRow("no key") << start + server + QStringLiteral("&") + email
                                << QStringLiteral("no account key");
        QTest::newRow("key given twice") << start + server + QStringLiteral("&") + email +
                                                QStringLiteral("&key=") + key + QStringLiteral("&key=") + key
                                         << QStringLiteral("twice");
        QTest::newRow("ftp server") << start + QStringLiteral("server=ftp%3A%2F%2Fexample.org&") + email +
                                           QStringLiteral("&key=") + key
                                    << QStringLiteral("not a web address");
        QTest::newRow("server without host")
            << start + QStringLiteral("server=https%3A%2F%2F&") + email + QStringLiteral("&key=") + key
            << QStringLiteral("not a web address");
        QTest::newRow("server with a password")
            << start + QStringLiteral("server=https%3A%2F%2Fu%3Ap%40example.org&") + email +
                   QStringLiteral("&key=") + key
            << QStringLiteral("not a web address");
        // A fragment is no part of a server's address, and did not survive writing
        // the link back (found by fuzz_addcomputer).
        QTest::newRow("server with a fragment")
            << start + QStringLiteral("server=https%3A%2F%2Fsign-in.example.org#x&") + email +
                   QStringLiteral("&key=") + key
            << QStringLiteral("not a web address");
        QTest::newRow("email without @")
            << start + server + QStringLiteral("&email=ann.example.org&key=") + key
            << QStringLiteral("not an email address");
        QTest::newRow("email with a space")
            << start + server + QStringLiteral("&email=ann%20lee%40example.org&key=") + key
            << QStringLiteral("not an email address");
        QString typo = key;
        typo[5] = typo[5] == u'A' ? u'B' : u'A';
        QTest::newRow("key with a typo")
            << start + server + QStringLiteral("&") + email + QStringLiteral("&key=") + typo
            << QStringLiteral("emergency kit");
        QTest::newRow("key cut short")
            << start + server + QStringLiteral("&") + email + QStringLiteral("&key=") + key.left(30)
            << QStringLiteral("letters");
        QTest::newRow("key with a bad letter")
            << start + server + QStringLiteral("&") + email + QStringLiteral("&key=") + key.left(10) +
                   QStringLiteral("1") + key.mid(11)
            << QStringLiteral("1");
        QTest::newRow("far too long")
            << start + server + QStringLiteral("&") + email + QStringLiteral("&key=") + key +
                   QStringLiteral("&pad=") + QString(kAddComputerLinkMaxChars, u'x')
            << QStringLiteral("too long");
    }
    void refused()
    {
        QFETCH(QString, link);
        QFETCH(QString, says);
        Result<AddComputerLink> parsed = AddComputerLink::parse(link);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
        QVERIFY2(parsed.error().message.contains(says, Qt::CaseInsensitive),
                 qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.endsWith(u'.'));
    }

    void aPlainKeyIsNotALink()
    {
        QVERIFY(!AddComputerLink::looksLikeLink(keyText()));
        QVERIFY(AddComputerLink::looksLikeLink(QStringLiteral(" twofold://ADD-computer?broken")));
    }
};

QTEST_GUILESS_MAIN(TestAddComputerLink)
#include "tst_addcomputerlink.moc"
