#pragma once
// SearchIndex: the searchable text of every entry (title, username, URL, tags, notes),
// folded (lower case, accents removed) into ONE contiguous UTF-8 buffer, so a query is a
// memmem scan over memory instead of 100k string compares. Built in one pass; the vault
// rebuilds it when it has changed.
#include <QByteArray>
#include <QString>

#include <vector>

namespace twofold {

struct Entry;

class SearchIndex
{
public:
    // Folds text for matching: lower case, diacritics removed (é -> e), as UTF-8.
    static QByteArray fold(QStringView text);

    void build(const std::vector<Entry>& entries);

    // Building while a vault is decoded, straight from its UTF-8 text (no second pass):
    // beginEntry(i), addField(...) for each field, then endEntry(keep) — keep false drops it
    // (an entry in the trash); finish() after the last entry.
    void beginEntry(int entryIndex);
    void addField(const char* utf8, qsizetype size, bool ascii);
    void endEntry(bool keep);
    void finish();
    void reserve(qsizetype bytes) { m_text.reserve(bytes); }
    // Indices of entries (not in the trash) containing every space-separated term of query,
    // ascending. An empty query matches every entry not in the trash.
    std::vector<int> search(const QString& query) const;

private:
    QByteArray m_text;              // entry texts, each preceded by '\0'
    std::vector<qsizetype> m_start; // start offset of each indexed entry in m_text
    std::vector<int> m_entryIndex;  // the entries() index of each indexed entry
};

} // namespace twofold
