#include "learningstore.h"

#include "database.h"
#include "engine.h"
#include "learn/ratinglabel.h"
#include "paperrepository.h"
#include "sqlsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace PaperSift {

using namespace Qt::StringLiterals;
using namespace Sql;

namespace {

QString trainedOnJson(const QList<RatedPaper> &rated)
{
    QJsonArray list;
    for (const RatedPaper &r : rated)
        list.append(QJsonArray { r.paper.id, r.liked ? 1 : 0 });
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<std::pair<QString, bool>> trainedOnFrom(const QVariant &v)
{
    QList<std::pair<QString, bool>> out;
    for (const QJsonValue &entry : QJsonDocument::fromJson(v.toString().toUtf8()).array()) {
        const QJsonArray pair = entry.toArray();
        out.append({ pair.at(0).toString(), pair.at(1).toInt() != 0 });
    }
    return out;
}

QList<std::pair<QString, bool>> sortedLabels(QList<std::pair<QString, bool>> labels)
{
    std::sort(labels.begin(), labels.end());
    return labels;
}

} // namespace

bool StoredRanking::trainedOnSame(const QList<RatedPaper> &rated) const
{
    QList<std::pair<QString, bool>> now;
    now.reserve(rated.size());
    for (const RatedPaper &r : rated)
        now.append({ r.paper.id, r.liked });
    return sortedLabels(now) == sortedLabels(trainedOn);
}

LearningStore::LearningStore(Database &db)
    : m_db(db)
{
}

Result<QList<std::pair<QString, bool>>> LearningStore::labels() const
{
    Query labels(m_db,
        u"SELECT paper_id, starred, rating FROM user_state WHERE db_user = ? AND (starred = 1 OR rating IS NOT NULL) "
        "ORDER BY paper_id"_s,
        u"reading your ratings"_s);
    if (Status s = labels.run({ m_db.userName() }); !s)
        return s.error();
    QList<std::pair<QString, bool>> out;
    while (labels.next()) {
        const RatingLabel label = ratingLabel(labels.value(1).toInt() != 0, intFrom(labels.value(2)));
        if (label != RatingLabel::None)
            out.append({ labels.value(0).toString(), label == RatingLabel::Liked });
    }
    return out;
}

Result<QList<RatedPaper>> LearningStore::ratedPapers() const
{
    auto labelled = labels();
    if (!labelled)
        return labelled.error();
    QHash<QString, bool> liked;
    QStringList ids;
    for (const auto &[id, isLiked] : std::as_const(*labelled)) {
        ids.append(id);
        liked.insert(id, isLiked);
    }
    auto papers = PaperRepository(m_db).papers(ids);
    if (!papers)
        return papers.error();
    QList<RatedPaper> out;
    out.reserve(papers->size());
    for (StoredPaper &p : *papers) {
        const bool isLiked = liked.value(p.paper.id);
        out.append({ std::move(p.paper), isLiked });
    }

    Query outside(m_db,
        u"SELECT paper_id, liked, title, authors, abstract, categories FROM outside_ratings WHERE db_user = ? "
        "ORDER BY paper_id"_s,
        u"reading your imported ratings"_s);
    if (Status s = outside.run({ m_db.userName() }); !s)
        return s.error();
    while (outside.next()) {
        if (liked.contains(outside.value(0).toString()))
            continue; // the library's own rating of it wins
        RatedPaper r;
        r.paper.id = outside.value(0).toString();
        r.liked = outside.value(1).toInt() != 0;
        r.paper.title = outside.value(2).toString();
        r.paper.authors = listFromJson(outside.value(3));
        r.paper.abstract = outside.value(4).toString();
        r.paper.categories = listFromJson(outside.value(5));
        out.append(std::move(r));
    }
    return out;
}

Result<RatingCounts> LearningStore::ratingCounts() const
{
    // The same labels as RatingLabel, counted by the database: this runs on every rating.
    Query q(m_db,
        u"SELECT SUM(CASE WHEN starred = 1 OR rating >= 4 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN starred = 0 AND rating <= 2 THEN 1 ELSE 0 END) FROM user_state WHERE db_user = ?"_s,
        u"counting your ratings"_s);
    if (Status s = q.run({ m_db.userName() }); !s)
        return s.error();
    RatingCounts counts;
    if (q.next()) {
        counts.liked = q.value(0).toInt();
        counts.disliked = q.value(1).toInt();
    }
    Query outside(m_db,
        u"SELECT SUM(o.liked), SUM(1 - o.liked) FROM outside_ratings o WHERE o.db_user = ? AND NOT EXISTS "
        "(SELECT 1 FROM user_state u WHERE u.db_user = o.db_user AND u.paper_id = o.paper_id AND "
        "(u.starred = 1 OR u.rating IS NOT NULL))"_s,
        u"counting your imported ratings"_s);
    if (Status s = outside.run({ m_db.userName() }); !s)
        return s.error();
    if (outside.next()) {
        counts.liked += outside.value(0).toInt();
        counts.disliked += outside.value(1).toInt();
    }
    return counts;
}

Status LearningStore::saveRanking(
    const LearnedModel &model, const LearningReport &report, const QList<RatedPaper> &trainedOn)
{
    Query q(m_db,
        u"INSERT INTO learned_models (db_user, version, trained, liked, disliked, folds, precision_learned, "
        "precision_keyword, trained_on, model) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (db_user) DO UPDATE "
        "SET version = excluded.version, trained = excluded.trained, liked = excluded.liked, disliked = "
        "excluded.disliked, folds = excluded.folds, precision_learned = excluded.precision_learned, "
        "precision_keyword = excluded.precision_keyword, trained_on = excluded.trained_on, model = excluded.model"_s,
        u"saving your ranking"_s);
    const QVariant noFigure(QMetaType::fromType<double>());
    return q.run({ m_db.userName(), model.version(), instantValue(QDateTime::currentDateTimeUtc()), model.liked(),
        model.disliked(), report.folds, report.folds ? QVariant(report.learnedPrecision) : noFigure,
        report.keywordPrecision ? QVariant(*report.keywordPrecision) : noFigure, trainedOnJson(trainedOn),
        model.toBytes() });
}

Result<std::optional<StoredRanking>> LearningStore::ranking() const
{
    Query q(m_db,
        u"SELECT trained, liked, disliked, folds, precision_learned, precision_keyword, trained_on, model FROM "
        "learned_models WHERE db_user = ?"_s,
        u"reading your ranking"_s);
    if (Status s = q.run({ m_db.userName() }); !s)
        return s.error();
    if (!q.next())
        return std::optional<StoredRanking> {};
    auto model = LearnedModel::fromBytes(q.value(7).toByteArray());
    if (!model)
        return std::optional<StoredRanking> {}; // trained again from the ratings
    StoredRanking r;
    r.model = std::move(*model);
    r.trained = instantFrom(q.value(0));
    r.report.liked = q.value(1).toInt();
    r.report.disliked = q.value(2).toInt();
    r.report.folds = q.value(3).toInt();
    r.report.learnedPrecision = q.value(4).toDouble();
    if (!q.value(5).isNull())
        r.report.keywordPrecision = q.value(5).toDouble();
    r.trainedOn = trainedOnFrom(q.value(6));
    return std::optional<StoredRanking> { std::move(r) };
}

Status LearningStore::clearRanking()
{
    Query q(m_db, u"DELETE FROM learned_models WHERE db_user = ?"_s, u"forgetting your ranking"_s);
    return q.run({ m_db.userName() });
}

Result<bool> LearningStore::rankingIsStale() const
{
    auto stored = ranking();
    if (!stored)
        return stored.error();
    auto rated = ratedPapers();
    if (!rated)
        return rated.error();
    if (!*stored)
        return !rated->isEmpty();
    return !(*stored)->trainedOnSame(*rated);
}

Result<QHash<QString, double>> LearningStore::yours(const LearnedModel &model, const QStringList &ids) const
{
    // A day (hundreds of ids) by its ids; a larger set by one pass over the papers, which is
    // cheaper than thousands of lookups.
    const bool byId = !ids.isEmpty() && ids.size() <= 5000;
    const QString columns = u"SELECT id, title, abstract, authors, categories FROM papers"_s;
    Query q(m_db, byId ? columns + u" WHERE id IN (%1)"_s.arg(m_db.engine().jsonTextList()) : columns,
        u"reading papers for your ranking"_s);
    if (Status s = byId ? q.run({ jsonList(ids) }) : q.run(); !s)
        return s.error();
    const QSet<QString> wanted = byId || ids.isEmpty() ? QSet<QString>() : QSet<QString>(ids.cbegin(), ids.cend());
    QHash<QString, double> out;
    out.reserve(ids.isEmpty() ? 1024 : ids.size());
    Paper p;
    while (q.next()) {
        p.id = q.value(0).toString();
        if (!wanted.isEmpty() && !wanted.contains(p.id))
            continue;
        p.title = q.value(1).toString();
        p.abstract = q.value(2).toString();
        p.authors = listFromJson(q.value(3));
        p.categories = listFromJson(q.value(4));
        out.insert(p.id, model.score(p));
    }
    return out;
}

Result<QList<std::pair<Score, bool>>> LearningStore::ratedScores() const
{
    auto labelled = labels();
    if (!labelled)
        return labelled.error();
    QHash<QString, bool> liked;
    for (const auto &[id, isLiked] : std::as_const(*labelled))
        liked.insert(id, isLiked);
    if (liked.isEmpty())
        return QList<std::pair<Score, bool>>();
    // The newest score of each paper per criteria version and model (a new paper version's).
    Query q(m_db,
        u"SELECT s.paper_id, s.paper_version, s.criteria_sha256, s.model, s.prompt_version, s.relevance, s.novelty "
        "FROM scores s WHERE s.relevance IS NOT NULL AND s.paper_id IN (SELECT paper_id FROM user_state WHERE "
        "db_user = ? AND (starred = 1 OR rating IS NOT NULL)) ORDER BY s.id"_s,
        u"reading the scores of the papers you rated"_s);
    if (Status s = q.run({ m_db.userName() }); !s)
        return s.error();
    QHash<QString, qsizetype> at; // paper, criteria and model → its row in out
    QList<std::pair<Score, bool>> out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        const auto verdict = liked.constFind(id);
        if (verdict == liked.constEnd())
            continue;
        Score s;
        s.key = { id, q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString() };
        s.relevance = intFrom(q.value(5));
        s.novelty = intFrom(q.value(6));
        const QString key = id + u'\x1f' + s.key.criteriaSha256 + u'\x1f' + s.key.model;
        if (const auto found = at.constFind(key); found != at.constEnd()) {
            out[*found] = { std::move(s), *verdict };
        } else {
            at.insert(key, out.size());
            out.append({ std::move(s), *verdict });
        }
    }
    return out;
}

