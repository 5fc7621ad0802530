// The schema, one migration at a time. Never edit a migration that has shipped: add one.
// Times are milliseconds since the Unix epoch (UTC) in BIGINT columns.
#include "server/storage/Migrations.h"

namespace twofold::server {

const std::vector<Migration>& Migrations::all()
{
    static const std::vector<Migration> list = {
        {1,
         QStringLiteral("organisations, accounts, devices"),
         {QStringLiteral(
              "CREATE TABLE organisations ("
              " id {id},"
              " name TEXT NOT NULL UNIQUE,"
              " policy TEXT NOT NULL DEFAULT 'optional' CHECK (policy IN ('off', 'optional', 'required')),"
              " allowed_methods TEXT NOT NULL DEFAULT 'authenticator,email,sms',"
              " created_ms BIGINT NOT NULL)"),
          // verifier_state: the verifier's state, opaque to the server (core/auth encodes it);
          // state_revision: +1 on every change; auth_key_hash: BLAKE2b(key = pepper, authKey);
          // methods: the turned-on methods, written by the verifier host (for admin listings);
          // reset_requested_ms: an administrator asked to reset the second factor.
          QStringLiteral("CREATE TABLE accounts ("
                         " id {id},"
                         " email TEXT NOT NULL UNIQUE,"
                         " organisation_id BIGINT REFERENCES organisations(id),"
                         " created_ms BIGINT NOT NULL,"
                         " auth_key_hash {blob},"
                         " verifier_state {blob},"
                         " state_revision BIGINT NOT NULL DEFAULT 0,"
                         " methods TEXT NOT NULL DEFAULT '',"
                         " reset_requested_ms BIGINT)"),
          QStringLiteral("CREATE INDEX accounts_by_organisation ON accounts (organisation_id)"),
          QStringLiteral("CREATE TABLE devices ("
                         " id {id},"
                         " account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                         " name TEXT NOT NULL,"
                         " token_hash {blob},"
                         " added_ms BIGINT NOT NULL,"
                         " last_used_ms BIGINT,"
                         " revoked_ms BIGINT)"),
          QStringLiteral("CREATE INDEX devices_by_account ON devices (account_id)")}},
        {2,
         QStringLiteral("per-client token buckets, audit log"),
         {QStringLiteral("CREATE TABLE rate_buckets ("
                         " client TEXT PRIMARY KEY,"
                         " tokens {real} NOT NULL,"
                         " updated_ms BIGINT NOT NULL)"),
          QStringLiteral("CREATE TABLE audit_events ("
                         " id {id},"
                         " at_ms BIGINT NOT NULL,"
                         " account_id BIGINT REFERENCES accounts(id) ON DELETE SET NULL,"
                         " client TEXT NOT NULL DEFAULT '',"
                         " kind TEXT NOT NULL,"
                         " detail TEXT NOT NULL DEFAULT '')"),
          QStringLiteral("CREATE INDEX audit_events_by_account ON audit_events (account_id, at_ms)")}},
        // The verifier host (core/server/verifier): the password slot's salt and Argon2id limits
        // (POST /v1/prelogin hands them out), the account's keyset (opaque CBOR, given back with a
        // released share), the mail domains an organisation takes its members from, and the
        // devices' token_hash now holds BLAKE2b(pepper, "device" ‖ remembered computer's id).
        {3,
         QStringLiteral("password slot salt, limits and keyset; organisation domains"),
         {QStringLiteral("ALTER TABLE accounts ADD COLUMN salt {blob}"),
          QStringLiteral("ALTER TABLE accounts ADD COLUMN kdf_memory_kib BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE accounts ADD COLUMN kdf_iterations BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE accounts ADD COLUMN keyset {blob}"),
          QStringLiteral("ALTER TABLE organisations ADD COLUMN domains TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX devices_by_token ON devices (token_hash)")}},
        // Sync (API.md "Sync", DESIGN.md 11): per account a revision (+1 for every record written),
        // the number of records kept (tombstones too: the per-account limit), the sync key's hash
        // BLAKE2b(key = pepper, "sync" ‖ key), and the records themselves: opaque client-encrypted
        // bytes, NULL data for a record removed for good (a tombstone), found by (account, rev).
        {4,
         QStringLiteral("sync records, revision and sync key"),
         {QStringLiteral("ALTER TABLE accounts ADD COLUMN sync_revision BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE accounts ADD COLUMN sync_record_count BIGINT NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE accounts ADD COLUMN sync_key_hash {blob}"),
          QStringLiteral("CREATE TABLE sync_records ("
                         " account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                         " record_id {blob} NOT NULL,"
                         " rev BIGINT NOT NULL,"
                         " data {blob},"
                         " PRIMARY KEY (account_id, record_id))"),
          QStringLiteral("CREATE INDEX sync_records_by_rev ON sync_records (account_id, rev)")}},
        // The computers an account has signed in from (auth/ComputerId.h): the hash
        // BLAKE2b(key = pepper, "computer" ‖ id) of each, when first and last seen. A code from a
        // computer not in here mails the account.
        {5,
         QStringLiteral("computers seen"),
         {QStringLiteral("CREATE TABLE seen_computers ("
                         " account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
                         " id_hash {blob} NOT NULL,"
                         " first_ms BIGINT NOT NULL,"
                         " last_ms BIGINT NOT NULL,"
                         " PRIMARY KEY (account_id, id_hash))")}},
    };
    return list;
}

} // namespace twofold::server
