#include "ui/otp/TotpCodeWidget.h"

#include "otp/OtpUri.h"
#include "otp/Totp.h"
#include "ui/otp/CountdownRing.h"
#include "ui/otp/OtpColours.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace twofold {

namespace {
// "123 456", "123 4567", "1234 5678": groups people can read aloud and type.
QString grouped(const QString& code)
{
    if (code.size() < 6)
        return code;
    const qsizetype firstGroup = code.size() == 8 ? 4 : 3;
    return code.left(firstGroup) + QLatin1Char(' ') + code.mid(firstGroup);
}
} // namespace

TotpCodeWidget::TotpCodeWidget(Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_codeLabel(new QLabel(this)), m_ring(new CountdownRing(this)),
      m_copy(new QPushButton(tr("Copy"), this)), m_error(new QLabel(this))
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_codeLabel->setFont(font);
    m_codeLabel->setObjectName(QStringLiteral("code"));
    m_codeLabel->setAccessibleName(tr("Two-factor code"));
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ring->setObjectName(QStringLiteral("countdown"));
    m_ring->setAccessibleName(tr("Seconds left"));
    m_copy->setObjectName(QStringLiteral("copyCode"));
    m_copy->setAccessibleName(tr("Copy the two-factor code"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_codeLabel);
    layout->addWidget(m_ring);
    layout->addWidget(m_copy);
    layout->addWidget(m_error, 1);
    layout->addStretch();

    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        refresh();
        scheduleNextRefresh();
    });
    connect(m_copy, &QPushButton::clicked, this, [this] {
        refresh(); // the code of this moment, not of the last tick
        if (m_params)
            emit copyRequested(m_code);
    });
    clearUri();
}

TotpCodeWidget::~TotpCodeWidget()
{
    wipe(m_code);
}

void TotpCodeWidget::setUri(const SecureBuffer& otpauthUri)
{
    Result<otp::OtpParams> parsed = otp::parseUri(otpauthUri);
    if (!parsed) {
        m_params.reset();
        showError(tr("This two-factor link cannot be used.") + QLatin1Char(' ') + parsed.error().message);
        return;
    }
    m_params = std::move(parsed).value();
    m_error->clear();
    m_error->setVisible(false);
    m_codeLabel->setVisible(true);
    m_copy->setVisible(true);
    m_copy->setEnabled(true);
    m_ring->setVisible(m_params->type == otp::Type::Totp);
    refresh();
    scheduleNextRefresh();
}

void TotpCodeWidget::clearUri()
{
    m_params.reset();
    m_timer.stop();
    wipe(m_code);
    m_code.clear();
    m_secondsLeft = 0;
    m_warning = false;
    m_codeLabel->clear();
    m_codeLabel->setVisible(false);
    m_ring->setVisible(false);
    m_copy->setVisible(false);
    m_error->clear();
    m_error->setVisible(false);
    setAccessibleDescription({});
}

void TotpCodeWidget::showError(const QString& sentence)
{
    clearUri();
    m_error->setText(sentence);
    m_error->setVisible(true);
    setAccessibleDescription(sentence);
}

QString TotpCodeWidget::code() const
{
    return m_code;
}

QString TotpCodeWidget::displayedCode() const
{
    return m_codeLabel->text();
}

QString TotpCodeWidget::errorText() const
{
    return m_error->text();
}

void TotpCodeWidget::refresh()
{
    if (!m_params)
        return;
    const qint64 now = m_clock.nowSeconds();
    wipe(m_code);
    m_code = otp::generate(*m_params, now);
    m_codeLabel->setText(grouped(m_code));

    const bool isTotp = m_params->type == otp::Type::Totp;
    m_secondsLeft = otp::secondsRemaining(*m_params, now);
    m_warning = isTotp && m_secondsLeft <= kWarningSeconds;
    m_ring->setSeconds(m_secondsLeft, m_params->period);
    m_ring->setWarning(m_warning);

    QPalette palette = m_codeLabel->palette();
    palette.setColor(QPalette::WindowText,
                     m_warning ? otpWarningColour() : this->palette().color(QPalette::WindowText));
    m_codeLabel->setPalette(palette);

    QString description;
    if (!isTotp)
        description = tr("This code changes only when it is used.");
    else if (m_warning)
        description = tr("This code is about to change: wait for the next one before you type it.");
    else
        description = tr("This code changes in %1 seconds.").arg(m_secondsLeft);
    setAccessibleDescription(description);
    m_codeLabel->setAccessibleDescription(description);
    m_ring->setAccessibleDescription(description);
    m_copy->setToolTip(description);
}

void TotpCodeWidget::scheduleNextRefresh()
{
    if (!m_params || !isVisible() || m_params->type != otp::Type::Totp) {
        m_timer.stop();
        return;
    }
    // Wake just after the next whole second of the injected clock, so the countdown and the
    // code change on time however long the last refresh took.
    const qint64 msIntoSecond = ((m_clock.nowMs() % 1000) + 1000) % 1000;
    m_timer.start(int(1000 - msIntoSecond) + 5);
}

void TotpCodeWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
    scheduleNextRefresh();
}

void TotpCodeWidget::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace twofold
