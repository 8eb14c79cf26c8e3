#include "paperview.h"

#include "notesedit.h"
#include "scorecard.h"

#include "config/settings.h"
#include "scoring/authormatcher.h"
#include "text/texmath.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <memory>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
constexpr int AuthorsShown = 5;
/// Lines of the pane's text stay at most about this many characters long (UX.md: 45–90).
constexpr int MaxLineChars = 85;
/// The open notes take at most this share of the pane's height; past it they scroll.
constexpr double NotesMaxShare = 0.3;
const QString kNotesOpenKey = u"ui/notesOpen"_s;

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString colorName(const QPalette &pal, QPalette::ColorRole role, double alpha = 1.0)
{
    QColor c = pal.color(role);
    if (alpha < 1.0) {
        // HTML in QTextDocument ignores alpha: blend with the base colour instead.
        const QColor base = pal.color(QPalette::Base);
        c = QColor::fromRgbF(c.redF() * alpha + base.redF() * (1 - alpha),
            c.greenF() * alpha + base.greenF() * (1 - alpha), c.blueF() * alpha + base.blueF() * (1 - alpha));
    }
    return c.name();
}

QString superscript(int n)
{
    static constexpr char16_t digits[] = u"⁰¹²³⁴⁵⁶⁷⁸⁹";
    QString out;
    for (const QChar c : QString::number(n))
        out += QChar(digits[c.digitValue()]);
    return out;
}

/// The authors: the first five, then "N more…"; followed authors stay visible past the cut. Their
/// affiliations follow, each once (numbered when there are several): eight authors of two
/// universities take two lines, not ten.
QString authorsHtml(const Paper &p, const QStringList &followedAuthors, bool allAuthors)
{
    const AuthorMatcher matcher(followedAuthors);
    QList<int> shown;
    QStringList affiliations;
    QHash<int, int> affiliationOf; // author → 1-based index into affiliations
    for (int i = 0; i < p.authors.size(); ++i) {
        if (!allAuthors && i >= AuthorsShown && !matcher.matchesAny({ p.authors.at(i) }))
            continue;
        shown.append(i);
        const QString affiliation = p.affiliations.value(i).trimmed();
        if (affiliation.isEmpty())
            continue;
        qsizetype k = affiliations.indexOf(affiliation);
        if (k < 0) {
            affiliations.append(affiliation);
            k = affiliations.size() - 1;
        }
        affiliationOf.insert(i, int(k) + 1);
    }
    const bool numbered = affiliations.size() > 1;
    QStringList names;
    for (int i : std::as_const(shown)) {
        const QString &name = p.authors.at(i);
        QString link = u"<a href='author:%1'>%2</a>"_s.arg(esc(name), esc(name));
        if (matcher.matchesAny({ name }))
            link = u"<b>%1 ★</b>"_s.arg(link);
        if (numbered && affiliationOf.contains(i))
            link += superscript(affiliationOf.value(i));
        names.append(link);
    }
    QString html = names.join(u", "_s);
    const qsizetype hidden = p.authors.size() - shown.size();
    if (hidden > 0)
        html += u", <a href='more:authors'>%1</a>"_s.arg(PaperView::tr("%n more…", nullptr, int(hidden)));
    if (!affiliations.isEmpty()) {
        QStringList places;
        for (qsizetype k = 0; k < affiliations.size(); ++k)
            places.append((numbered ? superscript(int(k) + 1) + u"\u00a0"_s : QString()) + esc(affiliations.at(k)));
        html += u"<br/><span style='color:@DIM@'>%1</span>"_s.arg(places.join(u" · "_s));
    }
    return u"<p style='margin-top:0; margin-bottom:4px; line-height:130%'>%1</p>"_s.arg(html);
}

} // namespace

