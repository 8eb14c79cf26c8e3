#include "library.h"

#include "config/settings.h"
#include "digest/digestbuilder.h"
#include "domain/criteria.h"
#include "scoring/authormatcher.h"
#include "scoring/promptbuilder.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/libraryquery.h"
#include "store/paperrepository.h"
#include "store/papersearch.h"
#include "store/scorestore.h"
#include "store/userstatestore.h"

#include <QFile>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace PaperSift {

using namespace Qt::StringLiterals;

Library::Library(QObject *parent)
    : QObject(parent)
{
}

Library::~Library()
{
    m_changes.reset(); // before the connection it listens on
}

void Library::onScoresStored(const QStringList &ids)
{
    auto papers = LibraryQuery(*m_reader).listedPapers(ids, m_criteriaSha);
    if (papers && !papers->isEmpty())
        emit scoresArrived(rowsFor(*papers, m_followed));
}

Status Library::open()
{
    // No busy wait for the GUI's writes: write() retries them from a timer instead.
    Database::Options writerOptions;
    writerOptions.busyTimeoutMs = 0;
    auto writer = Database::open(AppPaths::databaseFile(), writerOptions);
    // A shared library this reader may only read opens read-only, not at all is not an option.
    if (!writer && writer.error().code != ErrorCode::ReadOnly)
        return writer.error();
    m_readOnlyReason = writer ? QString() : writer.errorMessage();
    auto reader = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
    if (!reader)
        return reader.error();
    m_writer = writer ? std::move(writer).value() : nullptr;
    m_reader = std::move(reader).value();
    m_changes = std::make_unique<ChangeFeed>(*m_reader);
    connect(m_changes.get(), &ChangeFeed::scoresStored, this, &Library::onScoresStored);
    reloadCriteria();
    return success();
}

QString Library::path() const
{
    return m_reader ? m_reader->path() : AppPaths::databaseFile();
}

void Library::reloadCriteria()
{
    // The same criteria the scoring engine uses, so the table shows the scores it made.
    m_criteriaSha = Criteria { PromptSet::load().criteria }.sha256();
    m_followed = Settings::followedAuthors();
}

Result<QList<DayInfo>> Library::days() const
{
    Settings settings;
    DayQuery query;
    query.announceTypes = DigestBuilder::announceTypesFromSettings();
    query.criteriaSha256 = m_criteriaSha;
    query.relevanceCutoff = settings.integer(Settings::RelevanceCutoff);
    query.noveltyCutoff = settings.integer(Settings::NoveltyCutoff);
    auto counts = LibraryQuery(*m_reader).days(query);
    if (!counts)
        return counts.error();
    QList<DayInfo> days;
    days.reserve(counts->size());
    for (const DayCount &c : *counts)
        days.append({ c.day, c.papers, c.scored, c.relevant });
    return days;
}

QList<PaperRow> Library::rowsFor(const QList<ListedPaper> &papers, const QStringList &followedAuthors)
{
    const AuthorMatcher followed(followedAuthors);
    QList<PaperRow> rows;
    rows.reserve(papers.size());
    for (const ListedPaper &p : papers) {
        PaperRow r;
        r.id = p.id;
        r.title = p.title;
        r.authors = Paper::shortAuthors(p.authors);
        r.category = p.category.isEmpty() ? p.primaryCategory : p.category;
        r.categories = p.categories;
        r.announceType = announceTypeName(p.announceType);
        r.announced = p.day.isValid() ? p.day : p.firstAnnounced;
        r.relevance = p.relevance;
        r.novelty = p.novelty;
        r.comment = p.comment;
        r.read = p.read;
        r.starred = p.starred;
        r.followed = !followedAuthors.isEmpty() && followed.matchesAny(p.authors);
        rows.append(std::move(r));
    }
    return rows;
}

Result<QList<PaperRow>> Library::rowsForDay(QDate day) const
{
    auto papers
        = LibraryQuery(*m_reader).listedPapers({ day, day, DigestBuilder::announceTypesFromSettings(), m_criteriaSha });
    if (!papers)
        return papers.error();
    return rowsFor(*papers, m_followed);
}

std::function<Result<QList<PaperRow>>()> Library::allDaysJob() const
{
    const ListingQuery query { QDate(), QDate(), DigestBuilder::announceTypesFromSettings(), m_criteriaSha };
    return [path = path(), query, followed = m_followed]() -> Result<QList<PaperRow>> {
        Result<QList<PaperRow>> rows = [&]() -> Result<QList<PaperRow>> {
            auto db = Database::open(path, Database::Mode::ReadOnly);
            if (!db)
                return db.error();
            auto papers = LibraryQuery(**db).listedPapers(query);
            if (!papers)
                return papers.error();
            return rowsFor(*papers, followed);
        }();
#ifdef __GLIBC__
        // The scratch of the read above (hundreds of MB at 200,000 papers) is freed now, but glibc
        // keeps it in this thread's arena: hand it back to the system.
        malloc_trim(0);
#endif
        return rows;
    };
}

Result<QList<PaperRow>> Library::starredRows() const
{
    auto ids = UserStateStore(*m_reader).starredIds();
    if (!ids)
        return ids.error();
    auto papers = LibraryQuery(*m_reader).listedPapers(*ids, m_criteriaSha);
    if (!papers)
        return papers.error();
    return rowsFor(*papers, m_followed);
}

