// A GUI monkey: the real window on a scored real day (the demo day: two real feeds, keyword
// scores), driven for a set time by a seeded random sequence of keys, clicks, actions, dialogs
// opened and closed, day switches, filters, exports and criteria edits. It fails on a crash, an
// assert, a sanitizer report (the asan preset) or a critical message, and prints the seed to replay
// and the last steps it took.
//
//   PAPERSIFT_MONKEY_SECONDS  how long (default 20; .ci/run gives it 120 under ASan)
//   PAPERSIFT_MONKEY_SEED     the sequence to replay (default: a new one, printed)
//   PAPERSIFT_MONKEY_TRACE    set: print every step as it is taken
//
// Nothing leaves the machine: arXiv and the model endpoint point at a closed loopback port, and
// links open into a recorder, not a browser. Qt's own file dialog is closed, not explored (its code
// is Qt's, and random keys there could delete files).
#include "config/settings.h"
#include "criteriadock.h"
#include "library.h"
#include "mainwindow.h"
#include "papertablemodel.h"
#include "pipeline/runcontroller.h"
#include "sidebar.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <csignal>
#include <cstring>
#include <functional>

#include <unistd.h>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {
int criticalMessages = 0;
QtMessageHandler previousHandler = nullptr;

void countCritical(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The offscreen platform says so for every dialog it cannot raise or size: not the window's fault.
    if (type == QtWarningMsg && message.startsWith("This plugin does not support"_L1))
        return;
    if (type == QtCriticalMsg || type == QtFatalMsg)
        ++criticalMessages;
    previousHandler(type, context, message);
}

// The last steps, as plain bytes a crash handler may write out (a QString may not be read there).
constexpr int TraceSteps = 40;
constexpr int TraceWidth = 200;
char trace[TraceSteps][TraceWidth];
volatile sig_atomic_t traceNext = 0;
struct sigaction previousActions[32];

void writeTrace()
{
    const char head[] = "\nthe monkey's last steps, oldest first:\n";
    (void)!write(STDERR_FILENO, head, sizeof head - 1);
    for (int i = 0; i < TraceSteps; ++i) {
        const char *line = trace[(traceNext + i) % TraceSteps];
        if (line[0] != 0) {
            (void)!write(STDERR_FILENO, line, strnlen(line, TraceWidth));
            (void)!write(STDERR_FILENO, "\n", 1);
        }
    }
}

void onCrash(int signal)
{
    writeTrace();
    sigaction(signal, &previousActions[signal], nullptr);
    raise(signal);
}
} // namespace

/// Receives the links the window would open in a browser.
class LinkRecorder : public QObject
{
    Q_OBJECT

public:
    int opened = 0;

public slots:
    void open(const QUrl &) { ++opened; }
};

class TestMonkey : public QObject
{
    Q_OBJECT

    QRandomGenerator m_random;
    QStringList m_steps; ///< the last steps, for the report
    int m_stepCount = 0;
    bool m_printSteps = qEnvironmentVariableIsSet("PAPERSIFT_MONKEY_TRACE");

    int pick(int n) { return n <= 1 ? 0 : int(m_random.bounded(quint32(n))); }

    void note(const QString &step)
    {
        ++m_stepCount;
        const QString line = u"%1: %2"_s.arg(m_stepCount).arg(step);
        m_steps.append(line);
        if (m_steps.size() > 30)
            m_steps.removeFirst();
        qstrncpy(trace[traceNext], line.toUtf8().constData(), TraceWidth);
        traceNext = (traceNext + 1) % TraceSteps;
        if (m_printSteps)
            qInfo("%s", qPrintable(line));
    }

    /// Where input goes: an open menu, else a modal dialog, else the window.
    static QWidget *target(MainWindow &w)
    {
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        if (QWidget *modal = QApplication::activeModalWidget())
            return modal;
        return &w;
    }

