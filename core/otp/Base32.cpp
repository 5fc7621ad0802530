#include "otp/Base32.h"

#include <QCoreApplication>

#include <sodium.h>

namespace twofold::otp {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The 5-bit value of an upper- or lower-case base32 letter, or -1.
int valueOf(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'a' && c <= u'z')
        return c - u'a';
    if (c >= u'2' && c <= u'7')
        return c - u'2' + 26;
    return -1;
}

bool isIgnored(QChar c)
{
    return c.isSpace() || c.category() == QChar::Punctuation_Dash;
}

// How a character is named in a sentence: itself in quotes, or its code point when unprintable.
QString shown(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("“%1”").arg(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

QString badCharacterSentence(QChar c, qsizetype position)
{
    QString sentence =
        QCoreApplication::translate(
            "Twofold::Otp",
            "The setup key has %1 at character %2, but setup keys use only the letters A to Z and "
            "the digits 2 to 7.")
            .arg(shown(c))
            .arg(position + 1);
    if (c == u'0')
        sentence +=
            QLatin1Char(' ') + QCoreApplication::translate("Twofold::Otp", "The 0 is probably the letter O.");
    else if (c == u'1')
        sentence += QLatin1Char(' ') +
                    QCoreApplication::translate("Twofold::Otp", "The 1 is probably the letter I or L.");
    else if (c == u'8')
        sentence +=
            QLatin1Char(' ') + QCoreApplication::translate("Twofold::Otp", "The 8 is probably the letter B.");
    return sentence;
}
} // namespace

QString base32Encode(QByteArrayView bytes, Base32Padding padding)
{
    QString out;
    out.reserve((bytes.size() + 4) / 5 * 8);
    quint32 buffer = 0;
    int bits = 0;
    for (char byte : bytes) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += QLatin1Char(kAlphabet[(buffer >> bits) & 0x1f]);
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    if (padding == Base32Padding::Pad)
        while (out.size() % 8 != 0)
            out += QLatin1Char('=');
    return out;
}

Result<SecureBuffer> base32Decode(QStringView text)
{
    // First pass: validate and count the letters, so the output is allocated once, in
    // secure memory, at its final size.
    qsizetype letters = 0;
    qsizetype firstPadding = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (isIgnored(c))
            continue;
        if (c == u'=') {
            if (firstPadding < 0)
                firstPadding = i;
            continue;
        }
        if (valueOf(c.unicode()) < 0)
            return Error(ErrorCode::InvalidInput, badCharacterSentence(c, i));
        if (firstPadding >= 0)
            return Error(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "Twofold::Otp", "The setup key has “=” at character %1, before its end; “=” "
                                             "may only come at the end of a key.")
                             .arg(firstPadding + 1));
        ++letters;
    }

    SecureBuffer out(std::size_t(letters * 5 / 8));
    quint32 buffer = 0;
    int bits = 0;
    std::size_t written = 0;
    for (QChar c : text) {
        const int value = valueOf(c.unicode());
        if (value < 0)
            continue;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out.data()[written++] = static_cast<unsigned char>(buffer >> bits);
        }
    }
    sodium_memzero(&buffer, sizeof buffer);
    return out;
}

QString groupedSetupKey(const SecureBuffer& secret)
{
    QString plain = base32Encode(secret.view(), Base32Padding::NoPad);
    QString grouped;
    grouped.reserve(plain.size() + plain.size() / 4);
    for (qsizetype i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            grouped += QLatin1Char(' ');
        grouped += plain[i];
    }
    wipe(plain);
    return grouped;
}

} // namespace twofold::otp