PaperView::PaperView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_notes(new NotesEdit(this))
    , m_notesToggle(new QToolButton(this))
    , m_notesPreview(new QLabel(this))
    , m_star(new QToolButton(this))
    , m_read(new QToolButton(this))
    , m_abs(new QToolButton(this))
    , m_pdf(new QToolButton(this))
    , m_noteTimer(new QTimer(this))
{
    setObjectName(u"paperView"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(8, 4, 8, 4);
    m_star->setCheckable(true);
    m_star->setIcon(QIcon::fromTheme(u"mail-mark-important"_s, QIcon(u":/icons/star.svg"_s)));
    m_star->setText(tr("Star"));
    m_star->setToolTip(tr("Star this paper (S)"));
    m_read->setCheckable(true);
    m_read->setIcon(QIcon::fromTheme(u"mail-mark-read"_s, QIcon(u":/icons/read.svg"_s)));
    m_read->setText(tr("Read"));
    m_read->setToolTip(tr("Mark as read or unread (M)"));
    m_abs->setIcon(QIcon::fromTheme(u"internet-services"_s, QIcon(u":/icons/link.svg"_s)));
    m_abs->setText(tr("Abstract page"));
    m_abs->setToolTip(tr("Open the arXiv abstract page (O)"));
    m_pdf->setIcon(QIcon::fromTheme(u"application-pdf"_s, QIcon(u":/icons/pdf.svg"_s)));
    m_pdf->setText(tr("PDF"));
    m_pdf->setToolTip(tr("Open the PDF (P)"));
    for (QToolButton *b : { m_star, m_read, m_abs, m_pdf }) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        bar->addWidget(b);
    }
    bar->addStretch(1);
    layout->addLayout(bar);

    m_browser->setObjectName(u"paperText"_s);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(12);
    m_browser->viewport()->installEventFilter(this); // its width decides the lines' length
    layout->addWidget(m_browser, 1);

    // Notes: a header that folds them, then an editor as tall as its text (up to a cap).
    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    layout->addWidget(rule);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(4, 0, 8, 0);
    header->setSpacing(4);
    m_notesToggle->setObjectName(u"notesToggle"_s);
    m_notesToggle->setText(tr("Notes"));
    m_notesToggle->setAutoRaise(true);
    m_notesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_notesToggle->setToolTip(tr("Show or hide your notes on this paper"));
    m_notesPreview->setObjectName(u"notesPreview"_s);
    m_notesPreview->setTextFormat(Qt::PlainText);
    m_notesPreview->setForegroundRole(QPalette::PlaceholderText);
    m_notesPreview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_notesToggle);
    header->addWidget(m_notesPreview, 1);
    layout->addLayout(header);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Your notes on this paper, saved as you type"));
    m_notes->setTabChangesFocus(true);
    m_notes->setLineRange(2, 12);
    auto *notesBox = new QVBoxLayout;
    notesBox->setContentsMargins(8, 0, 8, 8);
    notesBox->addWidget(m_notes);
    layout->addLayout(notesBox);

    const QSettings ui(AppPaths::settingsFile(), QSettings::IniFormat);
    m_notesOpen = ui.value(kNotesOpenKey, true).toBool();
    m_notesToggle->setArrowType(m_notesOpen ? Qt::DownArrow : Qt::RightArrow);
    m_notes->setVisible(m_notesOpen);
    connect(m_notesToggle, &QToolButton::clicked, this, [this] {
        setNotesOpen(!m_notesOpen);
        if (m_notesOpen && m_notes->isEnabled())
            m_notes->setFocus();
    });

    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(600);
    connect(m_noteTimer, &QTimer::timeout, this, [this] {
        if (!m_details.paper.id.isEmpty())
            emit noteChanged(m_details.paper.id, m_notes->toPlainText());
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (m_notes->toPlainText() != m_details.note) {
            m_details.note = m_notes->toPlainText();
            m_noteTimer->start();
            updateNotesPreview();
        }
    });
    connect(m_star, &QToolButton::toggled, this, [this](bool on) {
        if (on != m_details.starred) {
            m_details.starred = on;
            emit starToggled(on);
        }
    });
    connect(m_read, &QToolButton::toggled, this, [this](bool on) {
        if (on != m_details.read) {
            m_details.read = on;
            emit readToggled(on);
        }
    });
    connect(m_abs, &QToolButton::clicked, this, [this] {
        if (!m_details.paper.id.isEmpty())
            QDesktopServices::openUrl(QUrl(m_details.paper.absUrl()));
    });
    connect(m_pdf, &QToolButton::clicked, this, [this] {
        if (!m_details.paper.id.isEmpty())
            QDesktopServices::openUrl(QUrl(m_details.paper.pdfUrl()));
    });
    // An author's name has a menu of its own: follow them, or find their papers.
    m_browser->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_browser, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QUrl link(m_browser->anchorAt(pos));
        std::unique_ptr<QMenu> menu(m_browser->createStandardContextMenu(pos));
        if (link.scheme() == "author"_L1) {
            const QString name = link.path();
            QAction *first = menu->actions().value(0);
            QAction *follow = new QAction(tr("Follow %1").arg(name), menu.get());
            connect(follow, &QAction::triggered, this, [this, name] { emit followAuthorRequested(name); });
            QAction *find = new QAction(tr("Find %1's Papers in All Days").arg(name), menu.get());
            connect(find, &QAction::triggered, this, [this, name] { emit authorActivated(name); });
            menu->insertActions(first, {follow, find});
            menu->insertSeparator(first);
        }
        menu->exec(m_browser->viewport()->mapToGlobal(pos));
    });
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == "author"_L1) {
            emit authorActivated(url.path());
        } else if (url.scheme() == "more"_L1) {
            m_expandedAuthors.insert(m_details.paper.id);
            render();
        } else if (url.scheme() == "tex"_L1) {
            setShowTexSource(!m_texSource);
        } else if (url.toString() == QLatin1StringView(ScoreCard::FoldKeywordUrl)) {
            m_keywordOpen = !m_keywordOpen;
            render();
        } else {
            QDesktopServices::openUrl(url);
        }
    });
    clear();
}

