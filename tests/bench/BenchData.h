#pragma once
// The benchmark's data set: realistic entries (titles, usernames, URLs, notes of varying
// length, tags, 20-character passwords, some password history and TOTP URIs) in a few groups,
// generated deterministically from a seed so the Twofold vault and the KeePass XML file hold
// exactly the same content.
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace twofold::bench {

struct BenchGroup
{
    QString name;
    int parent = -1; // index into BenchData::groups; -1: top level
    QByteArray uuid; // 16 bytes
};

struct BenchEntry
{
    QByteArray uuid; // 16 bytes
    QString title;
    QString username;
    QString url;
    QString notes;
    QStringList tags;
    QString password;    // benchmark data, not a real secret
    QStringList history; // older passwords, oldest first
    QString otpUri;      // empty: none
    int group = -1;      // index into BenchData::groups; -1: the root
};

struct BenchData
{
    std::vector<BenchGroup> groups;
    std::vector<BenchEntry> entries;
};

// A search the benchmark runs: what it stands for and the term typed.
struct BenchQuery
{
    QString label;
    QString term;
};

// count entries generated from seed; the same (count, seed) always gives the same data.
BenchData generateBenchData(int count, quint64 seed);

// The typical searches over the data of any size made from seed: a word found in titles, a username
// fragment, and a term with no hits. Every term is one lower-case word.
std::vector<BenchQuery> benchQueries(quint64 seed);

// The 6-letter word typed one keystroke at a time for search-as-you-type.
QString typedWord();

// "/"-joined path of group index (empty for -1).
QString groupPath(const BenchData& data, int group);

} // namespace twofold::bench
