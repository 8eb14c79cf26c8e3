#include "shortcutsheet.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QVBoxLayout>

#include <climits>
#include <functional>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxColumns = 5;
constexpr int RowSpacing = 4;
constexpr int ColumnSpacing = 32;

/// "&Export…" → "Export", "Fetch && Score" → "Fetch & Score".
QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u"…"_s))
        text.chop(1);
    return text.trimmed();
}

/// The menu an action is in, up to the top-level one (a submenu's items go with its menu).
const QMenu *topMenu(const QAction *action)
{
    const QMenu *found = nullptr;
    for (QObject *o : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(o)) {
            found = menu;
            break;
        }
    }
    // Up through submenus; a menu in the menu bar is the top (the bar may also have put it in its
    // overflow menu, which has no title of its own).
    for (int depth = 0; found && depth < 8; ++depth) {
        const QList<QObject *> holders = found->menuAction()->associatedObjects();
        if (std::any_of(holders.cbegin(), holders.cend(), [](QObject *o) {
                return qobject_cast<QMenuBar *>(o);
            }))
            break;
        const QMenu *parent = nullptr;
        for (QObject *o : holders) {
            if (auto *menu = qobject_cast<QMenu *>(o); menu && !menu->title().isEmpty())
                parent = menu;
        }
        if (!parent)
            break;
        found = parent;
    }
    return found;
}

/// A group's rows, or part of them when a group is taller than a column.
struct Block
{
    QString title;
    QList<ShortcutSheet::Row> rows;
};

/// Splits blocks into at most `columns` contiguous columns, the tallest as short as can be.
QList<QList<Block>> partition(
    const QList<Block> &blocks, int columns, const std::function<int(const Block &)> &height, int spacing)
{
    const int n = int(blocks.size());
    // best[i][c]: the tallest column when blocks i… are put into c columns; cut[i][c]: where the first ends.
    QList<QList<int>> best(n + 1, QList<int>(columns + 1, INT_MAX)), cut(n + 1, QList<int>(columns + 1, n));
    for (int c = 0; c <= columns; ++c)
        best[n][c] = 0;
    for (int i = n - 1; i >= 0; --i) {
        for (int c = 1; c <= columns; ++c) {
            int first = -spacing;
            for (int j = i; j < n; ++j) {
                first += height(blocks.at(j)) + spacing;
                const int rest = best[j + 1][c - 1];
                if (rest == INT_MAX)
                    continue;
                const int tallest = qMax(first, rest);
                if (tallest < best[i][c]) {
                    best[i][c] = tallest;
                    cut[i][c] = j + 1;
                }
            }
        }
    }
    QList<QList<Block>> out;
    for (int i = 0, c = columns; i < n && c > 0; --c) {
        const int end = cut[i][c];
        out.append(blocks.mid(i, end - i));
        i = end;
    }
    return out;
}

} // namespace

QString ShortcutSheet::groupOf(const QAction *action)
{
    const QVariant named = action->property("shortcutGroup");
    if (named.isValid() && !named.toString().isEmpty())
        return named.toString();
    if (const QMenu *menu = topMenu(action); menu && !menu->title().isEmpty())
        return plainText(menu->title());
    return tr("Other");
}

QList<ShortcutSheet::Row> ShortcutSheet::rows(const QList<QAction *> &actions)
{
    QList<Row> out;
    for (const QAction *a : actions) {
        QStringList keys;
        for (const QKeySequence &k : a->shortcuts()) {
            if (!k.isEmpty())
                keys << k.toString(QKeySequence::NativeText);
        }
        if (keys.isEmpty())
            continue;
        QString joined = keys.takeFirst();
        for (const QString &k : std::as_const(keys))
            joined = tr("%1 or %2", "two keys for one action").arg(joined, k);
        out.append({ joined, plainText(a->text()) });
    }
    return out;
}