void PaperView::flushNote()
{
    // A note typed in the last moments before another paper is shown is saved, not dropped.
    if (m_noteTimer->isActive()) {
        m_noteTimer->stop();
        if (!m_details.paper.id.isEmpty())
            emit noteChanged(m_details.paper.id, m_details.note);
    }
}

void PaperView::setPaper(const PaperDetails &details)
{
    // The same paper again (re-read after a change) while a note is being typed: the typing wins
    // over the stored note, which it is about to replace.
    const bool typing
        = m_noteTimer->isActive() && !details.paper.id.isEmpty() && details.paper.id == m_details.paper.id;
    const QString typed = m_details.note;
    const bool samePaper = details.paper.id == m_details.paper.id;
    if (!typing)
        flushNote();
    m_details = details;
    if (typing)
        m_details.note = typed;
    const QSignalBlocker b1(m_star), b2(m_read), b3(m_notes);
    m_star->setChecked(details.starred);
    m_read->setChecked(details.read);
    if (m_notes->toPlainText() != m_details.note)
        m_notes->setPlainText(m_details.note);
    for (QWidget *w : { static_cast<QWidget *>(m_star), static_cast<QWidget *>(m_read), static_cast<QWidget *>(m_abs),
             static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_notes) })
        w->setEnabled(true);
    updateNotesPreview();
    render();
    if (!samePaper)
        m_browser->verticalScrollBar()->setValue(0);
}

void PaperView::clear()
{
    flushNote();
    m_details = {};
    const QSignalBlocker b1(m_star), b2(m_read), b3(m_notes);
    m_star->setChecked(false);
    m_read->setChecked(false);
    m_notes->clear();
    for (QWidget *w : { static_cast<QWidget *>(m_star), static_cast<QWidget *>(m_read), static_cast<QWidget *>(m_abs),
             static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_notes) })
        w->setEnabled(false);
    updateNotesPreview();
    m_browser->setHtml(u"<p style='color:%1'><i>%2</i></p>"_s.arg(
        colorName(palette(), QPalette::Text, 0.6), tr("Select a paper to read its abstract.")));
}

bool PaperView::pageDown()
{
    QScrollBar *sb = m_browser->verticalScrollBar();
    if (sb->value() >= sb->maximum())
        return false;
    sb->setValue(sb->value() + sb->pageStep());
    return true;
}

QString PaperView::renderedHtml() const
{
    return m_browser->toHtml();
}

void PaperView::setStarred(bool starred)
{
    m_details.starred = starred;
    const QSignalBlocker b(m_star);
    m_star->setChecked(starred);
}

void PaperView::setRead(bool read)
{
    m_details.read = read;
    const QSignalBlocker b(m_read);
    m_read->setChecked(read);
}

void PaperView::setShowTexSource(bool show)
{
    m_texSource = show;
    if (!m_details.paper.id.isEmpty())
        render();
}

void PaperView::setNotesOpen(bool open)
{
    if (open != m_notesOpen) {
        m_notesOpen = open;
        QSettings ui(AppPaths::settingsFile(), QSettings::IniFormat);
        ui.setValue(kNotesOpenKey, open);
    }
    m_notesToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_notes->setVisible(open);
    updateNotesPreview();
}

void PaperView::updateNotesPreview()
{
    // Folded, the header still shows that a note exists, and how it starts.
    const QString first = m_notesOpen ? QString() : m_details.note.section(u'\n', 0, 0).simplified();
    m_notesPreview->setText(first.isEmpty()
            ? QString()
            : m_notesPreview->fontMetrics().elidedText(first, Qt::ElideRight, m_notesPreview->width()));
    m_notesPreview->setToolTip(m_notesOpen ? QString() : m_details.note);
}

void PaperView::updateLineWidth()
{
    // Long lines are hard to read: past about 90 characters the text keeps that width.
    // The font's average character width counts capitals and wide glyphs; prose is narrower.
    static const QString prose = u"the quick brown fox jumps over the lazy dog "_s;
    const QFontMetricsF metrics(m_browser->document()->defaultFont());
    const int cap = int(
        metrics.horizontalAdvance(prose) / prose.size() * MaxLineChars + 2 * m_browser->document()->documentMargin());
    // Each change lays the whole text out again: change only what differs.
    if (m_browser->viewport()->width() > cap) {
        if (m_browser->lineWrapColumnOrWidth() != cap)
            m_browser->setLineWrapColumnOrWidth(cap);
        m_browser->setLineWrapMode(QTextEdit::FixedPixelWidth);
    } else {
        m_browser->setLineWrapMode(QTextEdit::WidgetWidth);
    }
}

