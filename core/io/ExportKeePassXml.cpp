#include "io/Exporters.h"

#include "common/Random.h"

#include <QDateTime>
#include <QHash>
#include <QXmlStreamWriter>

namespace twofold::io {

namespace {
QString uuid64(const QUuid& id)
{
    return QString::fromLatin1(id.toRfc4122().toBase64());
}
QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

class Writer
{
public:
    explicit Writer(const Vault& vault) : m_vault(vault), m_xml(&m_out)
    {
        for (int i = 0; i < vault.entryCount(); ++i)
            if (!vault.entryAt(i).inTrash)
                m_entriesOf[vault.entryAt(i).groupId].push_back(i);
        for (const Group& g : vault.groups())
            m_childrenOf[g.parentId].push_back(&g);
    }

    QByteArray run()
    {
        m_xml.setAutoFormatting(true);
        m_xml.setAutoFormattingIndent(1);
        m_xml.writeStartDocument();
        m_xml.writeStartElement(QStringLiteral("KeePassFile"));
        m_xml.writeStartElement(QStringLiteral("Meta"));
        m_xml.writeTextElement(QStringLiteral("Generator"), QStringLiteral("Twofold"));
        m_xml.writeTextElement(QStringLiteral("DatabaseName"), m_vault.name());
        m_xml.writeEndElement();
        m_xml.writeStartElement(QStringLiteral("Root"));
        writeGroup(QUuid(), m_vault.name().isEmpty() ? QStringLiteral("Root") : m_vault.name(), randomUuid());
        m_xml.writeEndElement();
        m_xml.writeEndElement();
        m_xml.writeEndDocument();
        return m_out;
    }

private:
    void string(const QString& key, const QString& value, bool secret = false)
    {
        m_xml.writeStartElement(QStringLiteral("String"));
        m_xml.writeTextElement(QStringLiteral("Key"), key);
        m_xml.writeStartElement(QStringLiteral("Value"));
        if (secret)
            m_xml.writeAttribute(QStringLiteral("ProtectInMemory"), QStringLiteral("True"));
        m_xml.writeCharacters(value);
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    void times(qint64 created, qint64 modified)
    {
        m_xml.writeStartElement(QStringLiteral("Times"));
        m_xml.writeTextElement(QStringLiteral("CreationTime"), isoTime(created));
        m_xml.writeTextElement(QStringLiteral("LastModificationTime"), isoTime(modified));
        m_xml.writeEndElement();
    }

    void writeGroup(const QUuid& id, const QString& name, const QUuid& fileId)
    {
        m_xml.writeStartElement(QStringLiteral("Group"));
        m_xml.writeTextElement(QStringLiteral("UUID"), uuid64(fileId));
        m_xml.writeTextElement(QStringLiteral("Name"), name);
        for (int i : m_entriesOf.value(id))
            writeEntry(m_vault.entryAt(i));
        for (const Group* g : m_childrenOf.value(id))
            writeGroup(g->id, g->name, g->id);
        m_xml.writeEndElement();
    }

    void writeEntry(const Entry& e)
    {
        const SecretArena& s = m_vault.secrets();
        m_xml.writeStartElement(QStringLiteral("Entry"));
        m_xml.writeTextElement(QStringLiteral("UUID"), uuid64(e.id));
        if (!e.tags.isEmpty())
            m_xml.writeTextElement(QStringLiteral("Tags"), e.tags.join(u';'));
        times(e.createdMs, e.modifiedMs);
        string(QStringLiteral("Title"), e.title);
        string(QStringLiteral("UserName"), e.username);
        string(QStringLiteral("Password"), s.toStringUnsafe(e.password), true);
        string(QStringLiteral("URL"), e.url);
        string(QStringLiteral("Notes"), e.notes);
        if (m_vault.hasOtp(e))
            string(QStringLiteral("otp"), s.toStringUnsafe(e.otpUri), true);
        for (qsizetype i = 0; i < e.extraUrls.size(); ++i)
            string(i == 0 ? QStringLiteral("KP2A_URL") : QStringLiteral("KP2A_URL_%1").arg(i),
                   e.extraUrls[i]);
        QStringList used = {QStringLiteral("Title"), QStringLiteral("UserName"), QStringLiteral("Password"),
                            QStringLiteral("URL"),   QStringLiteral("Notes"),    QStringLiteral("otp")};
        for (const CustomField& f : e.fields) {
            // KeePass keys are unique per entry: a second "PIN" becomes "PIN (2)".
            QString key = f.name;
            for (int n = 2; used.contains(key); ++n)
                key = QStringLiteral("%1 (%2)").arg(f.name).arg(n);
            used.append(key);
            const bool hidden = f.type == CustomField::Type::Hidden;
            string(key, hidden ? s.toStringUnsafe(f.secret) : f.text, hidden);
        }
        if (e.kind != EntryKind::Login)
            string(QStringLiteral("Twofold-Kind"), kindKey(e.kind));
        if (!e.history.empty()) {
            m_xml.writeStartElement(QStringLiteral("History"));
            for (const PasswordHistoryItem& h : e.history) {
                m_xml.writeStartElement(QStringLiteral("Entry"));
                m_xml.writeTextElement(QStringLiteral("UUID"), uuid64(e.id));
                times(e.createdMs, h.retiredMs);
                string(QStringLiteral("Title"), e.title);
                string(QStringLiteral("UserName"), e.username);
                string(QStringLiteral("Password"), s.toStringUnsafe(h.password), true);
                string(QStringLiteral("URL"), e.url);
                m_xml.writeEndElement();
            }
            m_xml.writeEndElement();
        }
        m_xml.writeEndElement();
    }

    const Vault& m_vault;
    QByteArray m_out;
    QXmlStreamWriter m_xml;
    QHash<QUuid, std::vector<int>> m_entriesOf;
    QHash<QUuid, std::vector<const Group*>> m_childrenOf;
};
} // namespace

QByteArray exportKeePassXml(const Vault& vault)
{
    return Writer(vault).run();
}

} // namespace twofold::io
