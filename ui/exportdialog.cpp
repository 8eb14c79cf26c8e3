#include "exportdialog.h"

#include "config/freespace.h"
#include "config/settings.h"
#include "digest/bibtexexport.h"
#include "digest/jsonexport.h"
#include "digest/markdowndigest.h"
#include "highlighting.h"
#include "library.h"
#include "messagebar.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// The last folder an export was saved to lives with the window state, under [ui].
const QString kExportDirKey = u"ui/exportDir"_s;

QString definitionName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return u"Markdown"_s;
    case ExportFormat::Json:
        return u"JSON"_s;
    case ExportFormat::Bibtex:
        return u"BibTeX"_s;
    }
    return {};
}

QString fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return ExportDialog::tr("Markdown (*.md)");
    case ExportFormat::Json:
        return ExportDialog::tr("JSON (*.json)");
    case ExportFormat::Bibtex:
        return ExportDialog::tr("BibTeX (*.bib)");
    }
    return {};
}

// The digest's sections carry <a id="linkN"></a>, which the Markdown importer drops (an empty
// inline element): put the anchors on the "## N. …" headings themselves, so the table of
// contents works in the preview.
void addSectionAnchors(QTextDocument *document)
{
    static const QRegularExpression number(u"^(\\d+)\\. "_s);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        const auto m = number.match(block.text());
        if (!m.hasMatch())
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        QTextCharFormat anchor;
        anchor.setAnchor(true);
        anchor.setAnchorNames({ u"link"_s + m.captured(1) });
        cursor.mergeCharFormat(anchor);
    }
}

QByteArray renderDay(const DigestInput &input, ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return MarkdownDigest::render(input);
    case ExportFormat::Json:
        return JsonExport::render(input);
    case ExportFormat::Bibtex: {
        QList<Paper> papers;
        for (const DigestEntry &e : selectEntries(input))
            papers.append(e.paper);
        return BibtexExport::render(papers);
    }
    }
    return {};
}

} // namespace

ExportDialog::ExportDialog(
    const Library &library, QDate currentDay, QWidget *parent, std::optional<QList<DayInfo>> countedDays)
    : QDialog(parent)
    , m_library(library)
    , m_dayCombo(new QComboBox(this))
    , m_formatCombo(new QComboBox(this))
    , m_message(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_rendered(new QTextBrowser(this))
    , m_source(new QPlainTextEdit(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export"));

    m_dayCombo->setObjectName(u"exportDay"_s);
    m_dayCombo->setAccessibleName(tr("Papers to export"));
    m_dayCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_formatCombo->setObjectName(u"exportFormat"_s);
    m_formatCombo->setAccessibleName(tr("Format"));
    m_formatCombo->addItem(tr("Markdown digest"), int(ExportFormat::Markdown));
    m_formatCombo->addItem(tr("JSON"), int(ExportFormat::Json));
    m_formatCombo->addItem(tr("BibTeX"), int(ExportFormat::Bibtex));

    auto *dayLabel = new QLabel(tr("&Papers:"), this);
    dayLabel->setBuddy(m_dayCombo);
    auto *formatLabel = new QLabel(tr("&Format:"), this);
    formatLabel->setBuddy(m_formatCombo);
    auto *choices = new QHBoxLayout;
    choices->addWidget(dayLabel);
    choices->addWidget(m_dayCombo);
    choices->addSpacing(16);
    choices->addWidget(formatLabel);
    choices->addWidget(m_formatCombo);
    choices->addStretch(1);

    m_rendered->setObjectName(u"exportRendered"_s);
    m_rendered->setAccessibleName(tr("Rendered preview"));
    m_rendered->setOpenLinks(false);
    connect(m_rendered, &QTextBrowser::anchorClicked, this, &ExportDialog::openLink);

    m_source->setObjectName(u"exportSource"_s);
    m_source->setAccessibleName(tr("Source"));
    m_source->setReadOnly(true);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_source->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long URLs too
    m_highlighter
        = attachHighlighter(m_source->document(), definitionName(ExportFormat::Markdown), m_source->palette());

    m_tabs->setObjectName(u"exportPreview"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_rendered, tr("&Rendered"));
    m_tabs->addTab(m_source, tr("&Source"));

    m_summary->setObjectName(u"exportSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setText(tr("&Save…"));
    m_copyButton = m_buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copyButton->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copyButton->setToolTip(tr("Copy the export to the clipboard"));
    m_buttons->addButton(QDialogButtonBox::Close);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_copyButton, &QPushButton::clicked, this, &ExportDialog::copy);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);

    resize(900, 680);

    loadDays(currentDay, std::move(countedDays));
    updateFormatChoices();
    refresh();
    connect(m_dayCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateFormatChoices();
        refresh();
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::refresh);
}

ExportDialog::~ExportDialog() = default;

QString ExportDialog::suggestedFileName(QDate day, ExportFormat format)
{
    const QString ext = exportFormatName(format);
    if (!day.isValid())
        return u"starred-papers."_s + ext;
    return u"digest-%1.%2"_s.arg(day.toString(Qt::ISODate), ext);
}

QDate ExportDialog::day() const
{
    return m_dayCombo->currentData().toDate();
}

bool ExportDialog::isStarredChosen() const
{
    return m_dayCombo->currentIndex() >= 0 && !day().isValid();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_formatCombo->currentData().toInt());
}

