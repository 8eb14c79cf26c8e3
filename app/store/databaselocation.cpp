#include "databaselocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// The libpq parameters a URL may carry; anything else is refused rather than silently ignored.
const QStringList passedThrough = { u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s,
    u"connect_timeout"_s, u"application_name"_s, u"target_session_attrs"_s };

QString decoded(const QString &part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

} // namespace

bool DatabaseLocation::isServerUrl(const QString &text)
{
    return text.startsWith("postgresql://"_L1, Qt::CaseInsensitive)
        || text.startsWith("postgres://"_L1, Qt::CaseInsensitive);
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    DatabaseLocation l;
    if (!isServerUrl(text)) {
        if (text.isEmpty())
            return Error { u"No database file was given."_s, {} };
        l.m_text = QFileInfo(text).absoluteFilePath();
        return l;
    }
    l.m_engine = Engine::Postgres;
    const QString rest = text.mid(text.indexOf("://"_L1) + 3);
    const qsizetype query = rest.indexOf(u'?');
    const QString beforeQuery = query < 0 ? rest : rest.left(query);
    const qsizetype slash = beforeQuery.indexOf(u'/');
    const QString authority = slash < 0 ? beforeQuery : beforeQuery.left(slash);
    l.m_database = slash < 0 ? QString() : decoded(beforeQuery.mid(slash + 1));

    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(u':'))
            return Error { u"Do not put the password in the library's URL: it would end up in the settings, the "
                           "shell history and the process list. Put it in ~/.pgpass, PGPASSWORD, or the keychain "
                           "(Settings → Library)."_s,
                {} };
        l.m_user = decoded(userInfo);
        hostPort = authority.mid(at + 1);
    }
    QString portText;
    if (hostPort.startsWith(u'[')) { // [::1]:5432
        const qsizetype close = hostPort.indexOf(u']');
        l.m_host = hostPort.mid(1, close - 1);
        portText = hostPort.mid(close + 1).sliced(hostPort.mid(close + 1).startsWith(u':') ? 1 : 0);
    } else if (const qsizetype colon = hostPort.lastIndexOf(u':'); colon >= 0) {
        l.m_host = decoded(hostPort.left(colon));
        portText = hostPort.mid(colon + 1);
    } else {
        l.m_host = decoded(hostPort);
    }

    if (query >= 0) {
        for (const QString &pair : rest.mid(query + 1).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(u'=');
            const QString key = decoded(eq < 0 ? pair : pair.left(eq));
            const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
            if (key == "host"_L1)
                l.m_host = value;
            else if (key == "port"_L1)
                portText = value;
            else if (key == "user"_L1)
                l.m_user = value;
            else if (key == "dbname"_L1)
                l.m_database = value;
            else if (key == "password"_L1)
                return Error { u"Do not put the password in the library's URL. Put it in ~/.pgpass, PGPASSWORD, or the "
                               "keychain (Settings → Library)."_s,
                    {} };
            else if (passedThrough.contains(key))
                l.m_parameters.insert(key, value);
            else
                return Error { u"The library URL has an option PaperSift does not know: '%1'. Known: host, port, user, "
                               "dbname, %2."_s.arg(key, passedThrough.join(u", "_s)),
                    {} };
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        l.m_port = portText.toInt(&ok);
        if (!ok || l.m_port <= 0 || l.m_port > 65535)
            return Error { u"The port in the library URL is not a number from 1 to 65535: '%1'."_s.arg(portText), {} };
    }
    if (l.m_database.isEmpty())
        return Error { u"The library URL names no database: write it as postgresql://user@host:5432/dbname."_s, {} };

    // The canonical text: what settings keep and what a worker thread opens again.
    QString canonical = u"postgresql://"_s;
    if (!l.m_user.isEmpty())
        canonical += QString::fromUtf8(QUrl::toPercentEncoding(l.m_user)) + u'@';
    const bool socket = l.m_host.startsWith(u'/');
    if (!socket)
        canonical += l.m_host.contains(u':') ? u'[' + l.m_host + u']' : l.m_host;
    if (l.m_port > 0 && !socket)
        canonical += u':' + QString::number(l.m_port);
    canonical += u'/' + QString::fromUtf8(QUrl::toPercentEncoding(l.m_database));
    QStringList options;
    if (socket)
        options.append(u"host="_s + QString::fromUtf8(QUrl::toPercentEncoding(l.m_host, "/")));
    if (socket && l.m_port > 0)
        options.append(u"port="_s + QString::number(l.m_port));
    for (auto it = l.m_parameters.cbegin(); it != l.m_parameters.cend(); ++it)
        options.append(it.key() + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(it.value(), "/")));
    if (!options.isEmpty())
        canonical += u'?' + options.join(u'&');
    l.m_text = canonical;
    return l;
}

QString DatabaseLocation::shown() const
{
    return m_engine == Engine::Sqlite ? QDir::toNativeSeparators(m_text) : m_text;
}

QString DatabaseLocation::keychainAccount() const
{
    return u"%1@%2:%3/%4"_s.arg(m_user, m_host.isEmpty() ? u"localhost"_s : m_host)
        .arg(m_port > 0 ? m_port : 5432)
        .arg(m_database);
}

} // namespace PaperSift
