#include "vault/VaultCodec.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

// The body is standard CBOR (RFC 8949), but read and written by this small strict codec for
// exactly our schema instead of QCborStreamReader/Writer: those cost ~3.6 us per entry
// (476 ms to open 100k entries), this costs a fraction, and it writes straight into secure
// memory. Only definite lengths and the shortest head encodings are produced; reading
// accepts any definite-length head and refuses everything else.

namespace twofold::codec {

namespace {

enum Major : quint8 { Unsigned = 0, Negative = 1, Bytes = 2, Text = 3, Array = 4, Map = 5, Simple = 7 };

// Appends to a growing SecureBuffer (old buffers are wiped on growth by sodium_free).
class Writer
{
public:
    explicit Writer(std::size_t initial) : m_buffer(std::max<std::size_t>(initial, 256), Qt::Uninitialized) {}
    // Writes into reuse (grown when needed) from its start: no secure allocation per record.
    explicit Writer(SecureBuffer&& reuse) : m_buffer(std::move(reuse))
    {
        if (m_buffer.size() < 256)
            m_buffer = SecureBuffer(256, Qt::Uninitialized);
    }
    std::size_t size() const { return m_size; }
    SecureBuffer takeBuffer() { return std::move(m_buffer); }

    void head(Major major, quint64 value)
    {
        unsigned char h[9];
        std::size_t n;
        const auto m = quint8(major << 5);
        if (value < 24) {
            h[0] = quint8(m | value);
            n = 1;
        } else if (value <= 0xFF) {
            h[0] = m | 24;
            h[1] = quint8(value);
            n = 2;
        } else if (value <= 0xFFFF) {
            h[0] = m | 25;
            h[1] = quint8(value >> 8);
            h[2] = quint8(value);
            n = 3;
        } else if (value <= 0xFFFFFFFFu) {
            h[0] = m | 26;
            for (int i = 0; i < 4; ++i)
                h[1 + i] = quint8(value >> (24 - 8 * i));
            n = 5;
        } else {
            h[0] = m | 27;
            for (int i = 0; i < 8; ++i)
                h[1 + i] = quint8(value >> (56 - 8 * i));
            n = 9;
        }
        raw(h, n);
    }
    void integer(qint64 v)
    {
        if (v >= 0)
            head(Unsigned, quint64(v));
        else
            head(Negative, quint64(-1 - v));
    }
    void bytes(QByteArrayView b)
    {
        head(Bytes, quint64(b.size()));
        raw(b.data(), std::size_t(b.size()));
    }
    void text(QStringView s)
    {
        bool ascii = true;
        for (QChar c : s)
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
        if (ascii) {
            head(Text, quint64(s.size()));
            reserve(std::size_t(s.size()));
            unsigned char* out = m_buffer.data() + m_size;
            for (QChar c : s)
                *out++ = static_cast<unsigned char>(c.unicode());
            m_size += std::size_t(s.size());
            return;
        }
        const QByteArray utf8 = s.toUtf8();
        head(Text, quint64(utf8.size()));
        raw(utf8.constData(), std::size_t(utf8.size()));
    }
    void uuid(const QUuid& id)
    {
        if (id.isNull()) {
            bytes({});
            return;
        }
        const QByteArray raw16 = id.toRfc4122();
        bytes(raw16);
    }
    SecureBuffer take() { return SecureBuffer::fromBytes(m_buffer.data(), m_size); }

private:
    void reserve(std::size_t n)
    {
        if (m_size + n <= m_buffer.size())
            return;
        std::size_t capacity = m_buffer.size() * 2;
        while (capacity < m_size + n)
            capacity *= 2;
        SecureBuffer bigger(capacity, Qt::Uninitialized);
        std::memcpy(bigger.data(), m_buffer.data(), m_size);
        m_buffer = std::move(bigger);
    }
    void raw(const void* p, std::size_t n)
    {
        reserve(n);
        if (n)
            std::memcpy(m_buffer.data() + m_size, p, n);
        m_size += n;
    }

