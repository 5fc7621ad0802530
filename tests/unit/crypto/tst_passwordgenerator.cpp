#include "crypto/PasswordGenerator.h"

#include <QSet>
#include <QTest>

#include <cmath>

using namespace twofold;

namespace {

const QByteArray kLower = "abcdefghijklmnopqrstuvwxyz";
const QByteArray kUpper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const QByteArray kDigits = "0123456789";
const QByteArray kSymbols = PasswordGenerator::kSymbols;
const QByteArray kLookAlikes = PasswordGenerator::kLookAlikes;

// A Random that always answers the same: must not make the generator spin for ever.
class StuckRandom final : public Random
{
public:
    void fill(void* out, std::size_t size) override { std::memset(out, 0, size); }
    quint32 uniform(quint32) override { return 0; }
};

QByteArray bytes(const SecureBuffer& b)
{
    return b.view().toByteArray();
}

// Whether text is exactly `words` words of list joined by separator (the EFF list has words
// with '-' in them, so a plain split on "-" is not enough).
bool splitsIntoWords(QStringView text, const QString& separator, const QSet<QByteArray>& list, int words,
                     bool capitalised)
{
    if (words == 0)
        return text.isEmpty();
    for (qsizetype end = 1; end <= text.size(); ++end) {
        const QStringView word = text.first(end);
        if (word.at(0).isUpper() != capitalised || !list.contains(word.toString().toLower().toUtf8()))
            continue;
        QStringView rest = text.sliced(end);
        if (words == 1) {
            if (rest.isEmpty())
                return true;
            continue;
        }
        if (rest.startsWith(separator) &&
            splitsIntoWords(rest.sliced(separator.size()), separator, list, words - 1, capitalised))
            return true;
    }
    return false;
}

bool anyOf(const QByteArray& text, const QByteArray& set)
{
    for (char c : text)
        if (set.contains(c))
            return true;
    return false;
}

} // namespace

