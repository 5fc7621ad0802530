// The stores on a real database (SQLite here; PostgreSQL through the harness in the _postgres
// build): accounts under a row lock (no update lost between two connections), auth-key hashes,
// organisations and policy, devices, token buckets, the audit log.
#include "TestDatabase.h"
#include "server/storage/AccountStore.h"
#include "server/storage/AuditLog.h"
#include "server/storage/DeviceStore.h"
#include "server/storage/Migrations.h"
#include "server/storage/OrganisationStore.h"
#include "server/storage/TokenBucketStore.h"

#include <QSemaphore>
#include <QThread>

#include <sodium.h>

using namespace twofold;
using namespace twofold::server;

class TestServerStores : public QObject
{
    Q_OBJECT

private:
    test::TestDatabase m_databases;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'800'000'000'000};

    static SecureBuffer pepper(char fill) { return SecureBuffer::fromBytes(QByteArray(32, fill)); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_databases.setUp(&error), qPrintable(error));
    }

    void init()
    {
        m_url = m_databases.freshUrl();
        m_db = test::TestDatabase::open(m_url);
        QVERIFY(Migrations::migrate(*m_db).ok());
    }

    void cleanup() { m_db.reset(); }

    void accountsAreCreatedOncePerAddress()
    {
        AccountStore accounts(*m_db, m_clock);
        const Result<qint64> id = accounts.create(QStringLiteral("  Ann@Example.ORG "), std::nullopt, {});
        QVERIFY(id.ok());
        const Result<qint64> again = accounts.create(QStringLiteral("ann@example.org"), std::nullopt, {});
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, QStringLiteral("There is already an account for ann@example.org."));
        const AccountRecord ann = accounts.findByEmail(QStringLiteral("ANN@example.org")).value();
        QCOMPARE(ann.id, *id);
        QCOMPARE(ann.email, QStringLiteral("ann@example.org"));
        QVERIFY(!ann.organisationId.has_value());
        QCOMPARE(ann.createdMs, m_clock.nowMs());
        QCOMPARE(accounts.findByEmail(QStringLiteral("bob@example.org")).error().code, ErrorCode::NotFound);
        QCOMPARE(accounts.create(QStringLiteral("not an address"), std::nullopt, {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(accounts.create(QStringLiteral("bob@example.org"), 4242, {}).error().code,
                 ErrorCode::NotFound);
    }

    void accountsAreListedByOrganisation()
    {
        OrganisationStore organisations(*m_db, m_clock);
        const qint64 acme = organisations.create(QStringLiteral("Acme")).value();
        AccountStore accounts(*m_db, m_clock);
        QVERIFY(accounts.create(QStringLiteral("zed@acme.test"), acme, {}).ok());
        QVERIFY(accounts.create(QStringLiteral("amy@acme.test"), acme, {}).ok());
        QVERIFY(accounts.create(QStringLiteral("solo@example.org"), std::nullopt, {}).ok());
        const QList<AccountRecord> all = accounts.list().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().email, QStringLiteral("amy@acme.test"));
        const QList<AccountRecord> members = accounts.list(acme).value();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members.at(1).organisationName, QStringLiteral("Acme"));
    }

    void authKeysAreCheckedAgainstAPepperedHash()
    {
        AccountStore accounts(*m_db, m_clock);
        AuthKeyHasher hasher(pepper('p'));
        const QByteArray authKey(32, 'k');
        const QByteArray stored = hasher.hash(authKey);
        QCOMPARE(stored.size(), 32);
        QVERIFY(!stored.contains(authKey));
        QVERIFY(stored != AuthKeyHasher(pepper('q')).hash(authKey)); // the pepper matters
        QByteArray unkeyed(32, '\0');
        crypto_generichash(reinterpret_cast<unsigned char*>(unkeyed.data()), 32,
                           reinterpret_cast<const unsigned char*>(authKey.constData()), 32, nullptr, 0);
        QVERIFY(stored != unkeyed);

        const qint64 id = accounts.create(QStringLiteral("ann@example.org"), std::nullopt, stored).value();
        QCOMPARE(accounts.checkAuthKey(id, authKey, hasher).value(), true);
        QCOMPARE(accounts.checkAuthKey(id, QByteArray(32, 'x'), hasher).value(), false);
        QCOMPARE(accounts.checkAuthKey(id, authKey, AuthKeyHasher(pepper('q'))).value(), false);
        const qint64 noKey = accounts.create(QStringLiteral("new@example.org"), std::nullopt, {}).value();
        QCOMPARE(accounts.checkAuthKey(noKey, authKey, hasher).value(), false);
        QVERIFY(accounts.setAuthKeyHash(noKey, stored).ok());
        QCOMPARE(accounts.checkAuthKey(noKey, authKey, hasher).value(), true);
        QCOMPARE(accounts.checkAuthKey(9999, authKey, hasher).error().code, ErrorCode::NotFound);
    }

    void aLockedStepWritesItsChangeOrNothing()
    {
        AccountStore accounts(*m_db, m_clock);
        const qint64 id = accounts.create(QStringLiteral("ann@example.org"), std::nullopt, {}).value();
        Result<LockedAccountState> after = accounts.withAccountLocked(id, [](const LockedAccountState& now) {
            AccountStateChange change;
            change.verifierState = now.verifierState + "one";
            change.methods = QStringList{QStringLiteral("authenticator"), QStringLiteral("email")};
            return Result<AccountStateChange>(change);
        });
        QVERIFY(after.ok());
        QCOMPARE(after->verifierState, QByteArray("one"));
        QCOMPARE(after->revision, 1);
        QCOMPARE(accounts.find(id)->methods,
                 (QStringList{QStringLiteral("authenticator"), QStringLiteral("email")}));

        const Result<LockedAccountState> failed =
            accounts.withAccountLocked(id, [&](const LockedAccountState&) {
                // a write inside the step joins the transaction, so it is undone with it
                (void)accounts.setAuthKeyHash(id, QByteArray(32, 'z'));
                return Result<AccountStateChange>(
                    Error(ErrorCode::Internal, QStringLiteral("verifier failed")));
            });
        QCOMPARE(failed.error().message, QStringLiteral("verifier failed"));
        AuthKeyHasher hasher(pepper('p'));
        Result<LockedAccountState> unchanged = accounts.withAccountLocked(
            id, [](const LockedAccountState&) { return Result<AccountStateChange>(AccountStateChange{}); });
        QCOMPARE(unchanged->verifierState, QByteArray("one"));
        QCOMPARE(unchanged->revision, 1);
        QVERIFY(
            !m_db->exec(QStringLiteral("SELECT id FROM accounts WHERE auth_key_hash IS NOT NULL"))->next());

        QCOMPARE(accounts
                     .withAccountLocked(4242,
                                        [](const LockedAccountState&) {
                                            return Result<AccountStateChange>(AccountStateChange{});
                                        })
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void aResetRequestReachesTheNextLockedStep()
    {
        AccountStore accounts(*m_db, m_clock);
        const qint64 id = accounts.create(QStringLiteral("ann@example.org"), std::nullopt, {}).value();
        QVERIFY(accounts.requestSecondFactorReset(id).ok());
        QVERIFY(accounts.find(id)->resetRequested);
        bool seen = false;
        QVERIFY(accounts
                    .withAccountLocked(id,
                                       [&](const LockedAccountState& now) {
                                           seen = now.resetRequested;
                                           AccountStateChange change;
                                           change.resetDone = true;
                                           change.methods = QStringList{};
                                           return Result<AccountStateChange>(change);
                                       })
                    .ok());
        QVERIFY(seen);
        QVERIFY(!accounts.find(id)->resetRequested);
    }

    // Two connections (two threads, each its own connection: as two server processes) add 1 to
    // the same account's counter 150 times each, all at once: every increment must survive.
    void concurrentLockedStepsLoseNoUpdate()
    {
        qint64 id = 0;
        {
            AccountStore accounts(*m_db, m_clock);
            id = accounts.create(QStringLiteral("ann@example.org"), std::nullopt, {}, "0").value();
        }
        constexpr int kEach = 150;
        QSemaphore ready, go;
        int failures[2] = {0, 0};
        QThread* threads[2];
        for (int t = 0; t < 2; ++t) {
            threads[t] = QThread::create([&, t] {
                auto db = test::TestDatabase::open(m_url);
                AccountStore accounts(*db);
                ready.release();
                go.acquire();
                for (int i = 0; i < kEach; ++i) {
                    const auto done = accounts.withAccountLocked(id, [](const LockedAccountState& now) {
                        AccountStateChange change;
                        change.verifierState = QByteArray::number(now.verifierState.toLongLong() + 1);
                        QThread::yieldCurrentThread(); // widen the read-modify-write window
                        return Result<AccountStateChange>(change);
                    });
                    if (!done)
                        ++failures[t];
                }
            });
            threads[t]->start();
        }
        ready.acquire(2);
        go.release(2);
        for (QThread* thread : threads) {
            QVERIFY(thread->wait(120'000));
            delete thread;
        }
        QCOMPARE(failures[0] + failures[1], 0);
        AccountStore accounts(*m_db, m_clock);
        const LockedAccountState final =
            accounts
                .withAccountLocked(id,
                                   [](const LockedAccountState&) {
                                       return Result<AccountStateChange>(AccountStateChange{});
                                   })
                .value();
        QCOMPARE(final.verifierState, QByteArray::number(2 * kEach));
        QCOMPARE(final.revision, 2 * kEach);
    }

    void organisationsCarryAPolicy()
    {
        OrganisationStore organisations(*m_db, m_clock);
        QVERIFY(organisations.create(QStringLiteral("Acme")).ok());
        QCOMPARE(organisations.create(QStringLiteral(" Acme ")).error().message,
                 QStringLiteral("There is already an organisation named “Acme”."));
        QCOMPARE(organisations.create(QString()).error().code, ErrorCode::InvalidInput);
        OrganisationRecord acme = organisations.findByName(QStringLiteral("Acme")).value();
        QCOMPARE(acme.policy, OrganisationPolicy::Optional);
        QCOMPARE(acme.allowedMethods, OrganisationStore::everyMethod());
        QVERIFY(organisations
                    .setPolicy(QStringLiteral("Acme"), OrganisationPolicy::Required,
                               OrganisationStore::parseMethods(QStringLiteral("sms,authenticator")).value())
                    .ok());
        acme = organisations.findByName(QStringLiteral("Acme")).value();
        QCOMPARE(acme.policy, OrganisationPolicy::Required);
        QCOMPARE(acme.allowedMethods, (QStringList{QStringLiteral("authenticator"), QStringLiteral("sms")}));
        QVERIFY(organisations.setPolicy(QStringLiteral("Acme"), OrganisationPolicy::Off, std::nullopt).ok());
        QCOMPARE(organisations.findByName(QStringLiteral("Acme"))->allowedMethods.size(), 2);
        QCOMPARE(organisations.setPolicy(QStringLiteral("Nope"), OrganisationPolicy::Off, std::nullopt)
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void policyWordsAreParsedStrictly_data()
    {
        QTest::addColumn<QString>("methods");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("unknown")
            << "authenticator,fax"
            << "“fax” is not a sign-in method: use authenticator, email or sms, separated by commas.";
        QTest::newRow("twice") << "email,email"
                               << "The method email is named twice.";
        QTest::newRow("empty")
            << ""
            << "“” is not a sign-in method: use authenticator, email or sms, separated by commas.";
        QTest::newRow("recovery")
            << "recovery"
            << "“recovery” is not a sign-in method: use authenticator, email or sms, separated by commas.";
    }
    void policyWordsAreParsedStrictly()
    {
        QFETCH(QString, methods);
        QFETCH(QString, refusal);
        QCOMPARE(OrganisationStore::parseMethods(methods).error().message, refusal);
        QCOMPARE(OrganisationStore::parsePolicy(QStringLiteral("forced")).error().message,
                 QStringLiteral("“forced” is not a policy: use off, optional or required."));
    }

    void devicesAreListedTouchedAndRevoked()
    {
        AccountStore accounts(*m_db, m_clock);
        const qint64 ann = accounts.create(QStringLiteral("ann@example.org"), std::nullopt, {}).value();
        DeviceStore devices(*m_db, m_clock);
        const qint64 laptop = devices.add(ann, QStringLiteral("  Ann’s   laptop "), "token-1").value();
        m_clock.advanceSeconds(60);
        const qint64 desktop = devices.add(ann, QString(), "token-2").value();
        QList<DeviceRecord> listed = devices.list(ann).value();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).id, desktop); // newest first
        QCOMPARE(listed.at(0).name, QStringLiteral("Computer"));
        QCOMPARE(listed.at(1).name, QStringLiteral("Ann’s laptop"));
        QVERIFY(!listed.at(1).lastUsedMs);

        m_clock.advanceSeconds(60);
        QVERIFY(devices.touch(laptop).ok());
        QCOMPARE(*devices.find(laptop)->lastUsedMs, m_clock.nowMs());
        QCOMPARE(devices.findActiveByToken("token-1").value()->id, laptop);

        const qint64 revokedAt = m_clock.nowMs();
        QVERIFY(devices.revoke(laptop)->isRevoked());
        m_clock.advanceSeconds(60);
        QCOMPARE(*devices.revoke(laptop)->revokedMs, revokedAt); // the first revocation stays
        QVERIFY(!devices.findActiveByToken("token-1").value().has_value());
        QCOMPARE(devices.revoke(999).error().message, QStringLiteral("There is no device number 999."));
        QCOMPARE(devices.revokeAll(ann).value(), 1);
        QCOMPARE(devices.revokeAll(ann).value(), 0);
    }

    void tokenBucketsRefuseWhenEmptyAndRefill()
    {
        const TokenBucketRule rule{3, 0.5}; // a burst of 3, then one every 2 s
        TokenBucketStore buckets(*m_db, rule, m_clock);
        const QString client = QStringLiteral("192.0.2.7");
        for (int i = 0; i < 3; ++i)
            QVERIFY(buckets.take(client)->allowed);
        BucketDecision refused = buckets.take(client).value();
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 2);
        QVERIFY(buckets.take(QStringLiteral("192.0.2.8"))->allowed); // another client has its own

        m_clock.advanceMs(1000);
        refused = buckets.take(client).value();
        QVERIFY(!refused.allowed);
        QCOMPARE(refused.retryAfterSeconds, 1);
        m_clock.advanceMs(1000);

        // Persisted: another connection (another server process) shares the same bucket.
        auto other = test::TestDatabase::open(m_url);
        TokenBucketStore elsewhere(*other, rule, m_clock);
        QVERIFY(elsewhere.take(client)->allowed);
        QVERIFY(!buckets.take(client)->allowed);
        m_clock.advanceSeconds(3600 * 2);
        QCOMPARE(buckets.pruneIdle().value(), 2);
    }

    void theAuditLogKeepsEventsInOrder()
    {
        AccountStore accounts(*m_db, m_clock);
        const qint64 ann = accounts.create(QStringLiteral("ann@example.org"), std::nullopt, {}).value();
        AuditLog log(*m_db, m_clock);
        QVERIFY(log.append(ann, QStringLiteral("192.0.2.1"), QStringLiteral("signin.ok"),
                           QStringLiteral("authenticator"))
                    .ok());
        m_clock.advanceSeconds(1);
        QVERIFY(log.append(std::nullopt, QStringLiteral("admin"), QStringLiteral("admin.org-create"),
                           QStringLiteral("Acme"))
                    .ok());
        QVERIFY(log.append(ann, QString(), QStringLiteral("signin.begin")).ok()); // no client, no detail
        QCOMPARE(log.recent(ann, 1)->first().detail, QString());
        QVERIFY(m_db->exec(QStringLiteral("DELETE FROM audit_events WHERE kind = 'signin.begin'")).ok());
        const QList<AuditEvent> all = log.recent(std::nullopt).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).kind, QStringLiteral("admin.org-create"));
        QVERIFY(!all.at(0).accountId);
        const QList<AuditEvent> hers = log.recent(ann).value();
        QCOMPARE(hers.size(), 1);
        QCOMPARE(hers.at(0).detail, QStringLiteral("authenticator"));
        QCOMPARE(hers.at(0).atMs, m_clock.nowMs() - 1000);
    }
};

QTEST_GUILESS_MAIN(TestServerStores)
#include "tst_server_stores.moc"
