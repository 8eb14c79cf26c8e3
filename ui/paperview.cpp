#include "paperview.h"

#include "text/texmath.h"

#include "scoring/authormatcher.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
constexpr int AuthorsShown = 5;

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
        c = QColor::fromRgbF(c.redF() * alpha + base.redF() * (1 - alpha), c.greenF() * alpha + base.greenF() * (1 - alpha),
                             c.blueF() * alpha + base.blueF() * (1 - alpha));
    }
    return c.name();
}

} // namespace

PaperView::PaperView(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
    , m_notes(new QPlainTextEdit(this))
    , m_star(new QToolButton(this))
    , m_read(new QToolButton(this))
    , m_abs(new QToolButton(this))
    , m_pdf(new QToolButton(this))
    , m_notesLabel(new QLabel(tr("Notes"), this))
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
    for (QToolButton *b : {m_star, m_read, m_abs, m_pdf}) {
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setAutoRaise(true);
        bar->addWidget(b);
    }
    bar->addStretch(1);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_browser->setObjectName(u"paperText"_s);
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(12);
    splitter->addWidget(m_browser);

    auto *notesBox = new QWidget(splitter);
    auto *notesLayout = new QVBoxLayout(notesBox);
    notesLayout->setContentsMargins(8, 4, 8, 8);
    m_notesLabel->setBuddy(m_notes);
    m_notes->setObjectName(u"notes"_s);
    m_notes->setPlaceholderText(tr("Your notes on this paper, saved as you type"));
    m_notes->setTabChangesFocus(true);
    notesLayout->addWidget(m_notesLabel);
    notesLayout->addWidget(m_notes);
    splitter->addWidget(notesBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

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
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == "author"_L1) {
            emit authorActivated(url.path());
        } else if (url.scheme() == "more"_L1) {
            m_expandedAuthors.insert(m_details.paper.id);
            render();
        } else if (url.scheme() == "tex"_L1) {
            setShowTexSource(!m_texSource);
        } else {
            QDesktopServices::openUrl(url);
        }
    });
    clear();
}

void PaperView::setPaper(const PaperDetails &details)
{
    m_noteTimer->stop();
    if (m_noteTimer->isActive() || (!m_details.paper.id.isEmpty() && m_details.paper.id != details.paper.id))
        m_noteTimer->stop();
    m_details = details;
    const QSignalBlocker b1(m_star), b2(m_read), b3(m_notes);
    m_star->setChecked(details.starred);
    m_read->setChecked(details.read);
    m_notes->setPlainText(details.note);
    for (QWidget *w : {static_cast<QWidget *>(m_star), static_cast<QWidget *>(m_read), static_cast<QWidget *>(m_abs),
                       static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_notes)})
        w->setEnabled(true);
    render();
    m_browser->verticalScrollBar()->setValue(0);
}

void PaperView::clear()
{
    m_noteTimer->stop();
    m_details = {};
    const QSignalBlocker b1(m_star), b2(m_read), b3(m_notes);
    m_star->setChecked(false);
    m_read->setChecked(false);
    m_notes->clear();
    for (QWidget *w : {static_cast<QWidget *>(m_star), static_cast<QWidget *>(m_read), static_cast<QWidget *>(m_abs),
                       static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_notes)})
        w->setEnabled(false);
    m_browser->setHtml(u"<p style='color:%1'><i>%2</i></p>"_s.arg(colorName(palette(), QPalette::Text, 0.6),
                                                                    tr("Select a paper to read its abstract.")));
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

