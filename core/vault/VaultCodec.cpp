#include "vault/VaultCodec.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QIODevice>
#include <QSet>

#include <cstring>

namespace twofold::codec {

namespace {

// A write-only QIODevice over a growing SecureBuffer (old buffers are wiped on growth).
class SecureSink final : public QIODevice
{
public:
    explicit SecureSink(std::size_t initial) : m_buffer(std::max<std::size_t>(initial, 256)) { open(WriteOnly); }
    SecureBuffer take()
    {
        SecureBuffer out = SecureBuffer::fromBytes(m_buffer.data(), m_size);
        m_buffer.clear();
        m_size = 0;
        return out;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 len) override
    {
        const std::size_t n = std::size_t(len);
        if (m_size + n > m_buffer.size()) {
            std::size_t capacity = m_buffer.size() * 2;
            while (capacity < m_size + n)
                capacity *= 2;
            SecureBuffer bigger(capacity);
            std::memcpy(bigger.data(), m_buffer.data(), m_size);
            m_buffer = std::move(bigger);
        }
        std::memcpy(m_buffer.data() + m_size, data, n);
        m_size += n;
        return len;
    }

private:
    SecureBuffer m_buffer;
    std::size_t m_size = 0;
};

void appendUuid(QCborStreamWriter& w, const QUuid& id)
{
    if (id.isNull()) {
        w.appendByteString("", 0);
        return;
    }
    const QByteArray raw = id.toRfc4122();
    w.appendByteString(raw.constData(), raw.size());
}

void appendSecret(QCborStreamWriter& w, const SecretArena& arena, SecretId id)
{
    const QByteArrayView v = arena.view(id);
    w.appendByteString(v.isEmpty() ? "" : v.data(), v.size());
}

Error damaged()
{
    return Error(ErrorCode::FileDamaged,
                 QCoreApplication::translate("Twofold::VaultFile",
                                             "The vault's content is damaged and cannot be read. "
                                             "Try the backup copy (the same name ending in .bak)."));
}

// A strict reader: every accessor returns false on anything unexpected.
class Reader
{
public:
    explicit Reader(const SecureBuffer& body)
        : m_data(QByteArray::fromRawData(reinterpret_cast<const char*>(body.data()), qsizetype(body.size()))),
          m_r(m_data), m_scratch(4096)
    {
    }
    QCborStreamReader& r() { return m_r; }
    qsizetype remaining() const { return m_data.size() - m_r.currentOffset(); }

    bool enterArray(qsizetype* length = nullptr)
    {
        if (!m_r.isArray() || !m_r.isLengthKnown())
            return false;
        const quint64 len = m_r.length();
        if (len > quint64(remaining()))
            return false; // cannot hold more items than bytes left
        if (length)
            *length = qsizetype(len);
        return m_r.enterContainer();
    }
    bool leave()
    {
        if (m_r.hasNext())
            return false;
        return m_r.leaveContainer();
    }
    bool integer(qint64* out)
    {
        if (!m_r.isInteger())
            return false;
        *out = m_r.toInteger();
        return m_r.next();
    }
    bool text(QString* out)
    {
        if (!m_r.isString())
            return false;
        out->clear();
        auto chunk = m_r.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            out->append(chunk.data);
            chunk = m_r.readString();
        }
        return chunk.status == QCborStreamReader::EndOfString;
    }
    bool uuid(QUuid* out)
    {
        QByteArray raw;
        if (!bytes(&raw) || (raw.size() != 0 && raw.size() != 16))
            return false;
        *out = raw.isEmpty() ? QUuid() : QUuid::fromRfc4122(raw);
        return true;
    }
    bool bytes(QByteArray* out)
    {
        if (!m_r.isByteArray())
            return false;
        out->clear();
        auto chunk = m_r.readByteArray();
        while (chunk.status == QCborStreamReader::Ok) {
            out->append(chunk.data);
            chunk = m_r.readByteArray();
        }
        return chunk.status == QCborStreamReader::EndOfString;
    }
    // A byte string copied straight into arena (no ordinary heap copy).
    bool secret(SecretArena& arena, SecretId* out)
    {
        if (!m_r.isByteArray() || !m_r.isLengthKnown())
            return false;
        const quint64 len = m_r.length();
        if (len > quint64(remaining()))
            return false;
        if (m_scratch.size() < len)
            m_scratch = SecureBuffer(std::size_t(len));
        qsizetype at = 0;
        while (true) {
            auto chunk = m_r.readStringChunk(reinterpret_cast<char*>(m_scratch.data()) + at, qsizetype(len) - at);
            if (chunk.status == QCborStreamReader::EndOfString)
                break;
            if (chunk.status != QCborStreamReader::Ok)
                return false;
            at += chunk.data;
        }
        if (quint64(at) != len)
            return false;
        *out = arena.store(QByteArrayView(reinterpret_cast<const char*>(m_scratch.data()), at));
        return true;
    }

private:
    QByteArray m_data;
    QCborStreamReader m_r;
    SecureBuffer m_scratch;
};

bool readGroup(Reader& in, Group* g)
{
    return in.enterArray() && in.uuid(&g->id) && !g->id.isNull() && in.text(&g->name) && in.uuid(&g->parentId) &&
           in.leave();
}

bool readEntry(Reader& in, SecretArena& arena, Entry* e)
{
    qint64 trashed = 0;
    qsizetype tagCount = 0;
    qsizetype historyCount = 0;
    if (!in.enterArray() || !in.uuid(&e->id) || e->id.isNull() || !in.text(&e->title) || !in.text(&e->username) ||
        !in.text(&e->url) || !in.text(&e->notes) || !in.enterArray(&tagCount))
        return false;
    for (qsizetype i = 0; i < tagCount; ++i) {
        QString tag;
        if (!in.text(&tag))
            return false;
        e->tags.append(tag);
    }
    if (!in.leave() || !in.uuid(&e->groupId) || !in.integer(&e->createdMs) || !in.integer(&e->modifiedMs) ||
        !in.secret(arena, &e->password) || !in.secret(arena, &e->otpUri) || !in.enterArray(&historyCount))
        return false;
    if (arena.view(e->otpUri).isEmpty()) {
        arena.release(e->otpUri);
        e->otpUri = kNoSecret;
    }
    for (qsizetype i = 0; i < historyCount; ++i) {
        PasswordHistoryItem h;
        if (!in.enterArray() || !in.secret(arena, &h.password) || !in.integer(&h.retiredMs) || !in.leave())
            return false;
        e->history.push_back(h);
    }
    if (!in.leave() || !in.integer(&trashed) || !in.leave())
        return false;
    e->inTrash = trashed != 0;
    e->trashedMs = trashed;
    return true;
}

} // namespace

