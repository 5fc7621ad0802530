#include "server/storage/AccountStore.h"

#include "server/ServerSentences.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>

namespace twofold::server {

namespace {

constexpr qsizetype kMaxEmailLength = 254; // RFC 5321's path limit

QStringList splitMethods(const QString& text)
{
    return text.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

} // namespace

AccountStore::AccountStore(Database& db, Clock& clock) : m_db(db), m_clock(clock) {}

Result<QString> AccountStore::normaliseEmail(const QString& email)
{
    const QString normal = email.trimmed().toLower();
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (normal.isEmpty() || normal.size() > kMaxEmailLength || !shape.match(normal).hasMatch())
        return sentences::emailInvalid(email);
    return normal;
}

Result<qint64> AccountStore::create(const QString& email, std::optional<qint64> organisationId,
                                    const QByteArray& authKeyHash, const QByteArray& verifierState,
                                    const PasswordSlotRecord& slot)
{
    Result<QString> normal = normaliseEmail(email);
    if (!normal)
        return normal.error();
    qint64 id = 0;
    Status created = m_db.inTransaction([&]() -> Status {
        Result<QSqlQuery> taken =
            m_db.exec(QStringLiteral("SELECT id FROM accounts WHERE email = ?"), {*normal});
        if (!taken)
            return taken.error();
        if (taken->next())
            return sentences::accountExists(*normal);
        if (organisationId) {
            Result<QSqlQuery> org =
                m_db.exec(QStringLiteral("SELECT id FROM organisations WHERE id = ?"), {*organisationId});
            if (!org)
                return org.error();
            if (!org->next())
                return sentences::organisationIdUnknown(*organisationId);
        }
        Result<QSqlQuery> inserted = m_db.exec(
            QStringLiteral(
                "INSERT INTO accounts (email, organisation_id, created_ms, auth_key_hash, verifier_state,"
                " salt, kdf_memory_kib, kdf_iterations, keyset)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {*normal, organisationId ? QVariant(*organisationId) : QVariant(QMetaType::fromType<qint64>()),
             m_clock.nowMs(),
             authKeyHash.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(authKeyHash),
             verifierState.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(verifierState),
             slot.salt.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(slot.salt),
             qint64(slot.memoryKiB), qint64(slot.iterations),
             slot.keyset.isNull() ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(slot.keyset)});
        if (!inserted)
            return inserted.error();
        if (!inserted->next())
            return sentences::databaseStatementFailed();
        id = inserted->value(0).toLongLong();
        return {};
    });
    if (!created)
        return created.error();
    return id;
}

Result<QList<AccountRecord>> AccountStore::select(const QString& where, const QVariantList& values)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral(
            "SELECT a.id, a.email, a.organisation_id, o.name, a.created_ms, a.methods, a.reset_requested_ms"
            " FROM accounts a LEFT JOIN organisations o ON o.id = a.organisation_id ") +
            where + QStringLiteral(" ORDER BY a.email"),
        values);
    if (!query)
        return query.error();
    QList<AccountRecord> records;
    while (query->next()) {
        AccountRecord record;
        record.id = query->value(0).toLongLong();
        record.email = query->value(1).toString();
        if (!query->isNull(2))
            record.organisationId = query->value(2).toLongLong();
        record.organisationName = query->value(3).toString();
        record.createdMs = query->value(4).toLongLong();
        record.methods = splitMethods(query->value(5).toString());
        record.resetRequested = !query->isNull(6);
        records.append(record);
    }
    return records;
}

Result<AccountRecord> AccountStore::findByEmail(const QString& email)
{
    Result<QString> normal = normaliseEmail(email);
    if (!normal)
        return normal.error();
    Result<QList<AccountRecord>> found = select(QStringLiteral("WHERE a.email = ?"), {*normal});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sentences::accountUnknown(*normal);
    return found->first();
}

