#include "Measure.h"

#include "BenchData.h"
#include "BenchVault.h"
#include "vault/OpenVault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <sys/resource.h>

#include <algorithm>

namespace twofold::bench {
namespace {

using namespace Qt::StringLiterals;

constexpr int kQueryRuns = 5; // each query's time is the median of this many runs
constexpr int kTypingRounds = 3;
constexpr int kSaves = 3;

QJsonObject openFigures(const OpenTimes& t, int entries)
{
    return QJsonObject{{u"readMs"_s, t.readMs},     {u"deriveMs"_s, t.deriveMs},
                       {u"unlockMs"_s, t.unlockMs}, {u"decryptMs"_s, t.decryptMs},
                       {u"totalMs"_s, t.totalMs()}, {u"beyondKdfMs"_s, t.beyondKdfMs()},
                       {u"entries"_s, entries}};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n == 0 ? 0 : n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Runs vault.search(query) once; returns its milliseconds and stores the hit count.
double timedSearch(const Vault& vault, const QString& query, qsizetype* hits)
{
    QElapsedTimer timer;
    timer.start();
    const std::vector<int> found = vault.search(query);
    const double ms = elapsedMs(timer.nsecsElapsed());
    *hits = qsizetype(found.size());
    return ms;
}

void removeVaultFiles(const QString& path)
{
    for (const QString& suffix : {QString(), u".bak"_s, u".lock"_s})
        QFile::remove(path + suffix);
}

} // namespace

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#ifdef Q_OS_MACOS
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes on macOS
#else
    return double(usage.ru_maxrss) / 1024.0; // KiB on Linux and the BSDs
#endif
}

Result<QJsonObject> measureBuild(const QString& path, const SecureBuffer& password, int count, quint64 seed,
                                 const kdf::Params& params)
{
    QElapsedTimer timer;
    timer.start();
    const BenchData data = generateBenchData(count, seed);
    const double generateMs = elapsedMs(timer.nsecsElapsed());
    timer.restart();
    if (Status s = writeTwofoldVault(data, path, password, params); !s)
        return s.error();
    const double buildMs = elapsedMs(timer.nsecsElapsed());
    return QJsonObject{{u"generateMs"_s, generateMs},
                       {u"buildAndSaveMs"_s, buildMs},
                       {u"fileBytes"_s, double(QFileInfo(path).size())},
                       {u"peakRssMiB"_s, peakRssMiB()}};
}

Result<QJsonObject> measureOpen(const QString& path, const SecureBuffer& password)
{
    OpenTimes times;
    Result<Vault> vault = openTimed(path, password, &times);
    if (!vault)
        return vault.error();
    QJsonObject out = openFigures(times, vault->entryCount());
    out.insert(u"peakRssMiB"_s, peakRssMiB());
    return out;
}

Result<QJsonObject> measureSearch(const QString& path, const SecureBuffer& password, quint64 seed)
{
    OpenTimes times;
    Result<Vault> vault = openTimed(path, password, &times);
    if (!vault)
        return vault.error();
    const std::vector<BenchQuery> queries = benchQueries(seed);
    qsizetype hits = 0;
    const double firstMs = timedSearch(*vault, queries.front().term, &hits);

    QJsonArray perQuery;
    for (const BenchQuery& q : queries) {
        std::vector<double> runs;
        for (int r = 0; r < kQueryRuns; ++r)
            runs.push_back(timedSearch(*vault, q.term, &hits));
        perQuery.append(QJsonObject{
            {u"label"_s, q.label}, {u"term"_s, q.term}, {u"ms"_s, median(runs)}, {u"hits"_s, double(hits)}});
    }
    QJsonObject out = openFigures(times, vault->entryCount());
    out.insert(u"firstSearchMs"_s, firstMs);
    out.insert(u"openSearchBeyondKdfMs"_s, times.beyondKdfMs() + firstMs);
    out.insert(u"queries"_s, perQuery);
    out.insert(u"peakRssMiB"_s, peakRssMiB());
    return out;
}

Result<QJsonObject> measureTyping(const QString& path, const SecureBuffer& password)
{
    OpenTimes times;
    Result<Vault> vault = openTimed(path, password, &times);
    if (!vault)
        return vault.error();
    const QString word = typedWord();
    qsizetype hits = 0;
    timedSearch(*vault, QString(), &hits); // the list shown before typing starts

    QJsonArray keystrokes;
    std::vector<double> all;
    for (int round = 0; round < kTypingRounds; ++round) {
        for (qsizetype n = 1; n <= word.size(); ++n) {
            const QString typed = word.left(n);
            const double ms = timedSearch(*vault, typed, &hits);
            all.push_back(ms);
            if (round == 0)
                keystrokes.append(QJsonObject{{u"query"_s, typed}, {u"ms"_s, ms}, {u"hits"_s, double(hits)}});
        }
    }
    double sum = 0;
    for (double ms : all)
        sum += ms;

    // An edit makes the next search rebuild the whole index.
    const Entry& first = vault->entryAt(0);
    EntryFields edit;
    edit.notes = first.notes + u" (edited)"_s;
    if (Status s = vault->updateEntry(first.id, std::move(edit)); !s)
        return s.error();
    const double afterEditMs = timedSearch(*vault, word, &hits);

    return QJsonObject{{u"word"_s, word},
                       {u"keystrokes"_s, keystrokes},
                       {u"keystrokeMaxMs"_s, *std::max_element(all.begin(), all.end())},
                       {u"keystrokeMeanMs"_s, sum / double(all.size())},
                       {u"searchAfterEditMs"_s, afterEditMs},
                       {u"peakRssMiB"_s, peakRssMiB()}};
}

Result<QJsonObject> measureSave(const QString& path, const SecureBuffer& password)
{
    const QString copy = path + u".save-test.twofold"_s;
    removeVaultFiles(copy);
    if (!QFile::copy(path, copy))
        return Error(ErrorCode::FileWriteFailed, u"Cannot copy %1 to %2."_s.arg(path, copy));
    std::vector<double> ms;
    Status status;
    {
        Result<std::unique_ptr<OpenVault>> open = OpenVault::open(copy, password, OpenMode::ReadWrite);
        if (!open)
            status = open.error();
        for (int i = 0; status && i < kSaves; ++i) {
            Vault& vault = (*open)->vault();
            EntryFields edit;
            edit.notes = u"saved %1 times"_s.arg(i + 1);
            status = vault.updateEntry(vault.entryAt(0).id, std::move(edit));
            if (!status)
                break;
            QElapsedTimer timer;
            timer.start();
            status = (*open)->save();
            ms.push_back(elapsedMs(timer.nsecsElapsed()));
        }
    } // the vault closes here, releasing its lock before the copy goes
    removeVaultFiles(copy);
    if (!status)
        return status.error();
    QJsonArray saves;
    double sum = 0;
    for (double v : ms) {
        saves.append(v);
        sum += v;
    }
    return QJsonObject{{u"savesMs"_s, saves},
                       {u"saveMeanMs"_s, sum / double(ms.size())},
                       {u"saveMaxMs"_s, *std::max_element(ms.begin(), ms.end())},
                       {u"peakRssMiB"_s, peakRssMiB()}};
}

} // namespace twofold::bench
