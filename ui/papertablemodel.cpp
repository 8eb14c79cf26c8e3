#include "papertablemodel.h"

#include "rowsortkeys.h"

#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <numeric>

namespace PaperSift {

using namespace Qt::StringLiterals;

PaperTableModel::PaperTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PaperTableModel::setRows(QList<PaperRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    // Library's rows come with their text sort keys; rows made elsewhere get them here.
    if (!RowSortKeys::assigned(m_rows))
        RowSortKeys::assign(m_rows);
    // The rows by id, for rowOf(). Library's rows come sorted by id already: then this is one pass.
    m_byId.resize(size_t(m_rows.size()));
    std::iota(m_byId.begin(), m_byId.end(), 0);
    const auto idOrder = [this](int a, int b) {
        return m_rows.at(a).id < m_rows.at(b).id;
    };
    if (!std::is_sorted(m_byId.begin(), m_byId.end(), idOrder))
        std::sort(m_byId.begin(), m_byId.end(), idOrder);
    endResetModel();
}

int PaperTableModel::rowOf(const QString &id) const
{
    const auto it = std::lower_bound(m_byId.cbegin(), m_byId.cend(), id, [this](int row, const QString &key) {
        return m_rows.at(row).id < key;
    });
    return it != m_byId.cend() && m_rows[*it].id == id ? *it : -1;
}

void PaperTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PaperTableModel::updateScores(const QList<PaperRow> &rows)
{
    for (const PaperRow &in : rows) {
        const int r = rowOf(in.id);
        if (r < 0)
            continue;
        PaperRow &row = m_rows[r];
        row.relevance = in.relevance;
        row.novelty = in.novelty;

        row.scoreModel = in.scoreModel;
        row.stale = in.stale;
        row.scoreVersion = in.scoreVersion;
        row.titleFiltered = in.titleFiltered;
        emitRowChanged(r);
    }
}

void PaperTableModel::setStarred(const QString &id, bool starred)
{
    const int r = rowOf(id);
    if (r < 0 || m_rows[r].starred == starred)
        return;
    m_rows[r].starred = starred;
    emitRowChanged(r);
}

void PaperTableModel::setRead(const QString &id, bool read)
{
    const int r = rowOf(id);
    if (r < 0 || m_rows[r].read == read)
        return;
    m_rows[r].read = read;
    emitRowChanged(r);
}

void PaperTableModel::setRating(const QString &id, std::optional<int> rating)
{
    const int r = rowOf(id);
    if (r < 0 || m_rows[r].rating == rating)
        return;
    m_rows[r].rating = rating;
    emitRowChanged(r);
}

void PaperTableModel::setYours(const QHash<QString, double> &yours, const QString &about)
{
    m_yoursAbout = about;
    for (PaperRow &r : m_rows) {
        const auto it = yours.constFind(r.id);
        r.yours = it == yours.cend() ? std::nullopt : std::optional<double>(*it);
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Yours), index(int(m_rows.size()) - 1, Yours));
}

void PaperTableModel::setHasNote(const QString &id, bool hasNote)
{
    const int r = rowOf(id);
    if (r < 0 || m_rows[r].hasNote == hasNote)
        return;
    m_rows[r].hasNote = hasNote;
    emitRowChanged(r);
}

QPixmap PaperTableModel::unreadDot() const
{
    // A small dot in the palette's highlight colour, painted at the screen's pixel ratio and
    // rebuilt when the palette changes.
    const QColor color = QGuiApplication::palette().color(QPalette::Highlight);
    const qreal dpr = qApp ? qApp->devicePixelRatio() : 1.0;
    if (m_dot.isNull() || m_dotColor != color || !qFuzzyCompare(m_dot.devicePixelRatio(), dpr)) {
        const int size = 8;
        QPixmap pm(QSize(size, size) * dpr);
        pm.setDevicePixelRatio(dpr);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        p.drawEllipse(QRectF(1, 1, size - 2, size - 2));
        m_dot = pm;
        m_dotColor = color;
    }
    return m_dot;
}

int PaperTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PaperTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QVariant scoreValue(const std::optional<int> &score)
{
    return score ? QVariant(*score) : QVariant();
}

