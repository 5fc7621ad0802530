#include "otp/OtpUri.h"

#include "otp/Base32.h"

#include <QCoreApplication>

#include <limits>
#include <optional>

namespace twofold::otp {

namespace {
Error invalid(const QString& sentence)
{
    return Error(ErrorCode::InvalidInput, sentence);
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

// text with %XX escapes decoded as UTF-8 (and '+' read as a space when plusIsSpace).
Result<QString> percentDecode(QStringView text, bool plusIsSpace)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 3);
    qsizetype plainStart = 0; // a run of characters taken as they are, converted to UTF-8 at once
    const auto flushPlain = [&](qsizetype end) {
        QByteArray run = text.mid(plainStart, end - plainStart).toUtf8();
        bytes += run;
        wipe(run);
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'%') {
            const int high = i + 2 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = high >= 0 ? hexValue(text[i + 2]) : -1;
            if (low < 0) {
                wipe(bytes);
                return invalid(QCoreApplication::translate(
                                   "Twofold::Otp", "The link has a broken %-escape: “%1”. A “%” must be "
                                                   "followed by two hexadecimal digits.")
                                   .arg(text.mid(i, 3)));
            }
            flushPlain(i);
            bytes += char(high * 16 + low);
            i += 2;
            plainStart = i + 1;
        } else if (c == u'+' && plusIsSpace) {
            flushPlain(i);
            bytes += ' ';
            plainStart = i + 1;
        }
    }
    flushPlain(text.size());
    QString decoded = QString::fromUtf8(bytes);
    wipe(bytes);
    return decoded;
}

