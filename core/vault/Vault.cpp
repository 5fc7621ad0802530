#include "vault/Vault.h"

#include <QCoreApplication>
#include <QSet>

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

int Vault::indexOf(const QUuid& id) const { return m_byId.value(id, -1); }

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
    if (matches > 1)
        return Error(ErrorCode::InvalidInput,
                     Text::tr("%1 entries are called \"%2\": name one by its id (shown by \"ls --ids\").")
                         .arg(matches)
                         .arg(titleOrId));
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
    e.id = QUuid::createUuid();
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

Status Vault::deleteEntry(const QUuid& id)
{
    const int i = indexOf(id);
    if (i < 0)
        return noSuchEntry(id.toString(QUuid::WithoutBraces));
    Entry& e = m_entries[std::size_t(i)];
    m_secrets.release(e.password);
    m_secrets.release(e.otpUri);
    for (const auto& h : e.history)
        m_secrets.release(h.password);
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
            m_secrets.release(e.password);
            m_secrets.release(e.otpUri);
            for (const auto& h : e.history)
                m_secrets.release(h.password);
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
            return Error(ErrorCode::InvalidInput, Text::tr("There is already a group called \"%1\" here.").arg(trimmed));
    Group g{QUuid::createUuid(), trimmed, parentId};
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

bool Vault::adoptEntries(std::vector<Entry> entries, std::vector<Group> groups, std::unique_ptr<SearchIndex> index)
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
