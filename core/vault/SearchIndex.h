#pragma once
// SearchIndex: the searchable text of every entry, folded (lowercase, accents removed) into
// ONE contiguous buffer, so a query is one Boyer-Moore scan over memory instead of 100k
// string compares. Built from a vault in one pass; rebuilt when the vault changes.
#include <QString>
#include <QStringMatcher>

#include <vector>

namespace twofold {

struct Entry;

class SearchIndex
{
public:
    // Folds text for matching: lower case, diacritics removed (é -> e).
    static QString fold(QStringView text);

    void build(const std::vector<Entry>& entries);
    // Indices of entries (not in the trash) containing every term of query, ascending.
    std::vector<int> search(const QString& query) const;

private:
    QString m_text;                 // entry texts separated by U+0000
    std::vector<qsizetype> m_start; // start offset of each indexed entry in m_text
    std::vector<int> m_entryIndex;  // the entries() index of each indexed entry
    int m_entryCount = 0;
};

} // namespace twofold
