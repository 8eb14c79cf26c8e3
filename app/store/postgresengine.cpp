#include "postgresengine.h"

#include "database.h"
#include "pgpassword.h"
#include "sqlsupport.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

// The first key of every advisory lock PaperSift takes ("PSFT"), so it never meets another
// program's locks; the second key says which lock.
constexpr int lockClass = 0x50534654;
constexpr int schemaLockKey = 0;
// Runs hold a lock of their own class keyed by the run's id while their process lives.
constexpr int runClass = lockClass + 1;

bool asksForPassword(const QSqlError &error)
{
    const QString text = error.databaseText() + error.driverText();
    return text.contains("no password supplied"_L1) || text.contains("password authentication failed"_L1)
        || error.nativeErrorCode() == "28P01"_L1;
}

} // namespace

QString PostgresEngine::name() const
{
    return u"postgresql"_s;
}

bool PostgresEngine::isShared() const
{
    return true;
}

// ---- connecting ----------------------------------------------------------------------------

Status PostgresEngine::checkBeforeOpen(const DatabaseLocation &, bool, bool *existed) const
{
    *existed = true; // a server database exists before PaperSift opens it; its tables tell the rest
    return success();
}

QString PostgresEngine::driver() const
{
    return u"QPSQL"_s;
}

void PostgresEngine::setUp(QSqlDatabase &connection, const DatabaseLocation &location, bool, int) const
{
    if (!location.host().isEmpty())
        connection.setHostName(location.host());
    if (location.port() > 0)
        connection.setPort(location.port());
    connection.setDatabaseName(location.databaseName());
    if (!location.userName().isEmpty())
        connection.setUserName(location.userName());
    // TLS and the other libpq parameters pass through as they are; no password here: libpq reads
    // ~/.pgpass and PGPASSWORD itself.
    QMap<QString, QString> parameters = location.parameters();
    parameters.insert(u"application_name"_s, parameters.value(u"application_name"_s, u"PaperSift"_s));
    parameters.insert(u"connect_timeout"_s, parameters.value(u"connect_timeout"_s, u"10"_s));
    QStringList options;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        options.append(it.key() + u'=' + it.value());
    connection.setConnectOptions(options.join(u';'));
}

bool PostgresEngine::connect(QSqlDatabase &connection, const DatabaseLocation &location) const
{
    if (connection.open())
        return true;
    if (!asksForPassword(connection.lastError()))
        return false;
    const std::optional<QString> password = PgPassword::fromKeychain(location);
    if (!password)
        return false;
    connection.setPassword(*password);
    const bool opened = connection.open();
    connection.setPassword(QString()); // held no longer than needed
    return opened;
}

Status PostgresEngine::configure(Database &db, bool readOnly, int busyTimeoutMs) const
{
    // Instants are stored as ISO text in UTC; notices (IF NOT EXISTS …) are not the user's business.
    QStringList settings = { u"SET TIME ZONE 'UTC'"_s, u"SET client_min_messages = warning"_s,
        // PostgreSQL's writers rarely wait for each other (row locks); when they
        // do, as long as SQLite's busy timeout, then a Busy error.
        u"SET lock_timeout = %1"_s.arg(qMax(busyTimeoutMs, 200)) };
    if (readOnly)
        settings.append(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s);
    for (const QString &sql : std::as_const(settings)) {
        if (auto r = db.exec(sql); !r)
            return r.error();
    }
    return success();
}

void PostgresEngine::beforeClose(Database &) const
{
    // The server keeps its own statistics (autovacuum).
}

Result<QString> PostgresEngine::currentUser(Database &db) const
{
    auto rows = db.exec(u"SELECT current_user"_s);
    if (!rows)
        return rows.error();
    return rows->value(0).value(0).toString();
}