    SecureBuffer m_buffer;
    std::size_t m_size = 0;
};

// A strict cursor over a body: every accessor returns false on anything unexpected and
// never reads past the end or allocates from a length it has not checked.
class Reader
{
public:
    Reader(const unsigned char* p, std::size_t size) : m_p(p), m_end(p + size) {}
    bool atEnd() const { return m_p == m_end; }
    const unsigned char* position() const { return m_p; }
    std::size_t remaining() const { return std::size_t(m_end - m_p); }

    bool head(Major expected, quint64* value)
    {
        if (m_p >= m_end || (*m_p >> 5) != expected)
            return false;
        const quint8 info = *m_p++ & 31;
        if (info < 24) {
            *value = info;
            return true;
        }
        std::size_t n = info == 24 ? 1 : info == 25 ? 2 : info == 26 ? 4 : info == 27 ? 8 : 0;
        if (n == 0 || remaining() < n)
            return false; // indefinite lengths and reserved values are refused
        quint64 v = 0;
        for (std::size_t i = 0; i < n; ++i)
            v = (v << 8) | *m_p++;
        *value = v;
        return true;
    }
    bool array(quint64* count)
    {
        return head(Array, count) && *count <= remaining(); // every item takes a byte at least
    }
    bool arrayOf(quint64 count)
    {
        quint64 n = 0;
        return head(Array, &n) && n == count;
    }
    bool integer(qint64* out)
    {
        if (m_p >= m_end)
            return false;
        quint64 v = 0;
        if ((*m_p >> 5) == Unsigned) {
            if (!head(Unsigned, &v) || v > quint64(std::numeric_limits<qint64>::max()))
                return false;
            *out = qint64(v);
            return true;
        }
        if (!head(Negative, &v) || v > quint64(std::numeric_limits<qint64>::max()))
            return false;
        *out = -1 - qint64(v);
        return true;
    }
    bool span(Major major, const unsigned char** data, std::size_t* size)
    {
        quint64 n = 0;
        if (!head(major, &n) || n > remaining())
            return false;
        *data = m_p;
        *size = std::size_t(n);
        m_p += n;
        return true;
    }
    bool text(QString* out, SearchIndex* index = nullptr)
    {
        const unsigned char* d;
        std::size_t n;
        if (!span(Text, &d, &n))
            return false;
        unsigned char high = 0;
        for (std::size_t i = 0; i < n; ++i)
            high |= d[i];
        const auto* chars = reinterpret_cast<const char*>(d);
        const bool ascii = high < 0x80;
        // Latin-1 and UTF-8 agree on ASCII, and fromLatin1 is the cheaper conversion.
        *out = ascii ? QString::fromLatin1(chars, qsizetype(n)) : QString::fromUtf8(chars, qsizetype(n));
        if (index)
            index->addField(chars, qsizetype(n), ascii);
        return true;
    }
    bool uuid(QUuid* out)
    {
        const unsigned char* d;
        std::size_t n;
        if (!span(Bytes, &d, &n) || (n != 0 && n != 16))
            return false;
        *out = n == 0 ? QUuid() : QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(d), 16));
        return true;
    }
    // A byte string copied straight from secure memory into the arena.
    bool secret(SecretArena& arena, SecretId* out)
    {
        const unsigned char* d;
        std::size_t n;
        if (!span(Bytes, &d, &n))
            return false;
        *out =
            n == 0 ? kNoSecret : arena.store(QByteArrayView(reinterpret_cast<const char*>(d), qsizetype(n)));
        return true;
    }
    bool key(const char* expected)
    {
        const unsigned char* d;
        std::size_t n;
        return span(Text, &d, &n) && n == std::strlen(expected) && std::memcmp(d, expected, n) == 0;
    }

private:
    const unsigned char* m_p;
    const unsigned char* m_end;
};

