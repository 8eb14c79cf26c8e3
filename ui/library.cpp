#include "library.h"

#include "config/settings.h"
#include "digest/digestbuilder.h"
#include "domain/criteria.h"
#include "scoring/authormatcher.h"
#include "scoring/promptbuilder.h"
#include "store/database.h"
#include "store/paperstore.h"

#include <QFile>
#include <QTimer>

namespace PaperSift {

using namespace Qt::StringLiterals;

Library::Library(QObject *parent)
    : QObject(parent)
{
}

Library::~Library()
{
    // Stores before the connections they use.
    m_readStore.reset();
    m_writeStore.reset();
}

Status Library::open()
{
    // No busy wait for the GUI's writes: write() retries them from a timer instead.
    Database::Options writerOptions;
    writerOptions.busyTimeoutMs = 0;
    auto writer = Database::open(AppPaths::databaseFile(), writerOptions);
    if (!writer)
        return writer.error();
    auto reader = Database::open(AppPaths::databaseFile(), Database::Mode::ReadOnly);
    if (!reader)
        return reader.error();
    m_writer = std::move(writer).value();
    m_reader = std::move(reader).value();
    m_writeStore = std::make_unique<PaperStore>(*m_writer);
    m_readStore = std::make_unique<PaperStore>(*m_reader);
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
    m_criteriaSha = Criteria{PromptSet::load().criteria}.sha256();
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
    auto counts = m_readStore->days(query);
    if (!counts)
        return counts.error();
    QList<DayInfo> days;
    days.reserve(counts->size());
    for (const DayCount &c : *counts)
        days.append({c.day, c.papers, c.scored, c.relevant});
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
    auto papers = m_readStore->listedPapers({ day, day, DigestBuilder::announceTypesFromSettings(), m_criteriaSha });
    if (!papers)
        return papers.error();
    return rowsFor(*papers, m_followed);
}

std::function<Result<QList<PaperRow>>()> Library::allDaysJob() const
{
    const ListingQuery query{QDate(), QDate(), DigestBuilder::announceTypesFromSettings(), m_criteriaSha};
    return [path = path(), query, followed = m_followed]() -> Result<QList<PaperRow>> {
        auto db = Database::open(path, Database::Mode::ReadOnly);
        if (!db)
            return db.error();
        auto papers = PaperStore(**db).listedPapers(query);
        if (!papers)
            return papers.error();
        return rowsFor(*papers, followed);
    };
}

Result<QList<PaperRow>> Library::starredRows() const
{
    auto ids = m_readStore->starredIds();
    if (!ids)
        return ids.error();
    auto papers = m_readStore->listedPapers(*ids, m_criteriaSha);
    if (!papers)
        return papers.error();
    return rowsFor(*papers, m_followed);
}

Result<PaperDetails> Library::details(const QString &id) const
{
    auto stored = m_readStore->paper(id);
    if (!stored)
        return stored.error();
    if (!stored->has_value())
        return Error{tr("Paper %1 is not in the database.").arg(id), {}};
    PaperDetails d;
    d.paper = (*stored)->paper;
    if (!d.paper.announced.isValid())
        d.paper.announced = (*stored)->firstAnnounced;
    auto scores = m_readStore->scoresForPaper(id);
    if (scores)
        d.scores = *scores;
    // Scores with the criteria in use first, then the others (older criteria, other models).
    std::stable_partition(d.scores.begin(), d.scores.end(),
                          [this](const Score &s) { return s.key.criteriaSha256 == m_criteriaSha; });
    d.currentCriteriaSha = m_criteriaSha;
    d.followedAuthors = m_followed;
    auto state = m_readStore->userState(id);
    if (state) {
        d.read = state->read;
        d.starred = state->starred;
        d.note = state->note;
    }
    return d;
}

Result<QSet<QString>> Library::search(const QString &text) const
{
    return m_readStore->matchingIds(text);
}

Result<int> Library::paperCount() const
{
    return m_readStore->paperCount();
}

Status Library::write(std::function<Status(PaperStore &)> op)
{
    // Keep the order of the reader's actions: behind pending writes, queue.
    if (m_pendingWrites.isEmpty()) {
        if (op(*m_writeStore))
            return success();
    }
    m_pendingWrites.append({std::move(op), 0});
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setInterval(150);
        connect(m_retryTimer, &QTimer::timeout, this, &Library::retryWrites);
    }
    m_retryTimer->start();
    return success();
}

void Library::retryWrites()
{
    while (!m_pendingWrites.isEmpty()) {
        auto &[op, attempts] = m_pendingWrites.first();
        const Status done = op(*m_writeStore);
        if (done) {
            m_pendingWrites.removeFirst();
            continue;
        }
        // About 30 s of a busy database is not a lock a run holds for one batch: give up.
        if (++attempts >= 200) {
            emit writeFailed(done.errorMessage());
            m_pendingWrites.removeFirst();
            continue;
        }
        return; // still busy: the timer tries again
    }
    m_retryTimer->stop();
}

Status Library::setStarred(const QString &id, bool starred)
{
    return write([id, starred](PaperStore &s) { return s.setStarred(id, starred); });
}

Status Library::setRead(const QString &id, bool read)
{
    return write([id, read](PaperStore &s) { return s.setRead(id, read); });
}

Status Library::setNote(const QString &id, const QString &note)
{
    return write([id, note](PaperStore &s) { return s.setNote(id, note); });
}

} // namespace PaperSift
