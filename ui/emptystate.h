#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QAbstractItemView;

namespace PaperSift {

/// The centred message an empty view shows: one sentence and a few useful actions (KDE HIG).
/// It sits over the view's viewport and follows its size.
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QAbstractItemView *view);

    /// Shows the text with buttons for the actions; an empty text hides the overlay.
    void showState(const QString &text, const QList<QAction *> &actions = {});
    QString text() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLabel *m_label = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QWidget *m_viewport = nullptr;
};

} // namespace PaperSift