Error damaged()
{
    return Error(ErrorCode::FileDamaged,
                 QCoreApplication::translate("Twofold::VaultFile",
                                             "The vault's content is damaged and cannot be read. "
                                             "Try the backup copy (the same name ending in .bak)."));
}

constexpr quint64 kEntryFieldsV1 = 13;
constexpr quint64 kEntryFields = 16;
constexpr quint64 kEntryFieldsV3 = 17;
constexpr quint64 kEntryFieldsV4 = 18;

// The items of an entry array in body format version; a version (kept by a sync merge) has no
// versions of its own, so one item fewer from format 3 on.
quint64 entryItems(qint64 version, bool isVersion)
{
    switch (version) {
    case 1:
        return kEntryFieldsV1;
    case 2:
        return kEntryFields;
    case 3:
        return isVersion ? kEntryFields : kEntryFieldsV3;
    default:
        return isVersion ? kEntryFieldsV3 : kEntryFieldsV4;
    }
}

// Format 4's last item: [[id(16 bytes), name, size, addedMs, key(32 bytes)], ...].
bool readAttachments(Reader& in, SecretArena& arena, Entry* e)
{
    quint64 count = 0;
    if (!in.array(&count) || count > quint64(kMaxAttachments))
        return false;
    e->attachments.reserve(std::size_t(count));
    for (quint64 i = 0; i < count; ++i) {
        Attachment a;
        const unsigned char* id = nullptr;
        std::size_t idSize = 0;
        if (!in.arrayOf(5) || !in.span(Bytes, &id, &idSize) || idSize != std::size_t(kAttachmentIdBytes) ||
            !in.text(&a.name) || !in.integer(&a.size) || a.size < 0 || a.size > kMaxAttachmentBytes ||
            !in.integer(&a.addedMs) || !in.secret(arena, &a.key) ||
            arena.view(a.key).size() != kAttachmentKeyBytes)
            return false;
        a.id = QByteArray(reinterpret_cast<const char*>(id), kAttachmentIdBytes);
        for (const Attachment& other : e->attachments)
            if (other.id == a.id)
                return false;
        e->attachments.push_back(std::move(a));
    }
    return true;
}

void writeAttachments(Writer& w, const SecretArena& arena, const Entry& e)
{
    w.head(Array, quint64(e.attachments.size()));
    for (const Attachment& a : e.attachments) {
        w.head(Array, 5);
        w.bytes(a.id);
        w.text(a.name);
        w.integer(a.size);
        w.integer(a.addedMs);
        w.bytes(arena.view(a.key));
    }
}
constexpr quint64 kMaxCustomFieldType = quint64(CustomField::Type::Url);

// Format 2's three trailing items: kind, extra web addresses, custom fields.
bool readEntryV2(Reader& in, SecretArena& arena, Entry* e)
{
    qint64 kind = 0;
    quint64 urlCount = 0;
    quint64 fieldCount = 0;
    if (!in.integer(&kind) || kind < 0 || kind >= kEntryKindCount || !in.array(&urlCount))
        return false;
    e->kind = EntryKind(kind);
    e->extraUrls.reserve(qsizetype(urlCount));
    for (quint64 i = 0; i < urlCount; ++i) {
        QString url;
        if (!in.text(&url))
            return false;
        e->extraUrls.append(std::move(url));
    }
    if (!in.array(&fieldCount))
        return false;
    e->fields.reserve(std::size_t(fieldCount));
    for (quint64 i = 0; i < fieldCount; ++i) {
        CustomField f;
        qint64 type = 0;
        if (!in.arrayOf(3) || !in.text(&f.name) || !in.integer(&type) || type < 0 ||
            quint64(type) > kMaxCustomFieldType)
            return false;
        f.type = CustomField::Type(type);
        if (f.type == CustomField::Type::Hidden) {
            if (!in.secret(arena, &f.secret))
                return false;
        } else if (!in.text(&f.text)) {
            return false;
        }
        e->fields.push_back(std::move(f));
    }
    return true;
}

