#include "learnedmodel.h"

#include <linear.h>

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {

constexpr quint32 Magic = 0x50534C4D; // "PSLM"
constexpr quint16 FormatVersion = 1;

// liblinear prints its iterations to stdout unless told otherwise.
void quiet(const char *)
{
}

} // namespace

QString LearnedModel::modelName(const QString &dbUser)
{
    return dbUser.isEmpty() ? u"learned"_s : u"learned:"_s + dbUser;
}

int LearnedModel::ratingsMissing(int liked, int disliked)
{
    return qMax(0, MinimumPerClass - liked) + qMax(0, MinimumPerClass - disliked);
}

Result<LearnedModel> LearnedModel::train(const QList<RatedPaper> &rated)
{
    int liked = 0;
    for (const RatedPaper &r : rated)
        liked += r.liked ? 1 : 0;
    const int disliked = int(rated.size()) - liked;
    if (const int missing = ratingsMissing(liked, disliked); missing > 0)
        return Error { u"Rate %1 more papers to get your own ranking: it needs %2 liked and %2 disliked papers "
                       "(now %3 liked, %4 disliked). A star or 4–5 counts as liked, 1–2 or \"Not interested\" as "
                       "disliked."_s.arg(missing)
                           .arg(MinimumPerClass)
                           .arg(liked)
                           .arg(disliked),
            {} };

    QList<HashedTerms> documents;
    documents.reserve(rated.size());
    QHash<quint64, QString> names;
    for (const RatedPaper &r : rated)
        documents.append(TextFeatures::hashedTerms(r.paper, &names));
    LearnedModel model;
    model.m_vocabulary = Vocabulary::fit(documents, names);
    model.m_liked = liked;
    model.m_disliked = disliked;
    const int n = model.m_vocabulary.size();
    if (n == 0)
        return Error { u"The rated papers share no words, so there is nothing to learn from yet. Rate a few more."_s,
            {} };

    // liblinear's problem: one row per paper, 1-based feature indices, the bias as a last feature,
    // each row ended by index -1.
    std::vector<std::vector<feature_node>> rows(rated.size());
    std::vector<feature_node *> x(rated.size());
    std::vector<double> y(rated.size());
    for (qsizetype i = 0; i < rated.size(); ++i) {
        const SparseVector v = model.m_vocabulary.vectorize(documents[i]);
        auto &row = rows[i];
        row.reserve(v.size() + 2);
        for (const auto &[index, value] : v)
            row.push_back({ index + 1, value });
        row.push_back({ n + 1, 1.0 });
        row.push_back({ -1, 0.0 });
        x[i] = row.data();
        y[i] = rated[i].liked ? 1.0 : -1.0;
    }
    problem prob {};
    prob.l = int(rated.size());
    prob.n = n + 1;
    prob.y = y.data();
    prob.x = x.data();
    prob.bias = 1.0;

    // Balanced classes: each side weighs half of the whole, whatever its count.
    int labels[2] = { 1, -1 };
    double weights[2] = { double(prob.l) / (2.0 * liked), double(prob.l) / (2.0 * disliked) };
    parameter param {};
    param.solver_type = L2R_L2LOSS_SVC_DUAL;
    param.C = 1.0;
    param.eps = 0.1;
    param.nr_weight = 2;
    param.weight_label = labels;
    param.weight = weights;
    if (const char *problemText = check_parameter(&prob, &param))
        return Error { u"The ranking could not be trained."_s, QString::fromUtf8(problemText) };
    set_print_string_function(quiet);
    // The dual solver visits the papers in an order drawn from rand(): seeded, the same ratings
    // always give the same model (and the same version, so nothing is scored twice for nothing).
    std::srand(0x5eed);
    struct ::model *trained = ::train(&prob, &param);
    if (!trained)
        return Error { u"The ranking could not be trained."_s, u"liblinear returned no model"_s };

    // The first label liblinear saw is its positive side; turn the weights so liked is above 0.
    int order[2] = { 0, 0 };
    get_labels(trained, order);
    const double sign = order[0] == 1 ? 1.0 : -1.0;
    model.m_weights.resize(n);
    for (int i = 0; i < n; ++i)
        model.m_weights[i] = sign * get_decfun_coef(trained, i + 1, 0);
    model.m_bias = sign * get_decfun_bias(trained, 0);
    free_and_destroy_model(&trained);
    return model;
}

double LearnedModel::decision(const Paper &paper) const
{
    double sum = m_bias;
    for (const auto &[index, value] : m_vocabulary.vectorize(paper))
        sum += m_weights[index] * value;
    return sum;
}

double LearnedModel::score(const Paper &paper) const
{
    return scoreOf(decision(paper));
}

double LearnedModel::scoreOf(double decision)
{
    // A decision of ±1 is the margin the training aimed for: 8.8 and 1.2.
    return 10.0 / (1.0 + std::exp(-2.0 * decision));
}

QStringList LearnedModel::reasons(const Paper &paper, int count) const
{
    QList<std::pair<double, int>> contributions;
    for (const auto &[index, value] : m_vocabulary.vectorize(paper))
        if (const double c = m_weights[index] * value; c > 0)
            contributions.append({ c, index });
    std::sort(contributions.begin(), contributions.end(), [](const auto &a, const auto &b) {
        return a.first > b.first;
    });
    QStringList out;
    for (const auto &[c, index] : contributions) {
        if (out.size() == count)
            break;
        QString term = m_vocabulary.terms()[index];
        if (term.startsWith("au:"_L1))
            term = term.mid(3); // an author's folded name
        else if (term.startsWith("cat:"_L1))
            term = term.mid(4);
        out.append(term);
    }
    return out;
}

QString LearnedModel::version() const
{
    return QString::fromLatin1(QCryptographicHash::hash(toBytes(), QCryptographicHash::Sha256).toHex().left(12));
}

QByteArray LearnedModel::toBytes() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_5);
    out << Magic << FormatVersion << qint32(m_liked) << qint32(m_disliked) << m_bias << m_vocabulary.terms()
        << m_vocabulary.idf() << m_weights;
    return bytes;
}

Result<LearnedModel> LearnedModel::fromBytes(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_5);
    quint32 magic = 0;
    quint16 format = 0;
    qint32 liked = 0, disliked = 0;
    LearnedModel model;
    QStringList terms;
    QList<double> idf;
    in >> magic >> format;
    if (magic != Magic || format != FormatVersion)
        return Error { u"The stored ranking is of an unknown format; it will be trained again."_s, {} };
    in >> liked >> disliked >> model.m_bias >> terms >> idf >> model.m_weights;
    if (in.status() != QDataStream::Ok || terms.size() != idf.size() || terms.size() != model.m_weights.size())
        return Error { u"The stored ranking is damaged; it will be trained again."_s, {} };
    model.m_liked = liked;
    model.m_disliked = disliked;
    model.m_vocabulary = Vocabulary::fromParts(std::move(terms), std::move(idf));
    return model;
}

} // namespace PaperSift
