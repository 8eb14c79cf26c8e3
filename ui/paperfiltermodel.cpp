#include "paperfiltermodel.h"

#include "papertablemodel.h"
#include "rowsortkeys.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <functional>
#include <limits>

namespace PaperSift {

PaperFilterModel::PaperFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void PaperFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;
    beginResetModel();
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_papers = qobject_cast<PaperTableModel *>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        // The table model replaces its rows (a reset) and changes them in place (dataChanged); it
        // never inserts or removes, but should it, the view starts over from the new rows.
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &PaperFilterModel::beginResetModel);
        connect(model, &QAbstractItemModel::modelReset, this, &PaperFilterModel::sourceReset);
        connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this, &PaperFilterModel::beginResetModel);
        connect(model, &QAbstractItemModel::rowsInserted, this, &PaperFilterModel::sourceReset);
        connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this, &PaperFilterModel::beginResetModel);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &PaperFilterModel::sourceReset);
        connect(model, &QAbstractItemModel::dataChanged, this, &PaperFilterModel::sourceDataChanged);
    }
    sourceReset();
}

void PaperFilterModel::sourceReset()
{
    const int n = m_papers ? m_papers->rowCount() : 0;
    m_smallRanksColumn = -1;
    m_keys.assign(size_t(n), std::nullopt);
    for (int r = 0; r < n; ++r)
        m_keys[size_t(r)] = sortKey(r);
    buildOrder();
    matchIds(); // the same ids, over the new rows
    rebuildRowsInPlace();
    endResetModel();
}

// ---- sorting -------------------------------------------------------------------------------------

const std::vector<quint32> &PaperFilterModel::smallTextRanks(int column) const
{
    // A library has a few dozen categories and three announce types: cheap to collate when first
    // sorted by them, unlike titles and authors (made when the rows load).
    if (m_smallRanksColumn != column) {
        m_smallRanks = column == PaperTableModel::Category
            ? RowSortKeys::collationRanks(m_papers->rows(),
                [](const PaperRow &r) -> const QString & {
                    return r.category;
                })
            : RowSortKeys::collationRanks(m_papers->rows(), [](const PaperRow &r) -> const QString & {
                  // Collated as the names the column shows, not in the enum's order.
                  static const std::array<QString, 5> names = [] {
                      std::array<QString, 5> n;
                      for (size_t t = 0; t < n.size(); ++t)
                          n[t] = announceTypeName(AnnounceType(t));
                      return n;
                  }();
                  return names.at(size_t(r.announceType));
              });
        m_smallRanksColumn = column;
    }
    return m_smallRanks;
}

std::optional<qint64> PaperFilterModel::sortKey(int sourceRow) const
{
    const PaperRow &r = m_papers->row(sourceRow);
    switch (m_sortColumn) {
    case PaperTableModel::Star:
        return r.starred ? 1 : 0;
    case PaperTableModel::LabStars:
        return r.labStars;
    case PaperTableModel::Yours: {
        if (!r.yours)
            return std::nullopt;
        // A double's bits, turned so that comparing them as integers orders the numbers.
        const double yours = *r.yours;
        qint64 bits = 0;
        std::memcpy(&bits, &yours, sizeof bits);
        return bits < 0 ? bits ^ std::numeric_limits<qint64>::max() : bits;
    }
    case PaperTableModel::Relevance:
        return r.relevance ? std::optional<qint64>(*r.relevance) : std::nullopt;
    case PaperTableModel::Novelty:
        return r.novelty ? std::optional<qint64>(*r.novelty) : std::nullopt;
    case PaperTableModel::Announced:
        return r.announced.toJulianDay();
    case PaperTableModel::Title:
        return r.titleOrder;
    case PaperTableModel::Authors:
        return r.authorsOrder;
    case PaperTableModel::Category:
    case PaperTableModel::Type:
        return smallTextRanks(m_sortColumn)[size_t(sourceRow)];
    default:
        return 0; // unsorted: the source order
    }
}