// olderRecord: a sync record may also be an entry of format 3 (a computer with an older Twofold).
bool readEntry(Reader& in, SecretArena& arena, SearchIndex* index, qint64 version, Entry* e,
               bool isVersion = false, bool olderRecord = false)
{
    quint64 tagCount = 0;
    quint64 historyCount = 0;
    qint64 trashed = 0;
    quint64 items = 0;
    if (!in.array(&items))
        return false;
    if (items != entryItems(version, isVersion)) {
        if (!olderRecord || items != entryItems(3, isVersion))
            return false;
        version = 3;
    }
    if (!in.uuid(&e->id) || e->id.isNull() || !in.text(&e->title, index) || !in.text(&e->username, index) ||
        !in.text(&e->url, index) || !in.text(&e->notes, index) || !in.array(&tagCount))
        return false;
    e->tags.reserve(qsizetype(tagCount));
    for (quint64 i = 0; i < tagCount; ++i) {
        QString tag;
        if (!in.text(&tag, index))
            return false;
        e->tags.append(std::move(tag));
    }
    if (!in.uuid(&e->groupId) || !in.integer(&e->createdMs) || !in.integer(&e->modifiedMs) ||
        !in.secret(arena, &e->password) || !in.secret(arena, &e->otpUri) || !in.array(&historyCount))
        return false;
    for (quint64 i = 0; i < historyCount; ++i) {
        PasswordHistoryItem h;
        if (!in.arrayOf(2) || !in.secret(arena, &h.password) || !in.integer(&h.retiredMs))
            return false;
        e->history.push_back(h);
    }
    if (!in.integer(&trashed))
        return false;
    e->inTrash = trashed != 0;
    e->trashedMs = trashed;
    if (version == 1)
        return true;
    if (!readEntryV2(in, arena, e))
        return false;
    if (version == 2)
        return true;
    if (!isVersion) {
        quint64 versionCount = 0;
        if (!in.array(&versionCount) || versionCount > quint64(kMaxEntryVersions))
            return false;
        for (quint64 i = 0; i < versionCount; ++i) {
            Entry v;
            // A version is an entry without versions of its own, with the entry's id.
            if (!readEntry(in, arena, nullptr, version, &v, true) || v.id != e->id)
                return false;
            e->versions.push_back(std::move(v));
        }
    }
    if (version == 3)
        return true;
    return readAttachments(in, arena, e);
}

void writeEntry(Writer& w, const SecretArena& arena, const Entry& e, bool withVersions)
{
    w.head(Array, entryItems(kBodyVersion, !withVersions));
    w.uuid(e.id);
    w.text(e.title);
    w.text(e.username);
    w.text(e.url);
    w.text(e.notes);
    w.head(Array, quint64(e.tags.size()));
    for (const QString& t : e.tags)
        w.text(t);
    w.uuid(e.groupId);
    w.integer(e.createdMs);
    w.integer(e.modifiedMs);
    w.bytes(arena.view(e.password));
    w.bytes(arena.view(e.otpUri));
    w.head(Array, quint64(e.history.size()));
    for (const PasswordHistoryItem& h : e.history) {
        w.head(Array, 2);
        w.bytes(arena.view(h.password));
        w.integer(h.retiredMs);
    }
    w.integer(e.inTrash ? std::max<qint64>(e.trashedMs, 1) : 0);
    w.integer(qint64(e.kind));
    w.head(Array, quint64(e.extraUrls.size()));
    for (const QString& u : e.extraUrls)
        w.text(u);
    w.head(Array, quint64(e.fields.size()));
    for (const CustomField& f : e.fields) {
        w.head(Array, 3);
        w.text(f.name);
        w.integer(qint64(f.type));
        if (f.type == CustomField::Type::Hidden)
            w.bytes(arena.view(f.secret));
        else
            w.text(f.text);
    }
    if (withVersions) {
        const std::size_t n = std::min<std::size_t>(e.versions.size(), std::size_t(kMaxEntryVersions));
        w.head(Array, n);
        for (std::size_t i = e.versions.size() - n; i < e.versions.size(); ++i) {
            Entry v = e.versions[i];
            v.id = e.id;
            writeEntry(w, arena, v, false);
        }
    }
    writeAttachments(w, arena, e);
}

