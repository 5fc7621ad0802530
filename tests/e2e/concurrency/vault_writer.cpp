// A small writer of one vault file, run several times at once by tst_concurrent_writers_e2e:
//   vault_writer save PATH N   opens the vault for changes and saves N times, adding an entry each time
//   vault_writer count PATH N  N times, under the update lock, adds 1 to a counter kept as the
//                              auth section's text (what the verifier host does for a wrong code)
// The password is "pw". Exit 0 when every write worked; otherwise a line on stderr and exit 1.
#include "vault/OpenVault.h"
#include "vault/VaultUpdate.h"

#include <QCoreApplication>

#include <cstdio>

using namespace twofold;

namespace {

SecureBuffer password()
{
    return SecureBuffer::fromBytes("pw", 2);
}

int fail(const Error& e)
{
    std::fprintf(stderr, "%s\n", qPrintable(e.message));
    return 1;
}

int saveMany(const QString& path, int n)
{
    Result<std::unique_ptr<OpenVault>> v = OpenVault::open(path, password());
    if (!v)
        return fail(v.error());
    for (int i = 0; i < n; ++i) {
        EntryFields fields;
        fields.title = QStringLiteral("saved %1").arg(i);
        if (!(*v)->vault().addEntry(std::move(fields)))
            return 1;
        if (Status s = (*v)->save(); !s)
            return fail(s.error());
    }
    return 0;
}

int countMany(const QString& path, int n)
{
    VaultUpdateOptions options;
    options.backup = BackupPolicy::LeaveAsIs;
    Result<VaultFile> first = VaultFile::read(path);
    if (!first)
        return fail(first.error());
    Result<PasswordKey> key = first->derivePasswordKey(password());
    if (!key)
        return fail(key.error());
    for (int i = 0; i < n; ++i) {
        const Status s = updateVaultFile(
            path,
            [&](const VaultOnDisk& disk) -> Result<QByteArray> {
                const Result<VaultFile>& file = disk.file();
                if (!file)
                    return file.error();
                Result<SecureBuffer> plain = file->openAuthSection(*key);
                if (!plain)
                    return plain.error();
                const qint64 count =
                    QByteArray(reinterpret_cast<const char*>(plain->data()), qsizetype(plain->size()))
                        .toLongLong();
                const QByteArray next = QByteArray::number(count + 1);
                return file->withAuthSection(VaultFile::sealAuthSection(*key, file->header().vaultId, next));
            },
            options);
        if (!s)
            return fail(s.error());
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return 2;
    const int n = args.at(3).toInt();
    if (args.at(1) == QLatin1String("save"))
        return saveMany(args.at(2), n);
    if (args.at(1) == QLatin1String("count"))
        return countMany(args.at(2), n);
    return 2;
}
