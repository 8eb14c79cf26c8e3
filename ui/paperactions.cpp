#include "paperactions.h"

#include "config/settings.h"
#include "digest/bibtexexport.h"
#include "library.h"
#include "papertableview.h"
#include "readingcontroller.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QMenu>
#include <QUrl>

namespace PaperSift {

using namespace Qt::StringLiterals;

PaperActions::PaperActions(PaperTableView *table, ReadingController *reading, Library *library, QWidget *window)
    : QObject(window)
    , m_table(table)
    , m_reading(reading)
    , m_library(library)
    , m_window(window)
{
    createActions();
}

QAction *PaperActions::add(
    const QString &name, const QString &text, const QList<QKeySequence> &keys, const QString &icon)
{
    // Window-wide: the keys work wherever the focus is, except in a text field (a line edit or
    // a note takes its typed letters itself, before any shortcut sees them).
    auto *a = new QAction(text, m_window);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WindowShortcut);
    if (!icon.isEmpty())
        a->setIcon(QIcon::fromTheme(icon));
    m_window->addAction(a);
    m_actions.insert(name, a);
    return a;
}

void PaperActions::createActions()
{
    connect(add(u"star"_s, tr("Star"), { Qt::Key_S }, u"mail-mark-important"_s), &QAction::triggered, this, [this] {
        m_reading->toggleStar(m_table->selectedIds());
    });
    connect(add(u"read"_s, tr("Toggle read"), { Qt::Key_M }, u"mail-mark-read"_s), &QAction::triggered, this, [this] {
        m_reading->toggleRead(m_table->selectedIds());
    });
    connect(add(u"markRead"_s, tr("Mark as Read"), {}), &QAction::triggered, this, [this] {
        m_reading->setRead(m_table->selectedIds(), true);
    });
    connect(add(u"markUnread"_s, tr("Mark as Unread"), {}), &QAction::triggered, this, [this] {
        m_reading->setRead(m_table->selectedIds(), false);
    });
    for (int stars = 1; stars <= 5; ++stars) {
        QAction *rate = add(u"rate%1"_s.arg(stars), tr("Rate %1 of 5").arg(stars), { Qt::Key(Qt::Key_0 + stars) });
        connect(rate, &QAction::triggered, this, [this, stars] {
            m_reading->setRating(m_table->selectedIds(), stars);
        });
    }
    connect(add(u"rateClear"_s, tr("Clear the Rating"), { Qt::Key_0 }), &QAction::triggered, this, [this] {
        m_reading->setRating(m_table->selectedIds(), std::nullopt);
    });
    // "Not interested" is the lowest rating: what the ranking learns as a dislike.
    connect(add(u"notInterested"_s, tr("Not Interested"), { Qt::Key_X }, u"dialog-cancel"_s), &QAction::triggered, this,
        [this] {
            m_reading->setRating(m_table->selectedIds(), 1);
        });

    connect(add(u"openAbs"_s, tr("Open abstract page"), { Qt::Key_O }, u"internet-services"_s), &QAction::triggered,
        this, [this] {
            for (const QString &id : m_table->selectedIds())
                QDesktopServices::openUrl(QUrl("https://arxiv.org/abs/"_L1 + id));
        });
    connect(add(u"openPdf"_s, tr("Open PDF"), { Qt::Key_P }, u"application-pdf"_s), &QAction::triggered, this, [this] {
        for (const QString &id : m_table->selectedIds())
            QDesktopServices::openUrl(QUrl("https://arxiv.org/pdf/"_L1 + id));
    });
    connect(add(u"copyTitle"_s, tr("Copy Title"), { QKeySequence::Copy }, u"edit-copy"_s), &QAction::triggered, this,
        [this] {
            QStringList titles;
            for (const QString &id : m_table->selectedIds()) {
                if (auto d = m_library->details(id))
                    titles.append(d->paper.title);
            }
            copy(titles.join(u'\n'), tr("Copied %n titles.", nullptr, int(titles.size())));
        });
    connect(add(u"copyLink"_s, tr("Copy Link"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) }),
        &QAction::triggered, this, [this] {
            QStringList links;
            for (const QString &id : m_table->selectedIds())
                links.append("https://arxiv.org/abs/"_L1 + id);
            copy(links.join(u'\n'), tr("Copied %n links.", nullptr, int(links.size())));
        });
    connect(add(u"copyBibtex"_s, tr("Copy BibTeX"), { QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C) }),
        &QAction::triggered, this, &PaperActions::copyBibtex);
    connect(add(u"followFirst"_s, tr("Follow the First Author"), {}), &QAction::triggered, this, [this] {
        follow(true);
    });
    connect(add(u"followLast"_s, tr("Follow the Last Author"), {}), &QAction::triggered, this, [this] {
        follow(false);
    });
    connect(add(u"searchAuthor"_s, tr("Find This Author's Papers in All Days"), {}, u"edit-find"_s),
        &QAction::triggered, this, [this] {
            const QStringList authors = currentAuthors();
            if (!authors.isEmpty())
                emit searchAuthorRequested(authors.first());
        });
}