QVariant PaperTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PaperRow &r = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());

    if (role == PaperIdRole)
        return r.id;
    if (role == StaleRole)
        return r.stale;
    if (role == HasNoteRole)
        return r.hasNote;

    if (role == UnderlyingDataRole) {
        switch (column) {
        case Star:
            return r.starred ? 1 : 0;
        case Relevance:
            return scoreValue(r.relevance);
        case Novelty:
            return scoreValue(r.novelty);
        case Title:
            return r.title;
        case Authors:
            return r.authors;
        case Category:
            return r.category;
        case Type:
            return announceTypeName(r.announceType);
        case Announced:
            return r.announced;
        case LabStars:
            return r.labStars;
        case Yours:
            return r.yours ? QVariant(*r.yours) : QVariant();
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role == Qt::DisplayRole) {
        switch (column) {
        case Star:
            return QString();
        case Relevance:
            return r.relevance ? QString::number(*r.relevance) : u"–"_s;
        case Novelty:
            return r.novelty ? QString::number(*r.novelty) : u"–"_s;
        case Title:
            return r.displayTitle.isEmpty() ? r.title : r.displayTitle;
        case Authors:
            return r.authors;
        case Category:
            return r.category;
        case Type:
            return announceTypeName(r.announceType);
        case Announced:
            return QLocale().toString(r.announced, QLocale::ShortFormat);
        case LabStars:
            return r.labStars > 0 ? u"★ %1"_s.arg(QLocale().toString(r.labStars)) : QString();
        case Yours:
            return r.yours ? QLocale().toString(*r.yours, 'f', 1) : u"–"_s;
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role == Qt::AccessibleTextRole) {
        if (column == Relevance)
            return r.relevance ? tr("Relevance %1 of 10").arg(*r.relevance) : tr("Not scored");
        if (column == Novelty)
            return r.novelty ? tr("Novelty %1 of 10").arg(*r.novelty) : tr("Not scored");
        if (column == Star)
            return r.starred ? tr("Starred") : tr("Not starred");
        if (column == LabStars)
            return tr("Starred by %n in the lab", nullptr, r.labStars);
        if (column == Yours)
            return r.yours ? tr("Your ranking %1 of 10").arg(QLocale().toString(*r.yours, 'f', 1)) : tr("Not ranked");
        return data(index, Qt::DisplayRole);
    }

    if (role == Qt::DecorationRole && column == Title && !r.read)
        return unreadDot();

    if (role == Qt::ToolTipRole && (column == Relevance || column == Novelty))
        return scoreToolTip(r);
    if (role == Qt::ToolTipRole && column == Title) {
        QString tip = r.displayTitle.isEmpty() ? r.title : r.displayTitle;
        if (!r.keptByRule.isEmpty())
            tip += u"\n"_s + tr("Always kept, by your rule “%1”").arg(r.keptByRule);
        else if (r.followed)
            tip += u"\n"_s + tr("Always kept: an author you follow wrote it");
        if (r.muted)
            tip += u"\n"_s + tr("Hidden by a “never show” rule, and not scored");
        return tip;
    }
    // The mark of a paper the digest always keeps: a followed author's, or an "always keep" rule's.
    if (role == Qt::DecorationRole && column == Title && (r.followed || !r.keptByRule.isEmpty()))
        return QIcon::fromTheme(u"pin"_s, QIcon(u":/icons/keep.svg"_s));
    if (role == Qt::ToolTipRole && column == Star && r.rating)
        return tr("You rated it %1 of 5").arg(*r.rating);
    if (role == Qt::ToolTipRole && column == LabStars && r.labStars > 0)
        return r.starred ? tr("Starred by %n in the lab, you among them", nullptr, r.labStars)
                         : tr("Starred by %n in the lab", nullptr, r.labStars);

    if (role == Qt::ToolTipRole && column == Yours && r.yours)
        return QString(tr("Yours: %1 of 10, how much it resembles the papers you liked (5 is undecided, 8 and more "
                          "is clearly on their side).")
                           .arg(QLocale().toString(*r.yours, 'f', 1))
            + (m_yoursAbout.isEmpty() ? QString() : u"\n"_s + m_yoursAbout));

    if (role == Qt::FontRole && column == Title && !r.read) {
        QFont f;
        f.setBold(true);
        return f;
    }

    if (role == Qt::DecorationRole && column == Star && r.starred)
        return QIcon::fromTheme(u"mail-mark-important"_s, QIcon(u":/icons/star.svg"_s));

    if (role == Qt::TextAlignmentRole
        && (column == Relevance || column == Novelty || column == Star || column == LabStars || column == Yours))
        return int(Qt::AlignCenter);

    return {};
}

QString PaperTableModel::scoreToolTip(const PaperRow &r) const
{
    QString tip;
    if (r.titleFiltered)
        tip = tr("The title filter found it irrelevant, so no scores were asked for.");
    else if (!r.scoreModel.isEmpty() && m_commentSource)
        tip = m_commentSource(r.id);
    if (!r.scoreModel.isEmpty() && r.scoreModel != Score::KeywordModel && !tip.isEmpty())
        tip = tr("%1: %2").arg(r.scoreModel, tip);
    if (r.stale)
        tip += (tip.isEmpty() ? QString() : u"\n\n"_s)
            + tr("Scored with criteria %1, before your last edit of the criteria.").arg(r.scoreVersion);
    return tip;
}

QString PaperTableModel::columnName(int column)
{
    switch (static_cast<Column>(column)) {
    case Relevance:
        return tr("Relevance");
    case Novelty:
        return tr("Novelty");
    case Star:
        return tr("Starred");
    case LabStars:
        return tr("Starred by the lab");
    case Yours:
        return tr("Your own ranking, learned from your ratings");
    case Category:
        return tr("Category");
    default:
        return {};
    }
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)) {
        const QString name = columnName(section);
        return name.isEmpty() ? headerData(section, orientation, Qt::DisplayRole) : QVariant(name);
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // The score columns hold a number and a bar: short headings leave the width to the titles.
    switch (static_cast<Column>(section)) {
    case Star:
        return u"★"_s;
    case Relevance:
        return tr("Rel.", "relevance, as a short column heading");
    case Novelty:
        return tr("Nov.", "novelty, as a short column heading");
    case Category:
        return tr("Cat.", "category, as a short column heading");
    case Title:
        return tr("Title");
    case Authors:
        return tr("Authors");
    case Type:
        return tr("Type");
    case Announced:
        return tr("Announced");
    case LabStars:
        return tr("Lab ★", "how many of the lab starred a paper, as a short column heading");
    case Yours:
        return tr("Yours", "the reader's own learned ranking, as a short column heading");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace PaperSift
