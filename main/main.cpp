// papersift: the window, unless a command is given (then headless, for cron).

#include "cli.h"
#include "config/settings.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

using namespace Qt::StringLiterals;

static void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"papersift"_s);
    QCoreApplication::setOrganizationName(u"PaperSift"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PAPERSIFT_VERSION));
}

int main(int argc, char **argv)
{
    if (PaperSift::Cli::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return PaperSift::Cli::runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"PaperSift"_s);
    QGuiApplication::setDesktopFileName(u"io.github.papersift.PaperSift"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/papersift.svg"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Daily arXiv triage"_s);
    PaperSift::Cli::addGlobalOptions(parser);
    parser.process(app);
    PaperSift::Cli::applyGlobalOptions(parser);
    // The window speaks the user's language; the command line (above) stays English, as git does.
    const QLocale locale
        = PaperSift::Translations::chosenLocale(PaperSift::Settings().string(PaperSift::Settings::Language));
    PaperSift::Translations::install(app, locale, PaperSift::Translations::catalogueDirs());

    auto window = std::make_unique<PaperSift::MainWindow>();
    window->show();
    return app.exec();
}
