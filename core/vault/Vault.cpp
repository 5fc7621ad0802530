#include "vault/Vault.h"

#include "common/Random.h"
#include "common/Sodium.h"
#include "crypto/Aead.h"

#include <QCoreApplication>
#include <QSet>

#include <sodium.h>

#include <algorithm>
#include <iterator>

namespace twofold {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Vault)
};

Error noSuchEntry(const QString& what)
{
    return Error(ErrorCode::NotFound, Text::tr("There is no entry called \"%1\".").arg(what));
}
Error noSuchGroup(const QString& what)
{
    return Error(ErrorCode::NotFound, Text::tr("There is no group called \"%1\".").arg(what));
}
void releaseSecrets(SecretArena& arena, const Entry& e)
{
    arena.release(e.password);
    arena.release(e.otpUri);
    for (const auto& h : e.history)
        arena.release(h.password);
    for (const CustomField& f : e.fields)
        arena.release(f.secret);
    for (const Attachment& a : e.attachments)
        arena.release(a.key);
    for (const Entry& v : e.versions)
        releaseSecrets(arena, v);
}

// entry e's fields from input, hidden values stored in arena (the old ones released).
void setFields(SecretArena& arena, Entry& e, std::vector<EntryFields::Field>& input)
{
    for (const CustomField& f : e.fields)
        arena.release(f.secret);
    e.fields.clear();
    e.fields.reserve(input.size());
    for (EntryFields::Field& in : input) {
        CustomField f;
        f.name = in.name;
        f.type = in.type;
        if (in.type == CustomField::Type::Hidden)
            f.secret = arena.store(in.value.view());
        else
            f.text = QString::fromUtf8(in.value.view());
        e.fields.push_back(std::move(f));
    }
}

// A copy of secret id of from in to (kNoSecret stays so).
SecretId copySecret(SecretArena& to, const SecretArena& from, SecretId id)
{
    return id == kNoSecret ? kNoSecret : to.store(from.view(id));
}
} // namespace

Vault::Vault(Clock& clock) : m_clock(&clock) {}
Vault::Vault(Vault&&) noexcept = default;
Vault& Vault::operator=(Vault&&) noexcept = default;
Vault::~Vault() = default;

void Vault::touch()
{
    ++m_generation;
    m_modified = true;
}

void Vault::setName(const QString& name)
{
    m_name = name;
    touch();
}

const Entry* Vault::entry(const QUuid& id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_entries[std::size_t(i)];
}

int Vault::indexOf(const QUuid& id) const
{
    return m_byId.value(id, -1);
}

Result<QUuid> Vault::resolve(const QString& titleOrId) const
{
    const QUuid asId = QUuid::fromString(titleOrId);
    if (!asId.isNull() && indexOf(asId) >= 0)
        return asId;
    QUuid found;
    int matches = 0;
    for (const Entry& e : m_entries)
        if (!e.inTrash && e.title == titleOrId) {
            found = e.id;
            ++matches;
        }
    if (matches == 1)
        return found;
    if (matches > 1) {
        QStringList ids;
        for (const Entry& e : m_entries)
            if (!e.inTrash && e.title == titleOrId)
                ids.append(e.id.toString(QUuid::WithoutBraces));
        return Error(ErrorCode::InvalidInput,
                     Text::tr("%1 entries are called \"%2\": name one by its id (%3).")
                         .arg(matches)
                         .arg(titleOrId, ids.join(QStringLiteral(", "))));
    }
    return noSuchEntry(titleOrId);
}

Status Vault::validateGroup(const std::optional<QUuid>& groupId) const
{
    if (groupId && !groupId->isNull() && !group(*groupId))
        return noSuchGroup(groupId->toString(QUuid::WithoutBraces));
    return {};
}

