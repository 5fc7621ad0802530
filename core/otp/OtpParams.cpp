#include "otp/OtpParams.h"

namespace twofold::otp {

OtpParams OtpParams::clone() const
{
    OtpParams copy;
    copy.type = type;
    copy.secret = secret.clone();
    copy.algorithm = algorithm;
    copy.digits = digits;
    copy.period = period;
    copy.counter = counter;
    copy.issuer = issuer;
    copy.account = account;
    copy.unknownParameters = unknownParameters;
    return copy;
}

bool operator==(const OtpParams& a, const OtpParams& b)
{
    const bool sameSecret = a.secret.equals(b.secret);
    return sameSecret && a.type == b.type && a.algorithm == b.algorithm && a.digits == b.digits &&
           a.period == b.period && a.counter == b.counter && a.issuer == b.issuer && a.account == b.account &&
           a.unknownParameters == b.unknownParameters;
}

QString algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return QStringLiteral("SHA1");
    case Algorithm::Sha256:
        return QStringLiteral("SHA256");
    case Algorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return QStringLiteral("SHA1");
}

} // namespace twofold::otp
