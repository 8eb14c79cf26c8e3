#pragma once

#include "domain/runverdict.h"

// What the window shows of the library, as plain values: Library (the GUI's only gateway to the
// database) returns them, the models and panes display them. Widget-free, so Library and its
// background jobs never depend on a widget.

#include "domain/paper.h"
#include "domain/score.h"
#include "domain/smalloptional.h"
#include "store/userstatestore.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace PaperSift {

/// One row of the triage table: what the table shows of a paper on a day.
struct PaperRow
{
    // Texts first, then numbers, then bytes and flags: a library's 200,000 rows pay for every byte
    // (scores and the rating in a byte each, SmallOptional; 272 bytes a row, not 344).
    QString id;
    QString title;
    QString displayTitle; ///< the title with its TeX math rendered for reading (renderTexMath)
    QString authors; ///< "Surname et al." (Paper::surnames)
    QString category; ///< the listing's category (or the primary one)
    QStringList categories;
    QString keptByRule; ///< the query of the "always keep" rule it matches (PaperRule)
    QString scoreModel; ///< the model whose score counts ("keyword" for the keyword scorer)
    QString scoreVersion; ///< that version, "v2 · 2 Jun 17:48", for a stale score's tooltip
    QDate announced;
    qint64 pk = 0; ///< the paper's key in the store: what the text filter's matches are (ListedPaper::pk)
    std::optional<double> yours; ///< the reader's own ranking, 0–10 (RankingController fills it in)
    int labStars = 0; ///< how many of the lab starred it (shared library, lab activity shown)
    quint32 titleOrder = 0; ///< the title's rank in the locale's collation of the rows' titles (RowSortKeys)
    quint32 authorsOrder = 0; ///< the same for authors
    SmallInt relevance;
    SmallInt novelty;
    SmallInt rating; ///< the reader's 1–5
    AnnounceType announceType = AnnounceType::Unknown;
    bool starred = false;
    bool read = false;
    bool followed = false; ///< a followed author wrote it
    bool muted = false; ///< a "never show" rule hides it (and no "always keep" rule keeps it)
    bool stale = false; ///< that score was made with an older criteria version than the one in use
    bool titleFiltered = false; ///< the model's verdict was the title filter's "not relevant"
    bool hasNote = false;
};

/// Everything the paper pane shows about one paper.
struct PaperDetails
{
    Paper paper;
    QList<Score> scores; ///< every score the paper has (criteria versions × models), newest first
    QString currentCriteriaSha; ///< marks which scores belong to the criteria in use
    QStringList followedAuthors; ///< names to keep visible and mark
    bool read = false;
    bool starred = false;
    QString note;
    std::optional<int> rating; ///< the reader's 1–5
    /// The score that counts for it (the one rule, ScoreStore::countingScores()), if any.
    std::optional<Score> counting;
    bool countingIsStale = false; ///< made with an older criteria version than the one in use
    QString countingVersion; ///< the criteria version of that score, "v2 · 2 Jun 17:48"
    QString currentVersion; ///< the criteria version in use, named the same way
    /// Colleagues' notes, on a shared library with "show the lab's stars and notes" on.
    QList<LabNote> labNotes;
};

/// A feed day as the sidebar lists it.
struct DayInfo
{
    QDate day;
    int papers = 0;
    int scored = 0;
    int relevant = 0;
    int unscored = 0; ///< no score, and not dropped by the title filter
    RunVerdict verdict = RunVerdict::None; ///< how the day's latest run ended (the runs table)
    bool recovered = false; ///< rebuilt from the arXiv API (papersift recover)
    bool notFetched = false; ///< an announcement day missing from the library: a gap in the list
    bool counted = true; ///< false while the counts are still being read (DayCounter::uncountedDays)
};

} // namespace PaperSift

// Moved with memmove when a list of 200,000 grows, not copied one by one.
Q_DECLARE_TYPEINFO(PaperSift::PaperRow, Q_RELOCATABLE_TYPE);
// What bench_ui's "resident memory after All days" is made of, kept from growing unnoticed.
static_assert(sizeof(PaperSift::PaperRow) <= 272);
