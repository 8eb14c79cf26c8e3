#pragma once

#include <QDialog>

#include <utility>

class QAction;

namespace PaperSift {

/// Help → Shortcuts: every keyboard action with its current key, generated from the actions
/// themselves so it stays true when a shortcut is reassigned. Grouped by the menu each action is in
/// (the dynamic property "shortcutGroup" names another group; actions in no menu go under "Other"),
/// and laid out in as many columns (up to four) as it takes to fit the screen's available height,
/// and the window it is shown over, without scrolling.
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    ShortcutSheet(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// One row: (keys, action text without mnemonics or a trailing "…").
    using Row = std::pair<QString, QString>;
    struct Group
    {
        QString title; ///< the menu's title without its mnemonic
        QList<Row> rows;
    };

    /// The rows shown: (key, action text without mnemonics), for tests.
    static QList<Row> rows(const QList<QAction *> &actions);
    /// The rows by group, the groups in the order their first action comes.
    static QList<Group> groups(const QList<QAction *> &actions);
    /// The group an action is listed under.
    static QString groupOf(const QAction *action);

    /// How many columns the sheet uses (for tests).
    int columnCount() const { return m_columns; }
    /// The height the sheet may take: the screen's available height and the window it is over.
    int heightLimit() const;

private:
    void build(const QList<Group> &groups);

    int m_columns = 1;
};

} // namespace PaperSift
