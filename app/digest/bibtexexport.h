#pragma once

#include "domain/paper.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace PaperSift {

/// BibTeX export: one @misc entry per paper with eprint, archivePrefix, primaryClass and url, in
/// UTF-8 (biblatex and modern BibTeX read it; non-ASCII text is kept, TeX specials escaped).
class BibtexExport
{
public:
    /// The entries, in the given order, separated by a blank line.
    static QByteArray render(const QList<Paper> &papers);

    /// One citation key per paper, parallel to the list: first author's last name, year, first
    /// significant title word ("ameli2025spectral"). Keys are unique within the list: papers that
    /// would share a key get "a", "b", … in id order, so the same papers always get the same keys.
    static QStringList citationKeys(const QList<Paper> &papers);

    /// Text for a braced field: TeX specials (\ { } & % # _ ~ ^ and unpaired $) escaped, inline
    /// math between paired $…$ kept as written when its braces balance.
    static QString escape(const QString &text);

    /// The year of a paper: from its new-style id (2506.xxxxx → 2025), else from the old-style id,
    /// the first version's date or the announcement day; 0 when none is known.
    static int year(const Paper &paper);
};

} // namespace PaperSift