// Digits only (no sign, no spaces), no overflow past max.
std::optional<quint64> parseUnsigned(QStringView text, quint64 max)
{
    if (text.isEmpty() || text.size() > 20)
        return std::nullopt;
    quint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        const quint64 digit = c.unicode() - u'0';
        if (digit > max || value > (max - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

QString percentEncode(const QString& text)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QString out;
    const QByteArray bytes = text.toUtf8();
    out.reserve(bytes.size());
    for (char ch : bytes) {
        const auto b = quint8(ch);
        const bool plain = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
                           b == '-' || b == '.' || b == '_' || b == '~' || b == '@';
        if (plain) {
            out += QLatin1Char(char(b));
        } else {
            out += QLatin1Char('%');
            out += QLatin1Char(kHex[b >> 4]);
            out += QLatin1Char(kHex[b & 0x0f]);
        }
    }
    return out;
}

// The label's issuer prefix and account, split at the first ':' (or, when there is none, the
// first %3A) and decoded.
Status splitLabel(QStringView label, QString* issuer, QString* account)
{
    qsizetype colon = label.indexOf(u':');
    qsizetype after = colon + 1;
    if (colon < 0) {
        colon = label.indexOf(u"%3A", 0, Qt::CaseInsensitive);
        after = colon + 3;
    }
    const QStringView issuerPart = colon < 0 ? QStringView() : label.left(colon);
    const QStringView accountPart = colon < 0 ? label : label.mid(after);
    Result<QString> decodedIssuer = percentDecode(issuerPart, false);
    if (!decodedIssuer)
        return decodedIssuer.error();
    Result<QString> decodedAccount = percentDecode(accountPart, false);
    if (!decodedAccount)
        return decodedAccount.error();
    *issuer = decodedIssuer->trimmed();
    *account = decodedAccount->trimmed();
    return {};
}

Result<Algorithm> parseAlgorithm(const QString& value)
{
    const QString name = value.trimmed().toUpper().remove(QLatin1Char('-'));
    if (name == u"SHA1")
        return Algorithm::Sha1;
    if (name == u"SHA256")
        return Algorithm::Sha256;
    if (name == u"SHA512")
        return Algorithm::Sha512;
    return invalid(QCoreApplication::translate("Twofold::Otp",
                                               "The link asks for the algorithm “%1”, which Twofold does not "
                                               "support: only SHA1, SHA256 and SHA512 are.")
                       .arg(value));
}

// A parameter Twofold reads. Its value is wiped when done with: it may be the secret.
struct KnownParameter
{
    QString value;
    bool present = false;

    KnownParameter() = default;
    KnownParameter(const KnownParameter&) = delete;
    KnownParameter& operator=(const KnownParameter&) = delete;
    ~KnownParameter() { wipe(value); }
};

// Sets params.secret from the secret parameter's value, refusing a missing or bad key.
Status readSecret(KnownParameter& secret, OtpParams& params)
{
    const QString noSecret = QCoreApplication::translate(
        "Twofold::Otp", "The link has no secret (the setup key), so no codes can be made from it.");
    if (!secret.present || secret.value.trimmed().isEmpty())
        return invalid(noSecret);
    Result<SecureBuffer> key = base32Decode(secret.value);
    if (!key)
        return invalid(
            QCoreApplication::translate("Twofold::Otp", "The link's secret is not a valid setup key.") +
            QLatin1Char(' ') + key.error().message);
    if (key->isEmpty())
        return invalid(
            QCoreApplication::translate("Twofold::Otp", "The link's secret is too short to be a setup key."));
    params.secret = std::move(key).value();
    return {};
}
} // namespace

Result<OtpParams> parseUri(QStringView uri)
{
    QStringView text = uri.trimmed();
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("Twofold::Otp", "The link is empty."));
    if (const qsizetype hash = text.indexOf(u'#'); hash >= 0)
        text = text.left(hash);
    const qsizetype schemeEnd = text.indexOf(u"://");
    if (schemeEnd < 0 || text.left(schemeEnd).compare(u"otpauth", Qt::CaseInsensitive) != 0)
        return invalid(QCoreApplication::translate(
            "Twofold::Otp", "This is not a two-factor link: such links start with otpauth://."));
    const QStringView rest = text.mid(schemeEnd + 3);
    const qsizetype queryStart = rest.indexOf(u'?');
    const QStringView path = queryStart < 0 ? rest : rest.left(queryStart);
    const QStringView query = queryStart < 0 ? QStringView() : rest.mid(queryStart + 1);
    const qsizetype slash = path.indexOf(u'/');
    const QStringView typeName = slash < 0 ? path : path.left(slash);
    const QStringView label = slash < 0 ? QStringView() : path.mid(slash + 1);

    OtpParams params;
    if (typeName.compare(u"totp", Qt::CaseInsensitive) == 0)
        params.type = Type::Totp;
    else if (typeName.compare(u"hotp", Qt::CaseInsensitive) == 0)
        params.type = Type::Hotp;
    else if (typeName.isEmpty())
        return invalid(QCoreApplication::translate(
            "Twofold::Otp",
            "The link does not say which kind of codes it makes: otpauth:// must be followed by "
            "totp or hotp."));
    else
        return invalid(QCoreApplication::translate("Twofold::Otp",
                                                   "The link is for “%1” codes, but Twofold makes only totp "
                                                   "(time-based) and hotp (counter-based) codes.")
                           .arg(typeName));

    if (Status split = splitLabel(label, &params.issuer, &params.account); !split)
        return split.error();

    KnownParameter secret, issuer, algorithm, digits, period, counter;
    const bool isTotp = params.type == Type::Totp;
    for (QStringView part : query.split(u'&', Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(u'=');
        Result<QString> name = percentDecode(equals < 0 ? part : part.left(equals), true);
        if (!name)
            return name.error();
        Result<QString> value = percentDecode(equals < 0 ? QStringView() : part.mid(equals + 1), true);
        if (!value)
            return value.error();
        const QString key = name->toLower();
        KnownParameter* known = key == u"secret"               ? &secret
                                : key == u"issuer"             ? &issuer
                                : key == u"algorithm"          ? &algorithm
                                : key == u"digits"             ? &digits
                                : key == u"period" && isTotp   ? &period
                                : key == u"counter" && !isTotp ? &counter
                                                               : nullptr;
        if (!known) {
            params.unknownParameters.append({*name, *value});
            continue;
        }
        if (known->present) {
            wipe(*value);
            return invalid(QCoreApplication::translate(
                               "Twofold::Otp", "The link gives “%1” more than once, so it is not clear "
                                               "which to use.")
                               .arg(key));
        }
        known->present = true;
        known->value = std::move(value).value();
    }

    if (Status read = readSecret(secret, params); !read)
        return read.error();
    if (issuer.present && !issuer.value.trimmed().isEmpty())
        params.issuer = issuer.value.trimmed();
    if (algorithm.present) {
        Result<Algorithm> parsed = parseAlgorithm(algorithm.value);
        if (!parsed)
            return parsed.error();
        params.algorithm = *parsed;
    }
    if (digits.present) {
        const std::optional<quint64> n = parseUnsigned(digits.value.trimmed(), kMaxDigits);
        if (!n || *n < quint64(kMinDigits))
            return invalid(QCoreApplication::translate(
                               "Twofold::Otp", "The link asks for codes of “%1” digits, but codes have 6, "
                                               "7 or 8 digits.")
                               .arg(digits.value));
        params.digits = int(*n);
    }
    if (period.present) {
        const std::optional<quint64> n =
            parseUnsigned(period.value.trimmed(), std::numeric_limits<int>::max());
        if (!n || *n == 0)
            return invalid(QCoreApplication::translate(
                               "Twofold::Otp", "The link's period “%1” is not a whole number of seconds "
                                               "greater than zero.")
                               .arg(period.value));
        params.period = int(*n);
    }
    if (counter.present) {
        const std::optional<quint64> n =
            parseUnsigned(counter.value.trimmed(), std::numeric_limits<quint64>::max());
        if (!n)
            return invalid(QCoreApplication::translate(
                               "Twofold::Otp", "The link's counter “%1” is not a whole number of zero or "
                                               "more.")
                               .arg(counter.value));
        params.counter = *n;
    }
    return params;
}

Result<OtpParams> parseUri(const SecureBuffer& uriUtf8)
{
    QString text = QString::fromUtf8(uriUtf8.view());
    Result<OtpParams> parsed = parseUri(text);
    wipe(text);
    return parsed;
}

QString buildUri(const OtpParams& params)
{
    const bool isTotp = params.type == Type::Totp;
    QString uri;
    uri.reserve(512); // one allocation, so no stray copy of the secret is left behind by growth
    uri += isTotp ? u"otpauth://totp/" : u"otpauth://hotp/";
    if (!params.issuer.isEmpty())
        uri += percentEncode(params.issuer) + QLatin1Char(':');
    else if (params.account.contains(QLatin1Char(':')))
        uri += QLatin1Char(':'); // an empty prefix, so the account's own colon is not read as one
    uri += percentEncode(params.account);
    QString secret = base32Encode(params.secret.view(), Base32Padding::NoPad);
    uri += u"?secret=";
    uri += secret;
    wipe(secret);
    if (!params.issuer.isEmpty())
        uri += QStringLiteral("&issuer=") + percentEncode(params.issuer);
    uri += QStringLiteral("&algorithm=") + algorithmName(params.algorithm);
    uri += QStringLiteral("&digits=") + QString::number(params.digits);
    if (isTotp)
        uri += QStringLiteral("&period=") + QString::number(params.period);
    else
        uri += QStringLiteral("&counter=") + QString::number(params.counter);
    for (const auto& [name, value] : params.unknownParameters)
        uri += QLatin1Char('&') + percentEncode(name) + QLatin1Char('=') + percentEncode(value);
    return uri;
}

} // namespace twofold::otp