Result<PaperDetails> Library::details(const QString &id) const
{
    auto stored = PaperRepository(*m_reader).paper(id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error { tr("Paper %1 is not in the database.").arg(id), {} };
    PaperDetails d;
    d.paper = (*stored)->paper;
    if (!d.paper.announced.isValid())
        d.paper.announced = (*stored)->firstAnnounced;
    auto scores = ScoreStore(*m_reader).scoresForPaper(id);
    if (scores)
        d.scores = *scores;
    // Scores with the criteria in use first, then the others (older criteria, other models).
    std::stable_partition(d.scores.begin(), d.scores.end(), [this](const Score &s) {
        return s.key.criteriaSha256 == m_criteriaSha;
    });
    d.currentCriteriaSha = m_criteriaSha;
    d.followedAuthors = m_followed;
    auto state = UserStateStore(*m_reader).userState(id);
    if (state) {
        d.read = state->read;
        d.starred = state->starred;
        d.note = state->note;
    }
    return d;
}

Result<QSet<QString>> Library::search(const QString &text) const
{
    return PaperSearch(*m_reader).matchingIds(text);
}

Result<int> Library::paperCount() const
{
    return PaperRepository(*m_reader).paperCount();
}

namespace {
// A run's worker holds the write lock for one batch at a time (well under a second); a lock held
// for this long is something else — another program, a stuck process — and the user should know.
constexpr int kBusyGiveUpMs = 60000;
constexpr int kBusyRetryMs = 150;
} // namespace

void Library::write(WriteOp op, std::function<void()> done)
{
    if (!m_writer) {
        emit writeFailed(m_readOnlyReason.isEmpty() ? tr("The database is not open.") : m_readOnlyReason);
        return;
    }
    // Keep the order of the reader's actions: behind pending writes, queue.
    if (m_pendingWrites.isEmpty()) {
        const Status written = op(*m_writer);
        if (written) {
            if (done)
                done();
            return;
        }
        if (written.error().code != ErrorCode::Busy) {
            emit writeFailed(written.errorMessage());
            return;
        }
    }
    m_pendingWrites.append({ std::move(op), std::move(done), QDeadlineTimer(kBusyGiveUpMs) });
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setInterval(kBusyRetryMs);
        connect(m_retryTimer, &QTimer::timeout, this, &Library::retryWrites);
    }
    m_retryTimer->start();
}

void Library::retryWrites()
{
    while (!m_pendingWrites.isEmpty()) {
        PendingWrite &next = m_pendingWrites.first();
        const Status written = next.op(*m_writer);
        if (!written && written.error().code == ErrorCode::Busy && !next.giveUp.hasExpired())
            return; // still busy: the timer tries again
        const std::function<void()> done = written ? next.done : std::function<void()>();
        m_pendingWrites.removeFirst();
        if (!written)
            emit writeFailed(written.errorMessage());
        else if (done)
            done();
    }
    m_retryTimer->stop();
}

void Library::setStarred(const QStringList &ids, bool starred)
{
    write([ids, starred](Database &db) {
        UserStateStore states(db);
        for (const QString &id : ids) {
            if (Status done = states.setStarred(id, starred); !done)
                return done;
        }
        return success();
    });
}

void Library::setRead(const QStringList &ids, bool read)
{
    write([ids, read](Database &db) {
        UserStateStore states(db);
        for (const QString &id : ids) {
            if (Status done = states.setRead(id, read); !done)
                return done;
        }
        return success();
    });
}

void Library::setNote(const QString &id, const QString &note)
{
    write([id, note](Database &db) {
        return UserStateStore(db).setNote(id, note);
    });
}

void Library::saveCriteria(const QStringList &texts, std::function<void()> stored)
{
    write(
        [texts](Database &db) {
            ScoreStore scores(db);
            for (const QString &text : texts) {
                if (auto saved = scores.saveCriteria(text); !saved)
                    return Status(saved.error());
            }
            return success();
        },
        std::move(stored));
}

Result<QList<CriteriaVersion>> Library::criteriaVersions() const
{
    return ScoreStore(*m_reader).criteriaVersions();
}

Result<std::optional<QString>> Library::criteriaText(const QString &sha256) const
{
    return ScoreStore(*m_reader).criteriaText(sha256);
}

Result<QList<Paper>> Library::papersOfDay(QDate day) const
{
    auto stored = PaperRepository(*m_reader).papersForDay(day, DigestBuilder::announceTypesFromSettings());
    if (!stored)
        return stored.error();
    QList<Paper> papers;
    papers.reserve(stored->size());
    for (const StoredPaper &sp : std::as_const(*stored))
        papers.append(sp.paper);
    return papers;
}

Result<QList<DayCount>> Library::dayCounts() const
{
    DayQuery query;
    query.announceTypes = DigestBuilder::announceTypesFromSettings();
    return LibraryQuery(*m_reader).days(query);
}

Result<QStringList> Library::starredIds() const
{
    return UserStateStore(*m_reader).starredIds();
}

DigestBuilder Library::digests() const
{
    return DigestBuilder(*m_reader);
}

} // namespace PaperSift