Status PostgresEngine::checkWriteAccess(Database &db) const
{
    auto rows = db.exec(u"SELECT has_table_privilege('papers', 'INSERT') AND has_table_privilege('scores', 'INSERT') "
                        "AND has_table_privilege('user_state', 'INSERT'), current_user"_s);
    if (!rows)
        return rows.error();
    if (rows->value(0).value(0).toBool())
        return success();
    return Error { u"You (database user %1) may read the shared library %2 but not change it, so PaperSift opens it "
                   "read-only: no fetching, scoring or marking papers. Ask the library's owner to grant you write "
                   "access (see \"Lab library\" in the README)."_s.arg(
                       rows->value(0).value(1).toString(), db.location().shown()),
        {}, ErrorCode::ReadOnly };
}

// ---- the schema ----------------------------------------------------------------------------

Result<int> PostgresEngine::schemaVersion(Database &db) const
{
    auto exists = db.exec(u"SELECT to_regclass('papersift_schema') IS NOT NULL"_s);
    if (!exists)
        return exists.error();
    if (!exists->value(0).value(0).toBool())
        return 0;
    auto version = db.exec(u"SELECT coalesce(max(version), 0) FROM papersift_schema"_s);
    if (!version)
        return version.error();
    return version->value(0).value(0).toInt();
}

Status PostgresEngine::setSchemaVersion(Database &db, int version) const
{
    if (auto r = db.exec(u"DELETE FROM papersift_schema"_s); !r)
        return r.error();
    if (auto r = db.exec(u"INSERT INTO papersift_schema (version) VALUES (%1)"_s.arg(version)); !r)
        return r.error();
    return success();
}