Result<QUuid> Vault::addEntry(EntryFields fields)
{
    if (!fields.title || fields.title->trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("An entry needs a title."));
    if (Status s = validateGroup(fields.groupId); !s)
        return s.error();
    Entry e;
    e.id = randomUuid();
    e.createdMs = e.modifiedMs = m_clock->nowMs();
    e.title = *fields.title;
    e.username = fields.username.value_or(QString());
    e.url = fields.url.value_or(QString());
    e.notes = fields.notes.value_or(QString());
    e.tags = fields.tags.value_or(QStringList());
    e.groupId = fields.groupId.value_or(QUuid());
    e.password = m_secrets.store(fields.password ? fields.password->view() : QByteArrayView());
    if (fields.otpUri && !fields.otpUri->isEmpty())
        e.otpUri = m_secrets.store(fields.otpUri->view());
    e.kind = fields.kind.value_or(EntryKind::Login);
    e.extraUrls = fields.extraUrls.value_or(QStringList());
    if (fields.fields)
        setFields(m_secrets, e, *fields.fields);
    m_byId.insert(e.id, int(m_entries.size()));
    m_entries.push_back(std::move(e));
    touch();
    return m_entries.back().id;
}

Status Vault::updateEntry(const QUuid& id, EntryFields fields)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    if (fields.title && fields.title->trimmed().isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("An entry needs a title."));
    if (Status s = validateGroup(fields.groupId); !s)
        return s;
    Entry& e = m_entries[std::size_t(i)];
    if (fields.title)
        e.title = *fields.title;
    if (fields.username)
        e.username = *fields.username;
    if (fields.url)
        e.url = *fields.url;
    if (fields.notes)
        e.notes = *fields.notes;
    if (fields.tags)
        e.tags = *fields.tags;
    if (fields.groupId)
        e.groupId = *fields.groupId;
    if (fields.password && !m_secrets.equals(e.password, fields.password->view())) {
        const qint64 now = m_clock->nowMs();
        if (!m_secrets.view(e.password).isEmpty())
            e.history.push_back(PasswordHistoryItem{e.password, now});
        else
            m_secrets.release(e.password);
        while (e.history.size() > std::size_t(kMaxPasswordHistory)) {
            m_secrets.release(e.history.front().password);
            e.history.erase(e.history.begin());
        }
        e.password = m_secrets.store(fields.password->view());
    }
    if (fields.otpUri) {
        m_secrets.release(e.otpUri);
        e.otpUri = fields.otpUri->isEmpty() ? kNoSecret : m_secrets.store(fields.otpUri->view());
    }
    if (fields.kind)
        e.kind = *fields.kind;
    if (fields.extraUrls)
        e.extraUrls = *fields.extraUrls;
    if (fields.fields)
        setFields(m_secrets, e, *fields.fields);
    e.modifiedMs = m_clock->nowMs();
    touch();
    return {};
}

Status Vault::restorePassword(const QUuid& id, int historyIndex)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    if (historyIndex < 0 || historyIndex >= int(e.history.size()))
        return Error(ErrorCode::NotFound,
                     Text::tr("\"%1\" has no password version %2.").arg(e.title).arg(historyIndex + 1));
    const SecretId restored = e.history[std::size_t(historyIndex)].password;
    e.history.erase(e.history.begin() + historyIndex);
    if (!m_secrets.view(e.password).isEmpty())
        e.history.push_back(PasswordHistoryItem{e.password, m_clock->nowMs()});
    else
        m_secrets.release(e.password);
    e.password = restored;
    e.modifiedMs = m_clock->nowMs();
    touch();
    return {};
}

Status Vault::restoreVersion(const QUuid& id, int versionIndex)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    if (versionIndex < 0 || versionIndex >= int(e.versions.size()))
        return Error(ErrorCode::NotFound,
                     Text::tr("\"%1\" has no older version %2.").arg(e.title).arg(versionIndex + 1));
    // The secrets stay where they are in m_secrets: only which Entry holds them changes.
    Entry restored = std::move(e.versions[std::size_t(versionIndex)]);
    e.versions.erase(e.versions.begin() + versionIndex);
    std::vector<Entry> versions = std::move(e.versions);
    Entry current = std::move(e);
    current.versions.clear();
    const qint64 now = m_clock->nowMs();
    auto at = std::upper_bound(versions.begin(), versions.end(), current.modifiedMs,
                               [](qint64 ms, const Entry& x) { return ms < x.modifiedMs; });
    versions.insert(at, std::move(current));
    restored.id = id;
    restored.versions = std::move(versions);
    restored.modifiedMs = now;
    if (!restored.groupId.isNull() && !group(restored.groupId))
        restored.groupId = QUuid(); // its group is gone: the top level
    e = std::move(restored);
    while (e.versions.size() > std::size_t(kMaxEntryVersions)) {
        releaseSecrets(m_secrets, e.versions.front());
        e.versions.erase(e.versions.begin());
    }
    touch();
    return {};
}

