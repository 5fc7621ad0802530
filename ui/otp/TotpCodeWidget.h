#pragma once
// TotpCodeWidget: the live one-time code of an entry's otpauth:// URI — the code in groups
// ("123 456"), a countdown ring of the seconds it has left, and a Copy button. In the last
// kWarningSeconds the code and ring turn the warning colour and the accessible description
// tells people to wait for the next code. A QTimer refreshes it once a second, at the second's
// boundary, but the time is always read from the injected Clock, so tests set the time and
// call refresh().
#include "common/Clock.h"
#include "crypto/SecureBuffer.h"
#include "otp/OtpParams.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace twofold {

class CountdownRing;

class TotpCodeWidget : public QWidget
{
    Q_OBJECT
public:
    // The code is shown as "about to change" when this many seconds or fewer are left.
    static constexpr int kWarningSeconds = 5;

    explicit TotpCodeWidget(twofold::Clock& clock = twofold::systemClock(), QWidget* parent = nullptr);
    ~TotpCodeWidget() override;

    // Shows the codes of otpauthUri (UTF-8). A URI parseUri refuses shows its sentence instead,
    // with Copy disabled. HOTP URIs show the code of their counter, with no countdown.
    void setUri(const twofold::SecureBuffer& otpauthUri);
    // Forgets the secret and shows nothing.
    void clearUri();
    // Reads the clock and updates the code, countdown and warning state.
    void refresh();

    // What is shown, for tests and accessibility: the digits without grouping (empty when
    // there is no code), the seconds left (0 for HOTP or no code), the warning state, and the
    // sentence shown when the URI cannot be used.
    bool hasCode() const { return m_params.has_value(); }
    QString code() const;
    QString displayedCode() const;
    int secondsLeft() const { return m_secondsLeft; }
    bool isWarning() const { return m_warning; }
    QString errorText() const;

signals:
    // The Copy button was pressed; code is the current code's digits, read at that moment.
    void copyRequested(const QString& code);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void scheduleNextRefresh();
    void showError(const QString& sentence);

    twofold::Clock& m_clock;
    std::optional<otp::OtpParams> m_params;
    QString m_code;
    int m_secondsLeft = 0;
    bool m_warning = false;
    QLabel* m_codeLabel;
    CountdownRing* m_ring;
    QPushButton* m_copy;
    QLabel* m_error;
    QTimer m_timer;
};

} // namespace twofold
