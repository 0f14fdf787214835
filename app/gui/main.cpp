// downsample-lab: the GUI. Opens the embedded demo on start, or the files given.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DownsampleLab"));
    QApplication::setApplicationName(QStringLiteral("Downsample Lab"));

    QTranslator qtTranslator, appTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    if (appTranslator.load(QLocale(), QStringLiteral("downsamplelab"), QStringLiteral("_"),
            QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Shows what downsampling does to your data."));
    parser.addHelpOption();
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate(
            "main", "Save a PNG of the window once every variant is computed, then quit."),
        QStringLiteral("file"));
    QCommandLineOption noDialogs(QStringLiteral("no-dialogs"),
        QApplication::translate("main", "Report errors in the status bar only."));
    parser.addOption(screenshot);
    parser.addOption(noDialogs);
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "A signal, image or scan to open."));
    parser.process(app);

    dsl::app::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !window.openFile(files.first()))
        window.openDemo();
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        auto grab = [&window, path] {
            QTimer::singleShot(300, &window, [&window, path] {
                window.grab().save(path);
                QApplication::quit();
            });
        };
        QObject::connect(&window, &dsl::app::MainWindow::allResultsReady, &window, grab);
        QTimer::singleShot(30000, &window, grab); // never hang
    }
    return QApplication::exec();
}