namespace {
// e with every secret (versions' too) copied from `from` into `to`.
Entry copyWithSecrets(SecretArena& to, const SecretArena& from, const Entry& source, bool withVersions)
{
    Entry e = source;
    e.password = copySecret(to, from, e.password);
    e.otpUri = copySecret(to, from, e.otpUri);
    for (auto& h : e.history)
        h.password = copySecret(to, from, h.password);
    for (CustomField& f : e.fields)
        f.secret = copySecret(to, from, f.secret);
    for (Attachment& a : e.attachments)
        a.key = copySecret(to, from, a.key);
    e.versions.clear();
    if (withVersions)
        for (const Entry& v : source.versions)
            e.versions.push_back(copyWithSecrets(to, from, v, false));
    return e;
}
} // namespace

void Vault::putEntry(const Entry& entry, const SecretArena& source)
{
    Entry e = copyWithSecrets(m_secrets, source, entry, true);
    const int i = indexOf(e.id);
    if (i >= 0) {
        releaseSecrets(m_secrets, m_entries[std::size_t(i)]);
        m_entries[std::size_t(i)] = std::move(e);
    } else {
        m_byId.insert(e.id, int(m_entries.size()));
        m_entries.push_back(std::move(e));
    }
    touch();
}

int Vault::moveOrphansToTop()
{
    int moved = 0;
    for (Entry& e : m_entries)
        if (!e.groupId.isNull() && !group(e.groupId)) {
            e.groupId = QUuid();
            ++moved;
        }
    for (Group& g : m_groups)
        if (!g.parentId.isNull() && !group(g.parentId)) {
            g.parentId = QUuid();
            ++moved;
        }
    if (moved)
        touch();
    return moved;
}

void Vault::putGroup(const Group& g)
{
    Group put = g;
    // A parent that is the group itself or lies below it would make a cycle: the top instead.
    // A missing parent is kept (moveOrphansToTop).
    int depth = 0;
    for (QUuid p = put.parentId; !p.isNull(); ++depth) {
        if (p == put.id || depth > 256) {
            put.parentId = QUuid();
            break;
        }
        const Group* parent = group(p);
        if (!parent)
            break;
        p = parent->parentId;
    }
    for (Group& x : m_groups)
        if (x.id == put.id) {
            x = put;
            touch();
            return;
        }
    m_groups.push_back(put);
    touch();
}

Status Vault::addVersion(const QUuid& id, const Entry& old, const SecretArena& source)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    Entry v = copyWithSecrets(m_secrets, source, old, false);
    auto at = std::upper_bound(e.versions.begin(), e.versions.end(), v.modifiedMs,
                               [](qint64 ms, const Entry& x) { return ms < x.modifiedMs; });
    e.versions.insert(at, std::move(v));
    while (e.versions.size() > std::size_t(kMaxEntryVersions)) {
        releaseSecrets(m_secrets, e.versions.front());
        e.versions.erase(e.versions.begin());
    }
    touch();
    return {};
}

void Vault::appendEntries(std::vector<Entry> entries, const SecretArena& source)
{
    const std::size_t base = m_entries.size();
    m_byId.reserve(qsizetype(base + entries.size()));
    int index = int(base);
    for (Entry& e : entries) {
        if (e.id.isNull() || m_byId.contains(e.id))
            e.id = randomUuid();
        if (!e.groupId.isNull() && !group(e.groupId))
            e.groupId = QUuid();
        e.password = copySecret(m_secrets, source, e.password);
        e.otpUri = copySecret(m_secrets, source, e.otpUri);
        for (auto& h : e.history)
            h.password = copySecret(m_secrets, source, h.password);
        for (CustomField& f : e.fields)
            f.secret = copySecret(m_secrets, source, f.secret);
        for (Attachment& a : e.attachments)
            a.key = copySecret(m_secrets, source, a.key);
        m_byId.insert(e.id, index++);
    }
    // The entries are moved as one block: into an empty vault the vector itself (a 100k-entry
    // import neither allocates nor destroys a second array of entries).
    if (m_entries.empty())
        m_entries = std::move(entries);
    else
        m_entries.insert(m_entries.end(), std::make_move_iterator(entries.begin()),
                         std::make_move_iterator(entries.end()));
    touch();
}

