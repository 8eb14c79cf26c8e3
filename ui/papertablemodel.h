#pragma once

#include "libraryrows.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace PaperSift {

/// The triage table's model over in-memory rows (RSS Guard's way, not a QSqlQueryModel).
/// Sorting goes through UnderlyingDataRole, which holds raw values (numbers, dates).
class PaperTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // LabStars and Yours come last so that a header layout saved before they existed keeps its columns.
    enum Column { Star, Relevance, Novelty, Title, Authors, Category, Type, Announced, LabStars, Yours, ColumnCount };
    enum Role {
        UnderlyingDataRole = Qt::UserRole + 1,
        PaperIdRole,
        StaleRole, ///< bool: the score shown was made with an older criteria version
        HasNoteRole, ///< bool: the reader wrote a note on it (the title shows a note mark)
    };

    explicit PaperTableModel(QObject *parent = nullptr);

    void setRows(QList<PaperRow> rows);
    const PaperRow &row(int index) const { return m_rows.at(index); }
    const QList<PaperRow> &rows() const { return m_rows; }
    int rowOf(const QString &id) const;
    void setStarred(const QString &id, bool starred);
    void setRead(const QString &id, bool read);
    void setRating(const QString &id, std::optional<int> rating);
    void setHasNote(const QString &id, bool hasNote);
    /// The reader's own ranking of these rows (by id; rows not in it show none), and what the
    /// tooltip says about the ranking itself ("trained on 21 liked and 40 disliked papers…").
    void setYours(const QHash<QString, double> &yours, const QString &about);
    /// Takes the score that counts (numbers, model, staleness) of these rows into the rows it shows.
    void updateScores(const QList<PaperRow> &rows);
    /// Where the score tooltip reads the model's comment on a paper. The rows hold no comments: at
    /// 200,000 papers they were a fifth of the table's memory, for a tooltip read one at a time.
    void setCommentSource(std::function<QString(const QString &paperId)> source)
    {
        m_commentSource = std::move(source);
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The full name of a column whose heading is a symbol or short ("Relevance" for "Rel.").
    static QString columnName(int column);

private:
    QString scoreToolTip(const PaperRow &r) const;
    void emitRowChanged(int row);
    QPixmap unreadDot() const;

    QList<PaperRow> m_rows;
    QString m_yoursAbout;
    std::function<QString(const QString &)> m_commentSource;
    /// The rows in id order: rowOf() searches it. (A hash of 200,000 ids took 14 MB.)
    std::vector<int> m_byId;
    mutable QPixmap m_dot;
    mutable QColor m_dotColor;
};

} // namespace PaperSift
