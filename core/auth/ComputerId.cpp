#include "auth/ComputerId.h"

#include "auth/ServerLink.h"
#include "common/PrivateFolder.h"
#include "common/Random.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <sodium.h>

#include <mutex>

namespace twofold {

namespace {

constexpr qsizetype kSeedBytes = 32;

QByteArray loadOrMakeSeed()
{
    const QString path = signInComputerSeedPath();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray seed = QByteArray::fromHex(file.read(2 * kSeedBytes + 1).trimmed());
        if (seed.size() == kSeedBytes)
            return seed;
    }
    QByteArray seed(kSeedBytes, '\0');
    systemRandom().fill(seed.data(), std::size_t(seed.size()));
    if (makePrivateFolder(QFileInfo(path).absolutePath())) {
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.setPermissions(kOwnerOnlyFile);
            out.write(seed.toHex() + '\n');
            out.commit();
        }
    }
    return seed;
}

} // namespace

QString signInComputerSeedPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/sign-in-computer");
}

QByteArray signInComputerId(const QByteArray& seed, const QUrl& server, const QString& email)
{
    const QByteArray message = QByteArrayLiteral("twofold sign-in computer\n") +
                               ServerEndpoint::normalised(server).toUtf8() + '\n' +
                               email.trimmed().toLower().toUtf8();
    QByteArray id(kComputerIdBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), std::size_t(id.size()),
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       std::size_t(message.size()), reinterpret_cast<const unsigned char*>(seed.constData()),
                       std::size_t(seed.size()));
    return id;
}

QByteArray signInComputerId(const QUrl& server, const QString& email)
{
    // One seed per process (read or made once); the file is the profile's.
    static std::mutex mutex;
    static QByteArray seed;
    std::lock_guard lock(mutex);
    if (seed.isEmpty())
        seed = loadOrMakeSeed();
    return signInComputerId(seed, server, email);
}

} // namespace twofold
