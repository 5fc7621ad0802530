#pragma once
// InlineConfirmation: "Turn off Email? …  [Turn off] [Cancel]" shown in place, under the list it
// is about, instead of a message box. Hidden until ask(); one question at a time (a new one
// replaces the old). The action button takes the focus so Enter confirms and Esc cancels.
#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace twofold {

class InlineConfirmation : public QFrame
{
    Q_OBJECT
public:
    explicit InlineConfirmation(QWidget* parent = nullptr);

    // Shows question with a button named actionText; confirmed() runs when it is pressed (and
    // the strip hides), nothing when Cancel is pressed.
    void ask(const QString& question, const QString& actionText, std::function<void()> confirmed);
    // Hides the strip without confirming.
    void cancel();

    QString question() const;
    QPushButton* actionButton() const { return m_action; }
    QPushButton* cancelButton() const { return m_cancel; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_question;
    QPushButton* m_action;
    QPushButton* m_cancel;
    std::function<void()> m_confirmed;
};

} // namespace twofold
