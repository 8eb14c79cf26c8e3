#pragma once

// learn/: the personal ranking ("Yours"). Which ratings count as liked or disliked
// (RatingLabel), the words of a paper as features (TextFeatures, Vocabulary), a linear model
// trained on them with liblinear (LearnedModel), and how well it knows the reader
// (LearningReport). No I/O: the store keeps the model, the window and the command line train it.

#include "domain/paper.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace PaperSift {

/// A paper's terms and how often each occurs, before weighting: words and word pairs of the
/// title (counted twice: a title is a summary) and the abstract, authors as "au:name" and
/// categories as "cat:cs.lg".
using TermCounts = QHash<QString, double>;

/// TermCounts with each term as its hash (a stable 64-bit FNV-1a of the term's text), ascending.
using HashedTerms = QList<std::pair<quint64, double>>;

/// A sparse vector: feature index (0-based, ascending) and value.
using SparseVector = QList<std::pair<int, double>>;

/// How a paper turns into terms. Words are folded (case and accents ignored), common English
/// words and numbers are dropped, and a plural "s" is taken off, so "Transformers" and
/// "transformer" are one term.
class TextFeatures
{
public:
    /// The definition of a paper's terms, one string each. Training and scoring use the hashed
    /// forms below, which must agree with it (tst_learnedmodel checks that they do).
    static TermCounts terms(const Paper &paper);
    /// terms(), hashed straight from the folded text: no string per term and paper. `names`,
    /// when given, learns the text of each hash it has not seen (to name a vocabulary's terms).
    static HashedTerms hashedTerms(const Paper &paper, QHash<quint64, QString> *names = nullptr);
    /// The words of a text, folded and filtered, in order.
    static QStringList words(const QString &text);
    /// A hash of a text that is the same in every process (qHash mixes in a per-process seed):
    /// for orders that must not change between runs, as the folds of cross-validation.
    static quint64 stableHash(QStringView text, quint64 seed = 0);
};

/// The terms a model knows and their inverse document frequency, fitted on its training papers;
/// turns a paper's terms into a TF-IDF vector (sublinear term frequency, unit length).
class Vocabulary
{
public:
    /// Terms in at least `minDocuments` of the documents; a smaller set would learn names of
    /// single papers.
    static Vocabulary fit(const QList<TermCounts> &documents, int minDocuments = 2);
    /// The same vocabulary from hashed documents, with `names` naming the hashes (what training
    /// uses: a string per term of the library, not per term of each paper).
    static Vocabulary fit(const QList<HashedTerms> &documents, const QHash<quint64, QString> &names, int minDocuments = 2);

    SparseVector vectorize(const TermCounts &terms) const;
    SparseVector vectorize(const HashedTerms &terms) const;
    /// The same as vectorize(TextFeatures::terms(paper)), without a string per term: each term is
    /// hashed straight from the folded text (what scoring a whole day spends its time on).
    SparseVector vectorize(const Paper &paper) const;
    int size() const { return int(m_terms.size()); }
    const QStringList &terms() const { return m_terms; }
    const QList<double> &idf() const { return m_idf; }
    /// Rebuilds a vocabulary from stored terms and weights (LearnedModel::fromBytes).
    static Vocabulary fromParts(QStringList terms, QList<double> idf);

private:
    /// Sorted by index, at unit length.
    static SparseVector normalized(SparseVector v);

    QStringList m_terms;
    QList<double> m_idf;
    QHash<QString, int> m_index;
    QHash<quint64, int> m_hashIndex; ///< termHash() of each term → its index
};

} // namespace PaperSift
