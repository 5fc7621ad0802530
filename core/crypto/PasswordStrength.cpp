#include "crypto/PasswordStrength.h"

#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QStringList>

#include <zxcvbn.h>

#include <algorithm>
#include <vector>

namespace twofold {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::PasswordStrength)
};

bool isDictionaryType(int type)
{
    const int base = type & ~MULTIPLE_MATCH;
    return base == DICTIONARY_MATCH || base == DICT_LEET_MATCH || base == USER_MATCH ||
           base == USER_LEET_MATCH;
}
} // namespace

PasswordStrength ratePassword(const QString& password, const QStringList& userWords)
{
    PasswordStrength result;
    const auto codePoints = password.toUcs4().size();
    QByteArray utf8 = password.toUtf8();
    std::vector<QByteArray> words;
    std::vector<const char*> dict;
    for (const QString& w : userWords)
        if (!w.isEmpty())
            words.push_back(w.toUtf8());
    for (const auto& w : words)
        dict.push_back(w.constData());
    dict.push_back(nullptr);

    ZxcMatch_t* info = nullptr;
    result.entropyBits = utf8.isEmpty() ? 0.0 : ZxcvbnMatch(utf8.constData(), dict.data(), &info);
    // The whole password is one dictionary word (or a leet/capitalised variant of one).
    bool common = false;
    for (ZxcMatch_t* m = info; m; m = m->Next)
        if (isDictionaryType(m->Type) && m->Begin == 0 && m->Length >= int(utf8.size()) && m->Entrpy < 24.0)
            common = true;
    ZxcvbnFreeInfo(info);
    wipe(utf8);

    // zxcvbn's guesses thresholds (1e3, 1e6, 1e8, 1e10) expressed in bits.
    const double bits = result.entropyBits;
    result.score = bits < 10 ? 0 : bits < 20 ? 1 : bits < 27 ? 2 : bits < 33 ? 3 : 4;

    if (codePoints < kMinMasterPasswordLength) {
        result.acceptable = false;
        result.score = std::min(result.score, 1);
        result.verdict = Text::tr("Too short: use at least %1 characters.").arg(kMinMasterPasswordLength);
    } else if (common || bits < 20) {
        result.acceptable = false;
        result.score = std::min(result.score, 1);
        result.verdict =
            common ? Text::tr("This is one of the most common passwords and would be guessed at once.")
                   : Text::tr("Too easy to guess: it follows a common pattern. Add a few unrelated words.");
    } else {
        result.acceptable = true;
        switch (result.score) {
        case 2:
            result.verdict = Text::tr("Fair: it would resist casual guessing. A longer passphrase is safer.");
            break;
        case 3:
            result.verdict = Text::tr("Good: hard to guess.");
            break;
        default:
            result.verdict = Text::tr("Strong: very hard to guess.");
            break;
        }
    }
    return result;
}

} // namespace twofold
