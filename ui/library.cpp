#include "library.h"

#include "daycounter.h"
#include "rowsortkeys.h"

#include "arxiv/arxivcalendar.h"
#include "config/settings.h"
#include "digest/digestbuilder.h"
#include "domain/criteria.h"
#include "scoring/authormatcher.h"
#include "scoring/promptbuilder.h"
#include "store/changefeed.h"
#include "store/database.h"
#include "store/learningstore.h"
#include "store/libraryquery.h"

#include "store/paperrepository.h"
#include "store/papersearch.h"
#include "store/runlog.h"
#include "store/scorestore.h"
#include "store/userstatestore.h"
#include "text/texmath.h"

#include <QFile>
#include <QSet>
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
        emit scoresArrived(rowsFor(*papers, rowContext()));
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
    m_showLabActivity = Settings().boolean(Settings::ShowLabActivity);
}

bool Library::showsLabActivity() const
{
    return m_reader && m_reader->engine().isShared() && m_showLabActivity;
}

Library::RowContext Library::rowContext() const
{
    RowContext context { m_criteriaSha, {}, m_followed, {}, {} };
    // The rules' matches, by the same search as the search box (a narrow rule costs milliseconds).
    if (auto rules = RuleStore(*m_reader).book(); rules)
        context.rules = std::move(*rules);
    // One grouped read of the starred rows (a few per reader), not one per paper.
    if (showsLabActivity()) {
        if (auto stars = UserStateStore(*m_reader).labStarCounts())
            context.labStars = std::move(*stars);
    }
    // A run may have saved criteria since: the names are read again with each set of rows.
    if (auto versions = ScoreStore(*m_reader).criteriaVersions(false); versions) {
        for (const CriteriaVersion &v : std::as_const(*versions))
            context.versionLabels.insert(v.sha256, v.label());
    }
    return context;
}

DayQuery Library::dayQuery() const
{
    Settings settings;
    DayQuery query;
    query.announceTypes = DigestBuilder::announceTypesFromSettings();
    query.criteriaSha256 = m_criteriaSha;
    query.relevanceCutoff = settings.integer(Settings::RelevanceCutoff);
    query.noveltyCutoff = settings.integer(Settings::NoveltyCutoff);
    return query;
}

Result<QList<DayInfo>> Library::days() const
{
    return DayCounter(*m_reader, dayQuery(), m_followed).days();
}

Result<QList<DayInfo>> Library::uncountedDays() const
{
    return DayCounter(*m_reader, dayQuery(), m_followed).uncountedDays();
}

std::function<Result<QList<DayInfo>>()> Library::daysJob() const
{
    return [path = path(), query = dayQuery(), followed = m_followed]() -> Result<QList<DayInfo>> {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db)
            return db.error();
        return DayCounter(**db, query, followed).days();
    };
}

QList<QDate> Library::missingDays(const QList<DayInfo> &days, const QDateTime &nowUtc)
{
    // Holes of a week at most: older gaps are days before the habit began, not missed ones.
    constexpr int window = 7;
    QSet<QDate> stored;
    for (const DayInfo &d : days)
        stored.insert(d.day);
    QList<QDate> sorted(stored.cbegin(), stored.cend());
    std::sort(sorted.begin(), sorted.end());
    const ArxivCalendar &calendar = ArxivCalendar::standard();
    if (const QDate latest = calendar.latestFeedDay(nowUtc);
        latest.isValid() && !sorted.isEmpty() && latest > sorted.last() && sorted.last().daysTo(latest) <= window)
        sorted.append(latest.addDays(1)); // a sentinel past the latest feed day
    QList<QDate> missing;
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted[i - 1].daysTo(sorted[i]) > window + 1)
            continue;
        for (const QDate &d : calendar.feedDays(sorted[i - 1].addDays(1), sorted[i].addDays(-1))) {
            if (!stored.contains(d))
                missing.append(d);
        }
    }
    return missing;
}