    QWidget *randomVisibleChild(QWidget *top)
    {
        QList<QWidget *> shown { top };
        for (QWidget *c : top->findChildren<QWidget *>()) {
            if (c->isVisible() && c->isEnabled() && c->width() > 2 && c->height() > 2)
                shown.append(c);
        }
        return shown.at(pick(int(shown.size())));
    }

    void randomKey(QWidget *to)
    {
        // The triage keys, movement, the window's shortcuts and some typing; never the ones that
        // quit or close the window (Ctrl+Q, Ctrl+W, Alt+F4).
        static const QList<QPair<Qt::Key, Qt::KeyboardModifiers>> keys = {
            { Qt::Key_J, {} }, { Qt::Key_K, {} }, { Qt::Key_Down, {} }, { Qt::Key_Up, {} }, { Qt::Key_S, {} },
            { Qt::Key_M, {} }, { Qt::Key_X, {} }, { Qt::Key_N, {} }, { Qt::Key_U, {} }, { Qt::Key_Space, {} },
            { Qt::Key_1, {} }, { Qt::Key_3, {} }, { Qt::Key_5, {} }, { Qt::Key_0, {} }, { Qt::Key_Home, {} },
            { Qt::Key_End, {} }, { Qt::Key_PageDown, {} }, { Qt::Key_Tab, {} }, { Qt::Key_Backtab, {} },
            { Qt::Key_Return, {} }, { Qt::Key_Escape, {} }, { Qt::Key_Slash, {} }, { Qt::Key_Question, {} },
            { Qt::Key_F, Qt::ControlModifier }, { Qt::Key_E, Qt::ControlModifier }, { Qt::Key_K, Qt::ControlModifier },
            { Qt::Key_Z, Qt::ControlModifier }, { Qt::Key_Comma, Qt::ControlModifier }, { Qt::Key_A, {} },
            { Qt::Key_Backspace, {} }, { Qt::Key_C, Qt::ControlModifier }, { Qt::Key_2, Qt::ControlModifier },
        };
        const auto [key, modifiers] = keys.at(pick(int(keys.size())));
        QWidget *focus = QApplication::focusWidget();
        QWidget *into = focus && (focus == to || to->isAncestorOf(focus)) ? focus : to;
        note(u"key %1 (%2) to %3"_s.arg(QKeySequence(key | modifiers).toString(), QString::number(int(modifiers)),
            QString::fromLatin1(into->metaObject()->className())));
        QTest::keyClick(into, key, modifiers);
    }

    void randomClick(QWidget *top)
    {
        QWidget *at = randomVisibleChild(top);
        const QPoint pos(pick(at->width()), pick(at->height()));
        const bool twice = pick(8) == 0;
        note(u"%1 %2 at %3,%4"_s.arg(twice ? u"double-click"_s : u"click"_s,
            QString::fromLatin1(at->metaObject()->className()) + u' ' + at->objectName())
                 .arg(pos.x())
                 .arg(pos.y()));
        if (twice)
            QTest::mouseDClick(at, Qt::LeftButton, {}, pos);
        else
            QTest::mouseClick(at, Qt::LeftButton, {}, pos);
    }

