#pragma once
// EmergencyKit: the sheet a new server account's owner prints or saves once (DESIGN.md 10): the
// account key (TF1-…), the server's address and the account's email, the date, a line to write
// the master password on and what the kit is for. The same pages go to a printer and to a PDF
// (both QPagedPaintDevice). Immutable; the key stays in secure memory except while a page is
// laid out (a known, short-lived QString copy, wiped after).
#include "common/Result.h"
#include "crypto/SecureBuffer.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace twofold {

class EmergencyKit
{
    Q_DECLARE_TR_FUNCTIONS(Twofold::EmergencyKit)

public:
    // server: the address as shown ("https://sign-in.example.org"); accountKey: "TF1-…" as UTF-8.
    EmergencyKit(QString server, QString email, SecureBuffer accountKey,
                 QDate created = QDate::currentDate());

    const QString& server() const { return m_server; }
    const QString& email() const { return m_email; }
    const SecureBuffer& accountKey() const { return m_accountKey; }
    QDate created() const { return m_created; }

    // The kit's pages as a document (for printing and for tests to read).
    std::unique_ptr<QTextDocument> document() const;
    // Lays the kit out on device's pages (a QPrinter the person chose, a QPdfWriter).
    void print(QPagedPaintDevice& device) const;
    // Writes the kit as a PDF (A4) at path, readable by its owner only, replacing what was
    // there only once the whole file is written. Refuses with a sentence naming the file when
    // it cannot be written.
    [[nodiscard]] Status saveAsPdf(const QString& path) const;
    // The file name offered when saving ("Twofold emergency kit - jo@example.com.pdf").
    QString suggestedFileName() const;

private:
    QString m_server;
    QString m_email;
    SecureBuffer m_accountKey;
    QDate m_created;
};

} // namespace twofold
