#pragma once
// otpauth:// URIs (Google's Key Uri Format), as authenticator apps and QR codes carry them:
//   otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "otp/OtpParams.h"

#include <QString>
#include <QStringView>

namespace twofold::otp {

// The parameters uri carries. Reads: scheme otpauth and type totp or hotp (any case); label
// "Issuer:account" or "account", percent-encoded (the colon may be %3A; spaces after it are
// dropped); parameters secret (base32, forgiving), issuer (wins over the label's prefix),
// algorithm (SHA1, SHA256, SHA512), digits (6..8), period (> 0, TOTP), counter (HOTP, default
// 0); '+' in a parameter value is a space; surrounding white space and a #fragment are ignored.
// Any other parameter (and counter in a totp URI, period in a hotp one) is kept, in order, in
// unknownParameters. Refuses, with one sentence saying what is wrong: another scheme or type,
// a missing or empty secret, bad base32, an unsupported algorithm, digits outside 6..8, a
// period of 0 or not a number, a bad counter, a known parameter given twice, a broken %-escape.
[[nodiscard]] Result<OtpParams> parseUri(QStringView uri);
// The same, for a URI held as UTF-8 in secure memory (as vault entries keep it).
[[nodiscard]] Result<OtpParams> parseUri(const SecureBuffer& uriUtf8);

// The canonical URI of params: lower-case type; label "Issuer:account" (":account" when there
// is no issuer and the account has a colon); secret as unpadded base32; issuer when not empty;
// algorithm, digits, and period (TOTP) or counter (HOTP) always; then unknownParameters.
// Everything but A-Z a-z 0-9 - . _ ~ @ is percent-encoded as UTF-8. parseUri(buildUri(p)) == p
// for valid params with trimmed issuer and account. Known leak: a QString holding the secret.
QString buildUri(const OtpParams& params);

} // namespace twofold::otp
