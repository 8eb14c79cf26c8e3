#include "shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;

QList<std::pair<QString, QString>> ShortcutSheet::rows(const QList<QAction *> &actions)
{
    QList<std::pair<QString, QString>> out;
    for (const QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        if (keys.isEmpty())
            continue;
        QString text = a->text();
        text.remove(u'&');
        if (text.endsWith(u"…"_s))
            text.chop(1);
        out.append({keys.join(u" / "_s), text});
    }
    return out;
}

ShortcutSheet::ShortcutSheet(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutSheet"_s);
    auto *layout = new QVBoxLayout(this);
    const auto list = rows(actions);
    auto *table = new QTableWidget(int(list.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Key"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setShowGrid(false);
    table->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < list.size(); ++i) {
        auto *key = new QTableWidgetItem(list[i].first);
        QFont f = key->font();
        f.setBold(true);
        key->setFont(f);
        table->setItem(i, 0, key);
        table->setItem(i, 1, new QTableWidgetItem(list[i].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(440, 460);
}

} // namespace PaperSift
