#pragma once
// Organisations and their two-factor policy: off / optional / required (webmail admins'
// Disabled / Enabled / Forced) and the methods their members may turn on.
#include "common/Clock.h"
#include "common/Result.h"
#include "server/storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace twofold::server {

enum class OrganisationPolicy { Off, Optional, Required };

struct OrganisationRecord
{
    qint64 id = 0;
    QString name;
    OrganisationPolicy policy = OrganisationPolicy::Optional;
    QStringList allowedMethods; // of "authenticator", "email", "sms"
    qint64 createdMs = 0;
    QStringList domains; // mail domains whose new accounts join it ("example.org"), lower case
};

class OrganisationStore
{
public:
    OrganisationStore(Database& db, Clock& clock = systemClock());

    // "authenticator", "email", "sms", in that order.
    static QStringList everyMethod();
    static QString policyName(OrganisationPolicy policy);
    // "off", "optional" or "required"; anything else is refused with a sentence.
    static Result<OrganisationPolicy> parsePolicy(const QString& text);
    // A comma-separated list of methods, each known and named once; refuses the rest.
    static Result<QStringList> parseMethods(const QString& text);

    // Creates NAME (trimmed, 1–100 characters) with policy Optional and every method.
    // Refuses a name already taken.
    Result<qint64> create(const QString& name);
    Result<OrganisationRecord> findByName(const QString& name);
    Result<QList<OrganisationRecord>> list();
    // The organisation with id, or nothing.
    Result<std::optional<OrganisationRecord>> findById(qint64 id);
    // The organisation that lists domain (compared in lower case), or nothing.
    Result<std::optional<OrganisationRecord>> findByDomain(const QString& domain);
    // Replaces NAME's mail domains (trimmed, lower case, empty ones dropped). NotFound for an
    // unknown name.
    Status setDomains(const QString& name, const QStringList& domains);
    // Sets the policy and, when given, the allowed methods. NotFound for an unknown name.
    Status setPolicy(const QString& name, OrganisationPolicy policy,
                     const std::optional<QStringList>& methods);

private:
    Database& m_db;
    Clock& m_clock;
};

} // namespace twofold::server
