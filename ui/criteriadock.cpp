#include "criteriadock.h"

#include "digest/digestbuilder.h"

#include "config/freespace.h"
#include "config/settings.h"
#include "criteriaeditor.h"
#include "domain/criteria.h"
#include "library.h"
#include "messagebar.h"
#include "scoring/pricetable.h"
#include "scoring/promptbuilder.h"
#include "scoring/ratedexamples.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextCursor>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

constexpr int Spacing = 8;
constexpr int SampleSize = 3;

enum VersionColumn { SavedColumn, TextColumn, PapersColumn };

/// A line without Markdown list, quote and heading marks.
QString plainLine(const QString &line)
{
    QString t = line.trimmed();
    while (t.startsWith(u'#') || t.startsWith(u'>') || t.startsWith(u'*') || t.startsWith(u'-'))
        t = t.mid(1).trimmed();
    return t;
}

/// What a version is "called": the first line it adds to the version before it ("+ …"), else the
/// first line it drops ("− …"), else (the oldest) its first line. Criteria texts usually share
/// their opening, so the first line alone would name every version the same.
QString versionName(const QString &text, const QString *older)
{
    const QStringList lines = text.split(u'\n');
    if (older) {
        const QStringList before = older->split(u'\n');
        for (const QString &line : lines) {
            if (!plainLine(line).isEmpty() && !before.contains(line))
                return u"+ "_s + plainLine(line);
        }
        for (const QString &line : before) {
            if (!plainLine(line).isEmpty() && !lines.contains(line))
                return QString(QChar(0x2212)) + u' ' + plainLine(line);
        }
    }
    for (const QString &line : lines) {
        if (!plainLine(line).isEmpty())
            return plainLine(line);
    }
    return {};
}

/// The dock's content, with a width that fits a criteria line: a dock starts at its content's size hint.
class DockContent : public QWidget
{
public:
    using QWidget::QWidget;
    QSize sizeHint() const override
    {
        const QFontMetrics fm(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return { fm.horizontalAdvance(u'x') * 72, fm.lineSpacing() * 40 };
    }
};

QString tokenCount(qint64 tokens)
{
    const QLocale locale;
    if (tokens >= 10000)
        return QCoreApplication::translate("PaperSift::CriteriaDock", "%1k")
            .arg(locale.toString(double(tokens) / 1000.0, 'f', 0));
    return locale.toString(tokens);
}

} // namespace

