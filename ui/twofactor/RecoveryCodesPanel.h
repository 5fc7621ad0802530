#pragma once
// RecoveryCodesPanel: the ten recovery codes, shown once — a fixed-width grid, "Each code works
// once. Keep them somewhere safe, away from this computer", Copy all (the secret clipboard:
// cleared after a while and kept out of clipboard history), Save to file… (a plain text file
// only its owner can read), Print…, and the "I have saved these codes" box that the dialogs
// showing it require before they finish. The codes are wiped when the panel is destroyed.
#include "auth/TwoFactorSettings.h"
#include "common/Result.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace twofold {

class MessageBanner;
class SecretClipboard;

class RecoveryCodesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryCodesPanel(QWidget* parent = nullptr);
    ~RecoveryCodesPanel() override;

    // Shows codes (taking them) and unticks the box.
    void setCodes(TwoFactorSettings::RecoveryCodes codes);
    // Wipes the codes and empties the grid.
    void wipeCodes();
    int codeCount() const { return static_cast<int>(m_codes.size()); }
    // The codes as the grid shows them, for tests.
    QStringList shownCodes() const;

    // The codes with a short heading as a plain text file at path, readable and writable by
    // its owner only (0600). Refuses with a sentence when nothing is shown or the file cannot
    // be written.
    [[nodiscard]] Status saveToFile(const QString& path) const;
    // The text saveToFile writes and Print… prints (the caller wipes it).
    QString plainText() const;

    // True once "I have saved these codes" is ticked.
    bool isSaved() const;
    QCheckBox* savedCheckBox() const { return m_saved; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* printButton() const { return m_print; }
    SecretClipboard* clipboard() const { return m_clipboard; }
    // The sentence about the last save, copy or print ("" when none).
    QString message() const;

signals:
    void savedChanged(bool saved);

private:
    void copyAll();
    void chooseFileAndSave();
    void choosePrinterAndPrint();

    TwoFactorSettings::RecoveryCodes m_codes;
    QList<QLabel*> m_labels;
    QGridLayout* m_grid;
    QPushButton* m_copy;
    QPushButton* m_save;
    QPushButton* m_print;
    QCheckBox* m_saved;
    MessageBanner* m_banner;
    SecretClipboard* m_clipboard;
};

} // namespace twofold
