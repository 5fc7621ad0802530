#pragma once
// PasswordGenerator: random passwords (characters) and passphrases (words of the EFF large
// word list, embedded as a resource), drawn from an injected Random. The result is in secure
// memory; nothing here keeps a copy.
#include "common/Random.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QByteArrayList>
#include <QString>

namespace twofold {

inline constexpr int kMinGeneratedLength = 8;
inline constexpr int kMaxGeneratedLength = 128;
inline constexpr int kDefaultGeneratedLength = 20;
inline constexpr int kMinPassphraseWords = 3;
inline constexpr int kMaxPassphraseWords = 20;
inline constexpr int kDefaultPassphraseWords = 6;
inline constexpr int kMaxSeparatorLength = 8; // characters

// Characters mode. Every chosen set appears at least once in the result.
struct CharacterOptions
{
    int length = kDefaultGeneratedLength;
    bool lower = true;              // a-z
    bool upper = true;              // A-Z
    bool digits = true;             // 0-9
    bool symbols = true;            // PasswordGenerator::kSymbols
    bool excludeLookAlikes = false; // leaves out PasswordGenerator::kLookAlikes
};

// Passphrase mode: words joined by separator, optionally each with a capital first letter.
struct PassphraseOptions
{
    int words = kDefaultPassphraseWords;
    QString separator = QStringLiteral("-");
    bool capitalise = false;
};

class PasswordGenerator
{
public:
    // Symbols that survive shells, CSV files and web forms: no quotes, backslash or backtick.
    static constexpr const char* kSymbols = "!#$%&()*+,-./:;<=>?@[]^_{|}~";
    // Characters easily mistaken for one another when read aloud or copied by hand.
    static constexpr const char* kLookAlikes = "Il1|O0o";

    // random: where chance comes from; it must outlive the generator.
    explicit PasswordGenerator(Random& random = systemRandom());

    // A password of options.length ASCII characters (UTF-8 = ASCII), uniformly drawn among
    // all strings of that length over the chosen sets that hold at least one of each set.
    // Refuses (InvalidInput, one sentence) a length outside 8..128 or no set chosen.
    [[nodiscard]] Result<SecureBuffer> characters(const CharacterOptions& options) const;

    // options.words words of wordList(), each drawn uniformly and independently, joined by
    // options.separator (UTF-8). Refuses (InvalidInput) a word count outside 3..20 and a
    // separator longer than 8 characters or holding a line break or other control character;
    // Internal when the embedded word list is missing (a broken build).
    [[nodiscard]] Result<SecureBuffer> passphrase(const PassphraseOptions& options) const;

    // The refusal characters()/passphrase() would give for options, or success.
    static Status check(const CharacterOptions& options);
    static Status check(const PassphraseOptions& options);

    // Bits of entropy of a result made with options (0 when options are refused).
    static double entropyBits(const CharacterOptions& options);
    static double entropyBits(const PassphraseOptions& options);

    // The characters options allow (before the at-least-one-of-each rule), in a fixed order.
    static QByteArray alphabet(const CharacterOptions& options);

    // The EFF large word list (7,776 lower-case words, CC BY 3.0; see resources/wordlists),
    // loaded once from the embedded resource. Empty when the resource is missing.
    static const QByteArrayList& wordList();

private:
    Random* m_random;
};

} // namespace twofold
