// Runs a fuzz target without libFuzzer: over every file of its corpus folder, over its
// seeds, every truncation of each seed, and deterministic random mutations of them.
// A crash or sanitizer report fails the test; the output ends with "N passed, 0 failed".
#include "FuzzTarget.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 2 && QByteArrayView(argv[1]) == "--write-seeds") { // to start a libFuzzer corpus
        int n = 0;
        for (const QByteArray& seed : fuzzSeeds()) {
            QFile f(QDir(QString::fromLocal8Bit(argv[2])).filePath(QStringLiteral("seed-%1").arg(n++)));
            if (!f.open(QIODevice::WriteOnly) || f.write(seed) != seed.size())
                return 1;
        }
        return 0;
    }
    QList<QByteArray> inputs;
    if (argc > 1) {
        const QDir corpus(QString::fromLocal8Bit(argv[1]));
        for (const QString& name : corpus.entryList(QDir::Files)) {
            QFile f(corpus.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                inputs.append(f.readAll());
        }
    }
    const QList<QByteArray> seeds = fuzzSeeds();
    QRandomGenerator random(20261123); // fixed: the run is the same every time
    for (const QByteArray& seed : seeds) {
        inputs.append(seed);
        for (qsizetype len = 0; len < seed.size(); len += std::max<qsizetype>(1, seed.size() / 512))
            inputs.append(seed.left(len));
        for (int i = 0; i < 1500; ++i) {
            QByteArray m = seed;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits && !m.isEmpty(); ++e) {
                const qsizetype at = qsizetype(random.bounded(quint32(m.size())));
                switch (random.bounded(3)) {
                case 0:
                    m[at] = char(m[at] ^ char(1 << random.bounded(8)));
                    break;
                case 1:
                    m[at] = char(random.bounded(256));
                    break;
                default:
                    m.remove(at, 1 + qsizetype(random.bounded(8)));
                    break;
                }
            }
            inputs.append(m);
        }
    }
    for (const QByteArray& input : inputs)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(input.constData()),
                               std::size_t(input.size()));
    std::printf("%lld passed, 0 failed\n", static_cast<long long>(inputs.size()));
    return 0;
}
