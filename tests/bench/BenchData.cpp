#include "BenchData.h"

#include "common/Random.h"

#include <array>

namespace twofold::bench {
namespace {

using namespace Qt::StringLiterals;

constexpr std::array kSyllables = {"ka"_L1,  "lo"_L1,  "mi"_L1,  "ra"_L1,  "ten"_L1, "vor"_L1,
                                   "sil"_L1, "qua"_L1, "den"_L1, "bri"_L1, "no"_L1,  "fel"_L1,
                                   "tas"_L1, "gor"_L1, "pi"_L1,  "len"_L1, "ux"_L1,  "mar"_L1,
                                   "zo"_L1,  "cal"_L1, "be"_L1,  "dru"_L1, "sha"_L1, "wen"_L1};
constexpr std::array kKinds = {
    "Mail"_L1, "Bank"_L1,   "Shop"_L1,      "Forum"_L1, "Cloud"_L1, "VPN"_L1,       "Server"_L1, "Router"_L1,
    "Wiki"_L1, "Portal"_L1, "Insurance"_L1, "Phone"_L1, "Games"_L1, "Streaming"_L1, "Travel"_L1, "Health"_L1};
constexpr std::array kFirstNames = {"james"_L1, "maria"_L1, "wei"_L1,   "fatima"_L1, "olga"_L1,
                                    "lucas"_L1, "amara"_L1, "jonas"_L1, "sofia"_L1,  "ravi"_L1,
                                    "chloe"_L1, "mateo"_L1, "yuki"_L1,  "noah"_L1,   "ines"_L1,
                                    "omar"_L1,  "lena"_L1,  "pablo"_L1, "hana"_L1,   "erik"_L1};
constexpr std::array kLastNames = {"smith"_L1,  "garcia"_L1,  "chen"_L1,     "haddad"_L1, "ivanova"_L1,
                                   "silva"_L1,  "okafor"_L1,  "berg"_L1,     "rossi"_L1,  "patel"_L1,
                                   "martin"_L1, "lopez"_L1,   "tanaka"_L1,   "walker"_L1, "moreau"_L1,
                                   "nguyen"_L1, "fischer"_L1, "kowalski"_L1, "dubois"_L1, "larsen"_L1};
constexpr std::array kDomains = {"example.com"_L1, "mail.example"_L1, "posteo.example"_L1, "corp.example"_L1,
                                 "uni.example.edu"_L1};
constexpr std::array kTlds = {"com"_L1, "org"_L1, "net"_L1, "io"_L1, "de"_L1, "fr"_L1, "co.uk"_L1};
constexpr std::array kTags = {"work"_L1, "personal"_L1, "finance"_L1, "shopping"_L1, "social"_L1, "2fa"_L1,
                              "old"_L1,  "shared"_L1,   "family"_L1,  "dev"_L1,      "travel"_L1, "games"_L1};
constexpr std::array kWords = {
    "lorem"_L1,    "ipsum"_L1,    "dolor"_L1,   "sit"_L1,     "amet"_L1,   "account"_L1,  "recovery"_L1,
    "question"_L1, "answer"_L1,   "pin"_L1,     "support"_L1, "number"_L1, "contract"_L1, "renewal"_L1,
    "billing"_L1,  "address"_L1,  "changed"_L1, "after"_L1,   "breach"_L1, "ask"_L1,      "before"_L1,
    "sharing"_L1,  "the"_L1,      "and"_L1,     "with"_L1,    "for"_L1,    "office"_L1,   "home"_L1,
    "key"_L1,      "backup"_L1,   "codes"_L1,   "printed"_L1, "drawer"_L1, "expires"_L1,  "monthly"_L1,
    "plan"_L1,     "customer"_L1, "id"_L1};
constexpr char kPasswordChars[] =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&*+-=?@^_";
constexpr char kBase32Chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// Groups: name and parent index.
struct GroupSpec
{
    QLatin1StringView name;
    int parent;
};
constexpr std::array kGroups = {GroupSpec{"Personal"_L1, -1}, GroupSpec{"Work"_L1, -1},
                                GroupSpec{"Servers"_L1, 1},   GroupSpec{"Email"_L1, 1},
                                GroupSpec{"Finance"_L1, -1},  GroupSpec{"Shopping"_L1, -1},
                                GroupSpec{"Social"_L1, -1},   GroupSpec{"Family"_L1, -1},
                                GroupSpec{"Archive"_L1, -1},  GroupSpec{"2019"_L1, 8}};

constexpr int kCompanyPoolSize = 2000;
// Every kForcedEvery-th entry uses this company, so the title query hits at any size.
constexpr int kQueriedCompany = 7;
constexpr int kForcedEvery = 1000;

template <typename Array> QLatin1StringView pick(Random& rng, const Array& items)
{
    return items[rng.uniform(quint32(items.size()))];
}

QString pseudoWord(Random& rng, int minSyllables, int maxSyllables)
{
    QString w;
    const int n = minSyllables + int(rng.uniform(quint32(maxSyllables - minSyllables + 1)));
    for (int i = 0; i < n; ++i)
        w += pick(rng, kSyllables);
    return w;
}

QString capitalized(QString w)
{
    if (!w.isEmpty())
        w[0] = w[0].toUpper();
    return w;
}

QString randomChars(Random& rng, const char* alphabet, int alphabetSize, int length)
{
    QString s(length, Qt::Uninitialized);
    for (int i = 0; i < length; ++i)
        s[i] = QLatin1Char(alphabet[rng.uniform(quint32(alphabetSize))]);
    return s;
}

QString password(Random& rng)
{
    return randomChars(rng, kPasswordChars, int(sizeof(kPasswordChars)) - 1, 20);
}

QString sentence(Random& rng, int words)
{
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += u' ';
        s += pick(rng, kWords);
    }
    return capitalized(s) + u'.';
}

QString notes(Random& rng)
{
    const quint32 roll = rng.uniform(100);
    int chars = 0;
    if (roll < 50)
        return {};
    if (roll < 85)
        chars = 40 + int(rng.uniform(120));
    else if (roll < 97)
        chars = 200 + int(rng.uniform(400));
    else
        chars = 1000 + int(rng.uniform(2000));
    QString n;
    while (n.size() < chars) {
        if (!n.isEmpty())
            n += rng.uniform(4) == 0 ? u'\n' : u' ';
        n += sentence(rng, 4 + int(rng.uniform(10)));
    }
    return n;
}

QString username(Random& rng, const QString& company)
{
    const QString first = pick(rng, kFirstNames);
    const QString last = pick(rng, kLastNames);
    switch (rng.uniform(4)) {
    case 0:
        return first + u'.' + last;
    case 1:
        return first.left(1) + last + u'@' + pick(rng, kDomains);
    case 2:
        return first + u'_' + last + QString::number(rng.uniform(100));
    default:
        return first + u'.' + last + u'@' + company.toLower() + u'.' + pick(rng, kTlds);
    }
}

QByteArray uuid(Random& rng)
{
    QByteArray b(16, Qt::Uninitialized);
    rng.fill(b.data(), std::size_t(b.size()));
    b[6] = char((b[6] & 0x0F) | 0x40); // version 4
    b[8] = char((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    return b;
}

std::vector<QString> companyPool(quint64 seed)
{
    SeededRandom rng(seed ^ 0x636f6d70616e79ULL);
    std::vector<QString> pool;
    pool.reserve(kCompanyPoolSize);
    for (int i = 0; i < kCompanyPoolSize; ++i)
        pool.push_back(capitalized(pseudoWord(rng, 2, 3)));
    return pool;
}

} // namespace

BenchData generateBenchData(int count, quint64 seed)
{
    SeededRandom rng(seed);
    const std::vector<QString> companies = companyPool(seed);
    BenchData data;
    for (const GroupSpec& g : kGroups)
        data.groups.push_back(BenchGroup{QString(g.name), g.parent, uuid(rng)});
    data.entries.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        BenchEntry e;
        e.uuid = uuid(rng);
        const QString& company =
            i % kForcedEvery == 0 ? companies[kQueriedCompany] : companies[rng.uniform(kCompanyPoolSize)];
        const quint32 form = rng.uniform(100);
        if (form < 60)
            e.title = company + u' ' + pick(rng, kKinds);
        else if (form < 85)
            e.title = company;
        else
            e.title =
                QString(pick(rng, kKinds)) + u" - "_s + company + u' ' + QString::number(rng.uniform(100));
        e.username = username(rng, company);
        e.url = u"https://"_s + (rng.uniform(2) ? u"www."_s : u"login."_s) + company.toLower() + u'.' +
                pick(rng, kTlds) + (rng.uniform(3) ? u"/login"_s : QString());
        e.notes = notes(rng);
        const quint32 tagCount = rng.uniform(100) < 40 ? 0 : 1 + rng.uniform(3);
        for (quint32 t = 0; t < tagCount; ++t) {
            const QString tag = pick(rng, kTags);
            if (!e.tags.contains(tag))
                e.tags.append(tag);
        }
        if (rng.uniform(100) < 20) {
            const quint32 old = 1 + rng.uniform(5);
            for (quint32 h = 0; h < old; ++h)
                e.history.append(password(rng));
        }
        e.password = password(rng);
        if (rng.uniform(100) < 5)
            e.otpUri = u"otpauth://totp/"_s + company + u':' + e.username + u"?secret="_s +
                       randomChars(rng, kBase32Chars, 32, 32) + u"&issuer="_s + company;
        e.group = rng.uniform(100) < 10 ? -1 : int(rng.uniform(quint32(data.groups.size())));
        data.entries.push_back(std::move(e));
    }
    return data;
}

std::vector<BenchQuery> benchQueries(quint64 seed)
{
    const std::vector<QString> companies = companyPool(seed);
    return {BenchQuery{u"title word"_s, companies[kQueriedCompany].toLower()},
            BenchQuery{u"username fragment"_s, u"garci"_s}, BenchQuery{u"no hits"_s, u"qzxjv"_s}};
}

QString typedWord()
{
    return u"server"_s;
}

QString groupPath(const BenchData& data, int group)
{
    QStringList parts;
    for (int g = group; g >= 0; g = data.groups[std::size_t(g)].parent)
        parts.prepend(data.groups[std::size_t(g)].name);
    return parts.join(u'/');
}

} // namespace twofold::bench
