#include "vault/SearchIndex.h"

#include "vault/Entry.h"

#include <algorithm>
#include <cstring>

namespace twofold {

namespace {

// ASCII folding table: upper case to lower case, NUL to space, everything else as is.
struct AsciiFold
{
    char map[128];
    constexpr AsciiFold() : map()
    {
        for (int c = 0; c < 128; ++c)
            map[c] = char(c >= 'A' && c <= 'Z' ? c + 32 : c == 0 ? ' ' : c);
    }
};
constexpr AsciiFold kAsciiFold;

// Appends the folded form of text to out. ASCII (the common case) is lowered byte by byte
// without allocating; anything else goes through Unicode decomposition and case folding.
void appendFolded(QByteArray& out, QStringView text)
{
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() >= 0x80 || c.unicode() == 0) {
            ascii = false;
            break;
        }
    if (ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        char* dst = out.data() + at;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            *dst++ = char(u >= 'A' && u <= 'Z' ? u + 32 : u);
        }
        return;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.isNull())
            continue;
        folded.append(c.toCaseFolded());
    }
    out.append(folded.toUtf8());
}

const char* findBytes(const char* from, const char* end, const QByteArray& needle)
{
    return static_cast<const char*>(
        ::memmem(from, std::size_t(end - from), needle.constData(), std::size_t(needle.size())));
}

} // namespace

void SearchIndex::beginEntry(int entryIndex)
{
    if (m_start.empty())
        m_text.clear();
    m_entryIndex.push_back(entryIndex);
    m_text.append('\0');
    m_start.push_back(m_text.size());
}

void SearchIndex::addField(const char* utf8, qsizetype size, bool ascii)
{
    if (ascii) {
        const qsizetype at = m_text.size();
        m_text.resize(at + size + 1);
        char* dst = m_text.data() + at;
        for (qsizetype i = 0; i < size; ++i)
            dst[i] = kAsciiFold.map[static_cast<unsigned char>(utf8[i])];
        dst[size] = '\n';
        return;
    }
    appendFolded(m_text, QString::fromUtf8(utf8, size));
    m_text.append('\n');
}

void SearchIndex::endEntry(bool keep)
{
    if (keep)
        return;
    m_text.truncate(m_start.back() - 1);
    m_start.pop_back();
    m_entryIndex.pop_back();
}

void SearchIndex::finish()
{
    m_text.append('\0');
}

QByteArray SearchIndex::fold(QStringView text)
{
    QByteArray out;
    out.reserve(text.size());
    appendFolded(out, text);
    return out;
}

void SearchIndex::build(const std::vector<Entry>& entries)
{
    m_text.clear();
    m_start.clear();
    m_entryIndex.clear();
    qsizetype estimate = 0;
    for (const Entry& e : entries)
        if (!e.inTrash)
            estimate +=
                e.title.size() + e.username.size() + e.url.size() + e.notes.size() + 8 * e.tags.size() + 5;
    m_text.reserve(estimate + 1);
    m_start.reserve(entries.size());
    m_entryIndex.reserve(entries.size());
    for (int i = 0; i < int(entries.size()); ++i) {
        const Entry& e = entries[std::size_t(i)];
        if (e.inTrash)
            continue;
        m_entryIndex.push_back(i);
        m_text.append('\0');
        m_start.push_back(m_text.size());
        // Fields are separated by '\n' so that a term never matches across two of them.
        appendFolded(m_text, e.title);
        m_text.append('\n');
        appendFolded(m_text, e.username);
        m_text.append('\n');
        appendFolded(m_text, e.url);
        m_text.append('\n');
        for (const QString& tag : e.tags) {
            appendFolded(m_text, tag);
            m_text.append('\n');
        }
        appendFolded(m_text, e.notes);
    }
    m_text.append('\0');
    m_text.squeeze();
}

std::vector<int> SearchIndex::search(const QString& query) const
{
    QList<QByteArray> terms = fold(query).split(' ');
    terms.removeAll(QByteArray());
    if (terms.isEmpty())
        return m_entryIndex;
    // Scan the whole buffer for the longest term; check the others inside each hit's entry.
    std::sort(terms.begin(), terms.end(),
              [](const QByteArray& a, const QByteArray& b) { return a.size() > b.size(); });
    std::vector<int> result;
    const char* base = m_text.constData();
    const char* end = base + m_text.size();
    const char* from = base;
    while (from < end) {
        const char* hit = findBytes(from, end, terms.front());
        if (!hit)
            break;
        // The indexed entry holding hit: the last start <= hit.
        const auto it = std::upper_bound(m_start.begin(), m_start.end(), qsizetype(hit - base));
        const std::size_t slot = std::size_t(it - m_start.begin()) - 1;
        const char* entryBegin = base + m_start[slot];
        const char* entryEnd = slot + 1 < m_start.size() ? base + m_start[slot + 1] - 1 : end - 1;
        bool all = true;
        for (qsizetype t = 1; t < terms.size() && all; ++t)
            all = findBytes(entryBegin, entryEnd, terms[t]) != nullptr;
        if (all)
            result.push_back(m_entryIndex[slot]);
        from = entryEnd + 1; // the next entry
    }
    return result;
}

} // namespace twofold
