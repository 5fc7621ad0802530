#include "vault/SearchIndex.h"

#include "vault/Entry.h"

#include <algorithm>

namespace twofold {

namespace {
constexpr QChar kSeparator = QChar(0);

// Appends the folded form of text to out. ASCII (the common case) is lowered in place
// without allocating; anything else goes through Unicode decomposition.
void appendFolded(QString& out, QStringView text)
{
    bool ascii = true;
    for (QChar c : text)
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) {
        const qsizetype at = out.size();
        out.resize(at + text.size());
        QChar* dst = out.data() + at;
        for (QChar c : text) {
            const char16_t u = c.unicode();
            *dst++ = QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : (u == 0 ? char16_t(' ') : u));
        }
        return;
    }
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.isNull())
            continue;
        out.append(c.toCaseFolded());
    }
}
} // namespace

QString SearchIndex::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    appendFolded(out, text);
    return out;
}

void SearchIndex::build(const std::vector<Entry>& entries)
{
    m_text.clear();
    m_start.clear();
    m_entryIndex.clear();
    m_entryCount = int(entries.size());
    qsizetype estimate = 0;
    for (const Entry& e : entries)
        if (!e.inTrash)
            estimate += e.title.size() + e.username.size() + e.url.size() + e.notes.size() + 8 * e.tags.size() + 5;
    m_text.reserve(estimate + 1);
    m_start.reserve(entries.size());
    m_entryIndex.reserve(entries.size());
    for (int i = 0; i < int(entries.size()); ++i) {
        const Entry& e = entries[std::size_t(i)];
        if (e.inTrash)
            continue;
        m_entryIndex.push_back(i);
        m_text.append(kSeparator);
        m_start.push_back(m_text.size());
        appendFolded(m_text, e.title);
        m_text.append(QChar(u'\n'));
        appendFolded(m_text, e.username);
        m_text.append(QChar(u'\n'));
        appendFolded(m_text, e.url);
        m_text.append(QChar(u'\n'));
        for (const QString& tag : e.tags) {
            appendFolded(m_text, tag);
            m_text.append(QChar(u'\n'));
        }
        appendFolded(m_text, e.notes);
    }
    m_text.append(kSeparator);
}

std::vector<int> SearchIndex::search(const QString& query) const
{
    QStringList terms = fold(query).split(QChar(u' '), Qt::SkipEmptyParts);
    std::vector<int> result;
    if (terms.isEmpty()) {
        result = m_entryIndex;
        return result;
    }
    // Scan the whole buffer for the longest term; check the others inside each hit's entry.
    std::sort(terms.begin(), terms.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    const QStringMatcher first(terms.front(), Qt::CaseSensitive);
    std::vector<QStringMatcher> others;
    for (qsizetype i = 1; i < terms.size(); ++i)
        others.emplace_back(terms[i], Qt::CaseSensitive);

    const QStringView text(m_text);
    qsizetype from = 0;
    while (true) {
        const qsizetype hit = first.indexIn(text, from);
        if (hit < 0)
            break;
        // The indexed entry holding hit: the last start <= hit.
        const auto it = std::upper_bound(m_start.begin(), m_start.end(), hit);
        const std::size_t slot = std::size_t(it - m_start.begin()) - 1;
        const qsizetype begin = m_start[slot];
        const qsizetype end = slot + 1 < m_start.size() ? m_start[slot + 1] - 1 : m_text.size() - 1;
        const QStringView entryText = text.sliced(begin, end - begin);
        bool all = true;
        for (const QStringMatcher& m : others)
            if (m.indexIn(entryText) < 0) {
                all = false;
                break;
            }
        if (all)
            result.push_back(m_entryIndex[slot]);
        from = end + 1; // next entry
    }
    return result;
}

} // namespace twofold
