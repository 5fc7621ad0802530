#pragma once
// Vault: the decrypted content of a vault file — entries, groups, trash, secrets — with
// search. No I/O here (see VaultFile / OpenVault). Not thread-safe: one owner at a time.
#include "common/Clock.h"
#include "common/Result.h"
#include "vault/Entry.h"
#include "vault/SearchIndex.h"
#include "vault/SyncState.h"

#include <QHash>

#include <functional>
#include <memory>
#include <vector>

namespace twofold {

class Vault
{
public:
    explicit Vault(Clock& clock = systemClock());
    Vault(Vault&&) noexcept;
    Vault& operator=(Vault&&) noexcept;
    ~Vault();

    Clock& clock() const { return *m_clock; }
    QString name() const { return m_name; }
    void setName(const QString& name);

    // ---- entries (trash included; check Entry::inTrash) ----
    int entryCount() const { return int(m_entries.size()); }
    const Entry& entryAt(int index) const { return m_entries[std::size_t(index)]; }
    const std::vector<Entry>& entries() const { return m_entries; }
    // nullptr when there is no such entry.
    const Entry* entry(const QUuid& id) const;
    int indexOf(const QUuid& id) const; // -1 when absent

    // The entry named by a person: its exact id, or its exact title (not in the trash).
    // Refuses with NotFound when nothing matches, InvalidInput when several titles do.
    Result<QUuid> resolve(const QString& titleOrId) const;

    // Adds an entry; title is required (InvalidInput otherwise). Returns its id.
    Result<QUuid> addEntry(EntryFields fields);
    // Changes the set fields; a changed password moves the old one into the history.
    Status updateEntry(const QUuid& id, EntryFields fields);
    // Moves to / back from the trash. Entries in the trash are not searched.
    Status moveToTrash(const QUuid& id);
    Status restoreFromTrash(const QUuid& id);
    // Makes password history version historyIndex (0 = oldest) the entry's password again;
    // the current password moves into the history. NotFound for a bad id or index.
    Status restorePassword(const QUuid& id, int historyIndex);
    // Makes entry id's older version versionIndex (0 = the oldest of Entry::versions, kept by a
    // sync merge) current again, whole: title, fields, password, group. The entry as it was
    // becomes its newest version, so nothing is lost. NotFound for a bad id or index.
    Status restoreVersion(const QUuid& id, int versionIndex);
    // Deletes for good (wiping its secrets).
    Status deleteEntry(const QUuid& id);
    // Deletes every entry in the trash; returns how many.
    int emptyTrash();

    // ---- attachments (Entry::attachments; content sealed, read only when opened) ----
    // Where the sealed content of attachments already saved is read from (OpenVault: the
    // vault file's attachment section). NotFound when the file has no such content (an
    // attachment another computer added, whose content sync does not carry).
    using SealedSource = std::function<Result<QByteArray>(const QByteArray& id)>;
    void setSealedSource(SealedSource source) { m_sealedSource = std::move(source); }
    // Adds content as attachment name of entry id, sealed at once under a key of its own; the
    // sealed bytes stay in memory until the vault is saved. Refuses (InvalidInput, with a
    // sentence) content over kMaxAttachmentBytes, an empty name, a full entry (kMaxAttachments).
    // Returns the attachment's id.
    Result<QByteArray> addAttachment(const QUuid& id, const QString& name, QByteArrayView content);
    // Removes attachment attachmentId from entry id (its content leaves the file on the next save).
    Status removeAttachment(const QUuid& id, const QByteArray& attachmentId);
    // The attachment of entry e named by a person: its exact name, else its position from 1.
    // NotFound (listing the names) otherwise; InvalidInput when several have that name.
    Result<const Attachment*> resolveAttachment(const Entry& e, const QString& nameOrNumber) const;
    // The content of attachment a, opened with its key: FileDamaged when the sealed bytes do
    // not open, NotFound when this computer does not have them.
    Result<SecureBuffer> attachmentContent(const Attachment& a) const;
    // The sealed bytes of attachment id, from memory or the source (to write them into a file).
    Result<QByteArray> sealedAttachment(const QByteArray& id) const;
    // Every attachment id an entry refers to (the trash and versions included), each once.
    std::vector<QByteArray> attachmentIds() const;
    // After a save: the sealed bytes kept in memory are now in the file that source reads.
    void sealedSaved(SealedSource source);