bool PaperFilterModel::before(int a, int b) const
{
    // Missing values (unscored) come last whichever way the column is sorted; ties keep the
    // source order in both directions.
    const std::optional<qint64> &ka = m_keys[size_t(a)];
    const std::optional<qint64> &kb = m_keys[size_t(b)];
    if (ka.has_value() != kb.has_value())
        return ka.has_value();
    if (ka && *ka != *kb)
        return m_sortOrder == Qt::AscendingOrder ? *ka < *kb : *ka > *kb;
    return a < b;
}

void PaperFilterModel::buildOrder()
{
    const size_t n = m_keys.size();
    m_order.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_order[i] = int(i);
    if (m_sortColumn >= 0)
        std::sort(m_order.begin(), m_order.end(), [this](int a, int b) {
            return before(a, b);
        });
    m_orderPos.resize(n);
    for (size_t i = 0; i < n; ++i)
        m_orderPos[size_t(m_order[i])] = int(i);
}

void PaperFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    relayout(QAbstractItemModel::VerticalSortHint, [&] {
        if (column == m_sortColumn && column >= 0) {
            turnOrder();
            m_sortOrder = order;
            return;
        }
        m_sortColumn = column;
        m_sortOrder = order;
        for (size_t r = 0; r < m_keys.size(); ++r)
            m_keys[r] = sortKey(int(r));
        buildOrder();
    });
}

void PaperFilterModel::turnOrder()
{
    // The same column the other way: the keyed part turns round group by group (equal keys stay
    // in source order), the rows without a key stay last.
    const auto keyed = size_t(std::count_if(m_keys.cbegin(), m_keys.cend(), [](const auto &k) {
        return k.has_value();
    }));
    std::vector<int> turned;
    turned.reserve(m_order.size());
    size_t end = keyed;
    while (end > 0) {
        size_t start = end - 1;
        while (start > 0 && m_keys[size_t(m_order[start - 1])] == m_keys[size_t(m_order[end - 1])])
            --start;
        turned.insert(turned.end(), m_order.begin() + qsizetype(start), m_order.begin() + qsizetype(end));
        end = start;
    }
    turned.insert(turned.end(), m_order.begin() + qsizetype(keyed), m_order.end());
    m_order = std::move(turned);
    for (size_t i = 0; i < m_order.size(); ++i)
        m_orderPos[size_t(m_order[i])] = int(i);
}

// ---- filtering -----------------------------------------------------------------------------------

void PaperFilterModel::rebuildRowsInPlace()
{
    m_rows.clear();
    m_proxyRow.assign(m_order.size(), -1);
    for (int source : m_order) {
        if (accepts(source)) {
            m_proxyRow[size_t(source)] = int(m_rows.size());
            m_rows.push_back(source);
        }
    }
}

void PaperFilterModel::dropRejectedRows()
{
    std::vector<int> kept;
    kept.reserve(m_rows.size());
    for (const int source : m_rows) {
        if (accepts(source)) {
            m_proxyRow[size_t(source)] = int(kept.size());
            kept.push_back(source);
        } else {
            m_proxyRow[size_t(source)] = -1;
        }
    }
    m_rows = std::move(kept);
}