    void randomAction(MainWindow &w)
    {
        QList<QAction *> actions;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (!a->objectName().isEmpty() && a->objectName() != "quit"_L1 && a->isEnabled() && !a->isSeparator())
                actions.append(a);
        }
        if (actions.isEmpty())
            return;
        QAction *a = actions.at(pick(int(actions.size())));
        note(u"action %1"_s.arg(a->objectName()));
        a->trigger();
    }

    void randomDay(MainWindow &w)
    {
        QListView *days = w.sidebar()->dayList();
        const int rows = days->model()->rowCount();
        if (rows == 0)
            return;
        const int row = pick(rows);
        note(u"day row %1"_s.arg(row));
        days->setCurrentIndex(days->model()->index(row, 0));
    }

    void randomFilter(MainWindow &w)
    {
        static const QStringList texts
            = { u"graph"_s, u"au:Bengio"_s, u"\"language model\""_s, u"ti:"_s, u"\"unclosed"_s, QString(), u"x*"_s,
                  u"'; DROP TABLE papers; --"_s, u"$$\\"_s, u"llm agents"_s };
        auto *filter = w.findChild<QLineEdit *>(u"filterEdit"_s);
        if (!filter || !filter->isVisible())
            return;
        const QString text = texts.at(pick(int(texts.size())));
        note(u"filter \"%1\""_s.arg(text));
        filter->setText(text);
    }

    void randomCriteriaEdit(MainWindow &w)
    {
        auto *editor = w.criteriaDock()->findChild<QPlainTextEdit *>();
        if (!editor || !editor->isVisible())
            return;
        static const QStringList texts = { u"\n 1. Papers on graph neural networks\n"_s, u"## Relevant\n"_s, u"x"_s,
            u"\n"_s, u"`code` *em*"_s };
        const QString text = texts.at(pick(int(texts.size())));
        note(u"criteria edit"_s);
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(pick(int(editor->document()->characterCount())));
        if (pick(4) == 0)
            cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 1 + pick(20));
        cursor.insertText(text);
    }

    void randomResize(MainWindow &w)
    {
        static const QList<QSize> sizes = { { 1024, 700 }, { 1280, 800 }, { 1920, 1080 }, { 800, 600 } };
        const QSize size = sizes.at(pick(int(sizes.size())));
        note(u"resize %1x%2"_s.arg(size.width()).arg(size.height()));
        w.resize(size);
    }

    /// One step: mostly keys and clicks where input goes now, sometimes a window-level move.
    void step(MainWindow &w)
    {
        if (QWidget *modal = QApplication::activeModalWidget(); qobject_cast<QFileDialog *>(modal)) {
            note(u"close Qt's file dialog"_s);
            static_cast<QDialog *>(modal)->reject();
            return;
        }
        QWidget *to = target(w);
        const bool inWindow = to == &w;
        const int roll = pick(100);
        if (!inWindow && roll < 8) {
            note(u"close %1"_s.arg(QString::fromLatin1(to->metaObject()->className())));
            if (auto *dialog = qobject_cast<QDialog *>(to))
                dialog->reject();
            else
                to->close();
        } else if (roll < 45) {
            randomKey(to);
        } else if (roll < 80) {
            randomClick(to);
        } else if (!inWindow) {
            randomKey(to);
        } else if (roll < 87) {
            randomAction(w);
        } else if (roll < 92) {
            randomDay(w);
        } else if (roll < 96) {
            randomFilter(w);
        } else if (roll < 98) {
            randomCriteriaEdit(w);
        } else {
            randomResize(w);
        }
    }

    /// Closes every menu and dialog, innermost first, until none is left.
    static void closeEverything()
    {
        for (int round = 0; round < 50; ++round) {
            QWidget *open = QApplication::activePopupWidget();
            if (!open)
                open = QApplication::activeModalWidget();
            if (!open)
                return;
            if (auto *dialog = qobject_cast<QDialog *>(open))
                dialog->reject();
            else
                open->close();
            QCoreApplication::processEvents();
        }
    }

