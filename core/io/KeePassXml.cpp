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
#include <QXmlStreamReader>

namespace twofold::io {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::Import)
};

QUuid uuidOf(const QString& base64)
{
    const QByteArray raw = QByteArray::fromBase64(base64.trimmed().toLatin1());
    return raw.size() == 16 ? QUuid::fromRfc4122(raw) : QUuid();
}

qint64 timeMs(const QString& text)
{
    const QString t = text.trimmed();
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
    Parser(QByteArrayView bytes, Clock& clock)
        : m_xml(QByteArray::fromRawData(bytes.data(), bytes.size())), m_b(clock)
    {
    }

    Result<ImportData> run()
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != u"KeePassFile")
            return fail(text::notFormat(QStringLiteral("KeePass XML")));
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
            return fail(Text::tr("The XML is malformed at line %1 (%2); nothing was imported.")
                            .arg(m_xml.lineNumber())
                            .arg(m_xml.errorString()));
        if (!sawRoot)
            return fail(text::notFormat(QStringLiteral("KeePass XML")));
        return m_b.take();
    }

private:
    Error fail(const QString& sentence) { return Error(ErrorCode::FileDamaged, sentence); }

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
            const QStringView tag = m_xml.name();
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
                const auto attrs = m_xml.attributes();
                isSecret =
                    attrs.value(QLatin1String("ProtectInMemory")).compare(u"True", Qt::CaseInsensitive) == 0;
                encrypted =
                    attrs.value(QLatin1String("Protected")).compare(u"True", Qt::CaseInsensitive) == 0;
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
            const QStringView tag = m_xml.name();
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
        for (const QString& t : tags.split(kTagSeparators, Qt::SkipEmptyParts))
            e.tags.append(t.trimmed());
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

    QXmlStreamReader m_xml;
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
