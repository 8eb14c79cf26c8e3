// Hostile inputs against the real papersift binary, one command each, with its peak resident
// memory (issue 15: "no input pushes a command over 150 MB"). The files are generated at run time
// in a temporary folder and never committed:
//   - a feed with a quadratic internal-entity expansion (154 kB and 754 kB), billion laughs,
//   - 200 MB of random bytes, 1 GB of whitespace (import),
//   - a server that streams a feed without end (fetch),
//   - an endpoint that answers with a 300 MB chat completion (score).
// Each command runs under a small wrapper (this executable with --measure) that forks it, reads its
// VmRSS while it runs, kills it past BENCH_HOSTILE_LIMIT_MB (default 3072) or 300 s, and reports
// wait4()'s ru_maxrss. Output: "BENCH hostile <case> peak rss: N MiB" and its exit code and time.

#include "benchsupport.h"
#include "streamingserver.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <thread>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace PaperSift;
using namespace Qt::StringLiterals;

namespace {

// ---- the wrapper: no Qt, so its own memory does not matter ------------------------------------

long vmRssKiB(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/status", int(pid));
    FILE *f = std::fopen(path, "r");
    if (!f)
        return -1;
    char line[256];
    long kib = -1;
    while (std::fgets(line, sizeof line, f)) {
        if (std::strncmp(line, "VmRSS:", 6) == 0) {
            kib = std::atol(line + 6);
            break;
        }
    }
    std::fclose(f);
    return kib;
}

// bench_hostile --measure LIMIT_MB TIMEOUT_S RESULT_FILE PROGRAM ARGS…
int measure(int argc, char **argv)
{
    if (argc < 6)
        return 2;
    const long limitKiB = std::atol(argv[2]) * 1024;
    const auto timeout = std::chrono::seconds(std::atol(argv[3]));
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[5], argv + 5);
        _exit(127);
    }
    const auto start = std::chrono::steady_clock::now();
    const char *killed = "none";
    int status = 0;
    rusage usage {};
    for (;;) {
        const pid_t done = wait4(pid, &status, WNOHANG, &usage);
        if (done == pid)
            break;
        if (done < 0 && errno != EINTR)
            return 3;
        if (std::strcmp(killed, "none") == 0) {
            if (vmRssKiB(pid) > limitKiB) {
                killed = "memory";
                kill(pid, SIGKILL);
            } else if (std::chrono::steady_clock::now() - start > timeout) {
                killed = "time";
                kill(pid, SIGKILL);
            }
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    const long ms
        = long(std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count());
    FILE *out = std::fopen(argv[4], "w");
    if (!out)
        return 4;
    std::fprintf(
        out, "%ld %d %s %ld\n", long(usage.ru_maxrss), WIFEXITED(status) ? WEXITSTATUS(status) : -1, killed, ms);
    std::fclose(out);
    return 0;
}

// ---- the hostile inputs -----------------------------------------------------------------------

const QByteArray rssHead = "<?xml version='1.0' encoding='UTF-8'?>\n";

// One entity of 4,000 characters (under Qt's per-entity limit) referenced `refs` times in one
// abstract: 154 kB of file expand to 200 million characters.
QByteArray quadratic(int refs)
{
    QByteArray out = rssHead + "<!DOCTYPE rss [<!ENTITY a \"" + QByteArray(4000, 'a')
        + "\">]>\n"
          "<rss version=\"2.0\"><channel><title>cs.AI updates on arXiv.org</title>"
          "<pubDate>Mon, 16 Jun 2025 00:00:00 -0400</pubDate><item><title>T</title>"
          "<link>https://arxiv.org/abs/2506.00001</link><description>arXiv:2506.00001v1 Announce Type: new \n"
          "Abstract: ";
    out.reserve(out.size() + refs * 3 + 100);
    for (int i = 0; i < refs; ++i)
        out += "&a;";
    return out + "</description><guid>oai:arXiv.org:2506.00001v1</guid></item></channel></rss>\n";
}

QByteArray billionLaughs()
{
    QByteArray dtd = "<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        QByteArray refs;
        for (int j = 0; j < 10; ++j)
            refs += "&lol" + (i == 1 ? QByteArray() : QByteArray::number(i - 1)) + ';';
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"" + refs + "\">\n";
    }
    return rssHead + dtd + "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>\n";
}

