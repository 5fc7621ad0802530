// Fuzz target: the otpauth:// parser and base32 decoding. Besides not crashing, every URI
// that parses must survive a round trip: parseUri(buildUri(p)) == p.
#include "FuzzTarget.h"

#include "otp/Base32.h"
#include "otp/OtpUri.h"
#include "otp/Totp.h"

#include <cstdlib>

using namespace twofold;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)otp::base32Decode(text);
    Result<otp::OtpParams> params = otp::parseUri(text);
    if (params.ok()) {
        Result<otp::OtpParams> again = otp::parseUri(otp::buildUri(*params));
        if (!again.ok() || !(*again == *params))
            std::abort(); // a URI we accept must be one we can write back
        (void)otp::generate(*params, 1700000000);
        (void)otp::secondsRemaining(*params, 1700000000);
    }
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    return {
        QByteArrayLiteral("otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"),
        QByteArrayLiteral(
            "otpauth://hotp/Bank%20X:bob?secret=GEZDGNBVGY3TQOJQ&counter=7&digits=8&algorithm=SHA512"),
        QByteArrayLiteral(
            "otpauth://totp/ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer="
            "ACME%20Co&algorithm=SHA256&digits=7&period=60&image=x"),
        QByteArrayLiteral("jbsw y3dp-ehpk 3pxp===="),
    };
}
