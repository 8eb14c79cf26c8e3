#pragma once

#include <QDialog>

class QAction;

namespace PaperSift {

/// Help → Shortcuts: every keyboard action with its current key, generated from the actions
/// themselves so it stays true when a shortcut is reassigned.
class ShortcutSheet : public QDialog
{
    Q_OBJECT

public:
    ShortcutSheet(const QList<QAction *> &actions, QWidget *parent = nullptr);

    /// The rows shown: (key, action text without mnemonics), for tests.
    static QList<std::pair<QString, QString>> rows(const QList<QAction *> &actions);
};

} // namespace PaperSift
