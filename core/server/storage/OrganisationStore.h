#pragma once
// Organisations and their two-factor policy: off / optional / required (webmail admins'
// Disabled / Enabled / Forced) and the methods their members may turn on.
#include "common/Clock.h"
#include "common/Result.h"
#include "server/storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace twofold::server {

enum class OrganisationPolicy { Off, Optional, Required };

struct OrganisationRecord
{
    qint64 id = 0;
    QString name;
    OrganisationPolicy policy = OrganisationPolicy::Optional;
    QStringList allowedMethods; // of "authenticator", "email", "sms"
    qint64 createdMs = 0;
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
    // Sets the policy and, when given, the allowed methods. NotFound for an unknown name.
    Status setPolicy(const QString& name, OrganisationPolicy policy, const std::optional<QStringList>& methods);

private:
    Database& m_db;
    Clock& m_clock;
};

} // namespace twofold::server