// Writes `total` bytes made by `chunk` to a file, in pieces, without holding them.
bool writeFile(const QString &path, qint64 total, const std::function<QByteArray()> &chunk)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    qint64 written = 0;
    while (written < total) {
        QByteArray c = chunk();
        if (c.size() > total - written)
            c.truncate(total - written);
        if (f.write(c) != c.size())
            return false;
        written += c.size();
    }
    return true;
}

struct Measured
{
    double peakMiB = -1;
    int exitCode = -1;
    QByteArray killed;
    qint64 ms = 0;
    QString err;
};

Measured runMeasured(const QTemporaryDir &dir, const QStringList &args)
{
    const QString result = dir.filePath(u"result.txt"_s);
    QFile::remove(result);
    QProcess p;
    p.setProgram(QCoreApplication::applicationFilePath());
    const QString limit = qEnvironmentVariable("BENCH_HOSTILE_LIMIT_MB", u"3072"_s);
    p.setArguments(QStringList { u"--measure"_s, limit, u"300"_s, result, QStringLiteral(PAPERSIFT_EXECUTABLE),
                       u"--db"_s, dir.filePath(u"db.sqlite"_s), u"--config"_s, dir.filePath(u"config"_s) }
        + args);
    QSignalSpy finished(&p, &QProcess::finished);
    p.start();
    finished.wait(400000); // the servers live in this thread: wait with the event loop running
    Measured m;
    m.err = QString::fromUtf8(p.readAllStandardError()).trimmed().section(u'\n', -1);
    QFile f(result);
    if (!f.open(QIODevice::ReadOnly))
        return m;
    const QList<QByteArray> fields = f.readAll().trimmed().split(' ');
    if (fields.size() == 4) {
        m.peakMiB = fields[0].toDouble() / 1024.0;
        m.exitCode = fields[1].toInt();
        m.killed = fields[2];
        m.ms = fields[3].toLongLong();
    }
    return m;
}

