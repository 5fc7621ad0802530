// The Verifier's settings side and its messages: recovery codes, remembered computers, turning
// methods on and off, the request/reply maps, and the real CodeSender's refusals.
#include "VerifierFixture.h"

#include "auth/AuthSentences.h"
#include "auth/DeliveryCodeSender.h"
#include "delivery/DeliverySettings.h"

using namespace twofold;
using namespace twofold::test;

class TestVerifierSetup : public QObject
{
    Q_OBJECT

private slots:
    void regeneratingRecoveryCodesVoidsTheOldOnes()
    {
        Setup s;
        s.withAuthenticator();
        const QString old = s.recoveryCodes[0].toStringUnsafe();
        Answer<std::vector<SecureBuffer>> fresh = s.verifier.regenerateRecoveryCodes();
        QVERIFY(fresh.ok());
        QCOMPARE(fresh->size(), std::size_t(10));
        QVERIFY(!s.check(SignInMethod::RecoveryCode, old).ok());
        const Answer<ReleaseReply> used = s.check(SignInMethod::RecoveryCode, fresh->at(9).toStringUnsafe());
        QVERIFY(used.ok());
        QCOMPARE(used.value().recoveryCodesLeft, 9);
    }

    void rememberedComputersExpireAfterThirtyDays()
    {
        Setup s;
        s.withAuthenticator();
        const Answer<ReleaseReply> r =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs()), true);
        QVERIFY(r.ok());
        QCOMPARE(r.value().trustedForMs, kTrustedLifetimeMs);
        QCOMPARE(s.verifier.status().trustedComputers.size(), 1);
        QCOMPARE(s.verifier.status().trustedComputers.first().name, QStringLiteral("laptop"));
        s.clock.advanceMs(kTrustedLifetimeMs - 1000);
        const Answer<ReleaseReply> still =
            s.verifier.checkTrusted(CheckTrustedRequest{r.value().trustedToken});
        QVERIFY(still.ok());
        QVERIFY(still.value().share.equals(s.verifier.state().share));
        s.clock.advanceSeconds(1);
        QVERIFY(!s.verifier.checkTrusted(CheckTrustedRequest{r.value().trustedToken}).ok());
        // A damaged token is refused, not a crash.
        QByteArray damaged = r.value().trustedToken;
        damaged[5] = char(damaged[5] ^ 1);
        QVERIFY(!s.verifier.checkTrusted(CheckTrustedRequest{damaged}).ok());
        QVERIFY(!s.verifier.checkTrusted(CheckTrustedRequest{QByteArray()}).ok());
    }

    void methodChangesForgetRememberedComputers()
    {
        Setup s;
        s.withAuthenticator();
        const Answer<ReleaseReply> r =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs()), true);
        QVERIFY(r.ok());
        s.withEmail();
        QVERIFY(!s.verifier.checkTrusted(CheckTrustedRequest{r.value().trustedToken}).ok());
        QVERIFY(s.verifier.status().trustedComputers.isEmpty());
    }

    void everySignInRemembersNothing()
    {
        Setup s;
        s.withAuthenticator();
        s.verifier.setPrompt(SecondFactorPrompt::EverySignIn);
        const Answer<ReleaseReply> r =
            s.check(SignInMethod::Authenticator, totpAt(s.totpSecret, s.clock.nowMs()), true);
        QVERIFY(r.ok());
        QVERIFY(r.value().trustedToken.isEmpty());
        QCOMPARE(s.verifier.begin().prompt, SecondFactorPrompt::EverySignIn);
    }

    void firstMethodMakesTheShareAndTheLastOneDropsIt()
    {
        Setup s;
        QVERIFY(!s.verifier.state().twoFactorOn());
        s.withAuthenticator();
        QCOMPARE(s.verifier.state().share.size(), kShareBytes);
        const SecureBuffer share = s.verifier.state().share.clone();
        QCOMPARE(s.recoveryCodes.size(), std::size_t(10));
        s.recoveryCodes.clear();
        s.withEmail();
        QVERIFY(s.recoveryCodes.empty()); // only the first method shows recovery codes
        QVERIFY(s.verifier.state().share.equals(share));
        QVERIFY(s.verifier.setDefaultMethod(SignInMethod::Email).ok());
        BeginReply begin = s.verifier.begin();
        QCOMPARE(begin.methods.size(), 2);
        QCOMPARE(begin.methods[0].method, SignInMethod::Email);
        QCOMPARE(begin.methods[0].maskedTarget, QStringLiteral("m•••@example.com"));
        QCOMPARE(begin.methods[1].method, SignInMethod::Authenticator);
        QVERIFY(s.verifier.disable(SignInMethod::Email).ok());
        QCOMPARE(s.verifier.state().defaultMethod, SignInMethod::Authenticator);
        QVERIFY(s.verifier.disable(SignInMethod::Authenticator).ok());
        QVERIFY(!s.verifier.state().twoFactorOn());
        QVERIFY(s.verifier.state().share.isEmpty());
        QVERIFY(s.verifier.state().recoveryHashes.isEmpty());
        QCOMPARE(s.verifier.disable(SignInMethod::Authenticator).error().code, ErrorCode::NotFound);
    }

    void setupCodesFollowTheSameRules()
    {
        Setup s;
        QVERIFY(
            s.verifier.sendSetupCode(SignInMethod::Sms, QStringLiteral("+447123456789"), "a", s.sender).ok());
        QCOMPARE(s.sender.last().method, SignInMethod::Sms);
        const QString right = s.sender.last().code;
        Answer<std::vector<SecureBuffer>> wrong =
            s.verifier.confirmSetupCode(SignInMethod::Sms, pw(s.wrongCodeFor(right)));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.refusal().triesLeft, 2);
        QVERIFY(!s.verifier.state().twoFactorOn());
        QCOMPARE(s.verifier.state().failures, 0); // setting up does not count towards the lockout
        QCOMPARE(s.verifier.sendSetupCode(SignInMethod::Sms, QStringLiteral("+447123456789"), "a", s.sender)
                     .refusal()
                     .code,
                 ErrorCode::DeliveryRateLimited);
        s.clock.advanceSeconds(601);
        QVERIFY(!s.verifier.confirmSetupCode(SignInMethod::Sms, pw(right)).ok()); // expired
        QVERIFY(
            s.verifier.sendSetupCode(SignInMethod::Sms, QStringLiteral("+447123456789"), "a", s.sender).ok());
        QVERIFY(s.verifier.confirmSetupCode(SignInMethod::Sms, pw(s.sender.last().code)).ok());
        QCOMPARE(s.verifier.status().method(SignInMethod::Sms).maskedTarget,
                 QStringLiteral("+44 •••• ••6789"));
        QCOMPARE(s.verifier.status().method(SignInMethod::Sms).target, QStringLiteral("+447123456789"));
        QVERIFY(s.verifier.status().method(SignInMethod::Sms).isDefault);
    }

    void aWrongNewAuthenticatorCodeDoesNotTurnItOn()
    {
        Setup s;
        const SecureBuffer secret = otp::newSecret(s.random);
        const QString later = totpAt(secret, s.clock.nowMs() + 5 * 60'000);
        Answer<std::vector<SecureBuffer>> r =
            s.verifier.enableAuthenticator(secret.clone(), QStringLiteral("me"), pw(later));
        QVERIFY(!r.ok());
        QVERIFY(r.refusal().sentence().contains(QStringLiteral("5 minutes slow")));
        QVERIFY(!s.verifier.state().twoFactorOn());
    }

    void messagesRoundTripThroughMaps()
    {
        Setup s;
        s.withAuthenticator();
        const QCborMap beginReply = s.verifier.handle(BeginRequest().toCbor(), s.sender);
        Answer<BeginReply> begin = readReply<BeginReply>(beginReply);
        QVERIFY(begin.ok());
        QVERIFY(begin.value().twoFactorOn);
        QCOMPARE(begin.value().methods.size(), 1);
        QCOMPARE(begin.value().recoveryCodesLeft, 10);
        QCOMPARE(begin.value().challenge.size(), 16);

        CheckCodeRequest request;
        request.method = SignInMethod::Authenticator;
        request.code = pw(totpAt(s.totpSecret, s.clock.nowMs()));
        Answer<ReleaseReply> released =
            readReply<ReleaseReply>(s.verifier.handle(request.toCbor(), s.sender));
        QVERIFY(released.ok());
        QVERIFY(released.value().share.equals(s.verifier.state().share));
        Answer<ReleaseReply> replay = readReply<ReleaseReply>(s.verifier.handle(request.toCbor(), s.sender));
        QVERIFY(!replay.ok());
        QCOMPARE(replay.refusal().code, ErrorCode::WrongCode);
        QVERIFY(replay.refusal().sentence().startsWith(sentences::codeReplayed()));

        Answer<SendCodeReply> notOn = readReply<SendCodeReply>(s.verifier.handle(
            SendCodeRequest{SignInMethod::Sms, begin.value().challenge}.toCbor(), s.sender));
        QCOMPARE(notOn.refusal().code, ErrorCode::NotFound);
        QCOMPARE(notOn.refusal().sentence(),
                 QStringLiteral("Text message (SMS) is not turned on for this vault."));
        QCborMap nonsense;
        nonsense.insert(QStringLiteral("op"), QStringLiteral("steal"));
        QCOMPARE(readReply<BeginReply>(s.verifier.handle(nonsense, s.sender)).refusal().code,
                 ErrorCode::Internal);
    }

    void theRealSenderNeedsDeliverySettings()
    {
        DeliveryCodeSender sender;
        CodeDelivery mail{SignInMethod::Email, QStringLiteral("me@example.com"), pw("123456"), 10,
                          SecureBuffer()};
        const Status noMail = sender.send(mail);
        QCOMPARE(noMail.error().code, ErrorCode::DeliveryNotConfigured);
        QVERIFY(noMail.error().message.startsWith(QStringLiteral("Codes cannot be sent by email yet")));
        CodeDelivery sms{SignInMethod::Sms, QStringLiteral("+447123456789"), pw("123456"), 10,
                         SecureBuffer()};
        QCOMPARE(sender.send(sms).error().code, ErrorCode::DeliveryNotConfigured);

        // With settings, the delivery code really runs: nothing listens on this port.
        DeliverySettings settings;
        settings.smtp.host = QStringLiteral("127.0.0.1");
        settings.smtp.port = 1;
        settings.smtp.security = SmtpSecurity::None;
        settings.smtp.fromAddress = QStringLiteral("twofold@example.com");
        const QByteArray cbor = settings.toCbor().toCborValue().toCbor();
        mail.deliverySettings = SecureBuffer::fromBytes(cbor);
        const Status refused = sender.send(mail);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().code == ErrorCode::DeliveryFailed ||
                refused.error().code == ErrorCode::DeliveryTimeout);
        mail.deliverySettings = SecureBuffer::fromBytes(QByteArrayLiteral("\xa1\x64smtp\x05")); // smtp: 5
        QCOMPARE(sender.send(mail).error().code, ErrorCode::FileDamaged);
    }
};

QTEST_GUILESS_MAIN(TestVerifierSetup)
#include "tst_verifiersetup.moc"
