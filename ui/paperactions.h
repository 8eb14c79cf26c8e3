#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace PaperSift {

class Library;
class PaperTableView;
class ReadingController;

/// Everything one can do to the selected papers — star, read, rate, not interested, copy, open,
/// follow an author, find an author's other papers — as actions with their shortcuts, and the
/// table's context menu built from them. Each acts on the whole selection where that makes sense,
/// else on the current paper.
class PaperActions : public QObject
{
    Q_OBJECT

public:
    PaperActions(PaperTableView *table, ReadingController *reading, Library *library, QWidget *window);

    /// The actions by objectName, for the window's menus and the shortcut sheet.
    const QHash<QString, QAction *> &actions() const { return m_actions; }
    QAction *action(const QString &name) const { return m_actions.value(name); }
    /// The row context menu for the selection (or the current paper); the caller shows it.
    void fillContextMenu(QMenu *menu) const;

signals:
    /// The followed authors changed (Settings::setFollowedAuthors): counts and marks need a reload.
    void followedAuthorsChanged(const QString &message);
    /// Find every paper of this author, across all days.
    void searchAuthorRequested(const QString &name);
    /// Something to say in the status bar for a moment ("Copied 3 links").
    void status(const QString &text);

private:
    QAction *add(const QString &name, const QString &text, const QList<QKeySequence> &keys, const QString &icon = {});
    void createActions();
    void copy(const QString &text, const QString &done);
    void copyBibtex();
    void follow(bool first);
    /// The authors of the current paper (for follow and search).
    QStringList currentAuthors() const;

    PaperTableView *m_table = nullptr;
    ReadingController *m_reading = nullptr;
    Library *m_library = nullptr;
    QWidget *m_window = nullptr;
    QHash<QString, QAction *> m_actions;
    QMenu *m_rateMenu = nullptr;
};

} // namespace PaperSift
