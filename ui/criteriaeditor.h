#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace PaperSift {

/// The criteria text editor: Markdown highlighting (KSyntaxHighlighting) themed from the palette
/// and re-themed when it changes, so dark mode works.
class CriteriaTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CriteriaTextEdit(QWidget *parent = nullptr);

    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

} // namespace PaperSift
