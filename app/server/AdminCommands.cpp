// twofold-server admin …: organisations, their policy, users, second-factor resets and devices,
// straight on the database (migrated first, so admin commands work before the first start).
// Every change is written to the audit log as client "admin".
#include "ServerCommands.h"
#include "server/ServerSentences.h"
#include "server/ServerText.h"
#include "server/config/ServerConfig.h"
#include "server/storage/AccountStore.h"
#include "server/storage/AuditLog.h"
#include "server/storage/DeviceStore.h"
#include "server/storage/Migrations.h"
#include "server/storage/OrganisationStore.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace twofold::server {

namespace {

const QString kAdmin = QStringLiteral("admin");

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

struct Admin
{
    Admin(Database& database, QMap<QString, QString> given) : db(database), options(std::move(given)) {}
    Database& db;
    OrganisationStore organisations{db};
    AccountStore accounts{db};
    DeviceStore devices{db};
    AuditLog audit{db};
    QMap<QString, QString> options;
};

int usage()
{
    return failUsage(
        ServerText::tr("Use one of: org create NAME, org list, org policy NAME off|optional|required "
                       "[--methods LIST], org domains NAME DOMAIN[,DOMAIN…], user list [--org NAME], "
                       "user org EMAIL NAME, user leave-org EMAIL, "
                       "user reset-2fa EMAIL, device list EMAIL, device revoke ID."));
}

int orgCreate(Admin& admin, const QString& name)
{
    Result<qint64> created = admin.organisations.create(name);
    if (!created)
        return fail(created.error());
    (void)admin.audit.append(std::nullopt, kAdmin, QStringLiteral("admin.org-create"), name.trimmed());
    say(ServerText::tr("Organisation “%1” created: two-factor sign-in optional, every method allowed.")
            .arg(name.trimmed()));
    return 0;
}

int orgList(Admin& admin)
{
    Result<QList<OrganisationRecord>> all = admin.organisations.list();
    if (!all)
        return fail(all.error());
    for (const OrganisationRecord& org : *all)
        say(QStringLiteral("%1\t%2\t%3")
                .arg(org.name, OrganisationStore::policyName(org.policy),
                     org.allowedMethods.join(QLatin1Char(','))));
    return 0;
}

int orgPolicy(Admin& admin, const QString& name, const QString& policyWord)
{
    Result<OrganisationPolicy> policy = OrganisationStore::parsePolicy(policyWord);
    if (!policy)
        return fail(policy.error());
    std::optional<QStringList> methods;
    if (admin.options.contains(QStringLiteral("methods"))) {
        Result<QStringList> parsed =
            OrganisationStore::parseMethods(admin.options.value(QStringLiteral("methods")));
        if (!parsed)
            return fail(parsed.error());
        methods = *parsed;
    }
    if (Status set = admin.organisations.setPolicy(name, *policy, methods); !set)
        return fail(set.error());
    const OrganisationRecord org = admin.organisations.findByName(name).value();
    (void)admin.audit.append(std::nullopt, kAdmin, QStringLiteral("admin.org-policy"),
                             org.name + QLatin1Char(' ') + policyWord + QLatin1Char(' ') +
                                 org.allowedMethods.join(QLatin1Char(',')));
    say(ServerText::tr("Organisation “%1”: two-factor sign-in %2; methods allowed: %3.")
            .arg(org.name, policyWord, org.allowedMethods.join(QStringLiteral(", "))));
    return 0;
}

int orgDomains(Admin& admin, const QString& name, const QString& list)
{
    const QStringList domains = list.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (Status set = admin.organisations.setDomains(name, domains); !set)
        return fail(set.error());
    const OrganisationRecord org = admin.organisations.findByName(name).value();
    (void)admin.audit.append(std::nullopt, kAdmin, QStringLiteral("admin.org-domains"),
                             org.name + QLatin1Char(' ') + org.domains.join(QLatin1Char(',')));
    say(org.domains.isEmpty()
            ? ServerText::tr("Organisation “%1”: new accounts no longer join it by their mail domain.")
                  .arg(org.name)
            : ServerText::tr("Organisation “%1”: new accounts with an address at %2 join it.")
                  .arg(org.name, org.domains.join(QStringLiteral(", "))));
    return 0;
}

int userList(Admin& admin)
{
    std::optional<qint64> orgId;
    if (admin.options.contains(QStringLiteral("org"))) {
        Result<OrganisationRecord> org =
            admin.organisations.findByName(admin.options.value(QStringLiteral("org")));
        if (!org)
            return fail(org.error());
        orgId = org->id;
    }
    Result<QList<AccountRecord>> accounts = admin.accounts.list(orgId);
    if (!accounts)
        return fail(accounts.error());
    for (const AccountRecord& account : *accounts)
        say(QStringLiteral("%1\t%2\t%3\t%4")
                .arg(account.email, orDash(account.organisationName), day(account.createdMs),
                     orDash(account.methods.join(QLatin1Char(',')))));
    return 0;
}

// Moves an account into an organisation (orgName set) or out of any: its policy applies
// from the account's next step.
int userOrganisation(Admin& admin, const QString& email, const std::optional<QString>& orgName)
{
    Result<AccountRecord> account = admin.accounts.findByEmail(email);
    if (!account)
        return fail(account.error());
    std::optional<OrganisationRecord> org;
    if (orgName) {
        Result<OrganisationRecord> found = admin.organisations.findByName(*orgName);
        if (!found)
            return fail(found.error());
        org = *found;
    }
    const QString before = account->organisationName;
    if ((org && account->organisationId == org->id) || (!org && !account->organisationId)) {
        say(org ? ServerText::tr("%1 is in “%2” already.").arg(account->email, org->name)
                : ServerText::tr("%1 is in no organisation already.").arg(account->email));
        return 0;
    }
    Status done = admin.db.inTransaction([&]() -> Status {
        if (Status moved = admin.accounts.setOrganisation(account->id, org ? std::optional<qint64>(org->id)
                                                                           : std::nullopt);
            !moved)
            return moved;
        return admin.audit.append(account->id, kAdmin, QStringLiteral("admin.user-org"),
                                  (before.isEmpty() ? QStringLiteral("-") : before) + QStringLiteral(" -> ") +
                                      (org ? org->name : QStringLiteral("-")));
    });
    if (!done)
        return fail(done.error());
    say(org ? ServerText::tr("%1 is now in “%2”: its policy applies from the next sign-in.")
                  .arg(account->email, org->name)
            : ServerText::tr("%1 has left “%2”: no organisation's policy applies from the next sign-in.")
                  .arg(account->email, before));
    return 0;
}

int userReset(Admin& admin, const QString& email)
{
    Result<AccountRecord> account = admin.accounts.findByEmail(email);
    if (!account)
        return fail(account.error());
    int forgotten = 0;
    Status done = admin.db.inTransaction([&]() -> Status {
        if (Status marked = admin.accounts.requestSecondFactorReset(account->id); !marked)
            return marked;
        Result<int> revoked = admin.devices.revokeAll(account->id);
        if (!revoked)
            return revoked.error();
        forgotten = *revoked;
        return admin.audit.append(account->id, kAdmin, QStringLiteral("admin.reset-2fa"));
    });
    if (!done)
        return fail(done.error());
    say(ServerText::tr("The second factor of %1 is reset at the next sign-in, where a new one is set up; "
                       "remembered computers forgotten: %2.")
            .arg(account->email)
            .arg(forgotten));
    return 0;
}

int deviceList(Admin& admin, const QString& email)
{
    Result<AccountRecord> account = admin.accounts.findByEmail(email);
    if (!account)
        return fail(account.error());
    Result<QList<DeviceRecord>> devices = admin.devices.list(account->id);
    if (!devices)
        return fail(devices.error());
    for (const DeviceRecord& device : *devices)
        say(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(device.id)
                .arg(device.name, day(device.addedMs),
                     device.lastUsedMs ? day(*device.lastUsedMs) : QStringLiteral("-"),
                     device.revokedMs ? QStringLiteral("revoked ") + day(*device.revokedMs)
                                      : QStringLiteral("active")));
    return 0;
}

int deviceRevoke(Admin& admin, const QString& idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok || id <= 0)
        return failUsage(
            ServerText::tr("“%1” is not a device number: device list EMAIL shows them.").arg(idText));
    Result<DeviceRecord> before = admin.devices.find(id);
    if (!before)
        return fail(before.error());
    if (before->isRevoked()) {
        say(ServerText::tr("Device %1 (“%2”) was already revoked on %3.")
                .arg(id)
                .arg(before->name, day(*before->revokedMs)));
        return 0;
    }
    Result<DeviceRecord> after = admin.devices.revoke(id);
    if (!after)
        return fail(after.error());
    (void)admin.audit.append(after->accountId, kAdmin, QStringLiteral("admin.device-revoke"),
                             QString::number(id));
    say(ServerText::tr("Device %1 (“%2”) is revoked: it must pass the second factor at its next sign-in.")
            .arg(id)
            .arg(after->name));
    return 0;
}

} // namespace

