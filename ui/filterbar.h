#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;

namespace PaperSift {

class PaperFilterModel;

/// The bar above the table: the search field (words, "phrases", au:, ti:, abs:), minimum
/// relevance and novelty, and the category. Minimums and category filter the proxy directly;
/// the search text needs the database, so it is handed to whoever owns the Library.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    FilterBar(PaperFilterModel *proxy, QWidget *parent = nullptr);

    QLineEdit *searchEdit() const { return m_search; }
    QString searchText() const;
    /// Sets the search text and asks for it at once (an author link, a rule).
    void setSearchText(const QString &text);
    /// The categories of the rows shown; the chosen one stays chosen while it is among them.
    void setCategories(const QStringList &categories);
    /// Clears the search, the minimums and the category.
    void clearAll();

signals:
    /// The search text to apply: after a pause in typing, or at once on Enter.
    void searchChanged(const QString &text);
    /// Enter was pressed in the search field.
    void submitted();

private:
    PaperFilterModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_minRelevance = nullptr;
    QSpinBox *m_minNovelty = nullptr;
    QComboBox *m_category = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace PaperSift
