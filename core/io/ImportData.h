#pragma once
// ImportData: what an importer makes of a file — entries, groups and their secrets, ready to
// be merged into a vault — plus the sentences of everything it did not take (the summary).
// Secrets go into the data's own SecretArena, so 100k imported entries cost no sodium_malloc
// each. ImportBuilder is the small toolkit every format file uses to fill one.
#include "common/Clock.h"
#include "common/Result.h"
#include "vault/Entry.h"
#include "vault/SecretArena.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace twofold::io {

struct ImportData
{
    std::vector<Entry> entries; // groupId refers to groups below (null: the top)
    std::vector<Group> groups;
    SecretArena secrets;
    QStringList skipped; // one sentence each: what was left out, where, and why

    int countOf(EntryKind kind) const;
};

class ImportBuilder
{
public:
    explicit ImportBuilder(Clock& clock = systemClock()) : m_clock(&clock) {}
    // A new entry (kind Login, fresh id, created/modified now unless set later); returns it.
    Entry& add(const QString& title);
    // The group at path "A/B" (components split on '/'), created as needed; null for "".
    QUuid groupFor(const QString& path);
    // The group named name under parent, created as needed (names with '/' are kept whole).
    QUuid childGroup(const QUuid& parent, const QString& name);

    void setPassword(Entry& e, const QString& password);
    // Stores an otpauth:// URI, or a bare base32 secret turned into one (issuer, account
    // from the entry). Refusals become a custom hidden field "TOTP" and a summary line.
    void setOtp(Entry& e, const QString& uriOrSecret, const QString& where);
    void addHistory(Entry& e, const QString& password, qint64 retiredMs);
    // A custom field (empty values are dropped: there is nothing to keep).
    void addField(Entry& e, const QString& name, const QString& value,
                  CustomField::Type type = CustomField::Type::Text);
    // A web address: the first becomes url, later ones extra URLs (duplicates dropped).
    static void addUrl(Entry& e, const QString& url);
    void skip(const QString& sentence) { m_data.skipped.append(sentence); }

    ImportData& data() { return m_data; }
    ImportData take() { return std::move(m_data); }

private:
    Clock* m_clock;
    ImportData m_data;
    QHash<QString, QUuid> m_groupByPath;
};

// ---- the refusal sentences of the import layer (one place) ----
namespace text {
QString lineIsMalformed(int line);
QString notFormat(const QString& formatName);
QString missingColumn(const QString& formatName, const QString& column);
QString itemIsMalformed(const QString& item);
QString skippedEmptyRow(int line);
QString skippedItem(const QString& item, const QString& why);
QString badOtp(const QString& where, const QString& why);
QString tooLarge();
} // namespace text

// Files larger than this are refused before parsing (256 MiB).
inline constexpr qsizetype kMaxImportBytes = qsizetype(256) << 20;

} // namespace twofold::io