Status Vault::replaceEntry(const QUuid& id, const Entry& replacement, const SecretArena& source)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    const QByteArrayView newPassword = source.view(replacement.password);
    if (!m_secrets.equals(e.password, newPassword)) {
        if (!m_secrets.view(e.password).isEmpty())
            e.history.push_back(PasswordHistoryItem{e.password, m_clock->nowMs()});
        else
            m_secrets.release(e.password);
        while (e.history.size() > std::size_t(kMaxPasswordHistory)) {
            m_secrets.release(e.history.front().password);
            e.history.erase(e.history.begin());
        }
        e.password = m_secrets.store(newPassword);
    }
    m_secrets.release(e.otpUri);
    e.otpUri = copySecret(m_secrets, source, replacement.otpUri);
    for (const CustomField& f : e.fields)
        m_secrets.release(f.secret);
    e.fields = replacement.fields;
    for (CustomField& f : e.fields)
        f.secret = copySecret(m_secrets, source, f.secret);
    e.title = replacement.title;
    e.username = replacement.username;
    e.url = replacement.url;
    e.extraUrls = replacement.extraUrls;
    e.notes = replacement.notes;
    e.tags = replacement.tags;
    e.kind = replacement.kind;
    e.modifiedMs = m_clock->nowMs();
    touch();
    return {};
}

Status Vault::moveToTrash(const QUuid& id)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    e.inTrash = true;
    e.trashedMs = m_clock->nowMs();
    touch();
    return {};
}

Status Vault::restoreFromTrash(const QUuid& id)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    e.inTrash = false;
    e.trashedMs = 0;
    if (!e.groupId.isNull() && !group(e.groupId))
        e.groupId = QUuid(); // its group is gone: back to the top
    touch();
    return {};
}

namespace {
// What the sealed content of attachment id is bound to, so it opens only as that attachment.
QByteArray attachmentAd(const QByteArray& id)
{
    return QByteArrayLiteral("TFattach") + id;
}
} // namespace

Result<QByteArray> Vault::addAttachment(const QUuid& id, const QString& name, QByteArrayView content)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorCode::InvalidInput, Text::tr("An attachment needs a name."));
    if (content.size() > kMaxAttachmentBytes)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("\"%1\" is %2 MiB; an attachment can be at most %3 MiB.")
                         .arg(trimmed)
                         .arg(double(content.size()) / (1 << 20), 0, 'f', 1)
                         .arg(kMaxAttachmentBytes >> 20));
    if (e.attachments.size() >= std::size_t(kMaxAttachments))
        return Error(ErrorCode::InvalidInput,
                     Text::tr("\"%1\" already has %2 attachments, the most an entry can "
                              "have. Remove one first.")
                         .arg(e.title)
                         .arg(kMaxAttachments));
    ensureSodium();
    Attachment a;
    a.id = QByteArray(kAttachmentIdBytes, Qt::Uninitialized);
    randombytes_buf(a.id.data(), std::size_t(a.id.size()));
    SecureBuffer key(std::size_t(kAttachmentKeyBytes), Qt::Uninitialized);
    randombytes_buf(key.data(), key.size());
    m_newSealed.insert(a.id, aead::seal(key, content, attachmentAd(a.id)));
    a.key = m_secrets.store(key.view());
    a.name = trimmed;
    a.size = content.size();
    a.addedMs = m_clock->nowMs();
    e.attachments.push_back(a);
    e.modifiedMs = a.addedMs;
    touch();
    return a.id;
}

Status Vault::removeAttachment(const QUuid& id, const QByteArray& attachmentId)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    const auto it = std::find_if(e.attachments.begin(), e.attachments.end(),
                                 [&](const Attachment& a) { return a.id == attachmentId; });
    if (it == e.attachments.end())
        return Error(ErrorCode::NotFound, Text::tr("\"%1\" has no such attachment.").arg(e.title));
    m_secrets.release(it->key);
    e.attachments.erase(it);
    e.modifiedMs = m_clock->nowMs();
    touch();
    return {};
}

