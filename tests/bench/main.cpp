// twofold-bench: builds vaults of 10k and 100k entries and measures open (beyond the KDF),
// search, search-as-you-type, save and peak memory, each figure in a fresh child process.
// See README.md in this folder for the commands and what every figure means.
#include "BenchData.h"
#include "BenchVault.h"
#include "KeePassXml.h"
#include "Measure.h"
#include "Report.h"
#include "common/HugePages.h"

#include "common/Random.h"
#include "common/Sodium.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace twofold;
using namespace twofold::bench;
using namespace Qt::StringLiterals;

namespace {

constexpr quint64 kDefaultSeed = 20240601;

struct Options
{
    QList<int> sizes{10000, 100000};
    kdf::Params kdf{1, 8 * 1024};
    QString dir;
    QString json;
    quint64 seed = kDefaultSeed;
    int repeat = 3;
    bool keep = false;
};

QTextStream& err()
{
    static QTextStream s(stderr);
    return s;
}

int fail(const Error& e)
{
    err() << "twofold-bench: " << e.message << Qt::endl;
    return exitStatusFor(e.code) == 0 ? 1 : exitStatusFor(e.code);
}

// The first line of standard input, in secure memory (the temporary copy is wiped).
SecureBuffer readPasswordLine()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    SecureBuffer password = SecureBuffer::fromBytes(line);
    wipe(line);
    return password;
}

QString loadAverage()
{
    QFile f(u"/proc/loadavg"_s);
    if (!f.open(QIODevice::ReadOnly))
        return u"unknown"_s;
    return QString::fromLatin1(f.readLine()).section(u' ', 0, 2);
}

bool parseCount(const QString& text, int* count)
{
    bool ok = false;
    *count = text.toInt(&ok);
    return ok && *count >= 0;
}

void removeVaultFiles(const QString& path)
{
    for (const QString& suffix : {QString(), u".bak"_s, u".lock"_s})
        QFile::remove(path + suffix);
}

// Runs this program again as `child KIND PATH [ENTRIES]` with the options of o, the password
// on its stdin; returns the JSON it prints.
// Every figure comes from a child, building the vault included, so this parent stays small:
// on Linux a child's ru_maxrss starts from its parent's RSS at fork (kept across execve), and
// a parent that had built a 100k vault would lend it ~260 MiB it never used.
Result<QJsonObject> runChild(const QString& kind, const QString& path, const Options& o,
                             const SecureBuffer& password, int entries = -1)
{
    QStringList args{u"child"_s, kind, path};
    if (entries >= 0)
        args << QString::number(entries);
    args << u"--seed"_s << QString::number(o.seed) << u"--kdf-memory"_s
         << QString::number(o.kdf.memoryKiB / 1024) << u"--kdf-iterations"_s
         << QString::number(o.kdf.iterations);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), args);
    if (!child.waitForStarted())
        return Error(ErrorCode::Internal, u"Cannot start a child process: %1"_s.arg(child.errorString()));
    child.write(reinterpret_cast<const char*>(password.data()), qint64(password.size()));
    child.write("\n");
    child.closeWriteChannel();
    child.waitForFinished(-1);
    if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return Error(ErrorCode::Internal,
                     u"The %1 measurement failed (exit %2)."_s.arg(kind).arg(child.exitCode()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(child.readAllStandardOutput(), &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::Internal,
                     u"The %1 measurement printed no JSON: %2"_s.arg(kind, parseError.errorString()));
    return doc.object();
}

// Runs a child `repeat` times; returns the run whose `key` is the median, with every run's
// key figure under "runs".
Result<QJsonObject> runMedianChild(const QString& kind, const QString& key, const QString& path,
                                   const Options& o, const SecureBuffer& password)
{
    std::vector<QJsonObject> results;
    for (int i = 0; i < o.repeat; ++i) {
        Result<QJsonObject> r = runChild(kind, path, o, password);
        if (!r)
            return r.error();
        results.push_back(*r);
    }
    std::sort(results.begin(), results.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        return a[key].toDouble() < b[key].toDouble();
    });
    QJsonArray runs;
    for (const QJsonObject& r : results)
        runs.append(r[key]);
    QJsonObject median = results[results.size() / 2];
    median.insert(u"runs"_s, runs);
    return median;
}

