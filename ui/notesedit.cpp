#include "notesedit.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QTextBlock>
#include <QtMath>

namespace PaperSift {

NotesEdit::NotesEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The layout's size changes when text is typed or the width changes the wrapping.
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this, &NotesEdit::follow);
    connect(this, &QPlainTextEdit::textChanged, this, &NotesEdit::follow);
}

void NotesEdit::setLineRange(int minimum, int maximum)
{
    m_minLines = qMax(1, minimum);
    m_maxLines = qMax(m_minLines, maximum);
    follow();
}

void NotesEdit::setMaximumPixels(int pixels)
{
    m_maxPixels = pixels;
    follow();
}

int NotesEdit::heightFor(int lines) const
{
    const QMargins margins = contentsMargins(); // the frame
    const QMargins viewport = viewportMargins();
    return lines * fontMetrics().lineSpacing() + int(2 * document()->documentMargin()) + margins.top()
        + margins.bottom() + viewport.top() + viewport.bottom();
}

int NotesEdit::contentHeight() const
{
    // Every block's wrapped lines; the layout lays a block out when asked for its rectangle.
    qreal height = 0;
    const qreal cap = heightFor(m_maxLines) + 1;
    for (QTextBlock block = document()->begin(); block.isValid() && height < cap; block = block.next())
        height += document()->documentLayout()->blockBoundingRect(block).height();
    // The last block's rectangle holds the bottom margin, none holds the top one; QPlainTextEdit
    // shows a scroll bar unless the viewport is a pixel taller than both.
    const QMargins margins = contentsMargins();
    return qCeil(height) + int(document()->documentMargin()) + 1 + margins.top() + margins.bottom();
}

int NotesEdit::cappedHeight() const
{
    const int wanted = qBound(heightFor(m_minLines), contentHeight(), heightFor(m_maxLines));
    return qMax(heightFor(1), qMin(wanted, m_maxPixels));
}

QSize NotesEdit::sizeHint() const
{
    return { QPlainTextEdit::sizeHint().width(), cappedHeight() };
}

QSize NotesEdit::minimumSizeHint() const
{
    return { QPlainTextEdit::minimumSizeHint().width(), cappedHeight() };
}

void NotesEdit::follow()
{
    const int height = cappedHeight();
    if (height == m_lastHeight)
        return;
    m_lastHeight = height;
    updateGeometry();
}

void NotesEdit::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    follow(); // the wrapping follows the width
}

void NotesEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        follow();
}

} // namespace PaperSift
