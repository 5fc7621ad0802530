#pragma once
// TOTP (RFC 6238) and code verification. Time is always a parameter (Unix seconds): callers
// read it from an injected Clock, so tests are exact.
#include "common/Random.h"
#include "otp/Hotp.h"
#include "otp/OtpParams.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace twofold::otp {

// The sign-in window: the current step and one either side (DESIGN §4.2).
inline constexpr int kVerifyWindowSteps = 1;
// How far a right code is looked for to tell a person their clock is off (DESIGN §4.2).
inline constexpr int kMaxClockSkewSeconds = 10 * 60;

// The RFC 6238 time step T = floor(unixSeconds / periodSeconds) (T0 = 0); floor also for
// negative times. periodSeconds <= 0 counts as the default 30.
qint64 timeStep(qint64 unixSeconds, int periodSeconds);

// The code params make at unixSeconds: TOTP uses the time step of unixSeconds; HOTP uses
// params.counter and ignores the time. params should be valid (as parseUri guarantees); a
// period <= 0 counts as 30 and digits are clamped as hotp() does.
QString generate(const OtpParams& params, qint64 unixSeconds);

// The code of TOTP time step (or HOTP counter) step, whatever the clock says.
QString generateAtStep(const OtpParams& params, qint64 step);

// Seconds until the TOTP code of unixSeconds changes: 1..period. 0 for HOTP (its codes do
// not expire).
int secondsRemaining(const OtpParams& params, qint64 unixSeconds);

// Which step code is right for, if any. TOTP: the time steps of unixSeconds ± windowSteps
// (the steps are returned as timeStep() numbers, so a caller can refuse a step at or before
// the last one it accepted: replays). HOTP: the counters params.counter ..
// params.counter + windowSteps (RFC 4226 §7.4 look-ahead). Spaces in code are ignored; a code
// of the wrong length or with other characters matches nothing. Every candidate is compared in
// constant time.
[[nodiscard]] std::optional<qint64> matchStep(const OtpParams& params, QStringView code, qint64 unixSeconds,
                                              int windowSteps = kVerifyWindowSteps);

// For a TOTP code matchStep refused: how many seconds ahead of unixSeconds the clock that made
// code was (negative: behind), found by searching the steps within ±maxSkewSeconds, nearest
// first. nullopt when no step there matches, and for HOTP. The result is a multiple of
// params.period; 0 or ±period means matchStep would have accepted it.
[[nodiscard]] std::optional<qint64> findClockSkew(const OtpParams& params, QStringView code,
                                                  qint64 unixSeconds,
                                                  int maxSkewSeconds = kMaxClockSkewSeconds);

// The sentence telling a person that a code was right for another time: "Your computer's
// clock seems 3 minutes slow…". skewSeconds as findClockSkew returns it.
QString describeClockSkew(qint64 skewSeconds);

// A new random secret of kNewSecretBytes (160 bits) drawn from random.
SecureBuffer newSecret(Random& random = systemRandom());

// Parameters for a new authenticator-app secret: TOTP, SHA-1, 6 digits, 30 s, 160 random bits.
OtpParams newTotpParams(const QString& issuer, const QString& account, Random& random = systemRandom());

} // namespace twofold::otp