Result<QJsonObject> benchmarkSize(int entries, const QString& dir, const Options& o,
                                  const SecureBuffer& password)
{
    err() << "twofold-bench: " << entries << " entries: generating and saving the vault..." << Qt::endl;
    const QString path = QDir(dir).filePath(u"bench-%1.twofold"_s.arg(entries));
    removeVaultFiles(path);
    Result<QJsonObject> built = runChild(u"build"_s, path, o, password, entries);
    if (!built)
        return built.error();
    QJsonObject out{{u"entries"_s, entries},
                    {u"path"_s, path},
                    {u"build"_s, *built},
                    {u"fileBytes"_s, (*built)[u"fileBytes"_s]}};
    err() << "twofold-bench: " << entries << " entries: measuring..." << Qt::endl;
    struct Step
    {
        QString kind, name, medianKey;
    };
    for (const Step& step : {Step{u"open"_s, u"open"_s, u"beyondKdfMs"_s},
                             Step{u"search"_s, u"search"_s, u"openSearchBeyondKdfMs"_s},
                             Step{u"type"_s, u"typing"_s, {}}, Step{u"save"_s, u"save"_s, {}}}) {
        Result<QJsonObject> r = step.medianKey.isEmpty()
                                    ? runChild(step.kind, path, o, password)
                                    : runMedianChild(step.kind, step.medianKey, path, o, password);
        if (!r)
            return r.error();
        out.insert(step.name, *r);
    }
    return out;
}

int runBenchmark(const Options& o)
{
    QTemporaryDir temp;
    QString dir = o.dir;
    if (dir.isEmpty()) {
        if (!temp.isValid())
            return fail(Error(ErrorCode::FileWriteFailed, u"Cannot create a temporary folder."_s));
        temp.setAutoRemove(!o.keep);
        dir = temp.path();
    } else if (!QDir().mkpath(dir)) {
        return fail(Error(ErrorCode::FileWriteFailed, u"Cannot create the folder %1."_s.arg(dir)));
    }
    // A fresh random master password for this run; children get it on stdin, never argv.
    QByteArray raw(24, Qt::Uninitialized);
    systemRandom().fill(raw.data(), std::size_t(raw.size()));
    SecureBuffer password = SecureBuffer::fromBytes(raw.toBase64(QByteArray::OmitTrailingEquals));
    wipe(raw);

    QJsonObject report{{u"kdf"_s, QJsonObject{{u"memoryMiB"_s, int(o.kdf.memoryKiB / 1024)},
                                              {u"iterations"_s, int(o.kdf.iterations)}}},
                       {u"seed"_s, QString::number(o.seed)},
                       {u"repeat"_s, o.repeat},
                       {u"cpus"_s, QThread::idealThreadCount()},
                       {u"loadBefore"_s, loadAverage()}};
    QJsonArray sizes;
    for (int n : o.sizes) {
        Result<QJsonObject> r = benchmarkSize(n, dir, o, password);
        if (!r)
            return fail(r.error());
        sizes.append(*r);
    }
    report.insert(u"sizes"_s, sizes);
    report.insert(u"loadAfter"_s, loadAverage());
    if (o.keep || !o.dir.isEmpty())
        report.insert(u"dir"_s, dir);

    QTextStream out(stdout);
    printReport(report, out);
    if (!o.json.isEmpty()) {
        QFile f(o.json);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(QJsonDocument(report).toJson()) < 0 || !f.flush())
            return fail(Error(ErrorCode::FileWriteFailed, u"Cannot write %1."_s.arg(o.json)));
    }
    return 0;
}

