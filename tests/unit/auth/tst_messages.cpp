// The protocol between clients and the verifier is wire-safe (DESIGN.md 4.1, 10): refusals
// carry a code, a reason and numbers, never a sentence; times travel as durations; requests
// carry the protocol version and the account. Links the verifier only.
#include "VerifierFixture.h"

#include "auth/AuthSentences.h"
#include "auth/Verifier.h"

#include <QCborArray>
#include <QCborValue>

using namespace twofold;
using namespace twofold::test;

namespace {

// Every text string anywhere in value (keys excepted).
QStringList stringsIn(const QCborValue& value)
{
    QStringList out;
    if (value.isString())
        out << value.toString();
    if (value.isMap()) {
        const QCborMap map = value.toMap();
        for (auto it = map.begin(); it != map.end(); ++it)
            out << stringsIn(it.value());
    }
    if (value.isArray()) {
        for (const QCborValue& v : value.toArray())
            out << stringsIn(v);
    }
    return out;
}

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void refusalsCarryNoSentence()
    {
        Setup s;
        s.withAuthenticator();
        const Answer<ReleaseReply> wrong = s.check(SignInMethod::Authenticator, QStringLiteral("000000"));
        QVERIFY(!wrong.ok());
        const QCborMap wire = refusedReply(wrong.refusal());
        // No text at all on the wire: the client renders the sentence in its own language.
        QCOMPARE(stringsIn(wire), QStringList());
        const Refusal read = Refusal::fromCbor(wire.value(QLatin1StringView("refusal")).toMap());
        QCOMPARE(read.code, ErrorCode::WrongCode);
        QCOMPARE(read.reason, RefusalReason::WrongAuthenticatorCode);
        QCOMPARE(read.triesBeforeLockout, 4);
        QCOMPARE(read.sentence(),
                 QStringLiteral("That code is not right. Enter the code your authenticator app "
                                "shows for Twofold now. After 4 more wrong codes, sign-in is "
                                "locked for a while."));
    }