CriteriaDock::CriteriaDock(Library *library, QWidget *parent)
    : QDockWidget(parent)
    , m_library(library)
{
    setObjectName(u"criteriaDock"_s);
    setWindowTitle(tr("Criteria"));
    setAccessibleName(tr("Criteria"));

    auto *content = new DockContent(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *toolBar = new QToolBar(content);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(16, 16) * qMax(1, fontMetrics().height() / 16));
    m_saveAction = toolBar->addAction(QIcon::fromTheme(u"document-save"_s), tr("&Save"));
    m_saveAction->setToolTip(
        tr("Save the criteria to criteria.md (Ctrl+S); the previous text stays in the version list"));
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_previewAction = toolBar->addAction(QIcon::fromTheme(u"document-preview"_s), tr("&Preview Prompt"));
    m_previewAction->setToolTip(tr("Show the prompt these criteria make, for three papers of the day shown"));
    m_rescoreAction = toolBar->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Re-score Day…"));
    m_rescoreAction->setToolTip(tr("Score the day shown again with these criteria; shows the cost first"));
    m_examplesAction = toolBar->addAction(QIcon::fromTheme(u"view-list-details"_s), tr("Update &Examples"));
    m_examplesAction->setObjectName(u"updateExamples"_s);
    m_examplesAction->setToolTip(tr("Write the titles of your newest ratings into the criteria as examples for the "
                                    "model; shows what using them costs, saves nothing"));
    layout->addWidget(toolBar);

    m_message = new MessageBar(content);
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setChildrenCollapsible(false);
    m_stack = new QStackedWidget(splitter);
    m_editor = new CriteriaTextEdit(m_stack);
    m_editor->addAction(m_saveAction); // Ctrl+S while the editor has focus
    m_editor->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(m_editor);

    auto *versionPage = new QWidget(m_stack);
    auto *versionLayout = new QVBoxLayout(versionPage);
    versionLayout->setContentsMargins(0, 0, 0, 0);
    versionLayout->setSpacing(0);
    auto *versionBar = new QHBoxLayout;
    versionBar->setContentsMargins(Spacing, Spacing / 2, Spacing, Spacing / 2);
    versionBar->setSpacing(Spacing);
    m_versionInfo = new QLabel(versionPage);
    m_versionInfo->setWordWrap(true);
    auto *restore = new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("Res&tore"), versionPage);
    restore->setObjectName(u"restoreVersion"_s);
    restore->setToolTip(tr("Load this version into the editor (save to use it)"));
    auto *back = new QPushButton(tr("&Back to Editor"), versionPage);
    versionBar->addWidget(m_versionInfo, 1);
    versionBar->addWidget(restore);
    versionBar->addWidget(back);
    versionLayout->addLayout(versionBar);
    m_versionView = new CriteriaTextEdit(versionPage);
    m_versionView->setObjectName(u"criteriaVersionText"_s);
    m_versionView->setAccessibleName(tr("Saved criteria version"));
    m_versionView->setReadOnly(true);
    m_versionView->setFrameShape(QFrame::NoFrame);
    versionLayout->addWidget(m_versionView, 1);
    m_stack->addWidget(versionPage);

    auto *versionsPane = new QWidget(splitter);
    auto *versionsLayout = new QVBoxLayout(versionsPane);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    versionsLayout->setSpacing(0);
    auto *versionsLabel = new QLabel(tr("&Versions"), versionsPane);
    versionsLabel->setContentsMargins(Spacing, Spacing / 2, Spacing, Spacing / 2);
    versionsLayout->addWidget(versionsLabel);
    m_versions = new QTreeWidget(versionsPane);
    m_versions->setObjectName(u"criteriaVersions"_s);
    m_versions->setAccessibleName(tr("Criteria versions"));
    m_versions->setRootIsDecorated(false);
    m_versions->setUniformRowHeights(true);
    m_versions->setAllColumnsShowFocus(true);
    m_versions->setFrameShape(QFrame::NoFrame);
    m_versions->setHeaderLabels({ tr("Saved"), tr("Change"), tr("Scored") });
    m_versions->header()->setStretchLastSection(false);
    m_versions->header()->setSectionResizeMode(SavedColumn, QHeaderView::ResizeToContents);
    m_versions->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_versions->header()->setSectionResizeMode(PapersColumn, QHeaderView::ResizeToContents);
    m_versions->setTextElideMode(Qt::ElideRight);
    versionsLabel->setBuddy(m_versions);
    versionsLayout->addWidget(m_versions, 1);
    splitter->addWidget(m_stack);
    splitter->addWidget(versionsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_saveAction, &QAction::triggered, this, [this] {
        (void)save();
    });
    connect(m_previewAction, &QAction::triggered, this, &CriteriaDock::showPreview);
    connect(m_rescoreAction, &QAction::triggered, this, &CriteriaDock::confirmRescore);
    connect(m_examplesAction, &QAction::triggered, this, &CriteriaDock::updateExamples);
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &CriteriaDock::updateTitle);
    connect(m_versions, &QTreeWidget::itemSelectionChanged, this, &CriteriaDock::showVersion);
    connect(restore, &QPushButton::clicked, this, &CriteriaDock::restoreVersion);
    connect(back, &QPushButton::clicked, this, &CriteriaDock::backToEditor);

    reload();
    setDay({});
}

CriteriaDock::~CriteriaDock() = default;

QString CriteriaDock::criteriaText() const
{
    return m_editor->toPlainText();
}

bool CriteriaDock::isModified() const
{
    return m_editor->document()->isModified();
}

void CriteriaDock::updateTitle()
{
    setWindowTitle(isModified() ? tr("Criteria*") : tr("Criteria"));
}

void CriteriaDock::setDay(const QDate &day)
{
    m_day = day;
    const bool hasPapers = m_library && day.isValid();
    m_rescoreAction->setEnabled(hasPapers);
    m_rescoreAction->setToolTip(hasPapers ? tr("Score the papers of %1 again with these criteria; shows the cost first")
                                                .arg(QLocale().toString(day, QLocale::LongFormat))
                                          : tr("Choose a day with papers to re-score it"));
    if (m_preview && m_preview->isVisible())
        showPreview();
}

void CriteriaDock::reload()
{
    m_savedText = PromptSet::load().criteria;
    m_editor->setPlainText(m_savedText);
    m_editor->document()->setModified(false);
    // Examples are opt-in (Settings → Scoring): without them the action is not offered.
    m_examplesAction->setVisible(Settings().integer(Settings::RatedExamples) > 0);
    updateTitle();
    refreshVersions();
}

