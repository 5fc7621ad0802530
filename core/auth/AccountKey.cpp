#include "auth/AccountKey.h"

#include "auth/AuthText.h"
#include "vault/VaultFile.h"

#include <sodium.h>

#include <cstring>

namespace twofold {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr char kCheckKey[] = "TF1 account key";
constexpr int kLetters = kAccountKeyGroups * kAccountKeyGroupLength; // 40 letters = 25 bytes

// The first kAccountKeyCheckBytes of BLAKE2b-128(key = "TF1 account key", bytes).
void check(const unsigned char* bytes, unsigned char* out)
{
    unsigned char full[crypto_generichash_BYTES_MIN];
    crypto_generichash(full, sizeof full, bytes, kAccountKeyBytes,
                       reinterpret_cast<const unsigned char*>(kCheckKey), sizeof kCheckKey - 1);
    std::memcpy(out, full, kAccountKeyCheckBytes);
    sodium_memzero(full, sizeof full);
}

int letterValue(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return c - u'A';
    if (c >= u'2' && c <= u'7')
        return 26 + (c - u'2');
    return -1;
}

Error invalid(const QString& sentence)
{
    return Error(ErrorCode::InvalidInput, sentence);
}

} // namespace

AccountKey AccountKey::generate(Random& random)
{
    SecureBuffer bytes(kAccountKeyBytes);
    random.fill(bytes.data(), bytes.size());
    return AccountKey(std::move(bytes));
}

Result<AccountKey> AccountKey::fromBytes(const SecureBuffer& bytes)
{
    if (bytes.size() != kAccountKeyBytes)
        return invalid(
            AuthText::tr("The account key kept on this computer is damaged: give the account key from "
                         "your emergency kit."));
    return AccountKey(bytes.clone());
}

Result<AccountKey> AccountKey::parse(QStringView text)
{
    // Letters only, upper case; the prefix dropped.
    SecureBuffer letters(std::size_t(text.size()) + 1);
    std::size_t count = 0;
    int position = 0; // of the character in text, for the sentence (1-based)
    qsizetype start = 0;
    {
        // "TF1" (any case, then a dash or space or nothing) is the format's name, not key letters.
        qsizetype i = 0;
        while (i < text.size() && (text[i].isSpace() || text[i] == u'-'))
            ++i;
        if (text.size() - i >= 3 && text.sliced(i, 3).compare(u"TF1", Qt::CaseInsensitive) == 0)
            start = i + 3;
    }
    for (qsizetype i = start; i < text.size(); ++i) {
        position = int(i) + 1;
        const QChar c = text[i];
        if (c.isSpace() || c == u'-' || c == QChar(0x2010) || c == QChar(0x2013))
            continue;
        const char16_t upper = c.toUpper().unicode();
        if (letterValue(upper) < 0) {
            QString why;
            if (upper == u'0')
                why = AuthText::tr(" (the key has no zeros: it may be the letter O)");
            else if (upper == u'1')
                why = AuthText::tr(" (the key has no ones: it may be the letter I or L)");
            else if (upper == u'8')
                why = AuthText::tr(" (the key has no eights: it may be the letter B)");
            return invalid(AuthText::tr("An account key has only the letters A to Z and the digits 2 to 7: "
                                        "\"%1\" at place %2 is not one of them%3.")
                               .arg(c)
                               .arg(position)
                               .arg(why));
        }
        if (count < letters.size())
            letters.data()[count] = static_cast<unsigned char>(upper);
        ++count;
    }
    if (count != std::size_t(kLetters))
        return invalid(AuthText::tr("An account key has %1 letters and digits after \"TF1\" (eight groups of "
                                    "five); this one has %2. Compare it with your emergency kit.")
                           .arg(kLetters)
                           .arg(count));
    unsigned char raw[kAccountKeyBytes + kAccountKeyCheckBytes] = {};
    quint32 buffer = 0;
    int bits = 0;
    std::size_t out = 0;
    for (int i = 0; i < kLetters; ++i) {
        buffer = (buffer << 5) | quint32(letterValue(char16_t(letters.data()[i])));
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            raw[out++] = static_cast<unsigned char>((buffer >> bits) & 0xff);
        }
    }
    buffer = 0;
    unsigned char expected[kAccountKeyCheckBytes];
    check(raw, expected);
    const bool fits = sodium_memcmp(expected, raw + kAccountKeyBytes, kAccountKeyCheckBytes) == 0;
    SecureBuffer bytes = SecureBuffer::fromBytes(raw, kAccountKeyBytes);
    sodium_memzero(raw, sizeof raw);
    if (!fits)
        return invalid(AuthText::tr("This account key has a typo: compare each group of five with your "
                                    "emergency kit."));
    return AccountKey(std::move(bytes));
}

SecureBuffer AccountKey::text() const
{
    unsigned char raw[kAccountKeyBytes + kAccountKeyCheckBytes];
    std::memcpy(raw, m_bytes.data(), kAccountKeyBytes);
    check(raw, raw + kAccountKeyBytes);
    // "TF1" + 8 x ("-" + 5 letters)
    SecureBuffer out(std::size_t(3 + kAccountKeyGroups * (kAccountKeyGroupLength + 1)));
    unsigned char* p = out.data();
    *p++ = 'T';
    *p++ = 'F';
    *p++ = '1';
    quint32 buffer = 0;
    int bits = 0;
    int letters = 0;
    for (std::size_t i = 0; i < sizeof raw; ++i) {
        buffer = (buffer << 8) | raw[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (letters % kAccountKeyGroupLength == 0)
                *p++ = '-';
            *p++ = static_cast<unsigned char>(kAlphabet[(buffer >> bits) & 31]);
            ++letters;
        }
    }
    buffer = 0;
    sodium_memzero(raw, sizeof raw);
    return out;
}

} // namespace twofold
