#include "crypto/PasswordGenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <sodium.h>

#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace twofold {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::PasswordGenerator)
};

constexpr const char* kWordListResource = ":/twofold/wordlists/eff_large_wordlist.txt";
// Rejection sampling redraws a password that misses a chosen set; even the least likely
// settings succeed in a third of the draws, so this bound is reached only by a broken Random.
constexpr int kMaxDraws = 10000;

// The chosen character sets, look-alikes removed, in a fixed order.
std::vector<QByteArray> characterSets(const CharacterOptions& o)
{
    std::vector<QByteArray> sets;
    auto add = [&](bool chosen, const char* chars) {
        if (!chosen)
            return;
        QByteArray set;
        for (const char* c = chars; *c; ++c)
            if (!o.excludeLookAlikes || !std::strchr(PasswordGenerator::kLookAlikes, *c))
                set.append(*c);
        sets.push_back(set);
    };
    add(o.lower, "abcdefghijklmnopqrstuvwxyz");
    add(o.upper, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    add(o.digits, "0123456789");
    add(o.symbols, PasswordGenerator::kSymbols);
    return sets;
}

bool isBadSeparatorChar(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Control || category == QChar::Separator_Line ||
           category == QChar::Separator_Paragraph || category == QChar::Other_Format;
}

QByteArrayList loadWordList()
{
    QFile file(QString::fromLatin1(kWordListResource));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArrayList words;
    words.reserve(7776);
    const QByteArray text = file.readAll();
    for (const QByteArray& line : text.split('\n')) {
        // The EFF file's lines are "dice-roll<TAB>word".
        const qsizetype tab = line.indexOf('\t');
        const QByteArray word = line.sliced(tab + 1).trimmed();
        if (!word.isEmpty())
            words.append(word);
    }
    return words;
}

} // namespace

PasswordGenerator::PasswordGenerator(Random& random) : m_random(&random) {}

Status PasswordGenerator::check(const CharacterOptions& options)
{
    if (options.length < kMinGeneratedLength || options.length > kMaxGeneratedLength)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("A generated password must be between %1 and %2 characters long.")
                         .arg(kMinGeneratedLength)
                         .arg(kMaxGeneratedLength));
    if (!options.lower && !options.upper && !options.digits && !options.symbols)
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("Choose at least one kind of character: lower case, upper case, digits or symbols."));
    return {};
}

Status PasswordGenerator::check(const PassphraseOptions& options)
{
    if (options.words < kMinPassphraseWords || options.words > kMaxPassphraseWords)
        return Error(ErrorCode::InvalidInput, Text::tr("A passphrase must have between %1 and %2 words.")
                                                  .arg(kMinPassphraseWords)
                                                  .arg(kMaxPassphraseWords));
    const QList<uint> separator = options.separator.toUcs4();
    bool bad = separator.size() > kMaxSeparatorLength;
    for (uint c : separator)
        bad = bad || isBadSeparatorChar(char32_t(c));
    if (bad)
        return Error(
            ErrorCode::InvalidInput,
            Text::tr(
                "The separator between words must be at most %1 characters, without line breaks or other "
                "control characters.")
                .arg(kMaxSeparatorLength));
    return {};
}

QByteArray PasswordGenerator::alphabet(const CharacterOptions& options)
{
    QByteArray all;
    for (const QByteArray& set : characterSets(options))
        all += set;
    return all;
}

double PasswordGenerator::entropyBits(const CharacterOptions& options)
{
    if (!check(options))
        return 0;
    // log2 of the number of strings holding every chosen set (inclusion-exclusion over the
    // sets left out), written relative to N^L so that no term overflows.
    const std::vector<QByteArray> sets = characterSets(options);
    const double n = double(alphabet(options).size());
    const std::size_t subsets = std::size_t(1) << sets.size();
    double share = 0;
    for (std::size_t mask = 0; mask < subsets; ++mask) {
        double missing = 0;
        int bits = 0;
        for (std::size_t i = 0; i < sets.size(); ++i)
            if (mask & (std::size_t(1) << i)) {
                missing += double(sets[i].size());
                ++bits;
            }
        const double term = std::pow((n - missing) / n, double(options.length));
        share += (bits % 2 ? -term : term);
    }
    return double(options.length) * std::log2(n) + std::log2(share);
}

double PasswordGenerator::entropyBits(const PassphraseOptions& options)
{
    if (!check(options) || wordList().isEmpty())
        return 0;
    return double(options.words) * std::log2(double(wordList().size()));
}

const QByteArrayList& PasswordGenerator::wordList()
{
    static const QByteArrayList words = loadWordList();
    return words;
}

Result<SecureBuffer> PasswordGenerator::characters(const CharacterOptions& options) const
{
    if (Status s = check(options); !s)
        return s.error();
    const std::vector<QByteArray> sets = characterSets(options);
    const QByteArray all = alphabet(options);
    // Which set each alphabet position belongs to.
    std::vector<std::size_t> setOf;
    for (std::size_t i = 0; i < sets.size(); ++i)
        setOf.insert(setOf.end(), std::size_t(sets[i].size()), i);

    SecureBuffer out(std::size_t(options.length));
    for (int draw = 0; draw < kMaxDraws; ++draw) {
        std::array<bool, 4> seen{};
        for (std::size_t i = 0; i < out.size(); ++i) {
            const quint32 pick = m_random->uniform(quint32(all.size()));
            out.data()[i] = static_cast<unsigned char>(all[pick]);
            seen[setOf[pick]] = true;
        }
        bool complete = true;
        for (std::size_t i = 0; i < sets.size(); ++i)
            complete = complete && seen[i];
        if (complete)
            return out;
    }
    return Error(ErrorCode::Internal,
                 Text::tr("The random number source failed, so no password was generated."));
}

Result<SecureBuffer> PasswordGenerator::passphrase(const PassphraseOptions& options) const
{
    if (Status s = check(options); !s)
        return s.error();
    const QByteArrayList& words = wordList();
    if (words.isEmpty())
        return Error(ErrorCode::Internal,
                     Text::tr("The word list for passphrases is missing from this build of Twofold."));
    const QByteArray separator = options.separator.toUtf8();

    // Which words were picked is the secret: keep the picks only as long as needed.
    std::vector<quint32> picks(std::size_t(options.words));
    std::size_t size = std::size_t(separator.size()) * std::size_t(options.words - 1);
    for (quint32& pick : picks) {
        pick = m_random->uniform(quint32(words.size()));
        size += std::size_t(words[pick].size());
    }
    SecureBuffer out(size);
    std::size_t at = 0;
    for (std::size_t i = 0; i < picks.size(); ++i) {
        if (i > 0) {
            std::memcpy(out.data() + at, separator.constData(), std::size_t(separator.size()));
            at += std::size_t(separator.size());
        }
        const QByteArray& word = words[picks[i]];
        std::memcpy(out.data() + at, word.constData(), std::size_t(word.size()));
        if (options.capitalise && out.data()[at] >= 'a' && out.data()[at] <= 'z')
            out.data()[at] = static_cast<unsigned char>(out.data()[at] - 'a' + 'A');
        at += std::size_t(word.size());
    }
    sodium_memzero(picks.data(), picks.size() * sizeof(quint32));
    return out;
}

} // namespace twofold