void report(const QString &name, const Measured &m)
{
    Bench::report(u"hostile %1 peak rss"_s.arg(name), m.peakMiB, u"MiB"_s);
    std::printf("       %s: exit %d, %lld ms%s — %s\n", qPrintable(name), m.exitCode, static_cast<long long>(m.ms),
        m.killed == "none" ? "" : qPrintable(u", KILLED (%1)"_s.arg(QString::fromLatin1(m.killed))),
        qPrintable(m.err.left(300)));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1 && std::strcmp(argv[1], "--measure") == 0)
        return measure(argc, argv);

    QCoreApplication app(argc, argv);
    QTemporaryDir dir(QDir::tempPath() + u"/papersift-hostile-XXXXXX"_s);
    if (!dir.isValid())
        return 1;
    QDir().mkpath(dir.filePath(u"config"_s));
    const QString only = qEnvironmentVariable("BENCH_HOSTILE_ONLY"); // one case by name, for a quick look
    const auto wanted = [&only](const QString &name) {
        return only.isEmpty() || name == only;
    };
    bool over = false;
    const auto record = [&over](const QString &name, const Measured &m) {
        report(name, m);
        over = over || m.peakMiB < 0 || m.peakMiB > 150;
    };

    // A normal day first: what a command needs at all.
    if (wanted(u"baseline"_s))
        record(u"baseline (import of the real cs.LG feed)"_s,
            runMeasured(dir, { u"import"_s, Test::fixturePath(u"arxiv/rss2_daily_cs-lg_fetched-2025-06-17.xml"_s) }));

    const auto importFile = [&](const QString &name, const QString &file) {
        record(name, runMeasured(dir, { u"import"_s, file }));
        QFile::remove(file);
    };
    const auto save = [&dir](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    };
    if (wanted(u"quadratic-154k"_s))
        importFile(u"quadratic entity expansion, 154 kB"_s, save(u"quadratic-154k.xml"_s, quadratic(50000)));
    if (wanted(u"quadratic-754k"_s))
        importFile(u"quadratic entity expansion, 754 kB"_s, save(u"quadratic-754k.xml"_s, quadratic(250000)));
    if (wanted(u"billion-laughs"_s))
        importFile(u"billion laughs"_s, save(u"laughs.xml"_s, billionLaughs()));
    if (wanted(u"garbage"_s)) {
        const QString path = dir.filePath(u"garbage.bin"_s);
        writeFile(path, 200ll << 20, [] {
            QByteArray c(1 << 20, Qt::Uninitialized);
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(c.data()), c.size() / 4);
            return c;
        });
        importFile(u"200 MB of garbage"_s, path);
    }
    if (wanted(u"whitespace"_s)) {
        const QString path = dir.filePath(u"whitespace.xml"_s);
        writeFile(path, 1ll << 30, [] {
            return QByteArray(1 << 20, ' ');
        });
        importFile(u"1 GB of whitespace"_s, path);
    }

    if (wanted(u"endless-feed"_s)) {
        Test::StreamingServer server;
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n" + rssHead
            + "<rss version=\"2.0\"><channel><title>cs.AI updates on arXiv.org</title>"
              "<pubDate>Mon, 16 Jun 2025 00:00:00 -0400</pubDate>";
        int n = 0;
        server.next = [&n](qint64) {
            QByteArray items;
            for (int i = 0; i < 64; ++i, ++n) {
                const QByteArray id = "2506." + QByteArray::number(10000 + n % 90000);
                items += "<item><title>Paper " + QByteArray::number(n) + "</title><link>https://arxiv.org/abs/" + id
                    + "</link><description>arXiv:" + id + "v1 Announce Type: new \nAbstract: " + QByteArray(900, 'w')
                    + "</description></item>\n";
            }
            return items;
        };
        if (!server.listen(QHostAddress::LocalHost))
            return 1;
        record(u"fetch from a server that streams without end"_s,
            runMeasured(dir,
                { u"fetch"_s, u"--categories"_s, u"cs.AI"_s, u"--rss-base-url"_s,
                    u"http://127.0.0.1:%1"_s.arg(server.serverPort()) }));
    }

    if (wanted(u"llm-300mb"_s)) {
        const Measured imported
            = runMeasured(dir, { u"import"_s, Test::fixturePath(u"arxiv/rss2_daily_cs-ai_fetched-2025-06-17.xml"_s) });
        if (imported.exitCode != 0)
            return 1;
        Test::StreamingServer server;
        const qint64 total = 300ll << 20;
        const QByteArray open = R"({"id":"x","object":"chat.completion","model":"gpt-4o","choices":[{"index":0,)"
                                R"("message":{"role":"assistant","content":")";
        const QByteArray close = R"("},"finish_reason":"stop"}]})";
        server.head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(total) + "\r\nConnection: close\r\n\r\n" + open;
        server.next = [&](qint64 sent) {
            const qint64 body = total - open.size() - close.size();
            if (sent >= body + close.size())
                return QByteArray();
            if (sent >= body)
                return close;
            return QByteArray(int(std::min<qint64>(1 << 16, body - sent)), 'x');
        };
        if (!server.listen(QHostAddress::LocalHost))
            return 1;
        record(u"score against a 300 MB chat completion"_s,
            runMeasured(dir,
                { u"score"_s, u"--date"_s, u"2025-06-16"_s, u"--categories"_s, u"cs.AI"_s, u"--scorer"_s, u"llm"_s,
                    u"--base-url"_s, u"http://127.0.0.1:%1/v1"_s.arg(server.serverPort()), u"--model"_s, u"gpt-4o"_s,
                    u"--no-title-filter"_s, u"--budget"_s, u"0"_s }));
    }
    std::printf("%s\n", over ? "hostile: a command went over 150 MB" : "hostile: every command stayed under 150 MB");
    return over ? 1 : 0;
}
