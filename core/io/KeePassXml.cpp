// KeePass 2 XML (KeePass "Export > KeePass XML (2.x)", KeePassXC "Export > XML" and
// `keepassxc-cli export --format xml`): <KeePassFile><Meta>…<RecycleBinUUID/></Meta><Root>
// <Group><UUID/><Name/><Entry><UUID/><Tags/><Times><CreationTime/><LastModificationTime/>
// </Times><String><Key/><Value ProtectInMemory="True"/></String>…<Binary/><History><Entry/>…
// </History></Entry><Group/>…</Group></Root></KeePassFile>. The top group is the database
// itself: its entries go to the top, its subgroups become top-level groups; entries of the
// recycle bin go to the trash. TOTP: "otp" (an otpauth:// URI), "TOTP Seed" or
// "TimeOtp-Secret-Base32".
#include "io/Importers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <libxml/SAX2.h>
#include <libxml/parser.h>

#include <algorithm>
#include <climits>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};

// A pull reader over libxml2's SAX2 parser with the few calls of QXmlStreamReader this
// parser uses, and their meaning. libxml2, not QXmlStreamReader (DESIGN.md section 12 names
// it), for speed: on a 100,000-entry export (62 MB) QXmlStreamReader alone takes 1.5 s to
// read it, libxml2 0.65 s, and the import must be ten times faster than KeePassXC's. No DTD
// is loaded, no entity is substituted, nothing is fetched from the network, and a document
// with a document type declaration (which no KeePass export has) is refused outright.
//
// libxml2 reads on a thread of its own and hands the parser its nodes in batches (start,
// end, text), so reading and building entries share the two cores of a small machine. At most kMaxBatches
// batches wait, which bounds the memory.
class XmlPull
{
public:
    explicit XmlPull(QByteArrayView bytes)
    {
        if (bytes.size() > INT_MAX) {
            m_error = QStringLiteral("the file is too large");
            return;
        }
        if (bytes.isEmpty())
            return; // nothing to read: not an export (no error of the XML)
        m_input = bytes;
        m_started = true;
        m_producer = std::thread([this] { produce(); });
    }
    ~XmlPull()
    {
        if (m_producer.joinable()) {
            {
                std::lock_guard lock(m_mutex);
                m_stop = true;
            }
            m_changed.notify_all();
            m_producer.join();
        }
        if (m_ctxt)
            xmlFreeParserCtxt(m_ctxt); // after the thread: the names are in its dictionary
    }
    XmlPull(const XmlPull&) = delete;
    XmlPull& operator=(const XmlPull&) = delete;

