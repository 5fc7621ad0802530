#pragma once
// A Verifier on an injected clock and random, with helpers to turn methods on and check codes.
#include "CodeFixture.h"

#include "auth/Verifier.h"

namespace twofold::test {

inline const QByteArray kChallenge = QByteArrayLiteral("challenge-one");

struct Setup
{
    ManualClock clock{kStartMs};
    SeededRandom random{7};
    RecordingSender sender;
    Verifier verifier{VerifierState(), clock, random};
    SecureBuffer totpSecret;
    std::vector<SecureBuffer> recoveryCodes;

    // Turns the authenticator on (the first method) at the current time.
    void withAuthenticator()
    {
        totpSecret = otp::newSecret(random);
        Answer<std::vector<SecureBuffer>> codes = verifier.enableAuthenticator(
            totpSecret.clone(), QStringLiteral("me"), pw(totpAt(totpSecret, clock.nowMs())));
        QVERIFY(codes.ok());
        recoveryCodes = std::move(codes).value();
        clock.advanceSeconds(30); // the next sign-in needs the next step
    }
    // Turns email on for address (verifying a setup code).
    void withEmail(const QString& address = QStringLiteral("me@example.com"))
    {
        QVERIFY(verifier.sendSetupCode(SignInMethod::Email, address, "setup", sender).ok());
        Answer<std::vector<SecureBuffer>> codes =
            verifier.confirmSetupCode(SignInMethod::Email, pw(sender.last().code));
        QVERIFY(codes.ok());
        if (!codes.value().empty())
            recoveryCodes = std::move(codes).value();
    }
    Answer<ReleaseReply> check(SignInMethod method, const QString& code, bool remember = false)
    {
        CheckCodeRequest request;
        request.method = method;
        request.code = pw(code);
        request.rememberComputer = remember;
        request.computerName = QStringLiteral("laptop");
        return verifier.checkCode(request);
    }
    Answer<SendCodeReply> send(const QByteArray& challenge = kChallenge)
    {
        return verifier.sendCode(SendCodeRequest{SignInMethod::Email, challenge}, sender);
    }
    QString wrongCodeFor(const QString& right)
    {
        return right == QStringLiteral("000000") ? QStringLiteral("111111") : QStringLiteral("000000");
    }
};

} // namespace twofold::test