void CriteriaDock::updateExamples()
{
    const int limit = Settings().integer(Settings::RatedExamples);
    if (limit <= 0) {
        m_message->showMessage(MessageBar::Kind::Information,
            tr("Rated examples are off: choose how many the criteria carry in Settings → Scoring."));
        return;
    }
    auto titles = m_library->recentRatedTitles(limit);
    if (!titles) {
        m_message->showMessage(
            MessageBar::Kind::Error, tr("Your ratings could not be read: %1").arg(titles.errorMessage()));
        return;
    }
    if (titles->first.isEmpty() && titles->second.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Information,
            tr("You have rated no paper yet: star papers or rate them 1–5, then update the examples."));
        return;
    }
    const QString text = RatedExamples::apply(criteriaText(), titles->first, titles->second, limit);
    if (text == criteriaText()) {
        m_message->showMessage(MessageBar::Kind::Information, tr("The examples already are your newest ratings."));
        return;
    }
    // Into the editor, not saved: the reader sees what the model will read, and what it costs.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_editor->document()->setModified(text != m_savedText);
    QString message = tr("Examples from your newest ratings: %1 relevant, %2 irrelevant. Saving makes a new criteria "
                         "version; the days scored before keep their scores, and nothing is scored again by itself.")
                          .arg(titles->first.size())
                          .arg(titles->second.size());
    const RescoreEstimate estimate = rescoreEstimate();
    if (estimate.papers > 0 && estimate.usd && !estimate.free)
        message += u' '
            + tr("Re-scoring %1 with them would cost about $%2.")
                  .arg(QLocale().toString(m_day, QLocale::ShortFormat), QLocale().toString(*estimate.usd, 'f', 2));
    m_message->showMessage(MessageBar::Kind::Information, message);
}

Status CriteriaDock::save()
{
    m_message->hide();
    const QString text = criteriaText();
    if (text.trimmed().isEmpty()) {
        const Error error { tr("The criteria are empty: write the topics you care about, or restore a version."), {} };
        m_message->showMessage(MessageBar::Kind::Error, error.message);
        return error;
    }
    // Both texts go to the database before the file changes, so the previous one stays
    // reachable. Should the database fail, the Library says so and the file stays as it was.
    if (!m_library)
        return writeCriteriaFile(text);
    QStringList texts;
    for (const QString &t : { m_savedText, text }) {
        if (!t.trimmed().isEmpty())
            texts.append(t);
    }
    m_library->saveCriteria(texts, [this, text] {
        (void)writeCriteriaFile(text);
    });
    return success();
}

Status CriteriaDock::writeCriteriaFile(const QString &text)
{
    const QString path = AppPaths::configDir() + u'/' + PromptSet::CriteriaFile;
    QDir().mkpath(AppPaths::configDir());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        const auto full = FreeSpace::fullDisk(path, text.size());
        const Error error { full ? tr("Cannot save %1: the disk is full (%2 free). Free some space and save again; "
                                      "your text stays here until then.")
                                       .arg(QDir::toNativeSeparators(path), locale().formattedDataSize(*full))
                                 : tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString()),
            {} };
        m_message->showMessage(MessageBar::Kind::Error, error.message);
        return error;
    }
    m_savedText = text;
    m_editor->document()->setModified(false);
    updateTitle();
    refreshVersions();
    emit saved(Criteria { text }.sha256());
    return success();
}

void CriteriaDock::refreshVersions()
{
    const QSignalBlocker blocker(m_versions);
    m_versions->clear();
    if (!m_library) {
        m_versions->setEnabled(false);
        return;
    }
    m_versions->setEnabled(true);
    Result<QList<CriteriaVersion>> versions = m_library->criteriaVersions();
    if (!versions) {
        m_message->showMessage(
            MessageBar::Kind::Warning, tr("The saved versions could not be read: %1").arg(versions.errorMessage()));
        return;
    }
    const QString current = Criteria { m_savedText }.sha256();
    for (qsizetype i = 0; i < versions->size(); ++i) {
        const CriteriaVersion &v = versions->at(i);
        auto *item = new QTreeWidgetItem(m_versions);
        item->setData(SavedColumn, Qt::UserRole, v.sha256);
        // "v3 · 2 Jun 17:48", as stale scores name it; the full date is in the tooltip.
        const QDateTime created = v.created.toLocalTime();
        item->setText(SavedColumn, v.label());
        item->setToolTip(SavedColumn, QLocale().toString(created, QLocale::LongFormat));
        const QString name = versionName(v.text, i + 1 < versions->size() ? &versions->at(i + 1).text : nullptr);
        item->setText(TextColumn, name.isEmpty() ? v.sha256.left(8) : name);
        item->setToolTip(TextColumn, v.text.left(600) + u"\n\nSHA-256 "_s + v.sha256.left(12));
        QString used = v.scoredPapers > 0
            ? (v.scoredPapers == 1 ? tr("1 paper") : tr("%n papers", nullptr, v.scoredPapers))
            : tr("not used");
        if (v.sha256 == current) {
            used = v.scoredPapers > 0 ? tr("%1 · in use").arg(used) : tr("in use");
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < m_versions->columnCount(); ++c)
                item->setFont(c, bold);
            item->setData(TextColumn, Qt::AccessibleDescriptionRole, tr("The criteria in use"));
        }
        item->setText(PapersColumn, used);
    }
}