    // ---- secrets (read on demand) ----
    SecureBuffer password(const Entry& e) const { return m_secrets.copy(e.password); }
    SecureBuffer otpUri(const Entry& e) const { return m_secrets.copy(e.otpUri); }
    bool hasOtp(const Entry& e) const { return e.otpUri != kNoSecret && !m_secrets.view(e.otpUri).isEmpty(); }
    SecureBuffer fieldValue(const CustomField& f) const
    {
        return f.type == CustomField::Type::Hidden ? m_secrets.copy(f.secret)
                                                   : SecureBuffer::fromBytes(f.text.toUtf8());
    }
    const SecretArena& secrets() const { return m_secrets; }

    // Bulk add (imports): appends entries whose secrets are in source, copying them into
    // this vault's arena (no secure allocation per entry). Their groupIds must be groups of
    // this vault or null; ids already in the vault are replaced by fresh ones.
    void appendEntries(std::vector<Entry> entries, const SecretArena& source);
    // Replaces the content of existing entry id with replacement (secrets in source); the old
    // password goes into the history when it differs. id, created time and group are kept.
    Status replaceEntry(const QUuid& id, const Entry& replacement, const SecretArena& source);

    // ---- groups ----
    const std::vector<Group>& groups() const { return m_groups; }
    const Group* group(const QUuid& id) const;
    // A group by path "A/B" or id; NotFound otherwise.
    Result<QUuid> resolveGroup(const QString& pathOrId) const;
    QString groupPath(const QUuid& id) const; // "" for the root
    Result<QUuid> addGroup(const QString& name, const QUuid& parentId = {});
    Status renameGroup(const QUuid& id, const QString& name);
    // Removes a group; its entries and subgroups move to its parent.
    Status removeGroup(const QUuid& id);

    // ---- sync (core/sync applies records pulled from the server) ----
    const SyncState& syncState() const { return m_sync; }
    // Changes the sync state (saved with the body); does not count as a change of content.
    SyncState& mutableSyncState()
    {
        m_modified = true;
        return m_sync;
    }
    // Puts entry (its secrets, versions' included, in source) in this vault as it is: the
    // entry with its id is replaced whole, or it is added. A group this vault lacks is kept
    // as the entry's group until moveOrphansToTop() (its record may come later in a sync).
    void putEntry(const Entry& entry, const SecretArena& source);
    // Entries and groups whose group or parent is missing move to the top level; returns how many.
    int moveOrphansToTop();
    // Puts group as it is (replaced or added); a parent that would make a cycle becomes the
    // top level, a missing one is kept until moveOrphansToTop().
    void putGroup(const Group& group);
    // Keeps old (secrets in source, its own versions dropped) as a version of entry id, the
    // oldest versions dropped beyond kMaxEntryVersions. NotFound for a bad id.
    Status addVersion(const QUuid& id, const Entry& old, const SecretArena& source);

    // ---- search ----
    // Indices (into entries()) of entries not in the trash whose title, username, URL, tags
    // or notes contain every whitespace-separated term of query, case- and accent-insensitive.
    // An empty query matches every entry not in the trash. Ordered as entries().
    std::vector<int> search(const QString& query) const;

    // Bumps on every change; views and the search index use it to know they are stale.
    quint64 generation() const { return m_generation; }
    bool isModified() const { return m_modified; }
    void setModified(bool modified) { m_modified = modified; }

    // ---- used by the file format (VaultFile) to rebuild a vault quickly ----
    SecretArena& mutableSecrets() { return m_secrets; }
    // Takes entries and groups as decoded. Refuses (false, vault unchanged) duplicate ids;
    // entries whose group is missing move to the top, as do groups whose parent is missing.
    // index: a search index built while decoding (optional).
    [[nodiscard]] bool adoptEntries(std::vector<Entry> entries, std::vector<Group> groups,
                                    std::unique_ptr<SearchIndex> index = nullptr);
    void adoptSyncState(SyncState state) { m_sync = std::move(state); }

private:
    void touch();
    Status validateGroup(const std::optional<QUuid>& groupId) const;

    Clock* m_clock;
    QString m_name;
    SyncState m_sync;
    std::vector<Entry> m_entries;
    std::vector<Group> m_groups;
    QHash<QUuid, int> m_byId;
    SecretArena m_secrets;
    QHash<QByteArray, QByteArray> m_newSealed; // attachment id -> sealed content, not saved yet
    SealedSource m_sealedSource;
    mutable std::unique_ptr<SearchIndex> m_index;
    mutable quint64 m_indexGeneration = ~quint64(0);
    quint64 m_generation = 0;
    bool m_modified = false;
};

} // namespace twofold
