#include "ui/preferences/InlineConfirmation.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace twofold {

InlineConfirmation::InlineConfirmation(QWidget* parent)
    : QFrame(parent), m_question(new QLabel(this)), m_action(new QPushButton(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("confirmation"));
    m_question->setWordWrap(true);
    m_question->setAccessibleName(tr("Question"));
    m_action->setObjectName(QStringLiteral("confirmAction"));
    m_cancel->setObjectName(QStringLiteral("confirmCancel"));
    m_cancel->setAccessibleName(tr("Cancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_question, 1);
    layout->addWidget(m_action);
    layout->addWidget(m_cancel);
    connect(m_action, &QPushButton::clicked, this, [this] {
        std::function<void()> confirmed = std::move(m_confirmed);
        m_confirmed = nullptr;
        hide();
        if (confirmed)
            confirmed();
    });
    connect(m_cancel, &QPushButton::clicked, this, &InlineConfirmation::cancel);
    hide();
}

void InlineConfirmation::ask(const QString& question, const QString& actionText,
                             std::function<void()> confirmed)
{
    m_question->setText(question);
    setAccessibleDescription(question);
    m_action->setText(actionText);
    m_action->setAccessibleName(actionText);
    m_confirmed = std::move(confirmed);
    show();
    m_action->setFocus(Qt::OtherFocusReason);
}

void InlineConfirmation::cancel()
{
    m_confirmed = nullptr;
    hide();
}

QString InlineConfirmation::question() const
{
    return isHidden() ? QString() : m_question->text();
}

void InlineConfirmation::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        cancel();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace twofold