    // To the next start element inside the current one: false at its end (or at an error).
    bool readNextStartElement()
    {
        if (m_emptyOpen) { // <a/>: its end comes at once
            m_emptyOpen = false;
            return false;
        }
        while (const Node* n = next()) {
            if (n->kind == Node::Start) {
                enter(*n);
                return true;
            }
            if (n->kind == Node::End)
                return false;
        }
        return false;
    }
    // The current element's local name (valid until the reader is gone: libxml2's dictionary).
    QLatin1StringView name() const { return m_name; }
    // The text of the current element, up to its end; an element inside it is an error.
    QString readElementText()
    {
        if (m_emptyOpen) {
            m_emptyOpen = false;
            return QString();
        }
        QString text;
        while (const Node* n = next()) {
            if (n->kind == Node::Text)
                text += QString::fromUtf8(chars(*n));
            else if (n->kind == Node::End)
                return text;
            else {
                fail(QStringLiteral("an element is inside a text value"), n->line);
                return QString();
            }
        }
        return text;
    }
    // Past the end of the current element.
    void skipCurrentElement()
    {
        if (m_emptyOpen) {
            m_emptyOpen = false;
            return;
        }
        const int depth = m_depth;
        while (const Node* n = next())
            if (n->kind == Node::End && n->depth == depth)
                return;
    }
    // An attribute of the current element ("" when it has none of that name).
    QString attribute(const char* name) const
    {
        for (std::size_t i = 0; i < m_attributeCount; ++i) {
            const Attribute& a = m_current.attributes[m_firstAttribute + i];
            if (std::strcmp(a.name, name) == 0)
                return QString::fromUtf8(QByteArrayView(m_current.chars).sliced(a.offset, a.size));
        }
        return QString();
    }
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 lineNumber() const { return m_errorLine > 0 ? m_errorLine : m_line; }

private:
    // Plain values: a batch's text is in one array (no allocation per node on the reading
    // thread, which is the busier one); the parser converts only the text it asks for.
    struct Node
    {
        enum Kind : quint8 { Start, End, Text, Error } kind = Text;
        bool empty = false;
        int depth = 0;
        int line = 0;
        const char* name = nullptr;     // Start: libxml2's dictionary
        qsizetype offset = 0, size = 0; // Text, Error: the bytes in Batch::chars
        std::size_t firstAttribute = 0, attributeCount = 0;
    };
    struct Attribute
    {
        const char* name = nullptr;
        qsizetype offset = 0, size = 0;
    };
    struct Batch
    {
        std::vector<Node> nodes;
        std::vector<Attribute> attributes;
        QByteArray chars;
    };
    QByteArrayView chars(const Node& n) const
    {
        return QByteArrayView(m_current.chars).sliced(n.offset, n.size);
    }
    static constexpr std::size_t kBatchNodes = 4096;
    static constexpr std::size_t kMaxBatches = 16;