void writeGroup(Writer& w, const Group& g)
{
    w.head(Array, 3);
    w.uuid(g.id);
    w.text(g.name);
    w.uuid(g.parentId);
}

bool readGroup(Reader& in, Group* g)
{
    return in.arrayOf(3) && in.uuid(&g->id) && !g->id.isNull() && in.text(&g->name) && in.uuid(&g->parentId);
}

constexpr std::size_t kDigestBytes = 16;

void writeSync(Writer& w, const SyncState& sync)
{
    w.head(Array, 2);
    w.integer(qint64(sync.revision));
    // In id order, so the same state always encodes the same.
    QList<QUuid> ids = sync.records.keys();
    std::sort(ids.begin(), ids.end());
    w.head(Array, quint64(ids.size()));
    for (const QUuid& id : ids) {
        const SyncRecordState& r = sync.records[id];
        w.head(Array, 3);
        w.uuid(id);
        w.integer(qint64(r.rev));
        w.bytes(r.digest);
    }
}

bool readSync(Reader& in, SyncState* sync)
{
    qint64 revision = 0;
    quint64 count = 0;
    if (!in.arrayOf(2) || !in.integer(&revision) || revision < 0 || !in.array(&count))
        return false;
    sync->revision = quint64(revision);
    sync->records.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        QUuid id;
        qint64 rev = 0;
        const unsigned char* d;
        std::size_t n;
        if (!in.arrayOf(3) || !in.uuid(&id) || !in.integer(&rev) || rev < 0 || !in.span(Bytes, &d, &n) ||
            n != kDigestBytes || sync->records.contains(id))
            return false;
        sync->records.insert(
            id, SyncRecordState{quint64(rev), QByteArray(reinterpret_cast<const char*>(d), qsizetype(n))});
    }
    return true;
}

} // namespace

SecureBuffer encodeBody(const Vault& vault)
{
    const SecretArena& arena = vault.secrets();
    Writer w(std::size_t(vault.entryCount()) * 200 + arena.bytesUsed() + 1024 +
             std::size_t(vault.syncState().records.size()) * 40);
    w.head(Map, 5);
    w.text(u"v");
    w.integer(kBodyVersion);
    w.text(u"name");
    w.text(vault.name());
    w.text(u"groups");
    w.head(Array, quint64(vault.groups().size()));
    for (const Group& g : vault.groups())
        writeGroup(w, g);
    w.text(u"entries");
    w.head(Array, quint64(vault.entryCount()));
    for (const Entry& e : vault.entries())
        writeEntry(w, arena, e, true);
    w.text(u"sync");
    writeSync(w, vault.syncState());
    return w.take();
}

Result<Vault> decodeBody(const SecureBuffer& body, Clock& clock)
{
    return decodeBody(body.data(), body.size(), clock);
}