void PaperView::render()
{
    if (m_details.paper.id.isEmpty())
        return;
    const int scroll = m_browser->verticalScrollBar()->value();
    m_browser->setHtml(toHtml(m_details, m_expandedAuthors.contains(m_details.paper.id), m_texSource)
                           .replace(u"@TEXT@"_s, colorName(palette(), QPalette::Text))
                           .replace(u"@DIM@"_s, colorName(palette(), QPalette::Text, 0.65))
                           .replace(u"@RULE@"_s, colorName(palette(), QPalette::Text, 0.2)));
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString PaperView::toHtml(const PaperDetails &d, bool allAuthors, bool texSource)
{
    const Paper &p = d.paper;
    const auto text = [texSource](const QString &s) { return esc(texSource ? s : renderTexMath(s)); };
    QString html;
    html += u"<div style='line-height:150%'>"_s;
    html += u"<h2 style='margin-bottom:4px'>%1</h2>"_s.arg(text(texSource && !p.titleRaw.isEmpty() ? p.titleRaw : p.title));

    // Authors: the first five, then "N more…"; followed authors stay visible past the cut.
    const AuthorMatcher matcher(d.followedAuthors);
    QStringList shown;
    for (int i = 0; i < p.authors.size(); ++i) {
        const QString &name = p.authors.at(i);
        const bool followed = matcher.matchesAny({name});
        if (!allAuthors && i >= AuthorsShown && !followed)
            continue;
        QString link = u"<a href='author:%1'>%2</a>"_s.arg(esc(name), esc(name));
        if (followed)
            link = u"<b>%1 ★</b>"_s.arg(link);
        const QString affiliation = p.affiliations.value(i);
        if (!affiliation.isEmpty())
            link += u" <span style='color:@DIM@'>(%1)</span>"_s.arg(esc(affiliation));
        shown.append(link);
    }
    QString authors = shown.join(u", "_s);
    const qsizetype hidden = p.authors.size() - shown.size();
    if (hidden > 0)
        authors += u", <a href='more:authors'>%1</a>"_s.arg(tr("%n more…", nullptr, int(hidden)));
    html += u"<p style='margin-top:0'>%1</p>"_s.arg(authors);

    QStringList meta;
    meta << u"<a href='%1'>arXiv:%2%3</a>"_s.arg(esc(p.absUrl()), esc(p.id),
                                                 p.version > 0 ? u"v"_s + QString::number(p.version) : QString());
    meta << u"<a href='%1'>PDF</a>"_s.arg(esc(p.pdfUrl()));
    if (!p.categories.isEmpty())
        meta << esc(p.categories.join(u", "_s));
    if (p.announced.isValid())
        meta << esc(QLocale().toString(p.announced, QLocale::LongFormat))
                    + (p.announceType != AnnounceType::Unknown ? u" (%1)"_s.arg(announceTypeName(p.announceType)) : QString());
    html += u"<p style='color:@DIM@'>%1</p>"_s.arg(meta.join(u" · "_s));

    // Scores, labelled as the model's.
    if (d.scores.isEmpty()) {
        html += u"<p style='color:@DIM@'><i>%1</i></p>"_s.arg(tr("Not scored yet."));
    }
    bool first = true;
    for (const Score &s : d.scores) {
        const bool current = s.key.criteriaSha256 == d.currentCriteriaSha;
        const QString criteria = tr("criteria %1%2").arg(s.key.criteriaSha256.left(7), current ? tr(" (current)") : QString());
        if (!s.isScored()) {
            html += u"<p style='color:@DIM@'>%1 — %2 · %3</p>"_s.arg(tr("Not scored"), esc(s.unscoredReason),
                                                                      esc(s.key.model) + u" · "_s + criteria);
            continue;
        }
        QString numbers = tr("Relevance <b>%1</b>/10").arg(*s.relevance);
        if (s.novelty)
            numbers += u" · "_s + tr("Novelty <b>%1</b>/10").arg(*s.novelty);
        html += u"<table width='100%' cellspacing='0' cellpadding='6' style='margin-top:%1px; border:1px solid @RULE@'><tr><td>"_s
                    .arg(first ? 4 : 2);
        html += u"%1 <span style='color:@DIM@'>— %2 · %3</span>"_s.arg(numbers, esc(s.key.model), criteria);
        if (!s.comment.isEmpty())
            html += u"<br/><span style='color:@DIM@'>%1</span> %2"_s.arg(tr("Model's comment:"), esc(s.comment));
        html += u"</td></tr></table>"_s;
        first = false;
    }

    const QString abstract = texSource && !p.abstractRaw.isEmpty() ? p.abstractRaw : p.abstract;
    html += u"<p>%1</p>"_s.arg(text(abstract));
    QStringList extra;
    if (!p.comments.isEmpty())
        extra << tr("Comments: %1").arg(esc(p.comments));
    if (!p.journalRef.isEmpty())
        extra << tr("Journal: %1").arg(esc(p.journalRef));
    if (!p.doi.isEmpty())
        extra << u"DOI: <a href='https://doi.org/%1'>%1</a>"_s.arg(esc(p.doi));
    if (!extra.isEmpty())
        html += u"<p style='color:@DIM@'>%1</p>"_s.arg(extra.join(u"<br/>"_s));
    if (p.abstract.contains(u'$') || p.title.contains(u'$'))
        html += u"<p><a href='tex:toggle'>%1</a></p>"_s.arg(texSource ? tr("Show rendered math") : tr("Show TeX source"));
    html += u"</div>"_s;
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
