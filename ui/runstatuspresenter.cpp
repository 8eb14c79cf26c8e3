#include "runstatuspresenter.h"

#include "messagebar.h"
#include "pipeline/dailyrun.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace PaperSift {

using namespace Qt::StringLiterals;

RunStatusPresenter::RunStatusPresenter(QMainWindow *window, MessageBar *messageBar, QAction *stop)
    : QObject(window)
    , m_window(window)
    , m_messageBar(messageBar)
{
    const QFontMetrics fm = window->fontMetrics();
    m_count = new QLabel(window);
    m_count->setObjectName(u"paperCount"_s);
    m_count->setMinimumWidth(
        fm.horizontalAdvance(tr("%1 of %Ln papers", nullptr, 888888).arg(QLocale().toString(888888))));
    m_status = new QLabel(window);
    m_status->setObjectName(u"statusText"_s);
    m_progress = new QProgressBar(window);
    m_progress->setMaximumWidth(fm.averageCharWidth() * 24);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_stop = new QToolButton(window);
    m_stop->setDefaultAction(stop);
    m_stop->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stop->hide();
    m_expiry = new QTimer(this);
    m_expiry->setSingleShot(true);
    connect(m_expiry, &QTimer::timeout, m_status, &QLabel::clear);
    QStatusBar *bar = window->statusBar();
    bar->addWidget(m_count);
    bar->addWidget(m_status, 1);
    bar->addPermanentWidget(m_progress);
    bar->addPermanentWidget(m_stop);
}

void RunStatusPresenter::setRecoveryActions(QAction *retry, QAction *settings)
{
    m_retry = retry;
    m_settings = settings;
}

void RunStatusPresenter::setCount(const QString &text)
{
    m_count->setText(text);
}

void RunStatusPresenter::showStatus(const QString &text, int timeoutMs)
{
    m_status->setText(text);
    if (timeoutMs > 0)
        m_expiry->start(timeoutMs);
    else
        m_expiry->stop();
}

QString RunStatusPresenter::statusText() const
{
    return m_status->text();
}

void RunStatusPresenter::showError(const QString &what, const QString &details)
{
    m_messageBar->showMessage(MessageBar::Kind::Error, what, details);
}

void RunStatusPresenter::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_stop->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0); // busy until the counts are known
}

void RunStatusPresenter::runStarted(const QString &what)
{
    m_messageBar->hide();
    setBusy(true);
    showStatus(what);
}

void RunStatusPresenter::showProgress(const RunProgress &progress)
{
    m_status->setText(progress.text);
    if (progress.total > 0) {
        m_progress->setRange(0, progress.total);
        m_progress->setValue(progress.done);
    } else {
        m_progress->setRange(0, 0);
    }
}

void RunStatusPresenter::runFinished(const RunResult &result)
{
    setBusy(false);
    const RunSummary &s = result.summary;
    QString text;
    if (s.day.isValid() && s.id > 0)
        text = tr("%1: %2 papers, %3 scanned, %4 relevant")
                   .arg(QLocale().toString(s.day, QLocale::ShortFormat))
                   .arg(s.totalPapers)
                   .arg(s.scannedPapers)
                   .arg(s.relevantPapers)
            + (s.costUsd && s.tokens.total() > 0 ? tr(" · $%1").arg(*s.costUsd, 0, 'f', 2) : QString());
    m_status->setText(text);
    if (!result.ok() && result.failure != RunFailure::Cancelled) {
        m_messageBar->showMessage(
            result.failure == RunFailure::Budget ? MessageBar::Kind::Warning : MessageBar::Kind::Error, result.message);
        if (m_retry && result.failure == RunFailure::Network)
            m_messageBar->addAction(m_retry);
        if (m_settings && result.failure == RunFailure::Endpoint)
            m_messageBar->addAction(m_settings);
    } else if (!result.notice.isEmpty()) {
        // The run's verdict when it is not a normal day: a day that should have papers has none
        // is a warning; not announced yet, a holiday or none kept are information.
        m_messageBar->showMessage(
            result.verdict == RunVerdict::Missing ? MessageBar::Kind::Warning : MessageBar::Kind::Information,
            result.notice);
    }
    notify(result.ok() ? text : result.message, result.ok());
}

void RunStatusPresenter::notify(const QString &text, bool ok)
{
    // Tell the user when the run ends while they are elsewhere.
    if (!m_window->isActiveWindow() && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
            m_tray->show();
        }
        m_tray->showMessage(tr("PaperSift"), text, ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
    QApplication::alert(m_window);
}

} // namespace PaperSift
