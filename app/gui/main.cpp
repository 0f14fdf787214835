// downsample-lab: the GUI. Opens the embedded demo on start, or the files given.
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>

#include <memory>

int main(int argc, char **argv)
{
    const QString sessionFile = dsl::app::takeSessionArgument(argc, argv);
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
    QCommandLineOption view(QStringLiteral("view"),
        QApplication::translate("main",
            "View to show: waveform, spectrum, spectrogram or filter (signals); output, alias, "
            "difference, kspace, aliaskspace, roundtrip, kernel or response (images)."),
        QStringLiteral("name"));
    QCommandLineOption variants(QStringLiteral("method"),
        QApplication::translate("main", "A variant to add, as ID[:key=value,...] (repeatable)."),
        QStringLiteral("spec"));
    QCommandLineOption preset(QStringLiteral("preset"),
        QApplication::translate(
            "main", "Open demo preset N (see File > Demo presets) instead of a file."),
        QStringLiteral("n"));
    QCommandLineOption shift(QStringLiteral("shift"),
        QApplication::translate(
            "main", "Shift the input by N eighths of a pixel (shift explorer)."),
        QStringLiteral("n"));
    QCommandLineOption shiftCurves(QStringLiteral("shift-curves"),
        QApplication::translate("main",
            "Compute the shift explorer's E(δ) curves of every variant once the results are "
            "ready (a screenshot then waits for them)."));
    QCommandLineOption plane(QStringLiteral("plane"),
        QApplication::translate(
            "main", "Volume plane to show: axial, coronal, sagittal or three (linked views)."),
        QStringLiteral("name"));
    QCommandLineOption roundTrip(QStringLiteral("round-trip"),
        QApplication::translate("main",
            "Bring every output back to the source's size with this resizer: nearest, bilinear, "
            "bicubic or lanczos."),
        QStringLiteral("resizer"));
    QCommandLineOption session(QStringLiteral("session"),
        QApplication::translate(
            "main", "Open a saved session (File > Save session): its source, variants and view."),
        QStringLiteral("file"));
    parser.addOption(session);
    parser.addOption(roundTrip);
    parser.addOption(shiftCurves);
    parser.addOption(plane);
    parser.addOption(preset);
    parser.addOption(shift);
    parser.addOption(view);
    parser.addOption(variants);
    parser.addOption(screenshot);
    parser.addOption(noDialogs);
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "A signal, image or scan to open."));
    parser.process(app);

    dsl::app::MainWindow window;
    window.show();
    dsl::app::Workspace &ws = *window.workspace();
    const QStringList files = parser.positionalArguments();
    const QString first = files.isEmpty() ? QString() : files.first();
    const bool opened = first.startsWith(QStringLiteral("synth:")) ? ws.openSynthetic(first.mid(6))
        : first.isEmpty()                                          ? false
                                                                   : ws.openFile(first);
    if (!sessionFile.isEmpty()) {
        if (!ws.openSession(sessionFile)) {
            qWarning("%s", qPrintable(ws.lastError()));
            if (!opened)
                ws.openDemo();
        }
    } else if (parser.isSet(preset)) {
        ws.openPreset(parser.value(preset).toInt());
    } else if (!opened) {
        ws.openDemo();
    }
    if (parser.isSet(plane)) {
        if (const auto layout = dsl::app::volumeLayoutFromName(parser.value(plane)))
            ws.viewState()->setLayout(*layout);
        else
            qWarning("%s",
                qPrintable(
                    QApplication::translate("main", "Unknown plane: %1").arg(parser.value(plane))));
    }
    if (parser.isSet(shift))
        ws.setShift(parser.value(shift).toInt());
    if (parser.isSet(variants)) {
        ws.comparison()->clearVariants();
        for (const QString &spec : parser.values(variants)) {
            std::map<std::string, std::string> params;
            try {
                params = dsl::Params::parseList(spec.section(u':', 1).toStdString());
            } catch (const std::exception &) {
            }
            ws.addVariant(spec.section(u':', 0, 0), params);
        }
    }
    if (parser.isSet(roundTrip) && !ws.setRoundTrip(parser.value(roundTrip)))
        qWarning("%s",
            qPrintable(QApplication::translate("main", "Unknown round trip: %1")
                           .arg(parser.value(roundTrip))));
    if (parser.isSet(view)) {
        if (const auto mode = dsl::app::displayModeFromName(parser.value(view)))
            ws.viewState()->setDisplayMode(*mode);
        else if (const auto tab = dsl::app::signalTabFromName(parser.value(view)))
            ws.viewState()->setSignalTab(*tab);
        else
            qWarning("%s",
                qPrintable(
                    QApplication::translate("main", "Unknown view: %1").arg(parser.value(view))));
    }
    if (parser.isSet(shiftCurves)) {
        auto started = std::make_shared<bool>(false);
        QObject::connect(&ws, &dsl::app::Workspace::allResultsReady, &window, [&ws, started] {
            if (!*started) {
                *started = true;
                ws.computeShiftCurves();
            }
        });
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        auto grab = [&window, path] {
            QTimer::singleShot(300, &window, [&window, path] {
                window.grab().save(path);
                QApplication::quit();
            });
        };
        if (parser.isSet(shiftCurves)) {
            // After every variant's curve has arrived.
            auto remaining = std::make_shared<int>(-1);
            QObject::connect(
                &ws, &dsl::app::Workspace::shiftCurvesUpdated, &window, [&ws, remaining, grab] {
                    if (*remaining < 0)
                        *remaining = int(ws.comparison()->variants().size());
                    if (--*remaining == 0)
                        grab();
                });
        } else {
            QObject::connect(&ws, &dsl::app::Workspace::allResultsReady, &window, grab);
        }
        QTimer::singleShot(60000, &window, grab); // never hang
    }
    return QApplication::exec();
}
