#pragma once
// MessageBanner: a non-modal strip across a window with one sentence, an optional action
// button ("Try again") and a Close button. Hidden until showMessage().
#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace twofold {

class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Information };

    explicit MessageBanner(QWidget* parent = nullptr);

    // Shows text; actionText, when not empty, adds a button that emits actionTriggered().
    void showMessage(const QString& text, Kind kind = Kind::Error, const QString& actionText = {});
    void dismiss();
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    QToolButton* m_close;
};

} // namespace twofold