QList<ShortcutSheet::Group> ShortcutSheet::groups(const QList<QAction *> &actions)
{
    QList<Group> out;
    for (QAction *a : actions) {
        const QList<Row> row = rows({ a });
        if (row.isEmpty())
            continue;
        const QString title = groupOf(a);
        auto it = std::find_if(out.begin(), out.end(), [&](const Group &g) {
            return g.title == title;
        });
        if (it == out.end())
            it = out.insert(out.end(), Group { title, {} });
        it->rows.append(row.first());
    }
    return out;
}

ShortcutSheet::ShortcutSheet(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutSheet"_s);
    build(groups(actions));
}

int ShortcutSheet::heightLimit() const
{
    const QWidget *over = parentWidget() ? parentWidget()->window() : nullptr;
    const QScreen *screen = over ? over->screen() : this->screen();
    int limit = screen ? screen->availableGeometry().height() * 9 / 10 : 600;
    if (over && over->isVisible())
        limit = qMin(limit, qMax(over->height(), 360)); // over the window, not past it
    // The window manager's title bar takes its share.
    return limit - style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, this);
}

void ShortcutSheet::build(const QList<Group> &groups)
{
    auto *layout = new QVBoxLayout(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    QFont bold = font();
    bold.setBold(true);
    const int rowHeight = qMax(QFontMetrics(font()).height(), QFontMetrics(bold).height()) + RowSpacing;
    const int headerHeight = QFontMetrics(bold).height() + RowSpacing + 8;
    const auto blockHeight = [&](const Block &b) {
        return headerHeight + int(b.rows.size()) * rowHeight;
    };
    const QMargins margins = layout->contentsMargins();
    const int chrome = margins.top() + margins.bottom() + layout->spacing() + buttons->sizeHint().height();
    const int available = qMax(headerHeight + rowHeight, heightLimit() - chrome);

    // Blocks: the groups, a group taller than a column cut in parts.
    QList<Block> blocks;
    int totalRows = 0;
    const int rowsPerColumn = qMax(1, (available - headerHeight) / rowHeight);
    for (const Group &g : groups) {
        totalRows += int(g.rows.size());
        for (qsizetype i = 0; i < g.rows.size(); i += rowsPerColumn)
            blocks.append({ g.title, g.rows.mid(i, rowsPerColumn) });
    }
    // The fewest columns that fit; two at least for a long list, so the sheet is wide, not tall.
    QList<QList<Block>> columns;
    const int most = qMax(1, qMin(MaxColumns, int(blocks.size())));
    for (int n = qMin(most, totalRows > 16 ? 2 : 1); n <= most; ++n) {
        columns = partition(blocks, n, blockHeight, 0);
        int tallest = 0;
        for (const QList<Block> &column : std::as_const(columns)) {
            int h = 0;
            for (const Block &b : column)
                h += blockHeight(b);
            tallest = qMax(tallest, h);
        }
        if (tallest <= available)
            break;
    }
    m_columns = qMax(1, int(columns.size()));

    auto *content = new QWidget;
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(ColumnSpacing);
    for (const QList<Block> &column : std::as_const(columns)) {
        auto *grid = new QGridLayout;
        grid->setHorizontalSpacing(16);
        grid->setVerticalSpacing(RowSpacing);
        int line = 0;
        for (const Block &b : column) {
            auto *header = new QLabel(b.title, content);
            header->setObjectName(u"shortcutGroup"_s);
            header->setFont(bold);
            header->setContentsMargins(0, line > 0 ? 8 : 0, 0, 0);
            grid->addWidget(header, line++, 0, 1, 2);
            for (const Row &r : b.rows) {
                auto *key = new QLabel(r.first, content);
                key->setObjectName(u"shortcutKey"_s);
                key->setFont(bold);
                auto *text = new QLabel(r.second, content);
                text->setObjectName(u"shortcutAction"_s);
                grid->addWidget(key, line, 0);
                grid->addWidget(text, line, 1);
                ++line;
            }
        }
        grid->setRowStretch(line, 1);
        grid->setColumnStretch(1, 1);
        row->addLayout(grid);
    }

    // A scroll area only for what no screen can hold; sized so that it is never needed otherwise.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"shortcutScroll"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    const QSize wanted = content->sizeHint();
    scroll->setMinimumSize(wanted.width(), qMin(wanted.height(), available));
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

} // namespace PaperSift
