// The malformed-input contract, out of process: every file of both corpora
// (tests/data/bad/MANIFEST.json and tests/data/bad/photos/MANIFEST.json) through the real
// downsample-lab-cli executable, as a user would run it. Per file: no signal (abort, segfault,
// sanitizer report), finished within the manifest's timeout (10 s), peak RSS under its limit
// (512 MiB; measured by wait4), exit 0 for accept and 1 for reject, and a rejection is one line
// on stderr naming the file.
#include "testutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

struct Outcome
{
    bool finished = false;
    int exitCode = -1;
    int signal = 0;
    long peakRssKib = 0;
    qint64 milliseconds = 0;
    QByteArray err;
};

Outcome runCli(const QStringList &args, int timeoutSeconds, const QString &errFile)
{
    std::vector<std::string> storage { DSL_CLI_PATH };
    for (const QString &a : args)
        storage.push_back(a.toStdString());
    std::vector<char *> argv;
    for (std::string &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const std::string err = errFile.toStdString();
    posix_spawn_file_actions_addopen(&actions, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    Outcome o;
    QElapsedTimer clock;
    clock.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0)
        qFatal("cannot start %s", DSL_CLI_PATH);
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage {};
    for (;;) {
        const pid_t r = wait4(pid, &status, WNOHANG, &usage);
        if (r == pid)
            break;
        if (clock.elapsed() > timeoutSeconds * 1000) {
            kill(pid, SIGKILL);
            wait4(pid, &status, 0, &usage);
            o.milliseconds = clock.elapsed();
            return o; // not finished: a hang
        }
        usleep(2000);
    }
    o.milliseconds = clock.elapsed();
    o.finished = true;
    o.peakRssKib = usage.ru_maxrss;
    if (WIFEXITED(status))
        o.exitCode = WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        o.signal = WTERMSIG(status);
    QFile f(errFile);
    if (f.open(QIODevice::ReadOnly))
        o.err = f.readAll();
    return o;
}

} // namespace

class tst_Corpus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void throughTheCliExecutable_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expect");
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("maxRssMib");
        for (const QString &folder : { u"bad/"_s, u"bad/photos/"_s }) {
            const QJsonObject m = dsltest::readJson(folder + u"MANIFEST.json"_s);
            const QJsonObject contract = m.value(u"contract"_s).toObject();
            const int timeout = contract.value(u"timeout_s"_s).toInt(10);
            for (const auto &f : m.value(u"files"_s).toArray()) {
                const QJsonObject o = f.toObject();
                const QString path = folder + o.value(u"path"_s).toString();
                QTest::newRow(qPrintable(path.mid(4)))
                    << path << o.value(u"expect"_s).toString() << timeout
                    << o.value(u"max_rss_mib"_s)
                           .toInt(contract.value(u"default_max_rss_mib"_s).toInt(512));
            }
        }
    }
    void throughTheCliExecutable()
    {
        QFETCH(QString, path);
        QFETCH(QString, expect);
        QFETCH(int, timeout);
        QFETCH(int, maxRssMib);
        QTemporaryDir dir;
        const Outcome o = runCli({ u"info"_s, dsltest::dataPath(path), u"--json"_s }, timeout,
            dir.filePath(u"stderr"_s));
        QVERIFY2(o.finished, qPrintable(u"still running after %1 s"_s.arg(timeout)));
        QVERIFY2(o.signal == 0,
            qPrintable(u"killed by signal %1: %2"_s.arg(o.signal).arg(
                QString::fromUtf8(o.err.left(400)))));
        QVERIFY2(o.peakRssKib < maxRssMib * 1024,
            qPrintable(u"peak RSS %1 MiB"_s.arg(o.peakRssKib / 1024)));
        if (expect == u"accept"_s)
            QVERIFY2(o.exitCode == 0, o.err.constData());
        else if (expect == u"reject"_s)
            QVERIFY2(o.exitCode == 1, qPrintable(u"exit %1"_s.arg(o.exitCode)));
        else
            QVERIFY(o.exitCode == 0 || o.exitCode == 1);
        if (o.exitCode == 1) {
            QVERIFY2(o.err.count('\n') == 1, o.err.constData()); // one sentence, one line
            QVERIFY2(o.err.contains(QFileInfo(path).fileName().toUtf8()), o.err.constData());
        } else {
            QVERIFY2(o.err.isEmpty(), o.err.constData()); // no library chatter either
        }
    }
};

QTEST_GUILESS_MAIN(tst_Corpus)
#include "tst_corpus.moc"
