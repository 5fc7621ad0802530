#include "KeePassXml.h"

#include <QFile>
#include <QXmlStreamWriter>

namespace twofold::bench {
namespace {

using namespace Qt::StringLiterals;

void writeString(QXmlStreamWriter& xml, const QString& key, const QString& value, bool protect = false)
{
    xml.writeStartElement(u"String"_s);
    xml.writeTextElement(u"Key"_s, key);
    xml.writeStartElement(u"Value"_s);
    if (protect)
        xml.writeAttribute(u"ProtectInMemory"_s, u"True"_s);
    xml.writeCharacters(value);
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeEntryFields(QXmlStreamWriter& xml, const BenchEntry& e, const QString& password)
{
    xml.writeTextElement(u"UUID"_s, QString::fromLatin1(e.uuid.toBase64()));
    if (!e.tags.isEmpty())
        xml.writeTextElement(u"Tags"_s, e.tags.join(u';'));
    writeString(xml, u"Title"_s, e.title);
    writeString(xml, u"UserName"_s, e.username);
    writeString(xml, u"Password"_s, password, true);
    writeString(xml, u"URL"_s, e.url);
    writeString(xml, u"Notes"_s, e.notes);
    if (!e.otpUri.isEmpty())
        writeString(xml, u"otp"_s, e.otpUri, true);
}

void writeEntry(QXmlStreamWriter& xml, const BenchEntry& e)
{
    xml.writeStartElement(u"Entry"_s);
    writeEntryFields(xml, e, e.password);
    if (!e.history.isEmpty()) {
        xml.writeStartElement(u"History"_s);
        for (const QString& old : e.history) {
            xml.writeStartElement(u"Entry"_s);
            writeEntryFields(xml, e, old);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeGroup(QXmlStreamWriter& xml, const BenchData& data, const std::vector<std::vector<int>>& byGroup,
                int group)
{
    xml.writeStartElement(u"Group"_s);
    if (group < 0) {
        xml.writeTextElement(u"UUID"_s, QString::fromLatin1(QByteArray(16, '\x01').toBase64()));
        xml.writeTextElement(u"Name"_s, u"Root"_s);
    } else {
        xml.writeTextElement(u"UUID"_s, QString::fromLatin1(data.groups[std::size_t(group)].uuid.toBase64()));
        xml.writeTextElement(u"Name"_s, data.groups[std::size_t(group)].name);
    }
    for (int i : byGroup[std::size_t(group + 1)])
        writeEntry(xml, data.entries[std::size_t(i)]);
    for (std::size_t g = 0; g < data.groups.size(); ++g) {
        if (data.groups[g].parent == group)
            writeGroup(xml, data, byGroup, int(g));
    }
    xml.writeEndElement();
}

} // namespace

Status writeKeePassXml(const BenchData& data, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(ErrorCode::FileWriteFailed, u"Cannot write %1: %2"_s.arg(path, file.errorString()));
    // byGroup[0]: entries at the root; byGroup[g + 1]: entries of group g.
    std::vector<std::vector<int>> byGroup(data.groups.size() + 1);
    for (std::size_t i = 0; i < data.entries.size(); ++i)
        byGroup[std::size_t(data.entries[i].group + 1)].push_back(int(i));

    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(false);
    xml.writeStartDocument();
    xml.writeStartElement(u"KeePassFile"_s);
    xml.writeStartElement(u"Meta"_s);
    xml.writeTextElement(u"Generator"_s, u"twofold-bench"_s);
    xml.writeTextElement(u"DatabaseName"_s, u"Twofold benchmark"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"Root"_s);
    writeGroup(xml, data, byGroup, -1);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.flush())
        return Error(ErrorCode::FileWriteFailed, u"Cannot write %1: %2"_s.arg(path, file.errorString()));
    return {};
}

} // namespace twofold::bench