void CriteriaDock::showVersion()
{
    const QList<QTreeWidgetItem *> selected = m_versions->selectedItems();
    if (selected.isEmpty() || !m_library) {
        m_stack->setCurrentIndex(0);
        return;
    }
    const QString sha = selected.first()->data(SavedColumn, Qt::UserRole).toString();
    Result<std::optional<QString>> text = m_library->criteriaText(sha);
    if (!text || !text->has_value()) {
        m_message->showMessage(
            MessageBar::Kind::Warning, tr("This version could not be read: %1").arg(text.errorMessage()));
        return;
    }
    m_versionView->setPlainText(**text);
    m_versionInfo->setText(tr("Saved %1 · scored %2 — read-only")
                               .arg(selected.first()->text(SavedColumn), selected.first()->text(PapersColumn)));
    m_stack->setCurrentIndex(1);
}

void CriteriaDock::restoreVersion()
{
    // Through a cursor, not setPlainText(): the restore can be undone and marks the text edited.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(m_versionView->toPlainText());
    cursor.endEditBlock();
    m_editor->document()->setModified(m_editor->toPlainText() != m_savedText);
    backToEditor();
    m_message->showMessage(MessageBar::Kind::Information, tr("Version restored into the editor: save to use it."));
}

void CriteriaDock::backToEditor()
{
    {
        const QSignalBlocker blocker(m_versions);
        m_versions->clearSelection();
    }
    m_stack->setCurrentIndex(0);
    m_editor->setFocus();
}

QList<Paper> CriteriaDock::dayPapers() const
{
    if (!m_library || !m_day.isValid())
        return {};
    Result<QList<Paper>> papers = m_library->papersOfDay(m_day);
    return papers ? *papers : QList<Paper>();
}

CriteriaDock::PromptPreview CriteriaDock::previewPrompt() const
{
    PromptSet prompts = PromptSet::load();
    prompts.criteria = criteriaText();
    const PromptBuilder builder(prompts);
    PromptPreview preview;
    preview.sample = dayPapers().mid(0, SampleSize);
    preview.system = builder.systemPrompt();
    preview.user = preview.sample.isEmpty() ? builder.userPromptTemplate() : builder.userPrompt(preview.sample);
    preview.tokens = PromptBuilder::estimateTokens(preview.system) + PromptBuilder::estimateTokens(preview.user);
    preview.prefixTokens
        = PromptBuilder::estimateTokens(preview.system) + PromptBuilder::estimateTokens(builder.staticPrefix());
    return preview;
}

void CriteriaDock::showPreview()
{
    const PromptPreview preview = previewPrompt();
    if (!m_preview) {
        auto *dialog = new QDialog(this);
        dialog->setObjectName(u"promptPreview"_s);
        dialog->setWindowTitle(tr("Prompt Preview"));
        auto *layout = new QVBoxLayout(dialog);
        layout->setSpacing(Spacing);
        auto *summary = new QLabel(dialog);
        summary->setObjectName(u"previewSummary"_s);
        summary->setWordWrap(true);
        layout->addWidget(summary);
        auto *tabs = new QTabWidget(dialog);
        for (const QString &name : { tr("&System message"), tr("&User message") }) {
            auto *view = new CriteriaTextEdit(tabs);
            view->setObjectName(u"previewText"_s);
            view->setReadOnly(true);
            view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            tabs->addTab(view, name);
        }
        tabs->setCurrentIndex(1);
        layout->addWidget(tabs, 1);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
        layout->addWidget(buttons);
        const QFontMetrics fm(m_editor->font());
        dialog->resize(fm.horizontalAdvance(u'x') * 96, fm.height() * 36);
        m_preview = dialog;
    }
    auto *tabs = m_preview->findChild<QTabWidget *>();
    static_cast<CriteriaTextEdit *>(tabs->widget(0))->setPlainText(preview.system);
    static_cast<CriteriaTextEdit *>(tabs->widget(1))->setPlainText(preview.user);
    QString summary;
    const qint64 prefix = preview.prefixTokens;
    if (preview.sample.isEmpty()) {
        summary = tr("About %1 tokens before the papers. No papers of a day are shown, so %2 stands where they go.")
                      .arg(tokenCount(prefix), PromptBuilder::PaperListPlaceholder);
    } else {
        summary
            = tr("About %1 tokens for %n papers of %2; every request repeats the first %3 tokens "
                 "(system message, instructions, criteria).",
                nullptr, int(preview.sample.size()))
                  .arg(tokenCount(preview.tokens), QLocale().toString(m_day, QLocale::ShortFormat), tokenCount(prefix));
    }
    m_preview->findChild<QLabel *>(u"previewSummary"_s)->setText(summary);
    m_preview->show();
    m_preview->raise();
    m_preview->activateWindow();
}