    // ---- the reading thread ----
    // An empty batch: one the parser is done with, or a new one.
    Batch takeSpent()
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_spent.empty()) {
                Batch b = std::move(m_spent.back());
                m_spent.pop_back();
                return b;
            }
        }
        Batch b;
        b.nodes.reserve(kBatchNodes);
        b.chars.reserve(64 * 1024);
        return b;
    }
    void produce()
    {
        m_batch = takeSpent();
        xmlSAXHandler sax{};
        sax.initialized = XML_SAX2_MAGIC;
        sax.startElementNs = &XmlPull::onStart;
        sax.endElementNs = &XmlPull::onEnd;
        sax.characters = &XmlPull::onText;
        sax.cdataBlock = &XmlPull::onText;
        sax.ignorableWhitespace = &XmlPull::onText;
        sax.internalSubset = &XmlPull::onDocumentType;
        sax.serror = &XmlPull::onError;
        m_ctxt = xmlCreatePushParserCtxt(&sax, this, nullptr, 0, nullptr);
        if (!m_ctxt) {
            addError("it cannot be read", 0);
            push(true);
            return;
        }
        xmlCtxtUseOptions(m_ctxt, XML_PARSE_NONET);
        // In pieces: the push parser copies what it is given, and keeps only what it has not
        // read yet, so the file is never in memory twice.
        constexpr qsizetype kChunk = 256 * 1024;
        int status = 0;
        for (qsizetype at = 0; status == 0 && !m_producerStopped && !m_errorAdded;) {
            const qsizetype n = std::min(kChunk, m_input.size() - at);
            const bool last = at + n == m_input.size();
            status = xmlParseChunk(m_ctxt, m_input.data() + at, int(n), last ? 1 : 0);
            at += n;
            if (last)
                break;
        }
        if (m_producerStopped)
            return;
        if ((status != 0 || !m_ctxt->wellFormed) && !m_errorAdded)
            addError(m_readerError.isEmpty() ? "it is not well-formed XML" : m_readerError.constData(),
                     m_readerErrorLine > 0 ? m_readerErrorLine : xmlSAX2GetLineNumber(m_ctxt));
        push(true);
    }
    // Hands the batch to the parser (waiting while kMaxBatches wait); false once the parser
    // is gone (then the reading stops).
    bool push(bool last)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stop || m_batches.size() < kMaxBatches; });
        if (m_stop) {
            m_producerStopped = true;
            return false;
        }
        m_batches.push_back(std::move(m_batch));
        m_done = last;
        lock.unlock();
        m_changed.notify_all();
        m_batch = takeSpent();
        return true;
    }
    void addNode(const Node& n)
    {
        m_batch.nodes.push_back(n);
        if (m_batch.nodes.size() >= kBatchNodes && !push(false))
            xmlStopParser(m_ctxt);
    }
    void addError(const char* why, int line)
    {
        if (m_errorAdded || m_producerStopped)
            return;
        m_errorAdded = true;
        Node e;
        e.kind = Node::Error;
        e.line = line;
        e.offset = m_batch.chars.size();
        e.size = qsizetype(std::strlen(why));
        m_batch.chars.append(why, e.size);
        m_batch.nodes.push_back(e);
    }
    static void onStart(void* self, const xmlChar* localName, const xmlChar*, const xmlChar*, int,
                        const xmlChar**, int attributeCount, int, const xmlChar** attributes)
    {
        auto* pull = static_cast<XmlPull*>(self);
        if (pull->m_errorAdded || pull->m_producerStopped)
            return;
        Node n;
        n.kind = Node::Start;
        n.name = reinterpret_cast<const char*>(localName); // in the parser's dictionary
        n.depth = pull->m_saxDepth++;
        n.line = xmlSAX2GetLineNumber(pull->m_ctxt);
        n.firstAttribute = pull->m_batch.attributes.size();
        for (int i = 0; i < attributeCount; ++i) {
            // localname, prefix, URI, value, end of value
            const char* value = reinterpret_cast<const char*>(attributes[5 * i + 3]);
            const char* end = reinterpret_cast<const char*>(attributes[5 * i + 4]);
            Attribute a;
            a.name = reinterpret_cast<const char*>(attributes[5 * i]);
            a.offset = pull->m_batch.chars.size();
            a.size = qsizetype(end - value);
            pull->m_batch.chars.append(value, a.size);
            pull->m_batch.attributes.push_back(a);
            ++n.attributeCount;
        }
        pull->addNode(n);
    }
    static void onEnd(void* self, const xmlChar*, const xmlChar*, const xmlChar*)
    {
        auto* pull = static_cast<XmlPull*>(self);
        if (pull->m_errorAdded || pull->m_producerStopped)
            return;
        Node n;
        n.kind = Node::End;
        n.depth = --pull->m_saxDepth;
        pull->addNode(n);
    }
    static void onText(void* self, const xmlChar* text, int size)
    {
        auto* pull = static_cast<XmlPull*>(self);
        if (pull->m_errorAdded || pull->m_producerStopped)
            return;
        Node n;
        n.kind = Node::Text;
        n.offset = pull->m_batch.chars.size();
        n.size = size;
        pull->m_batch.chars.append(reinterpret_cast<const char*>(text), size);
        pull->addNode(n);
    }
    // <!DOCTYPE …>: entities and their expansion are never needed, so the document is refused.
    static void onDocumentType(void* self, const xmlChar*, const xmlChar*, const xmlChar*)
    {
        auto* pull = static_cast<XmlPull*>(self);
        pull->addError("it declares a document type, which a KeePass export never does",
                       xmlSAX2GetLineNumber(pull->m_ctxt));
        xmlStopParser(pull->m_ctxt);
    }
    static void onError(void* self, xmlErrorPtr error)
    {
        auto* pull = static_cast<XmlPull*>(self); // on the reading thread
        if (!error || error->level < XML_ERR_ERROR || !pull->m_readerError.isEmpty())
            return;
        pull->m_readerError = QByteArray(error->message ? error->message : "malformed XML").trimmed();
        pull->m_readerErrorLine = error->line;
    }

    // ---- the parser's thread ----
    // The next node, nullptr at the end or after an error.
    const Node* next()
    {
        if (hasError() || !m_started)
            return nullptr;
        while (m_at >= m_current.nodes.size()) {
            if (m_finished)
                return nullptr;
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return !m_batches.empty(); });
            // The batch read is handed back for reuse: fresh ones would cost page faults.
            m_current.nodes.clear();
            m_current.attributes.clear();
            m_current.chars.resize(0); // keeps its capacity
            if (m_current.nodes.capacity() > 0)
                m_spent.push_back(std::move(m_current));
            m_current = std::move(m_batches.front());
            m_batches.pop_front();
            m_finished = m_done && m_batches.empty();
            lock.unlock();
            m_changed.notify_all();
            m_at = 0;
        }
        const Node* n = &m_current.nodes[m_at++];
        if (n->kind == Node::Error) {
            fail(QString::fromUtf8(chars(*n)), n->line);
            return nullptr;
        }
        return n;
    }
    void enter(const Node& n)
    {
        m_name = QLatin1StringView(n.name);
        m_emptyOpen = n.empty;
        m_depth = n.depth;
        m_line = n.line;
        m_firstAttribute = n.firstAttribute;
        m_attributeCount = n.attributeCount;
    }
    void fail(const QString& why, int line)
    {
        if (m_error.isEmpty()) {
            m_error = why;
            m_errorLine = line;
        }
    }

    QByteArrayView m_input;
    bool m_started = false;
    xmlParserCtxtPtr m_ctxt = nullptr; // the reading thread's, as are the members up to m_readerErrorLine
    Batch m_batch;
    int m_saxDepth = 0;
    bool m_errorAdded = false;
    bool m_producerStopped = false;
    std::thread m_producer;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches; // guarded by m_mutex, as are m_spent, m_done and m_stop
    std::vector<Batch> m_spent;
    bool m_done = false;
    bool m_stop = false;
    QByteArray m_readerError; // the reading thread's, read after it ended
    int m_readerErrorLine = 0;

    Batch m_current;
    std::size_t m_at = 0;
    bool m_finished = false;
    QLatin1StringView m_name;
    bool m_emptyOpen = false;
    int m_depth = 0;
    qint64 m_line = 0;
    std::size_t m_firstAttribute = 0, m_attributeCount = 0;
    QString m_error;
    qint64 m_errorLine = 0;
};