Result<bool> PostgresEngine::hasOtherTables(Database &db) const
{
    auto rows = db.exec(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"_s);
    if (!rows)
        return rows.error();
    return rows->value(0).value(0).toInt() > 0;
}

Result<QString> PostgresEngine::backUp(Database &, int) const
{
    // A server's backups are its administrator's (pg_dump); the upgrade itself is one transaction
    // that either happens whole or leaves the library as it was.
    return QString();
}

Status PostgresEngine::lockSchema(Database &db) const
{
    if (auto r = db.exec(u"SELECT pg_advisory_xact_lock(%1, %2)"_s.arg(lockClass).arg(schemaLockKey)); !r)
        return r.error();
    return success();
}

Status PostgresEngine::afterCopy(Database &db) const
{
    for (const auto &[table, column] : { std::pair { u"papers"_s, u"pk"_s }, std::pair { u"runs"_s, u"id"_s },
             std::pair { u"scores"_s, u"id"_s }, std::pair { u"criteria"_s, u"rowid"_s } }) {
        if (auto r = db.exec(u"SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%2), 0) + 1, false) "
                             "FROM %1"_s.arg(table, column));
            !r)
            return r.error();
    }
    // A fresh bulk of rows has no statistics until autovacuum comes by: the first queries would be
    // planned blind.
    if (auto r = db.exec(u"ANALYZE"_s); !r)
        return r.error();
    return success();
}

// ---- errors --------------------------------------------------------------------------------

Error PostgresEngine::errorFor(const QSqlError &error, const QString &doing, const QString &shown, bool readOnly) const
{
    // The driver reports the SQLSTATE; libpq's texts never hold the password.
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText().trimmed();
    const QString detail
        = u"PostgreSQL error %1 while %2: %3 (%4)"_s.arg(state, doing, error.databaseText(), error.driverText());
    if (state.isEmpty() || state.startsWith("08"_L1)) {
        QString hint;
        if (asksForPassword(error))
            hint = u" The server wants a password: put it in ~/.pgpass (host:port:database:user:password, mode "
                   "0600), in PGPASSWORD, or in the keychain (Settings → Library)."_s;
        else if (text.contains("SSL"_L1, Qt::CaseInsensitive) || text.contains("certificate"_L1))
            hint = u" Check sslmode and sslrootcert in the URL."_s;
        return Error { u"Cannot reach the shared library %1: %2.%3"_s.arg(shown, text, hint), detail };
    }
    if (state == "28P01"_L1 || state == "28000"_L1)
        return Error { u"The server refused the login to %1: %2. Check the user name and the password in ~/.pgpass, "
                       "PGPASSWORD or the keychain."_s.arg(shown, text),
            detail };
    if (state == "42501"_L1 || state == "25006"_L1)
        return Error { readOnly ? u"The shared library %1 was opened read-only and cannot be changed here."_s.arg(shown)
                                : u"You may read the shared library %1 but not change this (%2). Ask its owner for "
                                  "write access."_s.arg(shown, text),
            detail, ErrorCode::ReadOnly };
    if (state == "55P03"_L1 || state == "40001"_L1 || state == "40P01"_L1)
        return Error { u"The shared library %1 is busy: another PaperSift is writing the same rows. Try again in a "
                       "moment."_s.arg(shown),
            detail, ErrorCode::Busy };
    if (state == "53100"_L1)
        return Error { u"The server of %1 is out of disk space. Ask its administrator; nothing was half-written."_s.arg(
                           shown),
            detail, ErrorCode::DiskFull };
    if (state.startsWith("23"_L1))
        return Error { u"The shared library %1 refused inconsistent data while %2: %3."_s.arg(shown, doing, text),
            detail };
    return Error { u"Database error on %1 while %2: %3."_s.arg(shown, doing, text), detail };
}

bool PostgresEngine::violatedConstraint(const QSqlError &error) const
{
    return error.nativeErrorCode().startsWith("23"_L1); // integrity_constraint_violation
}

// ---- fragments -----------------------------------------------------------------------------

QString PostgresEngine::beginWrite() const
{
    return u"BEGIN"_s;
}

QString PostgresEngine::indexedBy(const QString &) const
{
    return {}; // the planner takes no hints
}

QString PostgresEngine::jsonTextList() const
{
    return u"SELECT json_array_elements_text(CAST(? AS json))"_s;
}

QString PostgresEngine::nowMs() const
{
    return u"CAST(extract(epoch FROM clock_timestamp()) * 1000 AS bigint)"_s;
}

// ---- full-text search (tsvector, GIN) ------------------------------------------------------

// A term's words as both the query and its word pairs read it: split at every character that is
// not a letter or digit, so the user's text never reaches to_tsquery as syntax.
static QStringList termWords(const QString &text)
{
    QStringList words;
    QString word;
    const QString ended = text + u' ';
    for (const QChar c : ended) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    return words;
}

QString PostgresEngine::searchExpression(const QList<SearchTerm> &terms) const
{
    // to_tsquery's own syntax, built here from letters and digits only (so the user's text is
    // never syntax): websearch_to_tsquery knows neither prefixes nor columns. Columns are the
    // weights the trigger gives them (title A, authors B, abstract C).
    QStringList parts;
    for (const SearchTerm &t : terms) {
        const QString weight = t.column == "title"_L1 ? u"A"_s
            : t.column == "authors"_L1                ? u"B"_s
            : t.column == "abstract"_L1               ? u"C"_s
                                                      : QString();
        const QStringList tokens = termWords(t.text);
        if (tokens.isEmpty())
            continue;
        QStringList lexemes;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            // A plain word matches as a prefix ("transf" finds "transformer"); a phrase matches exactly.
            const bool prefix = !t.phrase && i == tokens.size() - 1;
            const QString flags = (prefix ? u"*"_s : QString()) + weight;
            lexemes.append(u'\'' + tokens[i] + u'\'' + (flags.isEmpty() ? QString() : u':' + flags));
        }
        parts.append(u'(' + lexemes.join(u" <-> "_s) + u')');
    }
    return parts.join(u" & "_s);
}

// papersift_word_pairs()'s key for the pair: the first five hex digits of the MD5 of "a b".
static QString pairKey(const QString &a, const QString &b)
{
    const QByteArray md5 = QCryptographicHash::hash((a + u' ' + b).toUtf8(), QCryptographicHash::Md5);
    return QString::fromLatin1(md5.toHex().left(5));
}