Result<Vault> decodeBody(const unsigned char* data, std::size_t size, Clock& clock,
                         const std::function<void(std::size_t)>& drained)
{
    constexpr std::size_t kDrainStep = 1 << 20;
    std::size_t lastDrained = 0;
    Reader in(data, size);
    Vault vault(clock);
    std::vector<Group> groups;
    std::vector<Entry> entries;
    qint64 version = 0;
    QString name;
    quint64 mapSize = 0;
    quint64 groupCount = 0;
    quint64 entryCount = 0;
    if (!in.head(Map, &mapSize) || !in.key("v") || !in.integer(&version) || version < kOldestBodyVersion ||
        version > kBodyVersion || mapSize != (version >= 3 ? 5 : 4) || !in.key("name") || !in.text(&name) ||
        !in.key("groups") || !in.array(&groupCount))
        return damaged();
    groups.reserve(std::size_t(groupCount));
    for (quint64 i = 0; i < groupCount; ++i) {
        Group g;
        if (!readGroup(in, &g))
            return damaged();
        groups.push_back(std::move(g));
    }
    if (!in.key("entries") || !in.array(&entryCount))
        return damaged();
    entries.reserve(std::size_t(std::min<quint64>(entryCount, in.remaining() / 40 + 1)));
    auto index = std::make_unique<SearchIndex>();
    index->reserve(qsizetype(in.remaining()));
    for (quint64 i = 0; i < entryCount; ++i) {
        Entry e;
        index->beginEntry(int(i));
        if (!readEntry(in, vault.mutableSecrets(), index.get(), version, &e))
            return damaged();
        index->endEntry(!e.inTrash);
        entries.push_back(std::move(e));
        // Everything before this entry's end is copied out (text, arena, index): let it go.
        if (drained && std::size_t(in.position() - data) - lastDrained >= kDrainStep) {
            lastDrained = std::size_t(in.position() - data);
            drained(lastDrained);
        }
    }
    index->finish();
    SyncState sync;
    if (version >= 3 && (!in.key("sync") || !readSync(in, &sync)))
        return damaged();
    if (!in.atEnd())
        return damaged();
    vault.adoptSyncState(std::move(sync));
    vault.setName(name);
    if (!vault.adoptEntries(std::move(entries), std::move(groups), std::move(index)))
        return damaged(); // duplicate ids
    vault.setModified(false);
    return vault;
}

namespace {
template <typename Body> std::size_t encodeRecord(SecureBuffer& scratch, RecordKind kind, Body body)
{
    Writer w(std::move(scratch));
    w.head(Array, 2);
    w.integer(qint64(kind));
    body(w);
    const std::size_t size = w.size();
    scratch = w.takeBuffer();
    return size;
}

Error damagedRecord()
{
    return Error(ErrorCode::FileDamaged,
                 QCoreApplication::translate("Twofold::VaultFile",
                                             "A record from the sync server is damaged and cannot be read."));
}
} // namespace

std::size_t encodeEntryRecord(const SecretArena& secrets, const Entry& entry, SecureBuffer& scratch)
{
    return encodeRecord(scratch, RecordKind::Entry, [&](Writer& w) { writeEntry(w, secrets, entry, true); });
}

std::size_t encodeGroupRecord(const Group& group, SecureBuffer& scratch)
{
    return encodeRecord(scratch, RecordKind::Group, [&](Writer& w) { writeGroup(w, group); });
}

std::size_t encodeSettingsRecord(const Vault& vault, SecureBuffer& scratch)
{
    return encodeRecord(scratch, RecordKind::Settings, [&](Writer& w) {
        w.head(Array, 1);
        w.text(vault.name());
    });
}

Result<RecordContent> decodeRecord(const unsigned char* data, std::size_t size)
{
    Reader in(data, size);
    RecordContent out;
    qint64 kind = -1;
    if (!in.arrayOf(2) || !in.integer(&kind))
        return damagedRecord();
    bool ok = false;
    switch (kind) {
    case qint64(RecordKind::Entry):
        ok = readEntry(in, out.secrets, nullptr, kBodyVersion, &out.entry, false, true);
        break;
    case qint64(RecordKind::Group):
        ok = readGroup(in, &out.group);
        break;
    case qint64(RecordKind::Settings):
        ok = in.arrayOf(1) && in.text(&out.vaultName);
        break;
    default:
        break;
    }
    if (!ok || !in.atEnd())
        return damagedRecord();
    out.kind = RecordKind(kind);
    return out;
}

} // namespace twofold::codec