bool ExportDialog::setDay(QDate day)
{
    for (int i = 0; i < m_dayCombo->count(); ++i) {
        const QVariant item = m_dayCombo->itemData(i);
        if (!item.isValid())
            continue; // the separator
        if (item.toDate() == day || (!day.isValid() && !item.toDate().isValid())) {
            m_dayCombo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ExportDialog::setFormat(ExportFormat format)
{
    const int index = m_formatCombo->findData(int(format));
    auto *model = qobject_cast<QStandardItemModel *>(m_formatCombo->model());
    const QStandardItem *item = model ? model->item(index) : nullptr;
    if (index >= 0 && (!item || item->isEnabled())) // as a user can: not the digest for Starred
        m_formatCombo->setCurrentIndex(index);
}

QString ExportDialog::errorText() const
{
    return m_message->isVisibleTo(this) && m_message->kind() == MessageBar::Kind::Error ? m_message->text() : QString();
}

void ExportDialog::loadDays(QDate currentDay, std::optional<QList<DayInfo>> counted)
{
    // Each day says what its digest holds: its relevant papers, counted as the sidebar counts
    // them and as the digest's "Total relevant papers" does (the one rule for the score that
    // counts, the cutoffs, followed authors).
    const Result<QList<DayInfo>> days = counted ? Result<QList<DayInfo>>(std::move(*counted)) : m_library.days();
    if (!days)
        m_loadError = tr("Could not read the days in the database: %1").arg(days.errorMessage());
    const QLocale locale;
    QStringList kept;
    for (AnnounceType type : DigestBuilder::announceTypesFromSettings())
        kept << announceTypeName(type);
    int preselect = -1;
    if (days) {
        for (const DayInfo &d : *days) {
            const QString count
                = d.scored == 0 && d.relevant == 0 ? tr("not scored") : tr("%n relevant", nullptr, d.relevant);
            const QString label
                = tr("%1 %2 — %3")
                      .arg(locale.dayName(d.day.dayOfWeek(), QLocale::ShortFormat), d.day.toString(Qt::ISODate), count);
            m_dayCombo->addItem(label, d.day);
            const QString listed = kept.isEmpty()
                ? tr("The feeds listed %n papers this day.", nullptr, d.papers)
                : tr("The feeds listed %n papers this day as %1, the announce types kept in the settings.", nullptr,
                    d.papers)
                      .arg(kept.join(u", "_s));
            m_dayCombo->setItemData(m_dayCombo->count() - 1,
                QString(listed + u' '
                    + tr("The digest's “Total arXiv papers” counts every paper of the feeds, "
                         "whatever its announce type.")),
                Qt::ToolTipRole);
            if (d.day == currentDay)
                preselect = m_dayCombo->count() - 1;
        }
    }
    if (m_dayCombo->count() > 0)
        m_dayCombo->insertSeparator(m_dayCombo->count());
    const auto starred = m_library.starredIds();
    const int starredCount = starred ? int(starred->size()) : 0;
    m_dayCombo->addItem(tr("Starred papers (%1)").arg(starredCount), QDate());
    m_dayCombo->setCurrentIndex(preselect >= 0 ? preselect : 0);
}

void ExportDialog::updateFormatChoices()
{
    // The Markdown digest is a day's digest: not offered for the starred papers.
    auto *model = qobject_cast<QStandardItemModel *>(m_formatCombo->model());
    const int markdown = m_formatCombo->findData(int(ExportFormat::Markdown));
    if (!model || markdown < 0)
        return;
    const bool starred = isStarredChosen();
    if (QStandardItem *item = model->item(markdown)) {
        item->setEnabled(!starred);
        item->setToolTip(starred ? tr("The Markdown digest is made for one day") : QString());
    }
    if (starred && format() == ExportFormat::Markdown) {
        const QSignalBlocker block(m_formatCombo);
        setFormat(ExportFormat::Json);
    }
}

void ExportDialog::refresh()
{
    m_bytes.clear();
    m_message->hide();
    if (!m_loadError.isEmpty())
        showError(m_loadError);
    const ExportFormat fmt = format();
    QString summary;
    bool empty = false;

    if (m_dayCombo->currentIndex() < 0) {
        showError(tr("There is nothing to export yet. Fetch or import a day first."));
    } else if (isStarredChosen()) {
        const DigestBuilder builder = m_library.digests();
        auto entries = builder.starred();
        if (!entries) {
            showError(tr("Could not read the starred papers."), entries.errorMessage());
        } else {
            QList<Paper> papers;
            for (const DigestEntry &e : std::as_const(*entries))
                papers.append(e.paper);
            m_bytes = fmt == ExportFormat::Bibtex ? BibtexExport::render(papers) : JsonExport::render(*entries);
            summary = entries->size() == 1 ? tr("1 starred paper") : tr("%1 starred papers").arg(entries->size());
            empty = entries->isEmpty();
        }
    } else {
        const QDate d = day();
        auto cached = m_inputs.constFind(d);
        if (cached == m_inputs.constEnd()) {
            auto input = m_library.digests().build(d);
            if (!input)
                showError(input.errorMessage(), input.error().detail);
            else
                cached = m_inputs.insert(d, std::move(input).value());
        }
        if (cached != m_inputs.constEnd()) {
            m_bytes = renderDay(*cached, fmt);
            const qsizetype selected = selectEntries(*cached).size();
            summary = tr("%1 of %2 papers in the digest (relevance ≥ %3, novelty ≥ %4) · scores by %5")
                          .arg(selected)
                          .arg(cached->totalPapers)
                          .arg(cached->relevanceCutoff)
                          .arg(cached->noveltyCutoff)
                          .arg(cached->model);
            empty = selected == 0;
            if (empty)
                showInfo(tr("No paper of %1 reaches the cutoffs with the current criteria and %2. Score the day, "
                            "or lower the cutoffs in the settings.")
                             .arg(d.toString(Qt::ISODate), cached->model));
        }
    }

    const QString text = QString::fromUtf8(m_bytes);
    if (fmt == ExportFormat::Markdown) {
        m_rendered->document()->setDefaultFont(font());
        m_rendered->setMarkdown(text);
        addSectionAnchors(m_rendered->document());
    } else {
        m_rendered->document()->setDefaultFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_rendered->setPlainText(text);
    }
    setSourceText(text, fmt);

    if (!m_bytes.isEmpty())
        summary += u" · "_s + QLocale().formattedDataSize(m_bytes.size());
    m_summary->setText(summary);
    m_saveButton->setEnabled(!m_bytes.isEmpty());
    m_copyButton->setEnabled(!m_bytes.isEmpty());
    if (isStarredChosen() && empty)
        showInfo(tr("No starred papers yet. Star papers in the table (press s) to export them here."));
}

void ExportDialog::setSourceText(const QString &text, ExportFormat format)
{
    // KSyntaxHighlighting re-highlights the block after one whose end state changed later, from a
    // queued call that holds that QTextBlock. A new definition set on the text shown re-highlights
    // it with the new rules, every end state changes, and a call is queued for nearly every block;
    // replacing the text right after (as a format switch did) left those calls holding blocks of
    // the old text, and QSyntaxHighlighter::rehighlightBlock() crashed in QTextBlock::position().
    // So the document is emptied before the definition changes (nothing to re-highlight, nothing
    // queued), and the new text is highlighted once, as it is inserted.
    m_source->clear();
    const KSyntaxHighlighting::Definition definition = syntaxRepository().definitionForName(definitionName(format));
    if (m_highlighter->definition() != definition)
        m_highlighter->setDefinition(definition);
    m_source->setPlainText(text);
}

bool ExportDialog::saveTo(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        showError(tr("Could not write %1: %2. Choose a folder you can write to.").arg(shown, file.errorString()));
        return false;
    }
    if (file.write(m_bytes) != m_bytes.size() || !file.commit()) {
        // QSaveFile says "Unknown error" for a flush into a full disk: the disk is asked instead.
        if (const auto free = FreeSpace::fullDisk(path, m_bytes.size()))
            showError(tr("Could not save %1: the disk is full (%2 free). Free some space and try again; any older "
                         "file there is unchanged.")
                          .arg(shown, locale().formattedDataSize(*free)));
        else
            showError(tr("Could not save %1: %2. The disk may be full: free some space and try again.")
                          .arg(shown, file.errorString()));
        return false;
    }
    m_message->showMessage(MessageBar::Kind::Positive, tr("Saved to %1.").arg(shown));
    return true;
}

void ExportDialog::save()
{
    if (m_bytes.isEmpty())
        return;
    QSettings ui(AppPaths::settingsFile(), QSettings::IniFormat);
    QString dir = ui.value(kExportDirKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const ExportFormat fmt = format();
    const QString suggested = QDir(dir).filePath(suggestedFileName(isStarredChosen() ? QDate() : day(), fmt));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Export"), suggested, fileFilter(fmt) + u";;"_s + tr("All files (*)"));
    if (path.isEmpty())
        return;
    if (saveTo(path))
        ui.setValue(kExportDirKey, QFileInfo(path).absolutePath());
}

void ExportDialog::copy()
{
    if (m_bytes.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromUtf8(m_bytes));
    m_message->showMessage(MessageBar::Kind::Positive, tr("Copied to the clipboard."));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        retheme(m_highlighter, palette()); // the children take the new palette after this event
    QDialog::changeEvent(event);
}

void ExportDialog::showError(const QString &text, const QString &details)
{
    m_message->showMessage(MessageBar::Kind::Error, text, details);
}

void ExportDialog::showInfo(const QString &text)
{
    m_message->showMessage(MessageBar::Kind::Information, text);
}

void ExportDialog::openLink(const QUrl &url)
{
    // The table of contents links to "#user-content-linkN" (GitHub's prefix for ids in rendered
    // Markdown); the sections carry id "linkN".
    if (url.scheme().isEmpty() && url.hasFragment()) {
        QString anchor = url.fragment();
        if (anchor.startsWith("user-content-"_L1))
            anchor = anchor.mid(13);
        m_rendered->scrollToAnchor(anchor);
        return;
    }
    QDesktopServices::openUrl(url);
}

} // namespace PaperSift
