#pragma once
// PasswordGeneratorPanel: the entry editor's password generator — random characters (length,
// which sets, look-alikes left out) or a passphrase (number of words, separator, capitals) —
// with the strength of what the options make. Every change of an option makes a new password
// and hands it over (generated); the panel keeps no copy of it.
#include "crypto/PasswordGenerator.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSlider;
class QSpinBox;
class QStackedWidget;

namespace twofold {

class PasswordGeneratorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PasswordGeneratorPanel(QWidget* parent = nullptr, Random& random = systemRandom());

    CharacterOptions characterOptions() const;
    PassphraseOptions passphraseOptions() const;
    bool passphraseMode() const;

    // Makes a password with the options shown and emits generated(); when the options are
    // refused, shows the sentence why instead and emits nothing.
    void generate();

    // The sentence shown under the options: the strength in bits, or why the options are refused.
    QString summaryText() const;

    QRadioButton* charactersButton() const { return m_characters; }
    QRadioButton* passphraseButton() const { return m_passphrase; }
    QSpinBox* lengthBox() const { return m_length; }
    QCheckBox* lowerBox() const { return m_lower; }
    QCheckBox* upperBox() const { return m_upper; }
    QCheckBox* digitsBox() const { return m_digits; }
    QCheckBox* symbolsBox() const { return m_symbols; }
    QCheckBox* lookAlikesBox() const { return m_lookAlikes; }
    QSpinBox* wordsBox() const { return m_words; }
    QLineEdit* separatorEdit() const { return m_separator; }
    QCheckBox* capitaliseBox() const { return m_capitalise; }
    QPushButton* againButton() const { return m_again; }

signals:
    // A new password (UTF-8), to be put into the entry's password field.
    void generated(const twofold::SecureBuffer& password);

private:
    PasswordGenerator m_generator;
    QRadioButton* m_characters;
    QRadioButton* m_passphrase;
    QStackedWidget* m_pages;
    QSpinBox* m_length;
    QSlider* m_lengthSlider;
    QCheckBox* m_lower;
    QCheckBox* m_upper;
    QCheckBox* m_digits;
    QCheckBox* m_symbols;
    QCheckBox* m_lookAlikes;
    QSpinBox* m_words;
    QLineEdit* m_separator;
    QCheckBox* m_capitalise;
    QLabel* m_summary;
    QPushButton* m_again;
};

} // namespace twofold