QList<PaperRow> Library::rowsFor(const QList<ListedPaper> &papers, const RowContext &context)
{
    const AuthorMatcher followed(context.followed);
    QList<PaperRow> rows;
    rows.reserve(papers.size());
    for (const ListedPaper &p : papers) {
        PaperRow r;
        // Copies of their own, not shares of the read's strings: those lie among the read's
        // scratch (author names, scores' ids), and one kept string pins a page of freed ones; with
        // none kept, malloc_trim hands the read's pages back (about 100 MB at 200,000 papers).
        r.id = QString(p.id.constData(), p.id.size());
        r.title = QString(p.title.constData(), p.title.size());
        r.pk = p.pk;
        r.authors = Paper::surnames(p.authors);
        r.category = p.category.isEmpty() ? p.primaryCategory : p.category;
        r.categories = p.categories;
        r.announceType = p.announceType;
        r.announced = p.day.isValid() ? p.day : p.firstAnnounced;
        r.relevance = p.relevance;
        r.novelty = p.novelty;

        r.read = p.read;
        r.starred = p.starred;
        r.followed = !followed.isEmpty() && followed.matchesAny(p.authors);
        if (!context.rules.isEmpty()) {
            if (const PaperRule *rule = context.rules.keptBy(p.id, p.categories))
                r.keptByRule = rule->query;
            r.muted = context.rules.isMuted(p.id, p.categories);
        }
        r.displayTitle = renderTexMath(r.title);
        r.scoreModel = p.scoreModel;
        r.stale = !p.scoreModel.isEmpty() && p.scoreCriteriaSha256 != context.currentSha;
        if (r.stale)
            r.scoreVersion = context.versionLabels.value(p.scoreCriteriaSha256, tr("an older version"));
        r.titleFiltered = p.titleFiltered;
        r.rating = p.rating;
        r.hasNote = p.hasNote;
        r.labStars = context.labStars.value(p.id);
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
    return rowsFor(*papers, rowContext());
}

std::function<Result<QList<PaperRow>>()> Library::allDaysJob() const
{
    const ListingQuery query { QDate(), QDate(), DigestBuilder::announceTypesFromSettings(), m_criteriaSha };
    return [path = path(), query, context = rowContext()]() -> Result<QList<PaperRow>> {
        Result<QList<PaperRow>> rows = [&]() -> Result<QList<PaperRow>> {
            auto db = Database::open(path, Database::Mode::ReadOnly);
            if (!db)
                return db.error();
            auto papers = LibraryQuery(**db).listedPapers(query);
            if (!papers)
                return papers.error();
            QList<PaperRow> read = rowsFor(*papers, context);
            // The text sort keys here, in the thread that reads All days, not on the GUI thread
            // (PaperTableModel::setRows makes them for the small lists of a day).
            RowSortKeys::assign(read);
            return read;
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
    return rowsFor(*papers, rowContext());
}

QString Library::scoreComment(const QString &id) const
{
    if (!isOpen())
        return {};
    const auto counting = ScoreStore(*m_reader).countingScores({ m_criteriaSha, QString() }, QStringList { id });
    return counting ? counting->value(id).comment : QString();
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
        d.rating = state->rating;
    }
    if (showsLabActivity()) {
        if (auto notes = UserStateStore(*m_reader).labNotes(id))
            d.labNotes = *notes;
    }
    // The score that counts, by the one rule, and which criteria versions are involved.
    if (auto counting = ScoreStore(*m_reader).countingScores({ m_criteriaSha, QString() }, QStringList { id });
        counting && counting->contains(id)) {
        d.counting = counting->value(id);
        d.countingIsStale = d.counting->key.criteriaSha256 != m_criteriaSha;
    }
    const RowContext context = rowContext();
    d.currentVersion = context.versionLabels.value(m_criteriaSha);
    if (d.counting)
        d.countingVersion = context.versionLabels.value(d.counting->key.criteriaSha256);
    return d;
}

Result<std::vector<qint64>> Library::search(const QString &text) const
{
    return PaperSearch(*m_reader).matchingKeys(text);
}

Result<int> Library::paperCount() const
{
    return PaperRepository(*m_reader).paperCount();
}

namespace {
// Writes every paper in one transaction: all or none, and one commit for a whole view.
template<typename Write>
Status eachInOneTransaction(Database &db, const QStringList &ids, Write write)
{
    Database::Transaction tx(db);
    if (Status begun = tx.begin(); !begun)
        return begun;
    UserStateStore states(db);
    for (const QString &id : ids) {
        if (Status done = write(states, id); !done)
            return done;
    }
    return tx.commit();
}

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
    write(
        [ids, starred](Database &db) {
            return eachInOneTransaction(db, ids, [starred](UserStateStore &states, const QString &id) {
                return states.setStarred(id, starred);
            });
        },
        [this] {
            emit ratingsChanged();
        });
}

void Library::setRead(const QStringList &ids, bool read)
{
    write([ids, read](Database &db) {
        return eachInOneTransaction(db, ids, [read](UserStateStore &states, const QString &id) {
            return states.setRead(id, read);
        });
    });
}

void Library::setNote(const QString &id, const QString &note)
{
    write([id, note](Database &db) {
        return UserStateStore(db).setNote(id, note);
    });
}

void Library::setRating(const QStringList &ids, std::optional<int> rating)
{
    write(
        [ids, rating](Database &db) {
            return eachInOneTransaction(db, ids, [rating](UserStateStore &states, const QString &id) {
                return states.setRating(id, rating);
            });
        },
        [this] {
            emit ratingsChanged();
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

void Library::changeRules(const QList<qint64> &removed, const QList<PaperRule> &added, std::function<void()> done)
{
    write(
        [removed, added](Database &db) {
            Database::Transaction transaction(db);
            if (Status s = transaction.begin(); !s)
                return s;
            RuleStore rules(db);
            for (const qint64 id : removed) {
                if (auto gone = rules.remove(id); !gone)
                    return Status(gone.error());
            }
            for (const PaperRule &rule : added) {
                if (auto id = rules.add(rule.action, rule.query); !id)
                    return Status(id.error());
            }
            return transaction.commit();
        },
        [this, done = std::move(done)] {
            emit rulesChanged();
            if (done)
                done();
        });
}

Result<QList<std::pair<Score, bool>>> Library::ratedScores() const
{
    return LearningStore(*m_reader).ratedScores();
}

Result<std::pair<QStringList, QStringList>> Library::recentRatedTitles(int limit) const
{
    return LearningStore(*m_reader).recentRatedTitles(limit);
}

Result<QList<RatedPaper>> Library::ratedPapers() const
{
    return LearningStore(*m_reader).ratedPapers();
}

Result<QList<PaperRule>> Library::rules() const
{
    return RuleStore(*m_reader).rules();
}

Result<int> Library::ruleMatches(const QString &query, QDate day) const
{
    const RuleStore store(*m_reader);
    auto book = store.compile({ PaperRule { 0, PaperRule::Action::Keep, query, {} } });
    if (!book)
        return book.error();
    auto papers = PaperRepository(*m_reader).papersForDay(day, DigestBuilder::announceTypesFromSettings());
    if (!papers)
        return papers.error();
    int n = 0;
    for (const StoredPaper &sp : std::as_const(*papers))
        n += book->matches(0, sp.paper.id, sp.paper.categories) ? 1 : 0;
    return n;
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