private slots:
    void initTestCase()
    {
        previousHandler = qInstallMessageHandler(countCritical);
        // A crash (or ASan's abort) prints the last steps: a replay of the seed is not exact, since
        // the background reads interleave with the steps differently each time.
        for (int signal : { SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL }) {
            struct sigaction action = {};
            action.sa_handler = onCrash;
            sigemptyset(&action.sa_mask);
            sigaction(signal, &action, &previousActions[signal]);
        }
    }

    void monkey()
    {
        const int seconds = qEnvironmentVariableIsSet("PAPERSIFT_MONKEY_SECONDS")
            ? qEnvironmentVariableIntValue("PAPERSIFT_MONKEY_SECONDS")
            : 20;
        bool seeded = false;
        const quint32 seed = qEnvironmentVariableIsSet("PAPERSIFT_MONKEY_SEED")
            ? quint32(qEnvironmentVariable("PAPERSIFT_MONKEY_SEED").toULong(&seeded))
            : QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("monkey seed %u for %d s (replay: PAPERSIFT_MONKEY_SEED=%u PAPERSIFT_MONKEY_SECONDS=%d)", seed,
            seconds, seed, seconds);

        Test::Sandbox sandbox;
        {
            // Nothing leaves the machine: port 9 (discard) on loopback is closed here.
            Settings settings;
            QVERIFY(settings.set(Settings::RssBaseUrl, u"http://127.0.0.1:9/rss"_s).isEmpty());
            QVERIFY(settings.set(Settings::ApiBaseUrl, u"http://127.0.0.1:9/api"_s).isEmpty());
            QVERIFY(settings.set(Settings::BaseUrl, u"http://127.0.0.1:9/v1"_s).isEmpty());
            settings.sync();
        }
        LinkRecorder links;
        for (const QString &scheme : { u"http"_s, u"https"_s, u"file"_s, u"mailto"_s })
            QDesktopServices::setUrlHandler(scheme, &links, "open");

        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy finished(w.runController(), &RunController::finished);
        w.openDemoDay();
        QVERIFY(finished.wait(60000));
        QVERIFY(w.paperModel()->rowCount() > 100);

        // Each step is queued, not called from the timer: a step that opens a modal dialog runs its
        // event loop from the main one, and the timer keeps stepping inside that dialog.
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        QTimer ticker;
        ticker.setInterval(3);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (clock.elapsed() >= seconds * 1000LL) {
                ticker.stop();
                QMetaObject::invokeMethod(
                    this,
                    [&] {
                        closeEverything();
                        done = QApplication::activeModalWidget() == nullptr;
                    },
                    Qt::QueuedConnection);
                return;
            }
            QMetaObject::invokeMethod(this, [&] { step(w); }, Qt::QueuedConnection);
        });
        ticker.start();
        QTRY_VERIFY_WITH_TIMEOUT(done, seconds * 1000 + 120000);
        // The window lives, shows the library, and a run stops when asked.
        if (!w.isVisible()) {
            // The monkey never quits, so a hidden window is a bug: say which steps led there.
            qWarning("%s", qPrintable(m_steps.join(u'\n')));
            QFAIL("the window was hidden");
        }
        w.action(u"stop"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!w.runController()->isRunning(), 30000);
        // After a reload the table holds exactly what the library holds for the view shown. The
        // Starred view of a library with nothing starred is rightly empty, with a day still chosen.
        QSignalSpy loaded(&w, &MainWindow::rowsLoaded);
        w.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        const bool starred = w.sidebar()->currentView() == Sidebar::View::Starred;
        const Result<QList<PaperRow>> expected = starred ? w.library()->starredRows()
            : w.currentDay().isValid()                   ? w.library()->rowsForDay(w.currentDay())
                                                         : w.library()->allDaysJob()();
        QVERIFY2(expected, qPrintable(expected.errorMessage()));
        QCOMPARE(w.paperModel()->rowCount(), expected->size());
        qInfo("%d steps in %lld ms, %d links opened into the recorder", m_stepCount,
            static_cast<long long>(clock.elapsed()), links.opened);
        if (criticalMessages > 0)
            qWarning("%s", qPrintable(m_steps.join(u'\n')));
        QCOMPARE(criticalMessages, 0);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed())
            qWarning("the last steps:\n%s", qPrintable(m_steps.join(u'\n')));
    }
};

// QTEST_MAIN's, but QtTest stops a test function after 5 minutes: the monkey runs as long as it
// is told (plus 10 minutes to wind down), unless QTEST_FUNCTION_TIMEOUT says otherwise.
int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QTEST_FUNCTION_TIMEOUT")) {
        const qint64 seconds = qEnvironmentVariableIsSet("PAPERSIFT_MONKEY_SECONDS")
            ? qEnvironmentVariableIntValue("PAPERSIFT_MONKEY_SECONDS")
            : 20;
        qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number((seconds + 600) * 1000));
    }
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestMonkey test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_monkey.moc"
