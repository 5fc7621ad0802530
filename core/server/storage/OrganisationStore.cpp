#include "server/storage/OrganisationStore.h"

#include "server/ServerSentences.h"

#include <QSqlQuery>

namespace twofold::server {

namespace {

constexpr qsizetype kMaxNameLength = 100;

OrganisationPolicy policyFromColumn(const QString& text)
{
    if (text == QLatin1String("off"))
        return OrganisationPolicy::Off;
    if (text == QLatin1String("required"))
        return OrganisationPolicy::Required;
    return OrganisationPolicy::Optional;
}

} // namespace

OrganisationStore::OrganisationStore(Database& db, Clock& clock) : m_db(db), m_clock(clock) {}

QStringList OrganisationStore::everyMethod()
{
    return {QStringLiteral("authenticator"), QStringLiteral("email"), QStringLiteral("sms")};
}

QString OrganisationStore::policyName(OrganisationPolicy policy)
{
    switch (policy) {
    case OrganisationPolicy::Off:
        return QStringLiteral("off");
    case OrganisationPolicy::Required:
        return QStringLiteral("required");
    case OrganisationPolicy::Optional:
        break;
    }
    return QStringLiteral("optional");
}

Result<OrganisationPolicy> OrganisationStore::parsePolicy(const QString& text)
{
    for (OrganisationPolicy policy :
         {OrganisationPolicy::Off, OrganisationPolicy::Optional, OrganisationPolicy::Required})
        if (text == policyName(policy))
            return policy;
    return sentences::policyUnknown(text);
}

Result<QStringList> OrganisationStore::parseMethods(const QString& text)
{
    const QStringList given = text.split(QLatin1Char(','), Qt::KeepEmptyParts);
    QStringList methods;
    for (const QString& raw : given) {
        const QString method = raw.trimmed();
        if (!everyMethod().contains(method))
            return sentences::methodUnknown(method);
        if (methods.contains(method))
            return sentences::methodTwice(method);
        methods.append(method);
    }
    QStringList ordered; // the listing order, whatever order they were given in
    for (const QString& method : everyMethod())
        if (methods.contains(method))
            ordered.append(method);
    return ordered;
}

Result<qint64> OrganisationStore::create(const QString& rawName)
{
    const QString name = rawName.trimmed();
    if (name.isEmpty() || name.size() > kMaxNameLength)
        return sentences::organisationNameInvalid();
    qint64 id = 0;
    Status created = m_db.inTransaction([&]() -> Status {
        Result<QSqlQuery> taken =
            m_db.exec(QStringLiteral("SELECT id FROM organisations WHERE name = ?"), {name});
        if (!taken)
            return taken.error();
        if (taken->next())
            return sentences::organisationExists(name);
        Result<QSqlQuery> inserted = m_db.exec(
            QStringLiteral("INSERT INTO organisations (name, created_ms) VALUES (?, ?) RETURNING id"),
            {name, m_clock.nowMs()});
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

Result<QList<OrganisationRecord>> OrganisationStore::list()
{
    Result<QSqlQuery> query = m_db.exec(QStringLiteral(
        "SELECT id, name, policy, allowed_methods, created_ms, domains FROM organisations ORDER BY name"));
    if (!query)
        return query.error();
    QList<OrganisationRecord> records;
    while (query->next()) {
        OrganisationRecord record;
        record.id = query->value(0).toLongLong();
        record.name = query->value(1).toString();
        record.policy = policyFromColumn(query->value(2).toString());
        record.allowedMethods = query->value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        record.createdMs = query->value(4).toLongLong();
        record.domains = query->value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        records.append(record);
    }
    return records;
}

Result<OrganisationRecord> OrganisationStore::findByName(const QString& rawName)
{
    const QString name = rawName.trimmed();
    Result<QList<OrganisationRecord>> all = list();
    if (!all)
        return all.error();
    for (const OrganisationRecord& record : *all)
        if (record.name == name)
            return record;
    return sentences::organisationUnknown(name);
}

Result<std::optional<OrganisationRecord>> OrganisationStore::findById(qint64 id)
{
    Result<QList<OrganisationRecord>> all = list();
    if (!all)
        return all.error();
    for (const OrganisationRecord& record : *all)
        if (record.id == id)
            return std::optional<OrganisationRecord>(record);
    return std::optional<OrganisationRecord>();
}

Result<std::optional<OrganisationRecord>> OrganisationStore::findByDomain(const QString& domain)
{
    const QString wanted = domain.trimmed().toLower();
    Result<QList<OrganisationRecord>> all = list();
    if (!all)
        return all.error();
    for (const OrganisationRecord& record : *all)
        if (!wanted.isEmpty() && record.domains.contains(wanted))
            return std::optional<OrganisationRecord>(record);
    return std::optional<OrganisationRecord>();
}

Status OrganisationStore::setDomains(const QString& rawName, const QStringList& domains)
{
    QStringList clean;
    for (const QString& d : domains)
        if (const QString t = d.trimmed().toLower(); !t.isEmpty() && !clean.contains(t))
            clean.append(t);
    const QString name = rawName.trimmed();
    Result<QSqlQuery> updated =
        m_db.exec(QStringLiteral("UPDATE organisations SET domains = ? WHERE name = ?"),
                  {clean.join(QLatin1Char(',')), name});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return sentences::organisationUnknown(name);
    return {};
}

Status OrganisationStore::setPolicy(const QString& rawName, OrganisationPolicy policy,
                                    const std::optional<QStringList>& methods)
{
    const QString name = rawName.trimmed();
    Result<QSqlQuery> updated =
        methods ? m_db.exec(QStringLiteral(
                                "UPDATE organisations SET policy = ?, allowed_methods = ? WHERE name = ?"),
                            {policyName(policy), methods->join(QLatin1Char(',')), name})
                : m_db.exec(QStringLiteral("UPDATE organisations SET policy = ? WHERE name = ?"),
                            {policyName(policy), name});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() != 1)
        return sentences::organisationUnknown(name);
    return {};
}

} // namespace twofold::server