    void theLastTryBeforeALockoutIsNamed()
    {
        Setup s;
        s.withAuthenticator();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!s.check(SignInMethod::Authenticator, QStringLiteral("000000")).ok());
        const Answer<ReleaseReply> fourth = s.check(SignInMethod::Authenticator, QStringLiteral("000000"));
        QCOMPARE(fourth.refusal().triesBeforeLockout, 1);
        QVERIFY(fourth.refusal().sentence().endsWith(
            QStringLiteral("One more wrong code locks sign-in for a while.")));
        const Answer<ReleaseReply> fifth = s.check(SignInMethod::Authenticator, QStringLiteral("000000"));
        QCOMPARE(fifth.refusal().code, ErrorCode::LockedOut);
        QVERIFY(fifth.refusal().lockedNow);
        QCOMPARE(fifth.refusal().triesBeforeLockout, -1);
    }

    void lockoutsTravelAsDurations()
    {
        Setup s;
        s.withAuthenticator();
        for (int i = 0; i < 5; ++i)
            (void)s.check(SignInMethod::Authenticator, QStringLiteral("000000"));
        s.clock.advanceSeconds(10);
        const BeginReply begin = s.verifier.begin();
        QCOMPARE(begin.lockedForMs, qint64(20'000));
        const QCborMap wire = begin.toCbor();
        QCOMPARE(wire.value(QLatin1StringView("lockedFor")).toInteger(), qint64(20'000));
        QVERIFY(!wire.contains(QLatin1StringView("lockedUntil")));
        const Answer<ReleaseReply> locked = s.check(SignInMethod::Authenticator, QStringLiteral("000000"));
        QCOMPARE(locked.refusal().lockedForMs, qint64(20'000));
        QCOMPARE(locked.refusal().sentence(),
                 QStringLiteral("Too many wrong codes in a row. Try again in 20 seconds."));
    }

    void sendRepliesAreAnchoredByTheClient()
    {
        Setup s;
        s.withEmail();
        const Answer<SendCodeReply> sent = s.send();
        QVERIFY(sent.ok());
        Result<SendCodeReply> read = SendCodeReply::fromCbor(sent.value().toCbor());
        QVERIFY(read.ok());
        QCOMPARE(read->resendAfterMs, qint64(30'000));
        QCOMPARE(read->expiresInMs, qint64(600'000));
        // The client's clock may be far from the verifier's: the wait is the same.
        const qint64 clientNow = 5'000;
        read->anchor(clientNow);
        QCOMPARE(read->resendAtMs, clientNow + 30'000);
        QCOMPARE(read->expiresAtMs, clientNow + 600'000);
    }

    void envelopesNameTheVersionAndTheAccount()
    {
        const QByteArray account = QByteArrayLiteral("0123456789abcdef");
        const QCborMap request = envelope(BeginRequest().toCbor(), account, QByteArrayLiteral("proof"));
        Answer<Envelope> read = readEnvelope(request);
        QVERIFY(read.ok());
        QCOMPARE(read->op, QStringLiteral("begin"));
        QCOMPARE(read->account, account);
        QCOMPARE(read->proof, QByteArrayLiteral("proof"));

        QCborMap newer = request;
        newer.insert(QLatin1StringView("v"), kProtocolVersion + 1);
        QCOMPARE(readEnvelope(newer).refusal().reason, RefusalReason::VersionMismatch);
        QCOMPARE(readEnvelope(BeginRequest().toCbor()).refusal().reason, RefusalReason::VersionMismatch);
        QCborMap noOp = request;
        noOp.remove(QLatin1StringView("op"));
        QCOMPARE(readEnvelope(noOp).refusal().reason, RefusalReason::NotUnderstood);
    }

    void messagesFromTheNetworkAreReadStrictly()
    {
        const QCborMap request = envelope(BeginRequest().toCbor(), QByteArrayLiteral("0123456789abcdef"));
        const QByteArray bytes = request.toCborValue().toCbor();
        QCOMPARE(parseMessage(bytes), request);
        // Every truncation, trailing bytes, and a value that is not a map: an empty map, which
        // every reader refuses (Qt's own reader gives maps from truncated bytes that crash).
        for (qsizetype n = 0; n < bytes.size(); ++n)
            QCOMPARE(parseMessage(bytes.left(n)), QCborMap());
        QCOMPARE(parseMessage(bytes + '\x01'), QCborMap());
        QCOMPARE(parseMessage(QCborValue(42).toCbor()), QCborMap());
        QCOMPARE(readEnvelope(parseMessage(bytes.left(12))).refusal().reason, RefusalReason::VersionMismatch);
    }

    void settingsRequestsRoundTrip_data()
    {
        QTest::addColumn<int>("op");
        for (int op = int(SettingsOp::Status); op <= int(SettingsOp::ChangePassword); ++op)
            QTest::newRow(qPrintable(QString::number(op))) << op;
    }
    void settingsRequestsRoundTrip()
    {
        QFETCH(int, op);
        SettingsRequest r{SettingsOp(op)};
        r.method = SignInMethod::Sms;
        r.target = QStringLiteral("+447123456789");
        r.name = QStringLiteral("backup script");
        r.challenge = QByteArrayLiteral("challenge");
        r.secret = pw("secret");
        r.code = pw("123456");
        r.prompt = SecondFactorPrompt::EverySignIn;
        r.salt = QByteArrayLiteral("salt");
        Result<SettingsRequest> read = SettingsRequest::fromCbor(r.toCbor());
        QVERIFY(read.ok());
        QCOMPARE(int(read->op), op);
        QCOMPARE(read->target, r.target);
        QCOMPARE(read->name, r.name);
        QVERIFY(read->secret.equals(r.secret));
        QVERIFY(read->code.equals(r.code));
        if (op == int(SettingsOp::SetPrompt))
            QCOMPARE(read->prompt, SecondFactorPrompt::EverySignIn);
        if (op == int(SettingsOp::Disable))
            QCOMPARE(read->method, SignInMethod::Sms);
    }

    void malformedSettingsRequestsAreRefused()
    {
        QCborMap unknown = SettingsRequest(SettingsOp::Status).toCbor();
        unknown.insert(QLatin1StringView("change"), 99);
        QVERIFY(!SettingsRequest::fromCbor(unknown).ok());
        QCborMap noMethod = SettingsRequest(SettingsOp::Disable).toCbor();
        noMethod.remove(QLatin1StringView("method"));
        QVERIFY(!SettingsRequest::fromCbor(noMethod).ok());
        QCborMap wrongType = SettingsRequest(SettingsOp::AddAppPassword).toCbor();
        wrongType.insert(QLatin1StringView("name"), 42);
        QVERIFY(!SettingsRequest::fromCbor(wrongType).ok());
        // A reply that is not one reads as a refusal, not as a crash.
        const Answer<SettingsReply> garbage = readReply<SettingsReply>(okReply(QCborMap()));
        QCOMPARE(garbage.refusal().reason, RefusalReason::NotUnderstood);
    }

    void statusRoundTrips()
    {
        Setup s;
        s.withAuthenticator();
        s.withEmail();
        TwoFactorStatus status = s.verifier.status();
        status.appPasswords.append(AppPasswordInfo{QStringLiteral("backup"), 10, 20});
        Result<TwoFactorStatus> read = TwoFactorStatus::fromCbor(status.toCbor());
        QVERIFY(read.ok());
        QVERIFY(read->on);
        QCOMPARE(read->methods.size(), 3);
        QCOMPARE(read->method(SignInMethod::Email).maskedTarget,
                 status.method(SignInMethod::Email).maskedTarget);
        QCOMPARE(read->recoveryCodesLeft, 10);
        QCOMPARE(read->appPasswords.size(), 1);
        QCOMPARE(read->appPasswords.first().name, QStringLiteral("backup"));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
