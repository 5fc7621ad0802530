// Fuzz targets for the parsers of what sits on disk or comes from an administrator, one binary
// each (TWOFOLD_FUZZ_SETTINGS_KIND picks the parser):
//   state     the verifier state (VerifierState::decode), as read from a vault's auth section
//   delivery  the delivery settings' CBOR (DeliverySettings::fromCbor), then their checks
//   policy    the administrator's policy JSON (Policy::parse)
//   phone     a phone number as typed, in several regions (PhoneNumber::parse), and its E.164
// Nothing may crash; whatever is accepted must survive its own round trip.
#include "FuzzTarget.h"

#include "auth/Messages.h"
#include "auth/Policy.h"
#include "auth/Verifier.h"
#include "auth/VerifierState.h"
#include "common/Clock.h"
#include "common/Random.h"
#include "delivery/DeliverySettings.h"
#include "delivery/PhoneNumber.h"
#include "otp/Totp.h"

#include <QCborValue>
#include <QString>

#include <cstdlib>
#include <string_view>

using namespace twofold;

namespace {

constexpr std::string_view kKind = TWOFOLD_FUZZ_SETTINGS_KIND;

class NoSender final : public CodeSender
{
public:
    Status send(const CodeDelivery&) override { return {}; }
};

void fuzzState(QByteArrayView bytes)
{
    Result<VerifierState> state = VerifierState::decode(SecureBuffer::fromBytes(bytes));
    if (!state)
        return;
    // An accepted state is one the verifier can run on and write back.
    Result<VerifierState> again = VerifierState::decode(state->encode());
    if (!again)
        std::abort();
    ManualClock clock(1'700'000'000'000);
    SeededRandom random(7);
    Verifier verifier(std::move(state).value(), clock, random);
    (void)verifier.status();
    (void)verifier.begin();
    CheckCodeRequest check;
    check.code = SecureBuffer::fromUtf8(QStringLiteral("123456"));
    (void)verifier.checkCode(check);
}

void fuzzDelivery(QByteArrayView bytes)
{
    // Read as Twofold reads CBOR from outside (parseMessage: Qt 6.4's QCborValue::fromCbor alone
    // throws bad_alloc on a crafted length, which this target found).
    const QCborMap map = parseMessage(bytes);
    if (map.isEmpty())
        return;
    Result<DeliverySettings> settings = DeliverySettings::fromCbor(map);
    if (!settings)
        return;
    (void)settings->smtp.validate();
    (void)settings->sms.validate();
    Result<DeliverySettings> again = DeliverySettings::fromCbor(settings->toCbor());
    if (!again || again->smtp.host != settings->smtp.host || again->sms.provider != settings->sms.provider)
        std::abort();
}

void fuzzPolicy(QByteArrayView bytes)
{
    (void)Policy::parse(bytes.toByteArray(), QStringLiteral("/etc/twofold/policy.json"));
}

void fuzzPhone(QByteArrayView bytes)
{
    const QString input = QString::fromUtf8(bytes);
    for (const QString& region :
         {QStringLiteral("GB"), QStringLiteral("US"), QStringLiteral("DE"), QString()}) {
        Result<PhoneNumber> number = PhoneNumber::parse(input, region);
        if (!number)
            continue;
        Result<PhoneNumber> again = PhoneNumber::fromE164(number->e164());
        if (!again || again->e164() != number->e164())
            std::abort(); // a number we accept must read back from its own E.164 form
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (kKind == "state")
        fuzzState(bytes);
    else if (kKind == "delivery")
        fuzzDelivery(bytes);
    else if (kKind == "policy")
        fuzzPolicy(bytes);
    else
        fuzzPhone(bytes);
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    if (kKind == "state") {
        ManualClock clock(1'700'000'000'000);
        SeededRandom random(3);
        Verifier verifier(VerifierState(), clock, random);
        SecureBuffer secret = otp::newSecret(random);
        otp::OtpParams params;
        params.secret = secret.clone();
        const QString code = otp::generate(params, clock.nowSeconds());
        (void)verifier.enableAuthenticator(std::move(secret), QStringLiteral("me"),
                                           SecureBuffer::fromUtf8(code));
        NoSender sender;
        (void)verifier.sendSetupCode(SignInMethod::Email, QStringLiteral("me@example.com"), "c", sender);
        const SecureBuffer encoded = verifier.state().encode();
        return {QByteArray(reinterpret_cast<const char*>(encoded.data()), qsizetype(encoded.size())),
                QByteArray()};
    }
    if (kKind == "delivery") {
        DeliverySettings settings;
        settings.smtp.host = QStringLiteral("smtp.example.com");
        settings.smtp.username = QStringLiteral("me");
        settings.smtp.password = SecureBuffer::fromUtf8(QStringLiteral("secret"));
        settings.smtp.fromAddress = QStringLiteral("twofold@example.com");
        settings.sms.provider = SmsProvider::Twilio;
        settings.sms.twilio.accountSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
        return {settings.toCbor().toCborValue().toCbor(), DeliverySettings().toCbor().toCborValue().toCbor()};
    }
    if (kKind == "policy")
        return {
            QByteArrayLiteral(
                R"({"twoFactor": "required", "allowedMethods": ["authenticator", "email"], "server": "https://signin.example.org"})"),
            QByteArrayLiteral(R"({"twoFactor": "off"})"), QByteArrayLiteral(R"({"twoFactor": "optional"})")};
    return {QByteArrayLiteral("07123 456789"), QByteArrayLiteral("+44 7123 456789"),
            QByteArrayLiteral("(202) 555-0143"), QByteArrayLiteral("+49 1512 3456789"),
            QByteArrayLiteral("00447123456789")};
}