QUuid uuidOf(const QString& base64)
{
    const QByteArray raw = QByteArray::fromBase64(base64.trimmed().toLatin1());
    return raw.size() == 16 ? QUuid::fromRfc4122(raw) : QUuid();
}

// "2024-01-02T03:04:05Z", the form KeePass and KeePassXC write, read without
// QDateTime::fromString (a tenth of a 100,000-entry import went there); -1 for other forms.
qint64 utcTimeMs(QStringView t)
{
    if (t.size() != 20 || t[4] != u'-' || t[7] != u'-' || t[10] != u'T' || t[13] != u':' || t[16] != u':' ||
        t[19] != u'Z')
        return -1;
    const auto number = [&](int from, int count, bool* ok) { return t.mid(from, count).toInt(ok, 10); };
    bool ok[6] = {};
    const QDate date(number(0, 4, &ok[0]), number(5, 2, &ok[1]), number(8, 2, &ok[2]));
    const QTime time(number(11, 2, &ok[3]), number(14, 2, &ok[4]), number(17, 2, &ok[5]));
    for (bool b : ok)
        if (!b)
            return -1;
    if (!date.isValid() || !time.isValid())
        return -1;
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch();
}

qint64 timeMs(const QString& text)
{
    const QString t = text.trimmed();
    if (const qint64 fast = utcTimeMs(t); fast >= 0)
        return fast;
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid())
        return dt.toMSecsSinceEpoch();
    // KDBX 4 writes times as base64 of seconds since year 1 (little-endian int64).
    const QByteArray raw = QByteArray::fromBase64(t.toLatin1());
    if (raw.size() != 8)
        return 0;
    qint64 seconds = 0;
    for (int i = 7; i >= 0; --i)
        seconds = (seconds << 8) | quint8(raw[i]);
    return (seconds - 62135596800LL) * 1000;
}

class Parser
{
public:
    Parser(QByteArrayView bytes, Clock& clock) : m_xml(bytes), m_b(clock) {}