Result<const Attachment*> Vault::resolveAttachment(const Entry& e, const QString& nameOrNumber) const
{
    const Attachment* found = nullptr;
    int matches = 0;
    for (const Attachment& a : e.attachments)
        if (a.name == nameOrNumber) {
            found = &a;
            ++matches;
        }
    if (matches > 1)
        return Error(
            ErrorCode::InvalidInput,
            Text::tr("\"%1\" has %2 attachments called \"%3\": give its number instead (1 is the first).")
                .arg(e.title)
                .arg(matches)
                .arg(nameOrNumber));
    if (found)
        return found;
    bool isNumber = false;
    const int n = nameOrNumber.toInt(&isNumber);
    if (isNumber && n >= 1 && n <= int(e.attachments.size()))
        return &e.attachments[std::size_t(n - 1)];
    if (e.attachments.empty())
        return Error(ErrorCode::NotFound, Text::tr("\"%1\" has no attachments.").arg(e.title));
    QStringList names;
    for (const Attachment& a : e.attachments)
        names << a.name;
    return Error(ErrorCode::NotFound, Text::tr("\"%1\" has no attachment called \"%2\". Its attachments: %3.")
                                          .arg(e.title, nameOrNumber, names.join(QStringLiteral(", "))));
}

Result<QByteArray> Vault::sealedAttachment(const QByteArray& id) const
{
    if (const auto it = m_newSealed.constFind(id); it != m_newSealed.constEnd())
        return *it;
    if (m_sealedSource)
        return m_sealedSource(id);
    return Error(ErrorCode::NotFound, Text::tr("This attachment's content is not on this computer."));
}

Result<SecureBuffer> Vault::attachmentContent(const Attachment& a) const
{
    Result<QByteArray> sealed = sealedAttachment(a.id);
    if (!sealed) {
        if (sealed.error().code == ErrorCode::NotFound)
            return Error(ErrorCode::NotFound,
                         Text::tr("The content of \"%1\" is not on this computer: it was added on another "
                                  "computer, and sync carries an attachment's name but not its content yet.")
                             .arg(a.name));
        return sealed.error();
    }
    const SecureBuffer key = m_secrets.copy(a.key);
    Result<SecureBuffer> content = aead::open(
        key, *sealed, attachmentAd(a.id),
        Error(ErrorCode::FileDamaged, Text::tr("The attachment \"%1\" is damaged in the vault file and "
                                               "cannot be opened. The rest of the vault is not affected.")
                                          .arg(a.name)));
    if (content && qint64(content->size()) != a.size)
        return Error(
            ErrorCode::FileDamaged,
            Text::tr("The attachment \"%1\" is damaged in the vault file and cannot be opened. The rest "
                     "of the vault is not affected.")
                .arg(a.name));
    return content;
}

std::vector<QByteArray> Vault::attachmentIds() const
{
    std::vector<QByteArray> ids;
    QSet<QByteArray> seen;
    const auto add = [&](const Entry& e) {
        for (const Attachment& a : e.attachments)
            if (!seen.contains(a.id)) {
                seen.insert(a.id);
                ids.push_back(a.id);
            }
    };
    for (const Entry& e : m_entries) {
        add(e);
        for (const Entry& v : e.versions)
            add(v);
    }
    return ids;
}

void Vault::sealedSaved(SealedSource source)
{
    m_newSealed.clear();
    m_sealedSource = std::move(source);
}

Status Vault::deleteEntry(const QUuid& id)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    releaseSecrets(m_secrets, m_entries[std::size_t(i)]);
    m_entries.erase(m_entries.begin() + i);
    m_byId.remove(id);
    for (int j = i; j < int(m_entries.size()); ++j)
        m_byId[m_entries[std::size_t(j)].id] = j;
    touch();
    return {};
}

int Vault::emptyTrash()
{
    std::vector<Entry> kept;
    kept.reserve(m_entries.size());
    int removed = 0;
    for (Entry& e : m_entries) {
        if (e.inTrash) {
            releaseSecrets(m_secrets, e);
            ++removed;
        } else {
            kept.push_back(std::move(e));
        }
    }
    if (removed) {
        m_entries = std::move(kept);
        m_byId.clear();
        for (int j = 0; j < int(m_entries.size()); ++j)
            m_byId.insert(m_entries[std::size_t(j)].id, j);
        touch();
    }
    return removed;
}

