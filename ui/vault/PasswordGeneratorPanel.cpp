#include "ui/vault/PasswordGeneratorPanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cmath>

namespace twofold {

namespace {
QCheckBox* option(const QString& text, const QString& accessibleName, bool on, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setAccessibleName(accessibleName);
    box->setChecked(on);
    return box;
}
} // namespace

PasswordGeneratorPanel::PasswordGeneratorPanel(QWidget* parent, Random& random)
    : QWidget(parent), m_generator(random), m_characters(new QRadioButton(tr("&Characters"), this)),
      m_passphrase(new QRadioButton(tr("Pass&phrase"), this)), m_pages(new QStackedWidget(this)),
      m_length(new QSpinBox(this)), m_lengthSlider(new QSlider(Qt::Horizontal, this)),
      m_lower(option(tr("a–z"), tr("Lower-case letters"), true, this)),
      m_upper(option(tr("A–Z"), tr("Capital letters"), true, this)),
      m_digits(option(tr("0–9"), tr("Digits"), true, this)),
      m_symbols(option(tr("Symbols"), tr("Symbols"), true, this)),
      m_lookAlikes(
          option(tr("Leave out look-alikes (%1)").arg(QString::fromLatin1(PasswordGenerator::kLookAlikes)),
                 tr("Leave out characters that look alike"), false, this)),
      m_words(new QSpinBox(this)), m_separator(new QLineEdit(QStringLiteral("-"), this)),
      m_capitalise(option(tr("Capital &first letters"), tr("Capital first letters"), false, this)),
      m_summary(new QLabel(this)), m_again(new QPushButton(tr("&New password"), this))
{
    setObjectName(QStringLiteral("passwordGenerator"));
    m_characters->setChecked(true);
    auto* modes = new QButtonGroup(this);
    modes->addButton(m_characters);
    modes->addButton(m_passphrase);
    m_length->setRange(kMinGeneratedLength, kMaxGeneratedLength);
    m_length->setValue(kDefaultGeneratedLength);
    m_length->setAccessibleName(tr("Length in characters"));
    m_lengthSlider->setRange(kMinGeneratedLength, 64);
    m_lengthSlider->setValue(kDefaultGeneratedLength);
    m_lengthSlider->setAccessibleName(tr("Length in characters"));
    m_symbols->setToolTip(QString::fromLatin1(PasswordGenerator::kSymbols));
    m_words->setRange(kMinPassphraseWords, kMaxPassphraseWords);
    m_words->setValue(kDefaultPassphraseWords);
    m_words->setAccessibleName(tr("Number of words"));
    m_separator->setMaxLength(kMaxSeparatorLength);
    m_separator->setAccessibleName(tr("Separator between the words"));
    m_summary->setObjectName(QStringLiteral("generatorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Strength of generated passwords"));
    m_again->setAccessibleName(tr("Make a new password"));
    m_again->setAutoDefault(false);

    auto* characters = new QWidget(m_pages);
    auto* lengthRow = new QHBoxLayout;
    lengthRow->addWidget(m_lengthSlider, 1);
    lengthRow->addWidget(m_length);
    auto* sets = new QGridLayout;
    sets->addWidget(m_lower, 0, 0);
    sets->addWidget(m_upper, 0, 1);
    sets->addWidget(m_digits, 0, 2);
    sets->addWidget(m_symbols, 0, 3);
    sets->addWidget(m_lookAlikes, 1, 0, 1, 4);
    auto* characterForm = new QFormLayout(characters);
    characterForm->setContentsMargins(0, 0, 0, 0);
    auto* lengthLabel = new QLabel(tr("&Length:"), characters);
    lengthLabel->setBuddy(m_length);
    characterForm->addRow(lengthLabel, lengthRow);
    characterForm->addRow(sets);

    auto* passphrase = new QWidget(m_pages);
    auto* passphraseForm = new QFormLayout(passphrase);
    passphraseForm->setContentsMargins(0, 0, 0, 0);
    auto* wordsLabel = new QLabel(tr("W&ords:"), passphrase);
    wordsLabel->setBuddy(m_words);
    auto* separatorLabel = new QLabel(tr("&Separator:"), passphrase);
    separatorLabel->setBuddy(m_separator);
    passphraseForm->addRow(wordsLabel, m_words);
    passphraseForm->addRow(separatorLabel, m_separator);
    passphraseForm->addRow(QString(), m_capitalise);
    m_pages->addWidget(characters);
    m_pages->addWidget(passphrase);

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(m_characters);
    modeRow->addWidget(m_passphrase);
    modeRow->addStretch(1);
    modeRow->addWidget(m_again);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modeRow);
    layout->addWidget(m_pages);
    layout->addWidget(m_summary);

