#include "io/ImportData.h"

#include "common/Random.h"
#include "otp/Base32.h"
#include "otp/OtpUri.h"

#include <QCoreApplication>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};
} // namespace

int ImportData::countOf(EntryKind kind) const
{
    int n = 0;
    for (const Entry& e : entries)
        n += e.kind == kind ? 1 : 0;
    return n;
}

Entry& ImportBuilder::add(const QString& title)
{
    Entry& e = m_data.entries.emplace_back();
    e.id = randomUuid();
    e.title = title;
    e.createdMs = e.modifiedMs = m_clock->nowMs();
    return e;
}

QUuid ImportBuilder::childGroup(const QUuid& parent, const QString& name)
{
    const QString key = parent.toString() + u'\x1f' + name;
    if (auto it = m_groupByPath.constFind(key); it != m_groupByPath.cend())
        return *it;
    Group g{randomUuid(), name, parent};
    m_data.groups.push_back(g);
    m_groupByPath.insert(key, g.id);
    return g.id;
}

QUuid ImportBuilder::groupFor(const QString& path)
{
    QUuid parent;
    for (const QString& part : path.split(u'/', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (!name.isEmpty())
            parent = childGroup(parent, name);
    }
    return parent;
}

void ImportBuilder::setPassword(Entry& e, const QString& password)
{
    m_data.secrets.release(e.password);
    e.password = m_data.secrets.storeUtf8(password);
}

void ImportBuilder::setOtp(Entry& e, const QString& uriOrSecret, const QString& where)
{
    const QString value = uriOrSecret.trimmed();
    if (value.isEmpty())
        return;
    QString uri = value;
    if (!value.startsWith(u"otpauth://", Qt::CaseInsensitive)) {
        // A bare secret (Bitwarden, 1Password, LastPass keep them so): make it a TOTP URI.
        Result<SecureBuffer> key = otp::base32Decode(value);
        if (!key || key->isEmpty()) {
            addField(e, QStringLiteral("TOTP"), value, CustomField::Type::Hidden);
            skip(text::badOtp(where, key ? Text::tr("the secret is empty") : key.error().message));
            return;
        }
        otp::OtpParams p;
        p.secret = std::move(key).value();
        p.issuer = e.title.trimmed();
        p.account = e.username.trimmed();
        uri = otp::buildUri(p);
    }
    Result<otp::OtpParams> parsed = otp::parseUri(uri);
    if (!parsed) {
        addField(e, QStringLiteral("TOTP"), value, CustomField::Type::Hidden);
        skip(text::badOtp(where, parsed.error().message));
        return;
    }
    m_data.secrets.release(e.otpUri);
    e.otpUri = m_data.secrets.storeUtf8(otp::buildUri(*parsed));
}

void ImportBuilder::addHistory(Entry& e, const QString& password, qint64 retiredMs)
{
    if (password.isEmpty() || int(e.history.size()) >= kMaxPasswordHistory)
        return;
    e.history.push_back(PasswordHistoryItem{m_data.secrets.storeUtf8(password), retiredMs});
}

void ImportBuilder::addField(Entry& e, const QString& name, const QString& value, CustomField::Type type)
{
    if (value.isEmpty())
        return;
    CustomField f;
    f.name = name.trimmed().isEmpty() ? Text::tr("Field %1").arg(e.fields.size() + 1) : name.trimmed();
    f.type = type;
    if (type == CustomField::Type::Hidden)
        f.secret = m_data.secrets.storeUtf8(value);
    else
        f.text = value;
    e.fields.push_back(std::move(f));
}

void ImportBuilder::addUrl(Entry& e, const QString& url)
{
    const QString u = url.trimmed();
    if (u.isEmpty() || u == e.url || e.extraUrls.contains(u))
        return;
    if (e.url.isEmpty())
        e.url = u;
    else
        e.extraUrls.append(u);
}

namespace text {
QString lineIsMalformed(int line)
{
    return Text::tr(
               "Line %1 is not valid CSV (a quote is not closed or a field is broken); nothing was imported.")
        .arg(line);
}
QString notFormat(const QString& formatName)
{
    return Text::tr("This file is not a %1 export; nothing was imported.").arg(formatName);
}
QString missingColumn(const QString& formatName, const QString& column)
{
    return Text::tr("This is not a %1 export: its first line has no column \"%2\"; nothing was imported.")
        .arg(formatName, column);
}
QString itemIsMalformed(const QString& item)
{
    return Text::tr("%1 is malformed; nothing was imported.").arg(item);
}
QString skippedEmptyRow(int line)
{
    return Text::tr("Line %1 was skipped: it holds nothing.").arg(line);
}
QString skippedItem(const QString& item, const QString& why)
{
    return Text::tr("%1 was skipped: %2").arg(item, why);
}
QString badOtp(const QString& where, const QString& why)
{
    return Text::tr(
               "The two-factor secret of %1 cannot be used (%2); it is kept as the hidden field \"TOTP\".")
        .arg(where, why);
}
QString tooLarge()
{
    return Text::tr("The file is larger than 256 MiB; nothing was imported.");
}
} // namespace text

} // namespace twofold::io