class TestPasswordGenerator : public QObject
{
    Q_OBJECT
private slots:
    void lengthIsHonoured_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("shortest") << kMinGeneratedLength;
        QTest::newRow("default") << kDefaultGeneratedLength;
        QTest::newRow("64") << 64;
        QTest::newRow("longest") << kMaxGeneratedLength;
    }
    void lengthIsHonoured()
    {
        QFETCH(int, length);
        SeededRandom random(1);
        PasswordGenerator generator(random);
        CharacterOptions options;
        options.length = length;
        Result<SecureBuffer> password = generator.characters(options);
        QVERIFY(password.ok());
        QCOMPARE(int(password->size()), length);
    }

    void setsAreHonoured_data()
    {
        QTest::addColumn<bool>("lower");
        QTest::addColumn<bool>("upper");
        QTest::addColumn<bool>("digits");
        QTest::addColumn<bool>("symbols");
        QTest::addColumn<bool>("noLookAlikes");
        QTest::newRow("all") << true << true << true << true << false;
        QTest::newRow("all without look-alikes") << true << true << true << true << true;
        QTest::newRow("lower only") << true << false << false << false << false;
        QTest::newRow("digits only") << false << false << true << false << false;
        QTest::newRow("digits without look-alikes") << false << false << true << false << true;
        QTest::newRow("symbols only") << false << false << false << true << false;
        QTest::newRow("upper and digits") << false << true << true << false << false;
        QTest::newRow("letters, no look-alikes") << true << true << false << false << true;
    }
    void setsAreHonoured()
    {
        QFETCH(bool, lower);
        QFETCH(bool, upper);
        QFETCH(bool, digits);
        QFETCH(bool, symbols);
        QFETCH(bool, noLookAlikes);
        CharacterOptions options;
        options.length = kMinGeneratedLength; // the shortest length is where a set is most often missed
        options.lower = lower;
        options.upper = upper;
        options.digits = digits;
        options.symbols = symbols;
        options.excludeLookAlikes = noLookAlikes;
        QByteArray allowed;
        for (auto [chosen, set] :
             {std::pair{lower, kLower}, {upper, kUpper}, {digits, kDigits}, {symbols, kSymbols}})
            if (chosen)
                allowed += set;
        SeededRandom random(2);
        PasswordGenerator generator(random);
        for (int i = 0; i < 300; ++i) {
            Result<SecureBuffer> password = generator.characters(options);
            QVERIFY(password.ok());
            const QByteArray text = bytes(*password);
            for (char c : text) {
                QVERIFY2(allowed.contains(c), text.constData());
                if (noLookAlikes)
                    QVERIFY2(!kLookAlikes.contains(c), text.constData());
            }
            QCOMPARE(anyOf(text, kLower), lower);
            QCOMPARE(anyOf(text, kUpper), upper);
            QCOMPARE(anyOf(text, kDigits), digits);
            QCOMPARE(anyOf(text, kSymbols), symbols);
        }
    }

    // Every character of the alphabet turns up about equally often (chi-squared test, fixed
    // seed, so the outcome is the same on every run).
    void charactersAreUniform()
    {
        CharacterOptions options;
        options.length = kMaxGeneratedLength;
        const QByteArray alphabet = PasswordGenerator::alphabet(options);
        QCOMPARE(alphabet.size(), 26 + 26 + 10 + qsizetype(std::strlen(PasswordGenerator::kSymbols)));
        SeededRandom random(3);
        PasswordGenerator generator(random);
        QHash<char, int> counts;
        const int passwords = 400;
        for (int i = 0; i < passwords; ++i) {
            Result<SecureBuffer> password = generator.characters(options);
            QVERIFY(password.ok());
            for (char c : bytes(*password))
                ++counts[c];
        }
        QCOMPARE(counts.size(), alphabet.size());
        const double expected = double(passwords * options.length) / double(alphabet.size());
        double chiSquared = 0;
        for (char c : alphabet)
            chiSquared += std::pow(counts.value(c) - expected, 2) / expected;
        // 89 degrees of freedom: the 0.999 quantile is about 134.
        QVERIFY2(chiSquared < 134, qPrintable(QString::number(chiSquared)));
    }

    void sameSeedSameResult()
    {
        SeededRandom a(42), b(42), c(43);
        const CharacterOptions options;
        const QByteArray first = bytes(*PasswordGenerator(a).characters(options));
        QCOMPARE(bytes(*PasswordGenerator(b).characters(options)), first);
        QVERIFY(bytes(*PasswordGenerator(c).characters(options)) != first);
        // The same generator gives a different password each time.
        PasswordGenerator generator(a);
        QVERIFY(bytes(*generator.characters(options)) != bytes(*generator.characters(options)));
    }

    void wordListIsTheEffLargeList()
    {
        const QByteArrayList& words = PasswordGenerator::wordList();
        QCOMPARE(words.size(), 7776);
        QCOMPARE(words.first(), QByteArray("abacus"));
        QCOMPARE(words.last(), QByteArray("zoom"));
        QCOMPARE(QSet<QByteArray>(words.begin(), words.end()).size(), 7776);
        for (const QByteArray& word : words)
            for (char c : word)
                QVERIFY2((c >= 'a' && c <= 'z') || c == '-', word.constData());
    }

    void passphraseHasTheWordsAsked_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<bool>("capitalise");
        QTest::newRow("default") << kDefaultPassphraseWords << QStringLiteral("-") << false;
        QTest::newRow("fewest, space") << kMinPassphraseWords << QStringLiteral(" ") << false;
        QTest::newRow("most, capitalised") << kMaxPassphraseWords << QStringLiteral(".") << true;
        QTest::newRow("unicode separator") << 5 << QStringLiteral("·") << true;
        QTest::newRow("longest separator") << 4 << QStringLiteral("~+~+~+~+") << false;
    }
    void passphraseHasTheWordsAsked()
    {
        QFETCH(int, words);
        QFETCH(QString, separator);
        QFETCH(bool, capitalise);
        SeededRandom random(4);
        PasswordGenerator generator(random);
        PassphraseOptions options;
        options.words = words;
        options.separator = separator;
        options.capitalise = capitalise;
        const QSet<QByteArray> list(PasswordGenerator::wordList().begin(),
                                    PasswordGenerator::wordList().end());
        for (int i = 0; i < 50; ++i) {
            Result<SecureBuffer> phrase = generator.passphrase(options);
            QVERIFY(phrase.ok());
            const QString text = phrase->toStringUnsafe();
            QVERIFY2(splitsIntoWords(text, separator, list, words, capitalise), qPrintable(text));
        }
    }

    void emptySeparatorJoinsWords()
    {
        SeededRandom random(5);
        PassphraseOptions options;
        options.words = 4;
        options.separator.clear();
        options.capitalise = true;
        const QString text = PasswordGenerator(random).passphrase(options)->toStringUnsafe();
        int capitals = 0;
        for (QChar c : text)
            capitals += c.isUpper() ? 1 : 0;
        QCOMPARE(capitals, 4);
        QVERIFY(!text.contains(QLatin1Char(' ')));
    }

    // Every word of the list can come up, about equally often.
    void passphraseWordsAreUniform()
    {
        SeededRandom random(6);
        PasswordGenerator generator(random);
        PassphraseOptions options;
        options.words = kMaxPassphraseWords;
        options.separator = QStringLiteral(" ");
        QHash<QString, int> counts;
        const int phrases = 3888; // 77,760 words: about 10 of each
        for (int i = 0; i < phrases; ++i)
            for (const QString& word :
                 generator.passphrase(options)->toStringUnsafe().split(QLatin1Char(' ')))
                ++counts[word];
        int most = 0;
        for (int count : std::as_const(counts))
            most = std::max(most, count);
        QVERIFY2(counts.size() > 7700, qPrintable(QString::number(counts.size())));
        QVERIFY2(most < 35, qPrintable(QString::number(most)));
    }

    void entropy()
    {
        QVERIFY(qAbs(PasswordGenerator::entropyBits(PassphraseOptions{}) - 6 * std::log2(7776.0)) <
                1e-9); // 77.5 bits
        CharacterOptions lowerOnly;
        lowerOnly.upper = lowerOnly.digits = lowerOnly.symbols = false;
        QVERIFY(qAbs(PasswordGenerator::entropyBits(lowerOnly) - 20 * std::log2(26.0)) < 1e-9);
        // Requiring every set costs a little against the plain alphabet, never more than a bit or so.
        const CharacterOptions all;
        const double plain = 20 * std::log2(double(PasswordGenerator::alphabet(all).size()));
        QVERIFY(PasswordGenerator::entropyBits(all) < plain);
        QVERIFY(PasswordGenerator::entropyBits(all) > plain - 1);
        CharacterOptions refused;
        refused.length = 4;
        QCOMPARE(PasswordGenerator::entropyBits(refused), 0.0);
    }

    void refusesImpossibleCharacterSettings_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("anySet");
        QTest::addColumn<QString>("sentence");
        const QString badLength =
            QStringLiteral("A generated password must be between 8 and 128 characters long.");
        QTest::newRow("too short") << 7 << true << badLength;
        QTest::newRow("zero") << 0 << true << badLength;
        QTest::newRow("negative") << -20 << true << badLength;
        QTest::newRow("too long") << 129 << true << badLength;
        QTest::newRow("no set") << 20 << false
                                << QStringLiteral(
                                       "Choose at least one kind of character: lower case, upper case, "
                                       "digits or symbols.");
    }
    void refusesImpossibleCharacterSettings()
    {
        QFETCH(int, length);
        QFETCH(bool, anySet);
        QFETCH(QString, sentence);
        CharacterOptions options;
        options.length = length;
        options.lower = options.upper = options.digits = options.symbols = anySet;
        SeededRandom random(7);
        Result<SecureBuffer> password = PasswordGenerator(random).characters(options);
        QVERIFY(!password.ok());
        QCOMPARE(password.error().code, ErrorCode::InvalidInput);
        QCOMPARE(password.error().message, sentence);
        QVERIFY(!PasswordGenerator::check(options).ok());
    }

    void refusesImpossiblePassphraseSettings_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("sentence");
        const QString badCount = QStringLiteral("A passphrase must have between 3 and 20 words.");
        const QString badSeparator =
            QStringLiteral("The separator between words must be at most 8 characters, "
                           "without line breaks or other control characters.");
        QTest::newRow("too few") << 2 << QStringLiteral("-") << badCount;
        QTest::newRow("too many") << 21 << QStringLiteral("-") << badCount;
        QTest::newRow("line break") << 6 << QStringLiteral("\n") << badSeparator;
        QTest::newRow("carriage return") << 6 << QStringLiteral("a\rb") << badSeparator;
        QTest::newRow("tab") << 6 << QStringLiteral("\t") << badSeparator;
        QTest::newRow("line separator") << 6 << QString(QChar(0x2028)) << badSeparator;
        QTest::newRow("too long") << 6 << QStringLiteral("123456789") << badSeparator;
    }
    void refusesImpossiblePassphraseSettings()
    {
        QFETCH(int, words);
        QFETCH(QString, separator);
        QFETCH(QString, sentence);
        PassphraseOptions options;
        options.words = words;
        options.separator = separator;
        SeededRandom random(8);
        Result<SecureBuffer> phrase = PasswordGenerator(random).passphrase(options);
        QVERIFY(!phrase.ok());
        QCOMPARE(phrase.error().code, ErrorCode::InvalidInput);
        QCOMPARE(phrase.error().message, sentence);
    }

    void brokenRandomFailsInsteadOfSpinning()
    {
        StuckRandom stuck;
        Result<SecureBuffer> password = PasswordGenerator(stuck).characters(CharacterOptions{});
        QVERIFY(!password.ok());
        QCOMPARE(password.error().code, ErrorCode::Internal);
        // A single set is always complete, even from a stuck source.
        CharacterOptions digits;
        digits.lower = digits.upper = digits.symbols = false;
        QCOMPARE(bytes(*PasswordGenerator(stuck).characters(digits)), QByteArray(20, '0'));
    }

    void systemRandomIsTheDefault()
    {
        PasswordGenerator generator;
        QVERIFY(bytes(*generator.characters(CharacterOptions{})) !=
                bytes(*generator.characters(CharacterOptions{})));
        QVERIFY(generator.passphrase(PassphraseOptions{}).ok());
    }
};

QTEST_GUILESS_MAIN(TestPasswordGenerator)
#include "tst_passwordgenerator.moc"
