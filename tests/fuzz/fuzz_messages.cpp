// Fuzz target: the verifier link's messages (Messages.h), as a server would read them from the
// network and a client from a server's replies. Any bytes: read as CBOR (parseMessage), then every request
// and reply parser, the refusal's sentence, and a real Verifier handling the request. Nothing
// may crash, and a request that parses must survive a round trip.
#include "FuzzTarget.h"

#include "auth/Messages.h"
#include "auth/Verifier.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "otp/Totp.h"

#include <QCborValue>

#include <cstdlib>

using namespace twofold;

namespace {

class NoSender final : public CodeSender
{
public:
    Status send(const CodeDelivery&) override { return {}; }
};

const QByteArray kAccount = QByteArrayLiteral("0123456789abcdef");

VerifierState stateWithMethods()
{
    ManualClock clock(1'700'000'000'000);
    SeededRandom random(3);
    Verifier verifier(VerifierState(), clock, random);
    SecureBuffer secret = otp::newSecret(random);
    otp::OtpParams params;
    params.secret = secret.clone();
    const QString code = otp::generate(params, clock.nowSeconds());
    (void)verifier.enableAuthenticator(std::move(secret), QStringLiteral("me"), SecureBuffer::fromUtf8(code));
    NoSender sender;
    (void)verifier.sendSetupCode(SignInMethod::Email, QStringLiteral("me@example.com"), "c", sender);
    return verifier.releaseState();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QCborMap map = parseMessage(QByteArrayView(reinterpret_cast<const char*>(data), qsizetype(size)));
    (void)readEnvelope(map);
    (void)Refusal::fromCbor(map).sentence();
    (void)readReply<BeginReply>(map);
    (void)readReply<SendCodeReply>(map);
    (void)readReply<ReleaseReply>(map);
    (void)readReply<SettingsReply>(map);
    (void)BeginRequest::fromCbor(map);
    (void)SendCodeRequest::fromCbor(map);
    (void)CheckCodeRequest::fromCbor(map);
    (void)CheckTrustedRequest::fromCbor(map);
    (void)TwoFactorStatus::fromCbor(map);
    if (Result<SettingsRequest> settings = SettingsRequest::fromCbor(map)) {
        Result<SettingsRequest> again = SettingsRequest::fromCbor(settings->toCbor());
        if (!again || again->op != settings->op || again->name != settings->name ||
            again->target != settings->target)
            std::abort(); // a request we accept must be one we can write back
    }
    static const VerifierState state = stateWithMethods();
    ManualClock clock(1'700'000'000'000);
    SeededRandom random(5);
    NoSender sender;
    Verifier verifier(state.clone(), clock, random);
    const QCborMap reply = verifier.handle(map, sender);
    if (!reply.contains(QLatin1StringView("ok")))
        std::abort(); // every request gets an answer
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    CheckCodeRequest check;
    check.code = SecureBuffer::fromUtf8(QStringLiteral("123456"));
    check.rememberComputer = true;
    check.computerName = QStringLiteral("laptop");
    SettingsRequest add(SettingsOp::AddAppPassword);
    add.name = QStringLiteral("backup");
    SettingsRequest setup(SettingsOp::SendSetupCode);
    setup.method = SignInMethod::Sms;
    setup.target = QStringLiteral("+447123456789");
    setup.challenge = "challenge";
    Refusal refusal(ErrorCode::LockedOut, RefusalReason::LockedOut);
    refusal.lockedForMs = 30'000;
    SendCodeReply sent;
    sent.maskedTarget = QStringLiteral("m•••@example.com");
    sent.resendAfterMs = 30'000;
    const QList<QCborMap> maps = {
        envelope(BeginRequest().toCbor(), kAccount, "proof"),
        envelope(SendCodeRequest{SignInMethod::Email, "challenge"}.toCbor(), kAccount),
        envelope(check.toCbor(), kAccount),
        envelope(CheckTrustedRequest{QByteArray(64, 't')}.toCbor(), kAccount),
        envelope(add.toCbor(), kAccount),
        envelope(setup.toCbor(), kAccount),
        refusedReply(refusal),
        okReply(sent.toCbor()),
    };
    QList<QByteArray> seeds;
    for (const QCborMap& m : maps)
        seeds.append(m.toCborValue().toCbor());
    return seeds;
}