void PaperFilterModel::relayout(
    QAbstractItemModel::LayoutChangeHint hint, const std::function<void()> &change, bool onlyHides)
{
    // One layout change, not a rowsRemoved/rowsInserted pair per changed range: a text filter over
    // 200,000 rows changes tens of thousands of ranges, and the view handles each of those in
    // time linear in its rows (make bench: ui_text_filter_*). The persistent indexes (the
    // selection, the current paper) follow their source rows, or go when those are filtered out.
    emit layoutAboutToBeChanged({}, hint);
    const QModelIndexList persistent = persistentIndexList();
    std::vector<int> sources;
    sources.reserve(size_t(persistent.size()));
    for (const QModelIndex &i : persistent)
        sources.push_back(m_rows[size_t(i.row())]);
    if (change)
        change();
    if (onlyHides)
        dropRejectedRows();
    else
        rebuildRowsInPlace();
    QModelIndexList moved;
    moved.reserve(persistent.size());
    for (qsizetype i = 0; i < persistent.size(); ++i) {
        const int row = m_proxyRow[size_t(sources[size_t(i)])];
        moved.append(row >= 0 ? createIndex(row, persistent.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, moved);
    emit layoutChanged({}, hint);
}

void PaperFilterModel::refilter()
{
    relayout(QAbstractItemModel::NoLayoutChangeHint, {});
}

void PaperFilterModel::setMatchingKeys(std::optional<std::vector<qint64>> keys)
{
    // A search that narrows the last one (another word, a longer word) matches a subset of its
    // papers: then only the rows that matched are looked up again, and only the rows shown can go.
    // Whether it narrows is read from the keys themselves, not guessed from the query's text.
    const bool narrows = keys && m_searchKeys && m_papers
        && std::includes(m_searchKeys->cbegin(), m_searchKeys->cend(), keys->cbegin(), keys->cend());
    m_searchKeys = std::move(keys);
    if (narrows) {
        relayout(
            QAbstractItemModel::NoLayoutChangeHint,
            [this] {
                narrowMatches();
            },
            true);
        return;
    }
    matchIds();
    refilter();
}

void PaperFilterModel::narrowMatches()
{
    for (size_t r = 0; r < m_matches.size(); ++r) {
        if (m_matches[r])
            m_matches[r] = std::binary_search(m_searchKeys->cbegin(), m_searchKeys->cend(), m_papers->row(int(r)).pk);
    }
}

void PaperFilterModel::matchIds()
{
    // Looked up once per row here, then every filter pass reads a bit.
    m_matches.clear();
    if (m_searchKeys && m_papers) {
        const int n = m_papers->rowCount();
        m_matches.resize(size_t(n));
        for (int r = 0; r < n; ++r)
            m_matches[size_t(r)]
                = std::binary_search(m_searchKeys->cbegin(), m_searchKeys->cend(), m_papers->row(r).pk);
    }
}

void PaperFilterModel::setMinimumRelevance(int value)
{
    if (m_minRelevance == value)
        return;
    m_minRelevance = value;
    refilter();
}

void PaperFilterModel::setMinimumNovelty(int value)
{
    if (m_minNovelty == value)
        return;
    m_minNovelty = value;
    refilter();
}

void PaperFilterModel::setCategory(const QString &category)
{
    if (m_category == category)
        return;
    m_category = category;
    refilter();
}

void PaperFilterModel::setViewFilter(ViewFilter view)
{
    if (m_view == view)
        return;
    m_view = view;
    refilter();
}

void PaperFilterModel::setRelevanceCutoff(int cutoff)
{
    if (m_relevanceCutoff == cutoff)
        return;
    m_relevanceCutoff = cutoff;
    if (m_view == ViewFilter::Disagreements)
        refilter();
}

bool PaperFilterModel::isDisagreement(const PaperRow &r, int relevanceCutoff)
{
    // The model picked it and the reader turned it down, or the model dismissed what the reader
    // liked (a star, 4 or 5).
    if (!r.relevance)
        return false;
    const bool dismissedByReader = r.rating && *r.rating <= 2;
    const bool likedByReader = r.starred || (r.rating && *r.rating >= 4);
    return (*r.relevance >= relevanceCutoff && dismissedByReader) || (*r.relevance <= 4 && likedByReader);
}

void PaperFilterModel::setPinnedId(const QString &id)
{
    if (m_pinnedId == id)
        return;
    m_pinnedId = id;
    if (m_view == ViewFilter::Unread)
        refilter();
}

bool PaperFilterModel::hasActiveFilter() const
{
    return m_searchKeys.has_value() || m_minRelevance > 0 || m_minNovelty > 0 || !m_category.isEmpty();
}

bool PaperFilterModel::accepts(int sourceRow) const
{
    if (!m_papers)
        return true;
    const PaperRow &r = m_papers->row(sourceRow);
    if (m_searchKeys && !m_matches[size_t(sourceRow)])
        return false;
    if (m_minRelevance > 0 && (!r.relevance || *r.relevance < m_minRelevance))
        return false;
    // The keyword scorer gives no novelty: a novelty minimum only filters rows that have one.
    if (m_minNovelty > 0 && r.relevance && r.novelty && *r.novelty < m_minNovelty)
        return false;
    if (m_minNovelty > 0 && !r.relevance)
        return false;
    if (!m_category.isEmpty() && r.category != m_category && !r.categories.contains(m_category))
        return false;
    // A rule's "never show" holds in every view but its own, and a star beats it.
    if (r.muted && m_view != ViewFilter::Muted && m_view != ViewFilter::Starred)
        return false;
    switch (m_view) {
    case ViewFilter::All:
        break;
    case ViewFilter::Unread:
        return !r.read || r.id == m_pinnedId;
    case ViewFilter::Starred:
        return r.starred;
    case ViewFilter::FollowedAuthors:
        return r.followed;
    case ViewFilter::Unscored:
        return !r.relevance.has_value();
    case ViewFilter::Muted:
        return r.muted;
    case ViewFilter::Disagreements:
        return isDisagreement(r, m_relevanceCutoff);
    }
    return true;
}

// ---- rows changed in place -----------------------------------------------------------------------

void PaperFilterModel::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    // A star, a read mark or a new score can move the row (the sort key) or hide it (a filter):
    // then the layout changes; otherwise the view only repaints the rows it shows.
    bool moved = false;
    const bool sortColumnChanged
        = m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column() && m_sortColumn >= 0;
    std::vector<std::pair<int, std::optional<qint64>>> rekeyed;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        if (accepts(r) != (m_proxyRow[size_t(r)] >= 0))
            moved = true;
        if (sortColumnChanged) {
            if (std::optional<qint64> key = sortKey(r); key != m_keys[size_t(r)])
                rekeyed.emplace_back(r, key);
        }
    }
    // A few rows (a star, a batch of scores) move one by one; many at once (the reader's ranking
    // for every row) cost one sort, not a move of up to n entries each.
    constexpr size_t MovesBeforeASort = 64;
    if (rekeyed.size() > MovesBeforeASort) {
        for (const auto &[r, key] : rekeyed)
            m_keys[size_t(r)] = key;
        buildOrder();
    } else {
        for (const auto &[r, key] : rekeyed)
            moveInOrder(r, key);
    }
    moved = moved || !rekeyed.empty();
    if (moved) {
        refilter();
        return;
    }
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int row = m_proxyRow[size_t(r)];
        if (row >= 0)
            emit dataChanged(createIndex(row, topLeft.column()), createIndex(row, bottomRight.column()), roles);
    }
}

