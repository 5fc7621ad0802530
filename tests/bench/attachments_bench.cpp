// twofold-attachments-bench: does a vault with attachments open as fast as one without (issue
// 14)? Builds the benchmark's vault of N entries (default 100,000), copies it, adds M attachments
// of S MiB each to the copy (default 100 x 1 MiB, so about 100 MiB more file), and opens each one
// in its own child process several times (median of the time beyond the KDF, each child's peak
// memory). Then times reading one attachment (open it, decrypt it). Usage:
//   twofold-attachments-bench [--entries N] [--attachments M] [--size MIB] [--runs R]
#include "BenchData.h"
#include "Measure.h"

#include "common/Random.h"
#include "common/Sodium.h"
#include "vault/OpenVault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace twofold;
using namespace twofold::bench;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPassword = "attachments bench password";

int fail(const QString& why)
{
    QTextStream(stderr) << "twofold-attachments-bench: " << why << Qt::endl;
    return 1;
}

// One measurement in a child process of this program (password on stdin).
Result<QJsonObject> child(const QString& kind, const QString& path)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(), {u"--child"_s, kind, path});
    p.write(kPassword + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return Error(ErrorCode::Internal, QString::fromUtf8(p.readAllStandardError()));
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

// In the child: opens the vault and reads its first attachment, timed.
Result<QJsonObject> readFirstAttachment(const QString& path)
{
    auto v = OpenVault::open(path, SecureBuffer::fromBytes(kPassword), OpenMode::ReadOnly);
    if (!v)
        return v.error();
    for (const Entry& e : (*v)->vault().entries())
        if (!e.attachments.empty()) {
            QElapsedTimer t;
            t.start();
            Result<SecureBuffer> content = (*v)->vault().attachmentContent(e.attachments.front());
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!content)
                return content.error();
            return QJsonObject{{u"attachmentMs"_s, ms}, {u"bytes"_s, qint64(content->size())}};
        }
    return Error(ErrorCode::NotFound, u"no attachment"_s);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    ensureSodium();
    QCommandLineParser parser;
    parser.addOptions({{u"entries"_s, u"Entries in the vault"_s, u"N"_s, u"100000"_s},
                       {u"attachments"_s, u"Attachments added to the copy"_s, u"M"_s, u"100"_s},
                       {u"size"_s, u"MiB per attachment"_s, u"MIB"_s, u"1"_s},
                       {u"runs"_s, u"Opens of each vault"_s, u"R"_s, u"5"_s},
                       {u"child"_s, u"(internal)"_s, u"KIND"_s}});
    parser.addPositionalArgument(u"path"_s, u"(internal)"_s);
    parser.process(app);
    if (parser.isSet(u"child"_s)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return 1;
        QByteArray line = in.readLine().trimmed();
        const SecureBuffer password = SecureBuffer::fromBytes(line);
        const QString path = parser.positionalArguments().value(0);
        Result<QJsonObject> r =
            parser.value(u"child"_s) == u"open"_s ? measureOpen(path, password) : readFirstAttachment(path);
        if (!r)
            return fail(r.error().message);
        QJsonObject out = *r;
        // VmHWM, not getrusage: Linux keeps ru_maxrss across exec, so a child would report its
        // parent's peak.
        QFile status(u"/proc/self/status"_s);
        double hwm = 0;
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray& l : status.readAll().split('\n'))
                if (l.startsWith("VmHWM:"))
                    hwm = l.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
        out.insert(u"peakRssMiB"_s, hwm > 0 ? hwm : peakRssMiB());
        std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
        return 0;
    }
    const int entries = parser.value(u"entries"_s).toInt();
    const int count = parser.value(u"attachments"_s).toInt();
    const int mib = parser.value(u"size"_s).toInt();
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    if (entries < count || count < 1 || mib < 1 || qint64(mib) << 20 > kMaxAttachmentBytes)
        return fail(u"--attachments must be 1..entries and --size 1..16"_s);
    QTemporaryDir dir;
    const QString plain = dir.filePath(u"plain.twofold"_s), with = dir.filePath(u"with.twofold"_s);
    QTextStream out(stdout);
    out << "building " << entries << " entries..." << Qt::endl;
    if (Result<QJsonObject> b =
            measureBuild(plain, SecureBuffer::fromBytes(kPassword), entries, 1, {1, 8 * 1024});
        !b)
        return fail(b.error().message);
    if (!QFile::copy(plain, with))
        return fail(u"cannot copy the vault"_s);
    {
        auto v = OpenVault::open(with, SecureBuffer::fromBytes(kPassword));
        if (!v)
            return fail(v.error().message);
        QByteArray content(qsizetype(mib) << 20, Qt::Uninitialized);
        for (int i = 0; i < count; ++i) {
            systemRandom().fill(content.data(), std::size_t(content.size()));
            if (Result<QByteArray> a = (*v)->vault().addAttachment((*v)->vault().entryAt(i).id,
                                                                   u"scan-%1.pdf"_s.arg(i), content);
                !a)
                return fail(a.error().message);
        }
        QElapsedTimer t;
        t.start();
        if (Status s = (*v)->save(); !s)
            return fail(s.error().message);
        out << "saved " << count << " attachments of " << mib << " MiB in " << t.elapsed() << " ms"
            << Qt::endl;
    }
    struct Figures
    {
        std::vector<double> ms;
        double peak = 0;
    };
    Figures figures[2];
    for (int r = 0; r < runs; ++r)
        for (int k = 0; k < 2; ++k) { // alternating, so both see the same machine
            Result<QJsonObject> o = child(u"open"_s, k == 0 ? plain : with);
            if (!o)
                return fail(o.error().message);
            figures[k].ms.push_back((*o)[u"beyondKdfMs"_s].toDouble());
            figures[k].peak = std::max(figures[k].peak, (*o)[u"peakRssMiB"_s].toDouble());
        }
    Result<QJsonObject> one = child(u"attachment"_s, with);
    if (!one)
        return fail(one.error().message);
    const double a = median(figures[0].ms), b = median(figures[1].ms);
    out << Qt::fixed;
    out.setRealNumberPrecision(1);
    out << "entries: " << entries << ", load " << QString::fromUtf8([] {
        QFile f(u"/proc/loadavg"_s);
        return f.open(QIODevice::ReadOnly) ? f.readLine().trimmed() : QByteArray("?");
    }()) << Qt::endl;
    out << "without attachments: file " << QFileInfo(plain).size() / 1048576.0 << " MiB, open beyond the KDF "
        << a << " ms (median of " << runs << "), peak " << figures[0].peak << " MiB" << Qt::endl;
    out << "with " << count << " x " << mib << " MiB:    file " << QFileInfo(with).size() / 1048576.0
        << " MiB, open beyond the KDF " << b << " ms (median of " << runs << "), peak " << figures[1].peak
        << " MiB" << Qt::endl;
    out << "ratio (with / without): time " << b / std::max(a, 0.001) << "x, memory "
        << figures[1].peak / std::max(figures[0].peak, 0.001) << "x" << Qt::endl;
    out << "reading one " << mib << " MiB attachment after opening: " << (*one)[u"attachmentMs"_s].toDouble()
        << " ms" << Qt::endl;
    return 0;
}
