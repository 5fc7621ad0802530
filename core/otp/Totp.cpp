#include "otp/Totp.h"

#include <QCoreApplication>

#include <sodium.h>

#include <algorithm>
#include <cstdlib>

namespace twofold::otp {

namespace {
int validPeriod(const OtpParams& params)
{
    return params.period > 0 ? params.period : kDefaultPeriodSeconds;
}

// code without its spaces, as Latin-1 bytes; empty when it holds anything but digits.
QByteArray normalisedCode(QStringView code)
{
    QByteArray digits;
    digits.reserve(code.size());
    for (QChar c : code) {
        if (c.isSpace())
            continue;
        if (c < u'0' || c > u'9')
            return {};
        digits += char(c.unicode());
    }
    return digits;
}

bool sameCode(const QByteArray& given, const QString& expected)
{
    QByteArray wanted = expected.toLatin1();
    const bool same = !given.isEmpty() && given.size() == wanted.size() &&
                      sodium_memcmp(given.constData(), wanted.constData(), std::size_t(given.size())) == 0;
    wipe(wanted);
    return same;
}
} // namespace

qint64 timeStep(qint64 unixSeconds, int periodSeconds)
{
    const qint64 period = periodSeconds > 0 ? periodSeconds : kDefaultPeriodSeconds;
    qint64 step = unixSeconds / period;
    if (unixSeconds % period != 0 && unixSeconds < 0)
        --step;
    return step;
}

QString generateAtStep(const OtpParams& params, qint64 step)
{
    return hotp(params.secret, static_cast<quint64>(step), params.algorithm, params.digits);
}

QString generate(const OtpParams& params, qint64 unixSeconds)
{
    if (params.type == Type::Hotp)
        return hotp(params.secret, params.counter, params.algorithm, params.digits);
    return generateAtStep(params, timeStep(unixSeconds, validPeriod(params)));
}

int secondsRemaining(const OtpParams& params, qint64 unixSeconds)
{
    if (params.type == Type::Hotp)
        return 0;
    const int period = validPeriod(params);
    const qint64 elapsed = unixSeconds - timeStep(unixSeconds, period) * period;
    return int(period - elapsed);
}

std::optional<qint64> matchStep(const OtpParams& params, QStringView code, qint64 unixSeconds,
                                int windowSteps)
{
    const QByteArray given = normalisedCode(code);
    if (given.isEmpty())
        return std::nullopt;
    windowSteps = std::max(windowSteps, 0);
    qint64 first, last;
    if (params.type == Type::Hotp) {
        first = qint64(params.counter);
        last = first + windowSteps;
    } else {
        const qint64 now = timeStep(unixSeconds, validPeriod(params));
        first = now - windowSteps;
        last = now + windowSteps;
    }
    // Every candidate is computed and compared: the time taken says nothing about which matched.
    std::optional<qint64> matched;
    for (qint64 step = first; step <= last; ++step)
        if (sameCode(given, generateAtStep(params, step)) && !matched)
            matched = step;
    return matched;
}

std::optional<qint64> findClockSkew(const OtpParams& params, QStringView code, qint64 unixSeconds,
                                    int maxSkewSeconds)
{
    if (params.type == Type::Hotp)
        return std::nullopt;
    const QByteArray given = normalisedCode(code);
    if (given.isEmpty())
        return std::nullopt;
    const int period = validPeriod(params);
    const qint64 now = timeStep(unixSeconds, period);
    const qint64 reach = std::max(maxSkewSeconds, 0) / period;
    for (qint64 distance = 0; distance <= reach; ++distance) {
        if (sameCode(given, generateAtStep(params, now + distance)))
            return distance * period;
        if (distance > 0 && sameCode(given, generateAtStep(params, now - distance)))
            return -distance * period;
    }
    return std::nullopt;
}

QString describeClockSkew(qint64 skewSeconds)
{
    const int minutes = int(std::max<qint64>(1, (std::llabs(skewSeconds) + 30) / 60));
    // The code came from a clock ahead of this computer's: this computer is slow. "%n minutes"
    // reads right untranslated for 2 and more; one minute has its own sentence.
    if (skewSeconds > 0)
        return minutes == 1
                   ? QCoreApplication::translate("Twofold::Otp",
                                                 "That code is for another time: your computer's clock "
                                                 "seems a minute slow. Set the clock right, then enter a "
                                                 "new code.")
                   : QCoreApplication::translate("Twofold::Otp",
                                                 "That code is for another time: your computer's clock "
                                                 "seems %n minutes slow. Set the clock right, then enter "
                                                 "a new code.",
                                                 nullptr, minutes);
    return minutes == 1
               ? QCoreApplication::translate("Twofold::Otp",
                                             "That code is for another time: your computer's clock seems "
                                             "a minute fast. Set the clock right, then enter a new code.")
               : QCoreApplication::translate("Twofold::Otp",
                                             "That code is for another time: your computer's clock seems "
                                             "%n minutes fast. Set the clock right, then enter a new code.",
                                             nullptr, minutes);
}

SecureBuffer newSecret(Random& random)
{
    SecureBuffer secret(kNewSecretBytes, Qt::Uninitialized);
    random.fill(secret.data(), secret.size());
    return secret;
}

OtpParams newTotpParams(const QString& issuer, const QString& account, Random& random)
{
    OtpParams params;
    params.secret = newSecret(random);
    params.issuer = issuer;
    params.account = account;
    return params;
}

} // namespace twofold::otp