void PaperFilterModel::moveInOrder(int sourceRow, std::optional<qint64> key)
{
    // Out of its old place and into its new one: a search, and a move of what lies between.
    const auto from = size_t(m_orderPos[size_t(sourceRow)]);
    m_order.erase(m_order.begin() + qsizetype(from));
    m_keys[size_t(sourceRow)] = key;
    const auto to = size_t(std::lower_bound(m_order.begin(), m_order.end(), sourceRow, [this](int x, int row) {
        return before(x, row);
    }) - m_order.begin());
    m_order.insert(m_order.begin() + qsizetype(to), sourceRow);
    for (size_t i = std::min(from, to); i <= std::max(from, to); ++i)
        m_orderPos[size_t(m_order[i])] = int(i);
}

// ---- the proxy's indexes -------------------------------------------------------------------------

QModelIndex PaperFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || size_t(row) >= m_rows.size() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PaperFilterModel::parent(const QModelIndex &) const
{
    return {};
}

int PaperFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaperFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool PaperFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

QModelIndex PaperFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_papers || size_t(proxyIndex.row()) >= m_rows.size())
        return {};
    return m_papers->index(m_rows[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex PaperFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || size_t(sourceIndex.row()) >= m_proxyRow.size())
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row >= 0 ? createIndex(row, sourceIndex.column()) : QModelIndex();
}

} // namespace PaperSift