QString PostgresEngine::phrasePairs(const QList<SearchTerm> &terms)
{
    // Only words of ASCII letters and digits: for those, the pair is exactly what the trigger's
    // to_tsvector('simple', unaccent(…)) made of the text (one lexeme a word, lower case), so
    // the filter can never drop a paper the phrase matches. Other words are left to `search`.
    const auto plain = [](const QString &word) {
        return std::all_of(word.cbegin(), word.cend(), [](QChar c) {
            return c.unicode() < 128 && c.isLetterOrNumber();
        });
    };
    QStringList pairs;
    for (const SearchTerm &t : terms) {
        if (!t.phrase)
            continue; // a word is a prefix: the index of words finds it as well as a pair would
        QStringList tokens = termWords(t.text);
        for (QString &token : tokens)
            token = token.toLower();
        for (qsizetype i = 1; i < tokens.size(); ++i) {
            if (plain(tokens[i - 1]) && plain(tokens[i]))
                pairs.append(u'\'' + pairKey(tokens[i - 1], tokens[i]) + u'\'');
        }
    }
    pairs.removeDuplicates();
    return pairs.join(u" & "_s);
}

namespace {

// The statement over paper_search for these terms: `select` reads from `s` and the query `q`,
// `after` orders or limits. A phrase's word pairs (schema 9) find the candidates first: the
// papers whose pair keys match, each then looked up by key and checked against the phrase.
// ts_match_vq() is @@ under its own name, which no index serves: with @@ the planner would
// rather ask the words' index (every paper holding both words of "neural network", a third of
// the library) and check each of those, which is what the pairs are there to avoid.
Statement searchStatement(const PostgresEngine &engine, const QList<SearchTerm> &terms, const QString &select,
    const QString &after, QVariantList tail)
{
    const QString match = engine.searchExpression(terms);
    if (match.isEmpty())
        return {};
    const QString pairs = PostgresEngine::phrasePairs(terms);
    const QString query = u"to_tsquery('simple', unaccent(CAST(? AS text))) q"_s;
    if (pairs.isEmpty())
        return { u"SELECT %1 FROM paper_search s, %2 WHERE s.search @@ q%3"_s.arg(select, query, after),
            QVariantList { match } + tail };
    return { u"SELECT %1 FROM paper_pairs w JOIN paper_search s ON s.pk = w.pk, %2 "
             "WHERE w.pairs @@ CAST(? AS tsquery) AND ts_match_vq(s.search, q)%3"_s.arg(select, query, after),
        QVariantList { match, pairs } + tail };
}

} // namespace

// All three read paper_search alone (schema 6): the vectors in line, with the ids beside them, so
// a phrase's recheck and the ranking of a common word never reach the papers or their TOAST table.
Statement PostgresEngine::rankedSearch(const QList<SearchTerm> &terms, int limit) const
{
    return searchStatement(*this, terms, u"s.id"_s, u" ORDER BY ts_rank(s.search, q) DESC, s.id LIMIT ?"_s, { limit });
}

Statement PostgresEngine::matchingKeysSearch(const QList<SearchTerm> &terms) const
{
    return searchStatement(*this, terms, u"s.pk"_s, QString(), {});
}

Statement PostgresEngine::matchingSearch(const QList<SearchTerm> &terms) const
{
    return searchStatement(*this, terms, u"s.id"_s, QString(), {});
}

// ---- across processes ----------------------------------------------------------------------

Status PostgresEngine::holdRun(Database &db, qint64 id) const
{
    // Held by this connection until it closes, however the process ends: a run whose lock is gone
    // was interrupted, and one whose lock is held is still working on another machine.
    if (auto r = db.exec(u"SELECT pg_advisory_lock(%1, CAST(? AS integer))"_s.arg(runClass), { id }); !r)
        return r.error();
    return success();
}

QString PostgresEngine::runIsOrphaned() const
{
    return u"NOT EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted "
           "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
           "AND l.classid = %1 AND l.objid = CAST(id AS oid) AND l.objsubid = 2)"_s.arg(runClass);
}

Result<bool> PostgresEngine::tryLock(Database &db, int key, bool shared) const
{
    auto rows
        = db.exec(u"SELECT %1(%2, %3)"_s.arg(shared ? u"pg_try_advisory_lock_shared"_s : u"pg_try_advisory_lock"_s)
                      .arg(lockClass)
                      .arg(key));
    if (!rows)
        return rows.error();
    return rows->value(0).value(0).toBool();
}

QString PostgresEngine::scoresChannel() const
{
    return u"papersift_scores"_s;
}

} // namespace PaperSift