int runAdmin(const QStringList& args)
{
    // One sentence a refusal: the driver's own text is for the server's log, not for here.
    QLoggingCategory::setFilterRules(QStringLiteral("twofold.server.database.warning=false"));
    const ParsedArguments parsed =
        parseArguments(args,
                       {QStringLiteral("data"), QStringLiteral("database"), QStringLiteral("config"),
                        QStringLiteral("methods"), QStringLiteral("org")},
                       {});
    if (!parsed.error.isEmpty())
        return failUsage(parsed.error);
    const QStringList& w = parsed.words;
    if (w.size() < 2)
        return usage();
    QMap<QString, QString> databaseOptions = parsed.options;
    databaseOptions.remove(QStringLiteral("methods"));
    databaseOptions.remove(QStringLiteral("org"));
    Result<ServerConfig> config =
        ServerConfig::loadForAdmin(databaseOptions, QProcessEnvironment::systemEnvironment());
    if (!config)
        return fail(config.error());
    if (config->database.engine == SqlEngine::Sqlite)
        if (Status folder = ensureDataFolder(config->dataDir); !folder)
            return fail(folder.error());
    Result<std::unique_ptr<Database>> opened =
        Database::open(config->database, config->databasePassword.toStringUnsafe());
    if (!opened)
        return fail(opened.error());
    if (Status migrated = Migrations::migrate(**opened); !migrated)
        return fail(migrated.error());
    Admin admin(**opened, parsed.options);

    const QString group = w.at(0), verb = w.at(1);
    const qsizetype extra = w.size() - 2;
    if (group == QLatin1String("org") && verb == QLatin1String("create") && extra == 1)
        return orgCreate(admin, w.at(2));
    if (group == QLatin1String("org") && verb == QLatin1String("list") && extra == 0)
        return orgList(admin);
    if (group == QLatin1String("org") && verb == QLatin1String("policy") && extra == 2)
        return orgPolicy(admin, w.at(2), w.at(3));
    if (group == QLatin1String("org") && verb == QLatin1String("domains") && extra == 2)
        return orgDomains(admin, w.at(2), w.at(3));
    if (group == QLatin1String("user") && verb == QLatin1String("list") && extra == 0)
        return userList(admin);
    if (group == QLatin1String("user") && verb == QLatin1String("org") && extra == 2)
        return userOrganisation(admin, w.at(2), w.at(3));
    if (group == QLatin1String("user") && verb == QLatin1String("leave-org") && extra == 1)
        return userOrganisation(admin, w.at(2), std::nullopt);
    if (group == QLatin1String("user") && verb == QLatin1String("reset-2fa") && extra == 1)
        return userReset(admin, w.at(2));
    if (group == QLatin1String("device") && verb == QLatin1String("list") && extra == 1)
        return deviceList(admin, w.at(2));
    if (group == QLatin1String("device") && verb == QLatin1String("revoke") && extra == 1)
        return deviceRevoke(admin, w.at(2));
    return usage();
}

} // namespace twofold::server
