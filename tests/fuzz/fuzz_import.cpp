// Fuzz target: one importer of core/io, chosen by TWOFOLD_FUZZ_IMPORT_FORMAT (the format's
// name, e.g. "chrome-csv"). Besides never crashing: an import that succeeds has every entry
// titled, and its secrets readable; the format guess never crashes either.
#include "FuzzTarget.h"

#include "io/Formats.h"

#include <QDir>
#include <QFile>

#include <cstdlib>

using namespace twofold;

namespace {
io::ImportFormat format()
{
    static const io::ImportFormat f = *io::importFormatFromName(QStringLiteral(TWOFOLD_FUZZ_IMPORT_FORMAT));
    return f;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)io::detectImportFormat(bytes);
    Result<io::ImportData> d = io::importBytes(format(), bytes);
    if (d.ok())
        for (const Entry& e : d->entries) {
            if (e.title.isEmpty())
                std::abort(); // every imported entry has a title
            (void)d->secrets.view(e.password);
        }
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    // The vendor-shaped test files of this format (tests/data/import) are the seeds too.
    QList<QByteArray> seeds;
    const QDir dir(QStringLiteral(TWOFOLD_FUZZ_CORPUS_DIR));
    for (const QString& name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            seeds.append(f.readAll());
    }
    return seeds;
}
