// The Verifier's sign-in rules (DESIGN.md 4.2 table), one by one, on an injected clock and random.
#include "VerifierFixture.h"

#include "auth/AuthSentences.h"
#include "auth/Verifier.h"
#include "otp/Totp.h"

#include <QRegularExpression>

using namespace twofold;
using namespace twofold::test;

class TestVerifier : public QObject
{
    Q_OBJECT

private slots:
    void authenticatorAcceptsTheCurrentStepAndOneEitherSide_data()
    {
        QTest::addColumn<int>("offsetSeconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("one step behind") << -30 << true;
        QTest::newRow("now") << 0 << true;
        QTest::newRow("one step ahead") << 30 << true;
        QTest::newRow("two steps behind") << -60 << false;
        QTest::newRow("two steps ahead") << 60 << false;
    }
    void authenticatorAcceptsTheCurrentStepAndOneEitherSide()
    {
        QFETCH(int, offsetSeconds);
        QFETCH(bool, accepted);
        Setup s;
        s.withAuthenticator();
        s.clock.advanceSeconds(120); // well past the step used to turn it on
        const Answer<ReleaseReply> answer = s.check(
            SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs() + offsetSeconds * 1000));
        QCOMPARE(answer.ok(), accepted);
        if (accepted)
            QCOMPARE(answer.value().share.size(), kShareBytes);
        else
            QCOMPARE(answer.refusal().code, ErrorCode::WrongCode);
    }