    Result<ImportData> run()
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != u"KeePassFile")
            return m_xml.hasError() ? malformed() : fail(text::notFormat(QStringLiteral("KeePass XML")));
        bool sawRoot = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Meta") {
                readMeta();
            } else if (m_xml.name() == u"Root") {
                sawRoot = true;
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"Group")
                        readGroup(QUuid(), true, false);
                    else
                        m_xml.skipCurrentElement();
                }
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return malformed();
        if (!sawRoot)
            return fail(text::notFormat(QStringLiteral("KeePass XML")));
        return m_b.take();
    }

private:
    Error fail(const QString& sentence) { return Error(ErrorCode::FileDamaged, sentence); }
    Error malformed()
    {
        return fail(Text::tr("The XML is malformed at line %1 (%2); nothing was imported.")
                        .arg(m_xml.lineNumber())
                        .arg(m_xml.errorString()));
    }

    void readMeta()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"RecycleBinUUID")
                m_recycleBin = uuidOf(m_xml.readElementText());
            else
                m_xml.skipCurrentElement();
        }
    }

    void readGroup(const QUuid& parent, bool top, bool inBin)
    {
        QUuid self = parent;
        QUuid fileId;
        QString name;
        bool named = false;
        while (m_xml.readNextStartElement()) {
            const QLatin1StringView tag = m_xml.name();
            if (tag == u"UUID") {
                fileId = uuidOf(m_xml.readElementText());
                inBin = inBin || (!m_recycleBin.isNull() && fileId == m_recycleBin);
            } else if (tag == u"Name") {
                name = m_xml.readElementText();
            } else if (tag == u"Notes") {
                m_xml.skipCurrentElement();
            } else if (tag == u"Entry" || tag == u"Group") {
                if (!named) {
                    named = true;
                    if (!top && !inBin)
                        self = m_b.childGroup(parent,
                                              name.trimmed().isEmpty() ? Text::tr("Unnamed group") : name);
                }
                if (tag == u"Entry")
                    readEntry(self, inBin);
                else
                    readGroup(self, false, inBin);
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

    struct Strings
    {
        std::vector<std::pair<QString, QString>> items; // key, value
        std::vector<bool> secret;
    };

    void readString(Strings& s)
    {
        QString key;
        QString value;
        bool isSecret = false;
        bool encrypted = false;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"Key") {
                key = m_xml.readElementText();
            } else if (m_xml.name() == u"Value") {
                isSecret = m_xml.attribute("ProtectInMemory").compare(u"True", Qt::CaseInsensitive) == 0;
                encrypted = m_xml.attribute("Protected").compare(u"True", Qt::CaseInsensitive) == 0;
                isSecret = isSecret || encrypted;
                value = m_xml.readElementText();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (encrypted) {
            m_pendingSkips.append(
                Text::tr("its field \"%1\" is encrypted with the database's inner key, which "
                         "an XML export does not carry.")
                    .arg(key));
            return;
        }
        s.items.emplace_back(key, value);
        s.secret.push_back(isSecret);
    }

    void readTimes(qint64* created, qint64* modified)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"CreationTime")
                *created = timeMs(m_xml.readElementText());
            else if (m_xml.name() == u"LastModificationTime")
                *modified = timeMs(m_xml.readElementText());
            else
                m_xml.skipCurrentElement();
        }
    }

    // An <Entry> of <History>: its password and when it was replaced.
    void readHistoryEntry(std::vector<std::pair<QString, qint64>>& out)
    {
        Strings s;
        qint64 created = 0, modified = 0;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"String")
                readString(s);
            else if (m_xml.name() == u"Times")
                readTimes(&created, &modified);
            else
                m_xml.skipCurrentElement();
        }
        for (const auto& [k, v] : s.items)
            if (k == u"Password")
                out.emplace_back(v, modified);
    }

    void readEntry(const QUuid& group, bool inBin)
    {
        Strings s;
        QUuid fileId;
        QString tags;
        qint64 created = 0, modified = 0;
        QStringList binaries;
        std::vector<std::pair<QString, qint64>> history;
        m_pendingSkips.clear();
        while (m_xml.readNextStartElement()) {
            const QLatin1StringView tag = m_xml.name();
            if (tag == u"UUID")
                fileId = uuidOf(m_xml.readElementText());
            else if (tag == u"String")
                readString(s);
            else if (tag == u"Tags")
                tags = m_xml.readElementText();
            else if (tag == u"Times")
                readTimes(&created, &modified);
            else if (tag == u"Binary") {
                while (m_xml.readNextStartElement())
                    if (m_xml.name() == u"Key")
                        binaries.append(m_xml.readElementText());
                    else
                        m_xml.skipCurrentElement();
            } else if (tag == u"History") {
                while (m_xml.readNextStartElement())
                    if (m_xml.name() == u"Entry")
                        readHistoryEntry(history);
                    else
                        m_xml.skipCurrentElement();
            } else
                m_xml.skipCurrentElement();
        }
        if (m_xml.hasError())
            return;
        QString title, user, url;
        for (const auto& [k, v] : s.items) {
            if (k == u"Title")
                title = v;
            else if (k == u"UserName")
                user = v;
            else if (k == u"URL")
                url = v;
        }
        Entry& e = m_b.add(fallbackTitle(title, url, user));
        if (!fileId.isNull())
            e.id = fileId;
        e.groupId = group;
        e.username = user;
        ImportBuilder::addUrl(e, url);
        if (created)
            e.createdMs = created;
        if (modified)
            e.modifiedMs = modified;
        if (inBin) {
            e.inTrash = true;
            e.trashedMs = e.modifiedMs;
        }
        static const QRegularExpression kTagSeparators(QStringLiteral("[;,]"));
        if (!tags.contains(u';') && !tags.contains(u',')) { // one tag (or none): no expression
            if (!tags.trimmed().isEmpty())
                e.tags.append(tags.trimmed());
        } else {
            for (const QString& t : tags.split(kTagSeparators, Qt::SkipEmptyParts))
                e.tags.append(t.trimmed());
        }
        const QString where = Text::tr("the entry \"%1\"").arg(e.title);
        for (std::size_t i = 0; i < s.items.size(); ++i) {
            const auto& [k, v] = s.items[i];
            if (k == u"Title" || k == u"UserName" || k == u"URL")
                continue;
            if (k == u"Password")
                m_b.setPassword(e, v);
            else if (k == u"Notes")
                e.notes = v;
            else if (k == u"otp" || k == u"TOTP Seed" || k == u"TimeOtp-Secret-Base32")
                m_b.setOtp(e, v, where);
            else if (k == u"Twofold-Kind" && kindFromKey(v))
                e.kind = *kindFromKey(v);
            else if (k == u"KP2A_URL" || k.startsWith(u"KP2A_URL_"))
                ImportBuilder::addUrl(e, v);
            else
                m_b.addField(e, k, v, s.secret[i] ? CustomField::Type::Hidden : CustomField::Type::Text);
        }
        std::sort(history.begin(), history.end(),
                  [](const auto& a, const auto& b) { return a.second < b.second; });
        for (const auto& [password, when] : history)
            m_b.addHistory(e, password, when);
        for (const QString& why : m_pendingSkips)
            m_b.skip(text::skippedItem(where, why));
        if (!binaries.isEmpty())
            m_b.skip(
                Text::tr("The attachments of %1 (%2) were not imported: an XML export holds them outside "
                         "the entry.")
                    .arg(where, binaries.join(QStringLiteral(", "))));
    }

    XmlPull m_xml;
    ImportBuilder m_b;
    QUuid m_recycleBin;
    QStringList m_pendingSkips;
};
} // namespace

Result<ImportData> importKeePassXml(QByteArrayView bytes, Clock& clock)
{
    if (bytes.size() > kMaxImportBytes)
        return Error(ErrorCode::InvalidInput, text::tooLarge());
    return Parser(bytes, clock).run();
}

} // namespace twofold::io