    setTabOrder(m_characters, m_passphrase);
    setTabOrder(m_passphrase, m_again);
    setTabOrder(m_again, m_lengthSlider);
    setTabOrder(m_lengthSlider, m_length);
    setTabOrder(m_length, m_lower);
    setTabOrder(m_lower, m_upper);
    setTabOrder(m_upper, m_digits);
    setTabOrder(m_digits, m_symbols);
    setTabOrder(m_symbols, m_lookAlikes);
    setTabOrder(m_lookAlikes, m_words);
    setTabOrder(m_words, m_separator);
    setTabOrder(m_separator, m_capitalise);

    connect(m_passphrase, &QRadioButton::toggled, this, [this](bool on) {
        m_pages->setCurrentIndex(on ? 1 : 0);
        generate();
    });
    connect(m_lengthSlider, &QSlider::valueChanged, m_length, &QSpinBox::setValue);
    connect(m_length, &QSpinBox::valueChanged, this, [this](int length) {
        const QSignalBlocker block(m_lengthSlider);
        m_lengthSlider->setValue(length);
        generate();
    });
    for (QCheckBox* box : {m_lower, m_upper, m_digits, m_symbols, m_lookAlikes, m_capitalise})
        connect(box, &QCheckBox::toggled, this, &PasswordGeneratorPanel::generate);
    connect(m_words, &QSpinBox::valueChanged, this, &PasswordGeneratorPanel::generate);
    connect(m_separator, &QLineEdit::textEdited, this, &PasswordGeneratorPanel::generate);
    connect(m_again, &QPushButton::clicked, this, &PasswordGeneratorPanel::generate);
}

CharacterOptions PasswordGeneratorPanel::characterOptions() const
{
    CharacterOptions o;
    o.length = m_length->value();
    o.lower = m_lower->isChecked();
    o.upper = m_upper->isChecked();
    o.digits = m_digits->isChecked();
    o.symbols = m_symbols->isChecked();
    o.excludeLookAlikes = m_lookAlikes->isChecked();
    return o;
}

PassphraseOptions PasswordGeneratorPanel::passphraseOptions() const
{
    PassphraseOptions o;
    o.words = m_words->value();
    o.separator = m_separator->text();
    o.capitalise = m_capitalise->isChecked();
    return o;
}

bool PasswordGeneratorPanel::passphraseMode() const
{
    return m_passphrase->isChecked();
}

QString PasswordGeneratorPanel::summaryText() const
{
    return m_summary->text();
}

void PasswordGeneratorPanel::generate()
{
    const bool words = passphraseMode();
    const Status allowed =
        words ? PasswordGenerator::check(passphraseOptions()) : PasswordGenerator::check(characterOptions());
    if (!allowed) {
        m_summary->setText(allowed.error().message);
        return;
    }
    Result<SecureBuffer> made =
        words ? m_generator.passphrase(passphraseOptions()) : m_generator.characters(characterOptions());
    if (!made) {
        m_summary->setText(made.error().message);
        return;
    }
    const int bits = int(std::floor(words ? PasswordGenerator::entropyBits(passphraseOptions())
                                          : PasswordGenerator::entropyBits(characterOptions())));
    //: The strength of a generated password: "About 128 bits of chance: …".
    m_summary->setText(bits >= 100  ? tr("About %1 bits of chance: far beyond guessing.").arg(bits)
                       : bits >= 70 ? tr("About %1 bits of chance: strong.").arg(bits)
                                    : tr("About %1 bits of chance: weak, make it longer.").arg(bits));
    emit generated(*made);
}

} // namespace twofold
