#pragma once

#include "digest.h"
#include "domain/result.h"
#include "store/paperrepository.h"
#include "store/runlog.h"
#include "store/scorestore.h"
#include "store/userstatestore.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace PaperSift {

class Database;

/// The three export formats.
enum class ExportFormat { Markdown, Json, Bibtex };

/// "md", "json" or "bib": the command line's name and the file extension.
QString exportFormatName(ExportFormat format);
/// The format named "md"/"markdown", "json" or "bib"/"bibtex" (any case); nullopt for others.
std::optional<ExportFormat> exportFormatFromName(QStringView name);

/// What to build a digest with; empty fields come from the settings and the store.
struct DigestOptions
{
    /// The model whose scores count. Empty: any model's, by the one rule; the digest is headed by
    /// the model most of them come from (else the day's latest run's, else the Model setting).
    QString model;
    std::optional<int> relevanceCutoff; ///< empty: the RelevanceCutoff setting
    std::optional<int> noveltyCutoff; ///< empty: the NoveltyCutoff setting
};

/// Gathers a digest's data from the store: the day's papers with the scores that count (the one
/// rule, ScoreStore::countingScores()), the runs' tokens and cost, the counts and the prompts as
/// sent (a day scored with an older criteria version shows that version's).
/// Reads settings, prompts, prices and followed authors from AppPaths; only reads the store.
class DigestBuilder
{
public:
    explicit DigestBuilder(Database &db);

    /// The DigestInput of a feed day. An error when the store lists no paper that day.
    Result<DigestInput> build(const QDate &day, const DigestOptions &options = {}) const;
    /// Every starred paper (most recently starred first), with its score that counts
    /// (ScoreStore::countingScores(), by options.model when given) and the reader's state.
    Result<QList<DigestEntry>> starred(const DigestOptions &options = {}) const;

    /// A day's export: the Markdown digest, the digest as JSON, or its papers as BibTeX.
    Result<QByteArray> exportDay(const QDate &day, ExportFormat format, const DigestOptions &options = {}) const;
    /// A day's export from its gathered data (build()).
    static QByteArray render(const DigestInput &input, ExportFormat format);
    /// The starred papers as JSON or BibTeX (a Markdown digest is made for one day: an error).
    Result<QByteArray> exportStarred(ExportFormat format, const DigestOptions &options = {}) const;

    /// SHA-256 of the criteria in use (PromptSet::load().criteria).
    static QString currentCriteriaSha256();
    /// The announce types of the AnnounceTypes setting (empty: all).
    static QList<AnnounceType> announceTypesFromSettings();

private:
    // Const in the const methods: a digest only reads.
    PaperRepository m_papers;
    ScoreStore m_scores;
    RunLog m_runs;
    UserStateStore m_states;
};

} // namespace PaperSift