    void authenticatorRefusesReplays()
    {
        Setup s;
        s.withAuthenticator();
        const QString code = totpAt(s.totpSecret, s.clock.nowMs());
        QVERIFY(s.check(SignInMethod::Authenticator, code).ok());
        const Answer<ReleaseReply> again = s.check(SignInMethod::Authenticator, code);
        QVERIFY(!again.ok());
        QVERIFY(again.refusal().sentence().startsWith(sentences::codeReplayed()));
        // The step before the accepted one is inside the window, but older: refused too.
        const Answer<ReleaseReply> older =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs() - 30'000));
        QVERIFY(!older.ok());
        QVERIFY(older.refusal().sentence().startsWith(sentences::codeReplayed()));
        // The next step works.
        s.clock.advanceSeconds(30);
        QVERIFY(s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs())).ok());
    }

    void authenticatorNamesTheClockSkew_data()
    {
        QTest::addColumn<int>("skewMinutes");
        QTest::addColumn<QString>("words");
        QTest::newRow("phone 5 minutes ahead") << 5 << QStringLiteral("seems 5 minutes slow");
        QTest::newRow("phone 3 minutes behind") << -3 << QStringLiteral("seems 3 minutes fast");
        QTest::newRow("phone 10 minutes ahead") << 10 << QStringLiteral("seems 10 minutes slow");
    }
    void authenticatorNamesTheClockSkew()
    {
        QFETCH(int, skewMinutes);
        QFETCH(QString, words);
        Setup s;
        s.withAuthenticator();
        s.clock.advanceSeconds(3600);
        const Answer<ReleaseReply> answer = s.check(
            SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs() + skewMinutes * 60'000));
        QVERIFY(!answer.ok());
        QCOMPARE(answer.refusal().code, ErrorCode::WrongCode);
        QVERIFY2(answer.refusal().sentence().contains(words), qPrintable(answer.refusal().sentence()));
        // Beyond ten minutes it is just a wrong code.
        const Answer<ReleaseReply> far =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs() + 20 * 60'000));
        QVERIFY(!far.ok());
        QVERIFY(far.refusal().sentence().startsWith(sentences::wrongAuthenticatorCode()));
    }

    void emailCodeExpiresAtTenMinutes_data()
    {
        QTest::addColumn<int>("afterSeconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("at once") << 0 << true;
        QTest::newRow("9:59") << 599 << true;
        QTest::newRow("10:00") << 600 << false;
        QTest::newRow("an hour") << 3600 << false;
    }
    void emailCodeExpiresAtTenMinutes()
    {
        QFETCH(int, afterSeconds);
        QFETCH(bool, accepted);
        Setup s;
        s.withEmail();
        const Answer<SendCodeReply> sent = s.send();
        QVERIFY(sent.ok());
        QCOMPARE(sent.value().expiresInMs, qint64(600'000));
        QCOMPARE(sent.value().maskedTarget, QStringLiteral("m•••@example.com"));
        QCOMPARE(s.sender.last().target, QStringLiteral("me@example.com"));
        QCOMPARE(s.sender.last().code.size(), 6);
        s.clock.advanceSeconds(afterSeconds);
        const Answer<ReleaseReply> answer = s.check(SignInMethod::Email, s.sender.last().code);
        QCOMPARE(answer.ok(), accepted);
        if (!accepted)
            QCOMPARE(answer.refusal().sentence(),
                     QStringLiteral("That code has expired (codes last 10 minutes): ask for a new one."));
    }

    void emailCodeIsSingleUse()
    {
        Setup s;
        s.withEmail();
        QVERIFY(s.send().ok());
        const QString code = s.sender.last().code;
        QVERIFY(s.check(SignInMethod::Email, code).ok());
        const Answer<ReleaseReply> again = s.check(SignInMethod::Email, code);
        QVERIFY(!again.ok());
        QCOMPARE(again.refusal().sentence(), sentences::noCodeSent(SignInMethod::Email));
    }

    void aNewCodeVoidsTheOldOne()
    {
        Setup s;
        s.withEmail();
        QVERIFY(s.send().ok());
        const QString first = s.sender.last().code;
        s.clock.advanceSeconds(31);
        QVERIFY(s.send().ok());
        const QString second = s.sender.last().code;
        QVERIFY(first != second);
        QVERIFY(!s.check(SignInMethod::Email, first).ok());
        QVERIFY(s.check(SignInMethod::Email, second).ok());
    }

    void threeTriesPerCode()
    {
        Setup s;
        s.withEmail();
        QVERIFY(s.send().ok());
        const QString right = s.sender.last().code;
        const QString wrong = s.wrongCodeFor(right);
        Answer<ReleaseReply> a = s.check(SignInMethod::Email, wrong);
        QCOMPARE(a.refusal().triesLeft, 2);
        QCOMPARE(a.refusal().sentence(),
                 QStringLiteral("That code is not right. You can try it 2 more times."));
        a = s.check(SignInMethod::Email, wrong);
        QCOMPARE(a.refusal().triesLeft, 1);
        QCOMPARE(a.refusal().sentence(), QStringLiteral("That code is not right. You can try it once more."));
        a = s.check(SignInMethod::Email, wrong);
        QCOMPARE(a.refusal().triesLeft, 0);
        QCOMPARE(a.refusal().sentence(), sentences::codeTriedTooOften());
        // The code is gone, right or not.
        a = s.check(SignInMethod::Email, right);
        QVERIFY(!a.ok());
        QCOMPARE(a.refusal().sentence(), sentences::noCodeSent(SignInMethod::Email));
    }

    void resendWaitsThirtySecondsWithinOneChallenge()
    {
        Setup s;
        s.withEmail();
        const qint64 first = s.clock.nowMs();
        const Answer<SendCodeReply> sent = s.send();
        QVERIFY(sent.ok());
        QCOMPARE(sent.value().resendAfterMs, qint64(30'000));
        s.clock.advanceSeconds(29);
        const Answer<SendCodeReply> early = s.send();
        QVERIFY(!early.ok());
        QCOMPARE(early.refusal().code, ErrorCode::DeliveryRateLimited);
        QCOMPARE(early.refusal().retryAfterMs, first + 30'000 - s.clock.nowMs());
        QCOMPARE(early.refusal().sentence(),
                 QStringLiteral("A code was sent just now. You can ask for another in a second."));
        // Another sign-in attempt is another challenge: no wait.
        QVERIFY(s.send(QByteArrayLiteral("challenge-two")).ok());
        s.clock.advanceSeconds(30);
        QVERIFY(s.send(QByteArrayLiteral("challenge-two")).ok());
    }

    void atMostFiveSendsAnHour()
    {
        Setup s;
        s.withEmail(); // a setup check is capped apart: it does not use up a sign-in send
        const qint64 firstSend = s.clock.nowMs();
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(s.send().ok(), qPrintable(QString::number(i)));
            s.clock.advanceSeconds(31);
        }
        const Answer<SendCodeReply> sixth = s.send();
        QVERIFY(!sixth.ok());
        QCOMPARE(sixth.refusal().code, ErrorCode::DeliveryRateLimited);
        QCOMPARE(sixth.refusal().reason, RefusalReason::HourlyLimit);
        QCOMPARE(sixth.refusal().retryAfterMs, firstSend + 3'600'000 - s.clock.nowMs());
        QVERIFY(
            sixth.refusal().sentence().startsWith(QStringLiteral("Five codes were sent in the last hour")));
        QCOMPARE(s.sender.count(), 6); // the setup check and five sign-in codes
        s.clock.setMs(firstSend + 3'600'000);
        QVERIFY(s.send().ok());
    }

    void sendCapsArePerMethod()
    {
        // A new user turns on email, then SMS: neither method's sign-in sends are used up, and
        // five email codes leave SMS codes free.
        Setup s;
        s.withEmail();
        QVERIFY(s.verifier
                    .sendSetupCode(SignInMethod::Sms, QStringLiteral("+447123456789"), "setup-sms", s.sender)
                    .ok());
        QVERIFY(s.verifier.confirmSetupCode(SignInMethod::Sms, pw(s.sender.last().code)).ok());
        for (int i = 0; i < 5; ++i) {
            QVERIFY2(s.send(QByteArray("attempt-") + QByteArray::number(i)).ok(),
                     qPrintable(QString::number(i)));
        }
        QCOMPARE(s.send("attempt-6").refusal().reason, RefusalReason::HourlyLimit);
        const Answer<SendCodeReply> sms =
            s.verifier.sendCode(SendCodeRequest{SignInMethod::Sms, QByteArrayLiteral("attempt-7")}, s.sender);
        QVERIFY2(sms.ok(), sms.ok() ? "" : qPrintable(sms.refusal().sentence()));
        QCOMPARE(s.sender.last().method, SignInMethod::Sms);
    }

    void aSendThatFailsIsNotCountedAndKeepsTheOldCode()
    {
        Setup s;
        s.withEmail();
        QVERIFY(s.send().ok());
        const QString code = s.sender.last().code;
        s.clock.advanceSeconds(31);
        s.sender.setRefuse(true);
        const Answer<SendCodeReply> failed = s.send();
        QVERIFY(!failed.ok());
        QCOMPARE(failed.refusal().code, ErrorCode::DeliveryFailed);
        QCOMPARE(failed.refusal().reason, RefusalReason::DeliveryRefused);
        QCOMPARE(failed.refusal().sentence(),
                 sentences::deliveryRefused(ErrorCode::DeliveryFailed, SignInMethod::Email));
        QVERIFY(failed.refusal().sentence().contains(QStringLiteral("mail server")));
        QCOMPARE(s.verifier.state().sends.size(), 2); // setup + the first
        QVERIFY(s.check(SignInMethod::Email, code).ok());
    }

    void onlyHashesOfCodesAreKept()
    {
        Setup s;
        s.withAuthenticator();
        s.withEmail();
        QVERIFY(s.send().ok());
        const QByteArray code = s.sender.last().code.toLatin1();
        const SecureBuffer encoded = s.verifier.state().encode();
        const QByteArray bytes(reinterpret_cast<const char*>(encoded.data()), qsizetype(encoded.size()));
        QVERIFY(!bytes.contains(code));
        QCOMPARE(s.recoveryCodes.size(), std::size_t(kRecoveryCodeCount));
        for (const SecureBuffer& recovery : s.recoveryCodes) {
            QVERIFY(!bytes.contains(recovery.view().toByteArray()));
            QVERIFY(!bytes.contains(recovery.view().toByteArray().remove(5, 1)));
        }
        // And the state reads back as it was written.
        Result<VerifierState> decoded = VerifierState::decode(encoded);
        QVERIFY(decoded.ok());
        QVERIFY(decoded->share.equals(s.verifier.state().share));
        QCOMPARE(decoded->pending.size(), std::size_t(1));
        QCOMPARE(decoded->recoveryHashes.size(), kRecoveryCodeCount);
        QVERIFY(decoded->encode().equals(encoded));
    }

    void recoveryCodesHaveTheRightShape()
    {
        Setup s;
        s.withAuthenticator();
        const QRegularExpression shape(
            QStringLiteral("^[23456789abcdefghjkmnpqrstuvwxyz]{5}-[23456789abcdefghjkmnpqrstuvwxyz]{5}$"));
        QSet<QString> seen;
        QCOMPARE(s.recoveryCodes.size(), std::size_t(10));
        for (const SecureBuffer& code : s.recoveryCodes) {
            const QString text = code.toStringUnsafe();
            QVERIFY2(shape.match(text).hasMatch(), qPrintable(text));
            seen.insert(text);
        }
        QCOMPARE(seen.size(), 10);
        QCOMPARE(s.verifier.status().recoveryCodesLeft, 10);
    }

    // A computer forgets itself with its own token (Sign out and forget this computer): the
    // other computer, of the same name, stays remembered; a token that is not one of this
    // verifier's forgets nothing.
    void aComputerForgetsItselfByItsToken()
    {
        Setup s;
        s.withAuthenticator();
        const Answer<ReleaseReply> first =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs()), true);
        s.clock.advanceSeconds(30);
        const Answer<ReleaseReply> second =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs()), true);
        QVERIFY(first.ok());
        QVERIFY(second.ok());
        QCOMPARE(s.verifier.state().trusted.size(), std::size_t(2));

        const Answer<void> stranger =
            s.verifier.forgetTrustedByToken(SecureBuffer::fromBytes(QByteArray(80, 'x')));
        QVERIFY(!stranger.ok());
        QCOMPARE(stranger.refusal().code, ErrorCode::NotFound);
        QCOMPARE(s.verifier.state().trusted.size(), std::size_t(2));

        QVERIFY(s.verifier.forgetTrustedByToken(SecureBuffer::fromBytes(first.value().trustedToken)).ok());
        QCOMPARE(s.verifier.state().trusted.size(), std::size_t(1));
        QVERIFY(!s.verifier.checkTrusted(CheckTrustedRequest{first.value().trustedToken}).ok());
        QVERIFY(s.verifier.checkTrusted(CheckTrustedRequest{second.value().trustedToken}).ok());
        // Forgotten already: nothing to forget.
        QVERIFY(!s.verifier.forgetTrustedByToken(SecureBuffer::fromBytes(first.value().trustedToken)).ok());
    }

    void recoveryCodesAreSingleUseAndForgetComputers()
    {
        Setup s;
        s.withAuthenticator();
        const Answer<ReleaseReply> remembered =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs()), true);
        QVERIFY(remembered.ok());
        QVERIFY(!remembered.value().trustedToken.isEmpty());
        QVERIFY(s.verifier.checkTrusted(CheckTrustedRequest{remembered.value().trustedToken}).ok());

        // Typed in capitals, with a space for the dash: still right.
        const QString code = s.recoveryCodes[3].toStringUnsafe();
        const Answer<ReleaseReply> used =
            s.check(SignInMethod::RecoveryCode, code.toUpper().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY(used.ok());
        QCOMPARE(used.value().recoveryCodesLeft, 9);
        QVERIFY(used.value().computersForgotten);
        QVERIFY(used.value().share.equals(s.verifier.state().share));
        const Answer<ReleaseReply> again = s.check(SignInMethod::RecoveryCode, code);
        QVERIFY(!again.ok());
        QVERIFY(again.refusal().sentence().startsWith(sentences::wrongRecoveryCode()));
        const Answer<ReleaseReply> token =
            s.verifier.checkTrusted(CheckTrustedRequest{remembered.value().trustedToken});
        QVERIFY(!token.ok());
        QCOMPARE(token.refusal().sentence(), sentences::computerForgotten());
    }

    void lockoutDoublesUpToFifteenMinutes_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<qint64>("lockoutMs");
        QTest::newRow("4") << 4 << qint64(0);
        QTest::newRow("5") << 5 << qint64(30'000);
        QTest::newRow("6") << 6 << qint64(60'000);
        QTest::newRow("7") << 7 << qint64(120'000);
        QTest::newRow("8") << 8 << qint64(240'000);
        QTest::newRow("9") << 9 << qint64(480'000);
        QTest::newRow("10: capped") << 10 << qint64(900'000);
        QTest::newRow("100") << 100 << qint64(900'000);
    }
    void lockoutDoublesUpToFifteenMinutes()
    {
        QFETCH(int, failures);
        QFETCH(qint64, lockoutMs);
        QCOMPARE(lockoutDurationMs(failures), lockoutMs);
    }

    void fiveWrongCodesInARowLockOut()
    {
        Setup s;
        s.withAuthenticator();
        s.withEmail();
        QVERIFY(s.send().ok());
        // Failures count across methods.
        for (int i = 0; i < 2; ++i)
            QCOMPARE(s.check(SignInMethod::Email, s.wrongCodeFor(s.sender.last().code)).refusal().code,
                     ErrorCode::WrongCode);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(s.check(SignInMethod::RecoveryCode, QStringLiteral("aaaaa-aaaaa")).refusal().code,
                     ErrorCode::WrongCode);
        const Answer<ReleaseReply> fifth = s.check(SignInMethod::Authenticator, QStringLiteral("12345"));
        QCOMPARE(fifth.refusal().code, ErrorCode::LockedOut);
        QCOMPARE(fifth.refusal().lockedForMs, qint64(30'000));
        QVERIFY(fifth.refusal().sentence().endsWith(
            QStringLiteral("Too many wrong codes in a row. Try again in 30 seconds.")));
        // While locked out even a right code is refused, and not counted.
        s.clock.advanceSeconds(10);
        const Answer<ReleaseReply> during =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs()));
        QCOMPARE(during.refusal().code, ErrorCode::LockedOut);
        QCOMPARE(during.refusal().sentence(), sentences::lockedOut(20'000));
        QCOMPARE(s.verifier.state().failures, 5);
        QCOMPARE(s.verifier.sendCode(SendCodeRequest{SignInMethod::Email, "x"}, s.sender).refusal().code,
                 ErrorCode::LockedOut);
        // The next failure after it locks for twice as long.
        s.clock.advanceSeconds(20);
        const Answer<ReleaseReply> sixth = s.check(SignInMethod::RecoveryCode, QStringLiteral("bbbbb-bbbbb"));
        QCOMPARE(sixth.refusal().lockedForMs, qint64(60'000));
        // A right code after the lockout resets the counter.
        s.clock.advanceSeconds(60);
        QVERIFY(s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs())).ok());
        QCOMPARE(s.verifier.state().failures, 0);
        QCOMPARE(s.verifier.state().lockedUntilMs, qint64(0));
        // The counter and lockout are part of the persisted state.
        for (int i = 0; i < 5; ++i)
            (void)s.check(SignInMethod::RecoveryCode, QStringLiteral("ccccc-ccccc"));
        Result<VerifierState> reread = VerifierState::decode(s.verifier.state().encode());
        QVERIFY(reread.ok());
        QCOMPARE(reread->failures, 5);
        QCOMPARE(reread->lockedUntilMs, s.clock.nowMs() + 30'000);
    }
};

QTEST_GUILESS_MAIN(TestVerifier)
#include "tst_verifier.moc"