const Group* Vault::group(const QUuid& id) const
{
    for (const Group& g : m_groups)
        if (g.id == id)
            return &g;
    return nullptr;
}

QString Vault::groupPath(const QUuid& id) const
{
    QStringList parts;
    const Group* g = group(id);
    for (int depth = 0; g && depth < 64; ++depth) {
        parts.prepend(g->name);
        g = group(g->parentId);
    }
    return parts.join(QChar(u'/'));
}

Result<QUuid> Vault::resolveGroup(const QString& pathOrId) const
{
    const QUuid asId = QUuid::fromString(pathOrId);
    if (!asId.isNull() && group(asId))
        return asId;
    const QString wanted = pathOrId.trimmed();
    for (const Group& g : m_groups)
        if (groupPath(g.id) == wanted)
            return g.id;
    return noSuchGroup(pathOrId);
}

Result<QUuid> Vault::addGroup(const QString& name, const QUuid& parentId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QChar(u'/')))
        return Error(ErrorCode::InvalidInput, Text::tr("A group name cannot be empty or contain \"/\"."));
    if (!parentId.isNull() && !group(parentId))
        return noSuchGroup(parentId.toString(QUuid::WithoutBraces));
    for (const Group& g : m_groups)
        if (g.parentId == parentId && g.name == trimmed)
            return Error(ErrorCode::InvalidInput,
                         Text::tr("There is already a group called \"%1\" here.").arg(trimmed));
    Group g{randomUuid(), trimmed, parentId};
    m_groups.push_back(g);
    touch();
    return g.id;
}

Status Vault::renameGroup(const QUuid& id, const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(QChar(u'/')))
        return Error(ErrorCode::InvalidInput, Text::tr("A group name cannot be empty or contain \"/\"."));
    for (Group& g : m_groups)
        if (g.id == id) {
            g.name = trimmed;
            touch();
            return {};
        }
    return noSuchGroup(id.toString(QUuid::WithoutBraces));
}

Status Vault::removeGroup(const QUuid& id)
{
    const Group* g = group(id);
    if (!g)
        return noSuchGroup(id.toString(QUuid::WithoutBraces));
    const QUuid parent = g->parentId;
    for (Group& child : m_groups)
        if (child.parentId == id)
            child.parentId = parent;
    for (Entry& e : m_entries)
        if (e.groupId == id)
            e.groupId = parent;
    std::erase_if(m_groups, [&](const Group& x) { return x.id == id; });
    touch();
    return {};
}

std::vector<int> Vault::search(const QString& query) const
{
    if (!m_index || m_indexGeneration != m_generation) {
        if (!m_index)
            m_index = std::make_unique<SearchIndex>();
        m_index->build(m_entries);
        m_indexGeneration = m_generation;
    }
    return m_index->search(query);
}

bool Vault::adoptEntries(std::vector<Entry> entries, std::vector<Group> groups,
                         std::unique_ptr<SearchIndex> index)
{
    QHash<QUuid, int> byId;
    byId.reserve(qsizetype(entries.size()));
    for (int j = 0; j < int(entries.size()); ++j)
        byId.insert(entries[std::size_t(j)].id, j);
    QSet<QUuid> groupIds;
    for (const Group& g : groups)
        groupIds.insert(g.id);
    if (byId.size() != qsizetype(entries.size()) || groupIds.size() != qsizetype(groups.size()))
        return false;
    for (Group& g : groups)
        if (!g.parentId.isNull() && !groupIds.contains(g.parentId))
            g.parentId = QUuid();
    for (Entry& e : entries)
        if (!e.groupId.isNull() && !groupIds.contains(e.groupId))
            e.groupId = QUuid();
    m_entries = std::move(entries);
    m_groups = std::move(groups);
    m_byId = std::move(byId);
    ++m_generation;
    if (index) {
        m_index = std::move(index);
        m_indexGeneration = m_generation;
    }
    return true;
}

} // namespace twofold
