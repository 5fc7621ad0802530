#pragma once
// EmergencyKitDialog: a new server account's emergency kit, shown once (DESIGN.md 10, issue 12):
// the account key (TF1-…) in the code font, the server's address and the email; Print… (the
// system's print dialog) and Save as PDF…; and a required "I have saved my emergency kit" tick
// before Finish. Escape or closing the window does not skip it: the page says to save the kit
// first. The key is wiped from the dialog when it closes.
#include "common/Result.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace twofold {

class EmergencyKit;
class MessageBanner;

class EmergencyKitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EmergencyKitDialog(EmergencyKit kit, QWidget* parent = nullptr);
    ~EmergencyKitDialog() override;

    // What the buttons do, after their dialogs.
    [[nodiscard]] Status saveAsPdf(const QString& path);
    void print(QPrinter& printer);

    // Escape, the window's close button: refused (with a sentence) until the tick is given.
    void reject() override;
    void done(int result) override;

    const EmergencyKit& kit() const { return *m_kit; }
    QLabel* accountKeyLabel() const { return m_key; }
    QLabel* serverLabel() const { return m_server; }
    QLabel* emailLabel() const { return m_email; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }
    QCheckBox* savedBox() const { return m_saved; }
    QPushButton* finishButton() const { return m_finish; }
    // The banner's sentence ("" when hidden).
    QString message() const;

private:
    void chooseFileAndSave();
    void choosePrinterAndPrint();
    void wipeShown();

    std::unique_ptr<EmergencyKit> m_kit;
    QLabel* m_server;
    QLabel* m_email;
    QLabel* m_key;
    QPushButton* m_print;
    QPushButton* m_save;
    MessageBanner* m_banner;
    QCheckBox* m_saved;
    QPushButton* m_finish;
};

} // namespace twofold