int runChildCommand(const QString& kind, const QString& path, const QString& entries, const Options& o)
{
    SecureBuffer password = readPasswordLine();
    int count = 0;
    Result<QJsonObject> r =
        kind == u"build"_s && parseCount(entries, &count) ? measureBuild(path, password, count, o.seed, o.kdf)
        : kind == u"open"_s                               ? measureOpen(path, password)
        : kind == u"search"_s                             ? measureSearch(path, password, o.seed)
        : kind == u"type"_s                               ? measureTyping(path, password)
        : kind == u"save"_s
            ? measureSave(path, password)
            : Result<QJsonObject>(Error(ErrorCode::InvalidInput, u"Unknown measurement %1."_s.arg(kind)));
    if (!r)
        return fail(r.error());
    std::fputs(QJsonDocument(*r).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputs("\n", stdout);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    useHugePageHeap(argv); // as twofold and twofold-cli do (children inherit the setting)
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"twofold-bench"_s);
    ensureSodium();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Twofold benchmark.\n"
        "  twofold-bench [run]             measure open, search, typing, save, memory at each size\n"
        "  twofold-bench make-vault N FILE a vault of the N-entry data set (password: first stdin line)\n"
        "  twofold-bench export-xml N FILE the same data set as KeePass 2 XML (keepassxc-cli import)\n"
        "  twofold-bench queries           the search terms the benchmark uses (label TAB term)"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"command"_s, u"run, make-vault, export-xml or queries"_s);
    const QCommandLineOption sizesOpt(u"sizes"_s, u"Comma-separated vault sizes (default 10000,100000)."_s,
                                      u"N,N"_s);
    const QCommandLineOption memoryOpt(u"kdf-memory"_s, u"Argon2id memory in MiB (default 8)."_s, u"MIB"_s);
    const QCommandLineOption iterOpt(u"kdf-iterations"_s, u"Argon2id iterations (default 1)."_s, u"N"_s);
    const QCommandLineOption dirOpt(u"dir"_s, u"Folder for the vault files (default: a temporary one)."_s,
                                    u"DIR"_s);
    const QCommandLineOption jsonOpt(u"json"_s, u"Also write the figures as JSON to FILE."_s, u"FILE"_s);
    const QCommandLineOption seedOpt(u"seed"_s, u"Seed of the generated data."_s, u"N"_s);
    const QCommandLineOption repeatOpt(u"repeat"_s, u"Fresh processes per open/search figure (default 3)."_s,
                                       u"N"_s);
    const QCommandLineOption keepOpt(u"keep"_s, u"Keep the temporary folder and its vaults."_s);
    parser.addOptions({sizesOpt, memoryOpt, iterOpt, dirOpt, jsonOpt, seedOpt, repeatOpt, keepOpt});
    parser.process(app);

    Options o;
    bool ok = true;
    if (parser.isSet(sizesOpt)) {
        o.sizes.clear();
        for (const QString& s : parser.value(sizesOpt).split(u',', Qt::SkipEmptyParts)) {
            int n = 0;
            ok = ok && parseCount(s, &n) && n > 0;
            o.sizes.append(n);
        }
        ok = ok && !o.sizes.isEmpty();
    }
    if (parser.isSet(memoryOpt))
        o.kdf.memoryKiB = parser.value(memoryOpt).toUInt(&ok) * 1024;
    if (ok && parser.isSet(iterOpt))
        o.kdf.iterations = parser.value(iterOpt).toUInt(&ok);
    if (ok && parser.isSet(seedOpt))
        o.seed = parser.value(seedOpt).toULongLong(&ok);
    if (ok && parser.isSet(repeatOpt))
        ok = parseCount(parser.value(repeatOpt), &o.repeat) && o.repeat > 0;
    if (!ok || !kdf::withinBounds(o.kdf)) {
        err() << "twofold-bench: an option has a value that cannot be used; see --help." << Qt::endl;
        return 1;
    }
    o.dir = parser.value(dirOpt);
    o.json = parser.value(jsonOpt);
    o.keep = parser.isSet(keepOpt);

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0, u"run"_s);
    int count = 0;
    if (command == u"run"_s && args.size() <= 1)
        return runBenchmark(o);
    if (command == u"queries"_s && args.size() == 1) {
        QTextStream out(stdout);
        for (const BenchQuery& q : benchQueries(o.seed))
            out << q.label << '\t' << q.term << '\n';
        return 0;
    }
    if (command == u"export-xml"_s && args.size() == 3 && parseCount(args[1], &count)) {
        const Status s = writeKeePassXml(generateBenchData(count, o.seed), args[2]);
        return s ? 0 : fail(s.error());
    }
    if (command == u"make-vault"_s && args.size() == 3 && parseCount(args[1], &count)) {
        SecureBuffer password = readPasswordLine();
        const Status s = writeTwofoldVault(generateBenchData(count, o.seed), args[2], password, o.kdf);
        return s ? 0 : fail(s.error());
    }
    if (command == u"child"_s && (args.size() == 3 || args.size() == 4))
        return runChildCommand(args[1], args[2], args.value(3), o);
    err() << "twofold-bench: unknown command or wrong arguments; see --help." << Qt::endl;
    return 1;
}
