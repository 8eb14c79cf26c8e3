#pragma once

#include <QPlainTextEdit>

namespace PaperSift {

/// The paper pane's notes: a plain-text editor as tall as its text (wrapped at its width), between
/// a minimum and a maximum number of lines; past the maximum it scrolls.
class NotesEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NotesEdit(QWidget *parent = nullptr);

    /// At least `minimum` lines tall, at most `maximum` lines (and never more than `maximumPixels`).
    void setLineRange(int minimum, int maximum);
    void setMaximumPixels(int pixels);
    int maximumPixels() const { return m_maxPixels; }
    /// The height its text needs, frame included, before the caps.
    int contentHeight() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int heightFor(int lines) const;
    int cappedHeight() const;
    void follow();

    int m_minLines = 2;
    int m_maxLines = 12;
    int m_maxPixels = QWIDGETSIZE_MAX;
    int m_lastHeight = -1;
};

} // namespace PaperSift