Result<AccountRecord> AccountStore::find(qint64 accountId)
{
    Result<QList<AccountRecord>> found = select(QStringLiteral("WHERE a.id = ?"), {accountId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return sentences::accountIdUnknown(accountId);
    return found->first();
}

Result<QList<AccountRecord>> AccountStore::list(std::optional<qint64> organisationId)
{
    if (organisationId)
        return select(QStringLiteral("WHERE a.organisation_id = ?"), {*organisationId});
    return select(QString(), {});
}

Status AccountStore::setOrganisation(qint64 accountId, std::optional<qint64> organisationId)
{
    Result<QSqlQuery> updated = m_db.exec(
        QStringLiteral("UPDATE accounts SET organisation_id = ? WHERE id = ?"),
        {organisationId ? QVariant(*organisationId) : QVariant(QMetaType::fromType<qint64>()), accountId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return sentences::accountIdUnknown(accountId);
    return {};
}

Result<bool> AccountStore::checkAuthKey(qint64 accountId, QByteArrayView authKey, const AuthKeyHasher& hasher)
{
    Result<QSqlQuery> query =
        m_db.exec(QStringLiteral("SELECT auth_key_hash FROM accounts WHERE id = ?"), {accountId});
    if (!query)
        return query.error();
    if (!query->next())
        return sentences::accountIdUnknown(accountId);
    const QByteArray stored = query->value(0).toByteArray();
    return hasher.matches(authKey, stored);
}

Status AccountStore::setAuthKeyHash(qint64 accountId, const QByteArray& hash)
{
    Result<QSqlQuery> updated =
        m_db.exec(QStringLiteral("UPDATE accounts SET auth_key_hash = ? WHERE id = ?"), {hash, accountId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return sentences::accountIdUnknown(accountId);
    return {};
}

Result<PasswordSlotRecord> AccountStore::passwordSlot(qint64 accountId)
{
    Result<QSqlQuery> query = m_db.exec(
        QStringLiteral("SELECT salt, kdf_memory_kib, kdf_iterations, keyset FROM accounts WHERE id = ?"),
        {accountId});
    if (!query)
        return query.error();
    if (!query->next())
        return sentences::accountIdUnknown(accountId);
    PasswordSlotRecord slot;
    slot.salt = query->value(0).toByteArray();
    slot.memoryKiB = quint32(std::clamp<qint64>(query->value(1).toLongLong(), 0, 0xffffffff));
    slot.iterations = quint32(std::clamp<qint64>(query->value(2).toLongLong(), 0, 0xffffffff));
    slot.keyset = query->value(3).toByteArray();
    return slot;
}

Status AccountStore::setPasswordSlot(qint64 accountId, const PasswordSlotRecord& slot,
                                     const QByteArray& authKeyHash)
{
    const QString sql =
        authKeyHash.isEmpty()
            ? QStringLiteral(
                  "UPDATE accounts SET salt = ?, kdf_memory_kib = ?, kdf_iterations = ?, keyset = ?"
                  " WHERE id = ?")
            : QStringLiteral(
                  "UPDATE accounts SET salt = ?, kdf_memory_kib = ?, kdf_iterations = ?, keyset = ?,"
                  " auth_key_hash = ? WHERE id = ?");
    QVariantList values{slot.salt, qint64(slot.memoryKiB), qint64(slot.iterations), slot.keyset};
    if (!authKeyHash.isEmpty())
        values << authKeyHash;
    values << accountId;
    Result<QSqlQuery> updated = m_db.exec(sql, values);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return sentences::accountIdUnknown(accountId);
    return {};
}

Result<LockedAccountState> AccountStore::withAccountLocked(qint64 accountId, const LockedStep& step)
{
    LockedAccountState state;
    Status done = m_db.inTransaction([&]() -> Status {
        Result<QSqlQuery> row = m_db.exec(
            QStringLiteral(
                "SELECT verifier_state, state_revision, reset_requested_ms FROM accounts WHERE id = ?") +
                m_db.forUpdate(),
            {accountId});
        if (!row)
            return row.error();
        if (!row->next())
            return sentences::accountIdUnknown(accountId);
        state.verifierState = row->value(0).toByteArray();
        state.revision = row->value(1).toLongLong();
        state.resetRequested = !row->isNull(2);
        row->finish();
        Result<AccountStateChange> change = step(state);
        if (!change)
            return change.error();
        return writeChange(accountId, *change, state);
    });
    if (!done)
        return done.error();
    return state;
}

Result<std::optional<LockedAccount>> AccountStore::lockByEmail(const QString& normalEmail)
{
    // PostgreSQL cannot lock the nullable side of an outer join: only the account's row.
    const QString lock = m_db.forUpdate().isEmpty() ? QString() : QStringLiteral(" FOR UPDATE OF a");
    Result<QSqlQuery> row = m_db.exec(
        QStringLiteral(
            "SELECT a.id, a.email, a.organisation_id, o.name, a.created_ms, a.methods, a.reset_requested_ms,"
            " a.verifier_state, a.state_revision, a.auth_key_hash, a.keyset"
            " FROM accounts a LEFT JOIN organisations o ON o.id = a.organisation_id WHERE a.email = ?") +
            lock,
        {normalEmail});
    if (!row)
        return row.error();
    if (!row->next())
        return std::optional<LockedAccount>();
    LockedAccount locked;
    AccountRecord& record = locked.account;
    record.id = row->value(0).toLongLong();
    record.email = row->value(1).toString();
    if (!row->isNull(2))
        record.organisationId = row->value(2).toLongLong();
    record.organisationName = row->value(3).toString();
    record.createdMs = row->value(4).toLongLong();
    record.methods = splitMethods(row->value(5).toString());
    record.resetRequested = !row->isNull(6);
    locked.state.verifierState = row->value(7).toByteArray();
    locked.state.revision = row->value(8).toLongLong();
    locked.state.resetRequested = record.resetRequested;
    locked.authKeyHash = row->value(9).toByteArray();
    locked.keyset = row->value(10).toByteArray();
    row->finish();
    return std::optional<LockedAccount>(std::move(locked));
}

Status AccountStore::writeChange(qint64 accountId, const AccountStateChange& change,
                                 LockedAccountState& state)
{
    if (!change.verifierState && !change.methods && !change.resetDone)
        return {};
    QStringList sets;
    QVariantList values;
    if (change.verifierState) {
        sets << QStringLiteral("verifier_state = ?") << QStringLiteral("state_revision = state_revision + 1");
        values << *change.verifierState;
        state.verifierState = *change.verifierState;
        ++state.revision;
    }
    if (change.methods) {
        sets << QStringLiteral("methods = ?");
        const QString joined = change.methods->join(QLatin1Char(','));
        values << (joined.isEmpty() ? QStringLiteral("") : joined); // "" and not NULL
    }
    if (change.resetDone) {
        sets << QStringLiteral("reset_requested_ms = NULL");
        state.resetRequested = false;
    }
    values << accountId;
    Result<QSqlQuery> written =
        m_db.exec(QStringLiteral("UPDATE accounts SET ") + sets.join(QStringLiteral(", ")) +
                      QStringLiteral(" WHERE id = ?"),
                  values);
    if (!written)
        return written.error();
    return {};
}

Status AccountStore::requestSecondFactorReset(qint64 accountId)
{
    Result<QSqlQuery> updated =
        m_db.exec(QStringLiteral("UPDATE accounts SET reset_requested_ms = ? WHERE id = ?"),
                  {m_clock.nowMs(), accountId});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return sentences::accountIdUnknown(accountId);
    return {};
}

} // namespace twofold::server
