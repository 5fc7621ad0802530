#pragma once
// Remembered computers ("devices"): a server record each (name, added, last use, revoked),
// listed and revoked by users from any computer and by administrators. The token a computer
// presents is stored only as a hash (the verifier host chooses which).
#include "common/Clock.h"
#include "common/Result.h"
#include "server/storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace twofold::server {

struct DeviceRecord
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString name;
    qint64 addedMs = 0;
    std::optional<qint64> lastUsedMs;
    std::optional<qint64> revokedMs;
    QByteArray tokenHash;
    bool isRevoked() const { return revokedMs.has_value(); }
};

class DeviceStore
{
public:
    DeviceStore(Database& db, Clock& clock = systemClock());

    // Records a device for accountId; name is trimmed and cut to 100 characters (an empty one
    // becomes "Computer"). Returns its id.
    Result<qint64> add(qint64 accountId, const QString& name, const QByteArray& tokenHash);
    // The account's devices, newest first, revoked ones included.
    Result<QList<DeviceRecord>> list(qint64 accountId);
    Result<DeviceRecord> find(qint64 deviceId);
    // The device whose token hashes to tokenHash, when it is not revoked.
    Result<std::optional<DeviceRecord>> findActiveByToken(const QByteArray& tokenHash);
    // Records a use now.
    Status touch(qint64 deviceId);
    // Revokes the device now; a device already revoked keeps its first revocation time.
    // NotFound for an unknown id. Returns the record as it is afterwards.
    Result<DeviceRecord> revoke(qint64 deviceId);
    // Revokes every device of the account; returns how many were still active.
    Result<int> revokeAll(qint64 accountId);

    // Records that the account signed in now from the computer whose id hashes to idHash
    // (seen_computers); true when the account had not seen it before.
    Result<bool> markSeen(qint64 accountId, const QByteArray& idHash);

private:
    Result<QList<DeviceRecord>> select(const QString& where, const QVariantList& values);

    Database& m_db;
    Clock& m_clock;
};

} // namespace twofold::server
