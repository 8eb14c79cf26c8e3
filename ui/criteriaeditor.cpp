#include "criteriaeditor.h"

#include "highlighting.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QEvent>
#include <QFontDatabase>

namespace PaperSift {

using namespace Qt::StringLiterals;

CriteriaTextEdit::CriteriaTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(u"criteriaText"_s);
    setAccessibleName(tr("Criteria"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setTabChangesFocus(true);
    m_highlighter = attachHighlighter(document(), u"Markdown"_s, palette());
}

void CriteriaTextEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        retheme(m_highlighter, palette());
    QPlainTextEdit::changeEvent(event);
}

} // namespace PaperSift
