#pragma once

#include "libraryrows.h"

#include <QList>

#include <vector>

namespace PaperSift {

/// The table's text sort keys, made once when rows load rather than at every sort: each row's
/// rank in the locale's collation of all the rows' titles (PaperRow::titleOrder) and authors
/// (authorsOrder), ties sharing a rank. Sorting 200,000 rows by title is then an integer sort
/// (make bench: ui_sort_by_title_200k). Library builds them in the thread that reads the rows.
namespace RowSortKeys {

/// Each row's rank (from 1, ties shared) in the locale's case-insensitive collation of
/// `text(row)` over all rows.
std::vector<quint32> collationRanks(const QList<PaperRow> &rows, const QString &(*text)(const PaperRow &));
/// Fills titleOrder and authorsOrder (from 1; 0 is "not made yet").
void assign(QList<PaperRow> &rows);
/// Whether every row has its ranks (an empty list has).
bool assigned(const QList<PaperRow> &rows);

} // namespace RowSortKeys

} // namespace PaperSift
