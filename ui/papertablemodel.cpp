#include "papertablemodel.h"

#include <QFont>

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
    endResetModel();
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

    if (role == UnderlyingDataRole) {
        switch (column) {
        case Star:
            return r.starred;
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
            return r.announceType;
        case Announced:
            return r.announced;
        case ColumnCount:
            break;
        }
        return {};
    }

    if (role == Qt::DisplayRole) {
        switch (column) {
        case Star:
            return r.starred ? u"★"_s : QString();
        case Relevance:
            return r.relevance ? QString::number(*r.relevance) : u"–"_s;
        case Novelty:
            return r.novelty ? QString::number(*r.novelty) : u"–"_s;
        case Title:
            return r.title;
        case Authors:
            return r.authors;
        case Category:
            return r.category;
        case Type:
            return r.announceType;
        case Announced:
            return QLocale().toString(r.announced, QLocale::ShortFormat);
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
        return data(index, Qt::DisplayRole);
    }

    if (role == Qt::FontRole && column == Title && !r.read) {
        QFont f;
        f.setBold(true);
        return f;
    }

    if (role == Qt::TextAlignmentRole && (column == Relevance || column == Novelty || column == Star))
        return int(Qt::AlignCenter);

    return {};
}

QVariant PaperTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Star:
        return u"★"_s;
    case Relevance:
        return tr("Relevance");
    case Novelty:
        return tr("Novelty");
    case Title:
        return tr("Title");
    case Authors:
        return tr("Authors");
    case Category:
        return tr("Category");
    case Type:
        return tr("Type");
    case Announced:
        return tr("Announced");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace PaperSift