void PaperView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_notes->setMaximumPixels(qMax(m_notes->fontMetrics().lineSpacing() * 3, int(height() * NotesMaxShare)));
    updateNotesPreview();
}

bool PaperView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        updateLineWidth();
    return QWidget::eventFilter(watched, event);
}

void PaperView::render()
{
    if (m_details.paper.id.isEmpty())
        return;
    const int scroll = m_browser->verticalScrollBar()->value();
    const QPalette pal = palette();
    m_browser->setHtml(toHtml(m_details, m_expandedAuthors.contains(m_details.paper.id), m_texSource, m_keywordOpen)
                           .replace(u"@TEXT@"_s, colorName(pal, QPalette::Text))
                           .replace(u"@DIM@"_s, colorName(pal, QPalette::Text, 0.65))
                           .replace(u"@RULE@"_s, colorName(pal, QPalette::Text, 0.2))
                           .replace(u"@STALE@"_s, pal.color(QPalette::Disabled, QPalette::Text).name()));
    updateLineWidth();
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString PaperView::toHtml(const PaperDetails &d, bool allAuthors, bool texSource, bool keywordOpen)
{
    const Paper &p = d.paper;
    const auto text = [texSource](const QString &s) {
        return esc(texSource ? s : renderTexMath(s));
    };
    QString html;
    // The title at its own line height; the reading text (authors, abstract) at about 1.5.
    // A heading for screen readers, at 1.2 × the text: a long title takes four lines, not five.
    html += u"<h2 style='margin-top:0; margin-bottom:6px; font-size:large'>%1</h2>"_s.arg(
        text(texSource && !p.titleRaw.isEmpty() ? p.titleRaw : p.title));

    html += authorsHtml(p, d.followedAuthors, allAuthors);

    QStringList meta;
    meta << u"<a href='%1'>arXiv:%2%3</a>"_s.arg(
        esc(p.absUrl()), esc(p.id), p.version > 0 ? u"v"_s + QString::number(p.version) : QString());
    meta << u"<a href='%1'>PDF</a>"_s.arg(esc(p.pdfUrl()));
    if (!p.categories.isEmpty())
        meta << esc(p.categories.join(u", "_s));
    if (p.announced.isValid())
        meta << esc(QLocale().dayName(p.announced.dayOfWeek(), QLocale::ShortFormat) + u'\u00a0'
            + p.announced.toString(Qt::ISODate)
            + (p.announceType != AnnounceType::Unknown ? u"\u00a0(%1)"_s.arg(announceTypeName(p.announceType))
                                                       : QString())); // one unit, not broken
    html += u"<p style='margin-top:0; margin-bottom:4px; color:@DIM@'>%1</p>"_s.arg(meta.join(u" · "_s));

    // The score that counts, labelled as its model's; the keyword scorer's folded beside it.
    html += ScoreCard::html(d, keywordOpen);

    const QString abstract = texSource && !p.abstractRaw.isEmpty() ? p.abstractRaw : p.abstract;
    html += u"<p style='line-height:150%'>%1</p>"_s.arg(text(abstract));
    QStringList extra;
    if (!p.comments.isEmpty())
        extra << tr("Comments: %1").arg(esc(p.comments));
    if (!p.journalRef.isEmpty())
        extra << tr("Journal: %1").arg(esc(p.journalRef));
    if (!p.doi.isEmpty())
        extra << u"DOI: <a href='https://doi.org/%1'>%1</a>"_s.arg(esc(p.doi));
    if (!extra.isEmpty())
        html += u"<p style='color:@DIM@'>%1</p>"_s.arg(extra.join(u"<br/>"_s));
    // Colleagues' notes (a shared library), newest first, each headed by who wrote it and when.
    for (const LabNote &n : d.labNotes) {
        const QString when = QLocale().toString(n.updated.toLocalTime().date(), QLocale::ShortFormat);
        html += u"<p style='margin-bottom:0; color:@DIM@'>%1</p><p style='margin-top:2px; white-space:pre-wrap'>%2</p>"_s
                    .arg(esc(tr("%1's note · %2").arg(n.reader, when)), esc(n.note));
    }
    if (p.abstract.contains(u'$') || p.title.contains(u'$'))
        html += u"<p><a href='tex:toggle'>%1</a></p>"_s.arg(
            texSource ? tr("Show rendered math") : tr("Show TeX source"));
    return html;
}

void PaperView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        if (m_details.paper.id.isEmpty())
            clear();
        else
            render();
    }
    QWidget::changeEvent(event);
}

} // namespace PaperSift
