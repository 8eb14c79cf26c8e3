#include "emptystate.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;

EmptyState::EmptyState(QAbstractItemView *view)
    : QWidget(view->viewport())
    , m_label(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_viewport(view->viewport())
{
    setObjectName(u"emptyState"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    QFont f = m_label->font();
    f.setItalic(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_label->setFont(f);
    // Half-alpha text, as Akregator paints its empty view: derived from the palette.
    QPalette pal = m_label->palette();
    QColor c = pal.color(QPalette::WindowText);
    c.setAlphaF(0.6);
    pal.setColor(QPalette::WindowText, c);
    m_label->setPalette(pal);
    layout->addWidget(m_label);
    m_buttons->addStretch(1);
    m_buttons->addStretch(1);
    layout->addLayout(m_buttons);
    layout->addStretch(1);
    m_viewport->installEventFilter(this);
    setGeometry(m_viewport->rect());
    hide();
}

void EmptyState::showState(const QString &text, const QList<QAction *> &actions)
{
    while (m_buttons->count() > 2) {
        QLayoutItem *item = m_buttons->takeAt(1);
        delete item->widget();
        delete item;
    }
    if (text.isEmpty()) {
        hide();
        return;
    }
    m_label->setText(text);
    int pos = 1;
    for (QAction *a : actions) {
        auto *b = new QPushButton(a->text(), this);
        b->setToolTip(a->toolTip());
        connect(b, &QPushButton::clicked, a, &QAction::trigger);
        m_buttons->insertWidget(pos++, b);
    }
    setGeometry(m_viewport->rect());
    show();
    raise();
}

QString EmptyState::text() const
{
    return isHidden() ? QString() : m_label->text();
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        setGeometry(m_viewport->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace PaperSift