SecureBuffer encodeBody(const Vault& vault)
{
    const SecretArena& arena = vault.secrets();
    SecureSink sink(std::size_t(vault.entryCount()) * 160 + arena.bytesUsed() + 1024);
    QCborStreamWriter w(&sink);
    w.startMap(4);
    w.append(QLatin1StringView("v"));
    w.append(kBodyVersion);
    w.append(QLatin1StringView("name"));
    w.append(vault.name());
    w.append(QLatin1StringView("groups"));
    w.startArray(quint64(vault.groups().size()));
    for (const Group& g : vault.groups()) {
        w.startArray(3);
        appendUuid(w, g.id);
        w.append(g.name);
        appendUuid(w, g.parentId);
        w.endArray();
    }
    w.endArray();
    w.append(QLatin1StringView("entries"));
    w.startArray(quint64(vault.entryCount()));
    for (const Entry& e : vault.entries()) {
        w.startArray(13);
        appendUuid(w, e.id);
        w.append(e.title);
        w.append(e.username);
        w.append(e.url);
        w.append(e.notes);
        w.startArray(quint64(e.tags.size()));
        for (const QString& t : e.tags)
            w.append(t);
        w.endArray();
        appendUuid(w, e.groupId);
        w.append(e.createdMs);
        w.append(e.modifiedMs);
        appendSecret(w, arena, e.password);
        appendSecret(w, arena, e.otpUri);
        w.startArray(quint64(e.history.size()));
        for (const PasswordHistoryItem& h : e.history) {
            w.startArray(2);
            appendSecret(w, arena, h.password);
            w.append(h.retiredMs);
            w.endArray();
        }
        w.endArray();
        w.append(e.inTrash ? std::max<qint64>(e.trashedMs, 1) : qint64(0));
        w.endArray();
    }
    w.endArray();
    w.endMap();
    return sink.take();
}

Result<Vault> decodeBody(const SecureBuffer& body, Clock& clock)
{
    Reader in(body);
    QCborStreamReader& r = in.r();
    if (!r.isMap() || !r.isLengthKnown() || r.length() > 64 || !r.enterContainer())
        return damaged();
    Vault vault(clock);
    std::vector<Group> groups;
    std::vector<Entry> entries;
    bool sawVersion = false;
    bool sawEntries = false;
    while (r.hasNext()) {
        QString key;
        if (!in.text(&key))
            return damaged();
        if (key == QLatin1StringView("v")) {
            qint64 v = 0;
            if (!in.integer(&v) || v != kBodyVersion)
                return damaged();
            sawVersion = true;
        } else if (key == QLatin1StringView("name")) {
            QString name;
            if (!in.text(&name))
                return damaged();
            vault.setName(name);
        } else if (key == QLatin1StringView("groups")) {
            qsizetype n = 0;
            if (!in.enterArray(&n))
                return damaged();
            groups.reserve(std::size_t(n));
            for (qsizetype i = 0; i < n; ++i) {
                Group g;
                if (!readGroup(in, &g))
                    return damaged();
                groups.push_back(std::move(g));
            }
            if (!in.leave())
                return damaged();
        } else if (key == QLatin1StringView("entries")) {
            qsizetype n = 0;
            if (!in.enterArray(&n))
                return damaged();
            entries.reserve(std::size_t(n) / 4 + 1);
            for (qsizetype i = 0; i < n; ++i) {
                Entry e;
                if (!readEntry(in, vault.mutableSecrets(), &e))
                    return damaged();
                entries.push_back(std::move(e));
            }
            if (!in.leave())
                return damaged();
            sawEntries = true;
        } else {
            return damaged(); // a newer body would have a newer version number
        }
    }
    if (!r.leaveContainer() || r.lastError() != QCborError::NoError || !sawVersion || !sawEntries ||
        r.currentOffset() != qsizetype(body.size()))
        return damaged();
    // Ids must be unique; groups must exist (else the entry goes to the top).
    QSet<QUuid> groupIds;
    for (const Group& g : groups)
        if (groupIds.contains(g.id))
            return damaged();
        else
            groupIds.insert(g.id);
    for (Group& g : groups)
        if (!g.parentId.isNull() && !groupIds.contains(g.parentId))
            g.parentId = QUuid();
    QSet<QUuid> ids;
    ids.reserve(qsizetype(entries.size()));
    for (Entry& e : entries) {
        if (ids.contains(e.id))
            return damaged();
        ids.insert(e.id);
        if (!e.groupId.isNull() && !groupIds.contains(e.groupId))
            e.groupId = QUuid();
    }
    vault.adoptEntries(std::move(entries), std::move(groups));
    vault.setModified(false);
    return vault;
}

} // namespace twofold::codec