Result<std::pair<QStringList, QStringList>> LearningStore::recentRatedTitles(int limit) const
{
    struct Rated
    {
        QString title;
        bool liked = false;
        QDateTime when;
    };
    QList<Rated> all;
    Query marks(m_db,
        u"SELECT p.title, u.starred, u.rating, u.updated FROM user_state u JOIN papers p ON p.id = u.paper_id "
        "WHERE u.db_user = ? AND (u.starred = 1 OR u.rating IS NOT NULL)"_s,
        u"reading your ratings"_s);
    if (Status s = marks.run({ m_db.userName() }); !s)
        return s.error();
    while (marks.next()) {
        const RatingLabel label = ratingLabel(marks.value(1).toInt() != 0, intFrom(marks.value(2)));
        if (label != RatingLabel::None)
            all.append({ marks.value(0).toString(), label == RatingLabel::Liked, instantFrom(marks.value(3)) });
    }
    Query outside(m_db, u"SELECT title, liked, rated FROM outside_ratings WHERE db_user = ?"_s,
        u"reading your imported ratings"_s);
    if (Status s = outside.run({ m_db.userName() }); !s)
        return s.error();
    while (outside.next())
        all.append({ outside.value(0).toString(), outside.value(1).toInt() != 0, instantFrom(outside.value(2)) });
    std::stable_sort(all.begin(), all.end(), [](const Rated &a, const Rated &b) {
        return a.when != b.when ? a.when > b.when : a.title < b.title;
    });
    std::pair<QStringList, QStringList> titles;
    for (const Rated &r : std::as_const(all)) {
        QStringList &side = r.liked ? titles.first : titles.second;
        if (side.size() < limit && !side.contains(r.title))
            side.append(r.title);
    }
    return titles;
}

Status LearningStore::rateOutside(const Paper &paper, bool liked)
{
    Query q(m_db,
        u"INSERT INTO outside_ratings (db_user, paper_id, liked, title, authors, abstract, categories, rated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (db_user, paper_id) DO UPDATE SET liked = excluded.liked, "
        "title = excluded.title, authors = excluded.authors, abstract = excluded.abstract, "
        "categories = excluded.categories, rated = excluded.rated"_s,
        u"saving an imported rating"_s);
    return q.run({ m_db.userName(), paper.id, liked ? 1 : 0, paper.title, jsonList(paper.authors), paper.abstract,
        jsonList(paper.categories), instantValue(QDateTime::currentDateTimeUtc()) });
}

Status LearningStore::clearOutside(const QString &id)
{
    Query q(
        m_db, u"DELETE FROM outside_ratings WHERE db_user = ? AND paper_id = ?"_s, u"removing an imported rating"_s);
    return q.run({ m_db.userName(), id });
}

} // namespace PaperSift
