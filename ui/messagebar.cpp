#include "messagebar.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

namespace PaperSift {

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actions(new QHBoxLayout)
    , m_detailsButton(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"messageBar"_s);
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    // The bar keeps an 8 px margin to its surroundings inside its own geometry (it sits flush in
    // the layout, and takes no space at all while hidden).
    layout->setContentsMargins(16, 14, 14, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    layout->addWidget(m_label, 1);
    m_actions->setSpacing(4);
    layout->addLayout(m_actions);
    m_detailsButton->setText(tr("Details…"));
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_detailsButton);
    m_close->setIcon(QIcon::fromTheme(u"window-close"_s, style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_detailsButton, &QToolButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::NoIcon, tr("Details"), m_label->text(), QMessageBox::Close, this);
        box.setDetailedText(m_details);
        box.exec();
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QString &details)
{
    m_kind = kind;
    m_details = details;
    m_label->setText(text);
    m_detailsButton->setVisible(!details.isEmpty());
    clearActions();
    updateStyle();
    show();
}

void MessageBar::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_actions->addWidget(button);
    m_actionButtons.append(button);
    connect(action, &QAction::triggered, this, &QWidget::hide);
}

void MessageBar::clearActions()
{
    qDeleteAll(m_actionButtons);
    m_actionButtons.clear();
}

QString MessageBar::text() const
{
    return m_label->text();
}

void MessageBar::updateStyle()
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString themeIcon = u"dialog-information"_s;
    switch (m_kind) {
    case Kind::Information:
    case Kind::Positive:
        break;
    case Kind::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        themeIcon = u"dialog-warning"_s;
        break;
    case Kind::Error:
        pixmap = QStyle::SP_MessageBoxCritical;
        themeIcon = u"dialog-error"_s;
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(QIcon::fromTheme(themeIcon, style()->standardIcon(pixmap)).pixmap(QSize(size, size), devicePixelRatioF()));
    update();
}

void MessageBar::paintEvent(QPaintEvent *event)
{
    // A tinted rounded frame in the message's colour, derived from the palette so dark mode works.
    QColor accent = palette().color(QPalette::Highlight);
    if (m_kind == Kind::Error)
        accent = QColor::fromHsl(0, 160, palette().color(QPalette::Window).lightness() > 128 ? 110 : 150);
    else if (m_kind == Kind::Warning)
        accent = QColor::fromHsl(40, 200, palette().color(QPalette::Window).lightness() > 128 ? 110 : 150);
    else if (m_kind == Kind::Positive)
        accent = QColor::fromHsl(120, 120, palette().color(QPalette::Window).lightness() > 128 ? 90 : 140);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QColor fill = accent;
    fill.setAlphaF(0.15);
    p.setPen(QPen(accent, 1));
    p.setBrush(fill);
    p.drawRoundedRect(QRectF(rect()).adjusted(8.5, 8.5, -8.5, -0.5), 4, 4);
    QFrame::paintEvent(event);
}

void MessageBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateStyle();
    QFrame::changeEvent(event);
}

} // namespace PaperSift
