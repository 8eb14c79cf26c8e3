#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QToolButton;

namespace PaperSift {

/// An inline, non-modal message above the table (in the spirit of KDE's KMessageWidget): a line of
/// text naming what happened and what to do, optional details, action buttons, and a close button.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Positive, Warning, Error };
    Q_ENUM(Kind)

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows the bar; replaces any message and actions shown before.
    void showMessage(Kind kind, const QString &text, const QString &details = {});
    /// Adds a button for an action to the current message (e.g. Retry, Settings…).
    void addAction(QAction *action);
    void clearActions();

    Kind kind() const { return m_kind; }
    QString text() const;
    QString details() const { return m_details; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateStyle();

    Kind m_kind = Kind::Information;
    QString m_details;
    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QHBoxLayout *m_actions = nullptr;
    QToolButton *m_detailsButton = nullptr;
    QToolButton *m_close = nullptr;
    QList<QToolButton *> m_actionButtons;
};

} // namespace PaperSift