void PaperActions::fillContextMenu(QMenu *menu) const
{
    const QStringList ids = m_table->selectedIds();
    const QStringList authors = currentAuthors();
    for (const char *name : { "star", "markRead", "markUnread" })
        menu->addAction(action(QString::fromLatin1(name)));
    QMenu *rate = menu->addMenu(tr("&Rate"));
    for (int stars = 1; stars <= 5; ++stars)
        rate->addAction(action(u"rate%1"_s.arg(stars)));
    rate->addAction(action(u"rateClear"_s));
    menu->addAction(action(u"notInterested"_s));
    menu->addSeparator();
    for (const char *name : { "copyTitle", "copyLink", "copyBibtex" })
        menu->addAction(action(QString::fromLatin1(name)));
    menu->addSeparator();
    for (const char *name : { "openAbs", "openPdf" })
        menu->addAction(action(QString::fromLatin1(name)));
    menu->addSeparator();
    // The author entries name the author, and speak of the current paper only.
    if (!authors.isEmpty()) {
        action(u"followFirst"_s)->setText(tr("Follow %1").arg(authors.first()));
        menu->addAction(action(u"followFirst"_s));
        if (authors.size() > 1) {
            action(u"followLast"_s)->setText(tr("Follow %1").arg(authors.last()));
            menu->addAction(action(u"followLast"_s));
        }
        action(u"searchAuthor"_s)->setText(tr("Find %1's Papers in All Days").arg(authors.first()));
        menu->addAction(action(u"searchAuthor"_s));
    }
    for (QAction *a : menu->actions())
        a->setEnabled(!ids.isEmpty());
}

QStringList PaperActions::currentAuthors() const
{
    const QString id = m_table->currentPaperId();
    if (id.isEmpty())
        return {};
    auto details = m_library->details(id);
    return details ? details->paper.authors : QStringList();
}

void PaperActions::copy(const QString &text, const QString &done)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    emit status(done);
}

void PaperActions::copyBibtex()
{
    QList<Paper> papers;
    for (const QString &id : m_table->selectedIds()) {
        if (auto d = m_library->details(id))
            papers.append(d->paper);
    }
    copy(QString::fromUtf8(BibtexExport::render(papers)), tr("Copied %n BibTeX entries.", nullptr, int(papers.size())));
}

void PaperActions::follow(bool first)
{
    const QStringList authors = currentAuthors();
    if (authors.isEmpty())
        return;
    const QString name = first ? authors.first() : authors.last();
    QStringList followed = Settings::followedAuthors();
    if (followed.contains(name, Qt::CaseInsensitive)) {
        emit status(tr("You follow %1 already.").arg(name));
        return;
    }
    followed.append(name);
    if (!Settings::setFollowedAuthors(followed)) {
        emit status(tr("%1 could not be followed: %2 cannot be written.").arg(name, AppPaths::authorsFile()));
        return;
    }
    emit followedAuthorsChanged(tr("You follow %1 now: their papers are marked and always kept.").arg(name));
}

} // namespace PaperSift
