#include "ui/account/EmergencyKit.h"

#include <QDir>
#include <QFontDatabase>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace twofold {

EmergencyKit::EmergencyKit(QString server, QString email, SecureBuffer accountKey, QDate created)
    : m_server(std::move(server)), m_email(std::move(email)), m_accountKey(std::move(accountKey)),
      m_created(created)
{
}

std::unique_ptr<QTextDocument> EmergencyKit::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    QFont body = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    body.setPointSize(11);
    doc->setDefaultFont(body);
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    auto row = [](const QString& name, const QString& value) {
        return QStringLiteral("<tr><td style=\"padding: 4px 16px 4px 0\"><b>%1</b></td>"
                              "<td style=\"padding: 4px 0\">%2</td></tr>")
            .arg(name.toHtmlEscaped(), value);
    };
    QString key = m_accountKey.toStringUnsafe();
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Twofold emergency kit").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Made on %1 for %2.")
                         .arg(QLocale().toString(m_created, QLocale::LongFormat), m_email)
                         .toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("Server address"), m_server.toHtmlEscaped());
    html += row(tr("Email"), m_email.toHtmlEscaped());
    html +=
        row(tr("Account key"), QStringLiteral("<span style=\"font-family: '%1'; font-size: 14pt\">%2</span>")
                                   .arg(mono.toHtmlEscaped(), key.toHtmlEscaped()));
    html += row(tr("Master password"), QStringLiteral("______________________________"));
    html += QStringLiteral("</table>");
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("To open your vault on a new computer you need your master password, this account key "
                    "and your second factor. The account key never leaves your computers: neither Twofold "
                    "nor the server's administrator can give it back to you if this kit is lost.")
                     .toHtmlEscaped());
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(tr("Keep this kit somewhere safe, away from your computer. Write your master password on "
                    "it only if the place is as safe as your vault should be.")
                     .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    doc->setHtml(html);
    twofold::wipe(html);
    twofold::wipe(key);
    return doc;
}

void EmergencyKit::print(QPagedPaintDevice& device) const
{
    std::unique_ptr<QTextDocument> doc = document();
    doc->print(&device);
    doc->clear();
}

Status EmergencyKit::saveAsPdf(const QString& path) const
{
    auto refusal = [&path](const QString& reason) {
        return Error(
            ErrorCode::FileWriteFailed,
            tr("Could not save the emergency kit as %1: %2").arg(QDir::toNativeSeparators(path), reason));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return refusal(file.errorString());
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return refusal(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
        writer.setTitle(tr("Twofold emergency kit"));
        writer.setCreator(QStringLiteral("Twofold"));
        print(writer);
    }
    if (file.error() != QFileDevice::NoError)
        return refusal(file.errorString());
    if (!file.commit())
        return refusal(file.errorString());
    return {};
}

QString EmergencyKit::suggestedFileName() const
{
    QString name = tr("Twofold emergency kit - %1.pdf").arg(m_email);
    // Characters no file system takes.
    for (QChar c : {u'/', u'\\', u':', u'*', u'?', u'"', u'<', u'>', u'|'})
        name.replace(c, u'_');
    return name;
}

} // namespace twofold