CriteriaDock::RescoreEstimate CriteriaDock::rescoreEstimate() const
{
    const Settings settings;
    const QList<Paper> papers = dayPapers();
    RescoreEstimate estimate;
    estimate.papers = int(papers.size());
    estimate.model = settings.string(Settings::Model);
    if (settings.string(Settings::Scorer).compare("keyword"_L1, Qt::CaseInsensitive) == 0) {
        estimate.free = true;
        estimate.usd = 0;
        return estimate;
    }
    PromptSet prompts = PromptSet::load();
    prompts.criteria = criteriaText();
    const PromptBuilder builder(prompts);
    RunEstimateInput input;
    input.papers = estimate.papers;
    // The base batch size: more requests than an adaptive run makes, so the estimate errs high.
    input.batchSize = qMax(1, settings.integer(Settings::BatchSize));
    input.prefixTokens
        = PromptBuilder::estimateTokens(builder.systemPrompt()) + PromptBuilder::estimateTokens(builder.staticPrefix());
    qint64 paperTokens = 0;
    for (const Paper &p : papers)
        paperTokens += PromptBuilder::estimatePaperTokens(p);
    input.promptTokensPerPaper = papers.isEmpty() ? 0 : double(paperTokens) / double(papers.size());
    const TokenUsage usage = PriceTable::estimateUsage(input);
    estimate.tokens = usage.prompt + usage.completion;
    Result<PriceTable> prices = PriceTable::load();
    estimate.usd = (prices ? *prices : PriceTable::builtIn()).cost(estimate.model, usage);
    return estimate;
}

void CriteriaDock::confirmRescore()
{
    if (m_confirm)
        return;
    const RescoreEstimate estimate = rescoreEstimate();
    const QLocale locale;
    const QString day = locale.toString(m_day, QLocale::LongFormat);
    if (estimate.papers == 0) {
        m_message->showMessage(MessageBar::Kind::Information,
            m_day.isValid() ? tr("%1 has no papers to score.").arg(day) : tr("Choose a day with papers first."));
        return;
    }
    QString cost;
    if (estimate.free) {
        cost = tr("The keyword scorer runs offline: it costs nothing.");
    } else if (estimate.usd) {
        cost = tr("About %1 tokens with %2: about $%3 (an upper estimate; cached prompts cost less).")
                   .arg(tokenCount(estimate.tokens), estimate.model, locale.toString(*estimate.usd, 'f', 2));
        const double budget = Settings().real(Settings::BudgetUsd);
        if (budget > 0 && *estimate.usd > budget)
            cost += u' ' + tr("That is over your budget of $%1 per run.").arg(locale.toString(budget, 'f', 2));
    } else {
        cost = tr(
            "About %1 tokens with %2, whose price is unknown: add it in Settings → Limits & prices to see the cost.")
                   .arg(tokenCount(estimate.tokens), estimate.model);
    }
    if (isModified())
        cost += u"\n\n"_s + tr("Your edits are saved first.");

    auto *box = new QMessageBox(QMessageBox::Question, tr("Re-score Day"),
        (estimate.papers == 1 ? tr("Re-score the one paper of %1 with these criteria?")
                              : tr("Re-score the %n papers of %1 with these criteria?", nullptr, estimate.papers))
            .arg(day),
        QMessageBox::Cancel, this);
    box->setObjectName(u"rescoreConfirmation"_s);
    box->setInformativeText(cost);
    QPushButton *go = box->addButton(tr("&Re-score"), QMessageBox::AcceptRole);
    go->setObjectName(u"confirmRescore"_s);
    box->setDefaultButton(go);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_confirm = box;
    connect(box, &QMessageBox::finished, this, [this, box, go] {
        if (box->clickedButton() != go)
            return;
        if (isModified() && !save())
            return;
        emit rescoreRequested(criteriaText());
    });
    box->open();
}

} // namespace PaperSift
