#include "filterbar.h"

#include "paperfiltermodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>

namespace PaperSift {

using namespace Qt::StringLiterals;

FilterBar::FilterBar(PaperFilterModel *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_typing(new QTimer(this))
{
    setObjectName(u"filterBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"filterEdit"_s);
    m_search->setPlaceholderText(tr("Search titles, authors and abstracts (/)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    // A search is a query of the whole library: wait for a pause in typing, not every key.
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    connect(m_search, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] {
        emit searchChanged(searchText());
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        emit searchChanged(searchText());
        emit submitted();
    });
    layout->addWidget(m_search, 1);

    auto spin = [this, layout](const QString &label, const QString &name) {
        auto *l = new QLabel(label, this);
        auto *s = new QSpinBox(this);
        s->setObjectName(name);
        s->setRange(0, 10);
        s->setSpecialValueText(tr("any"));
        l->setBuddy(s);
        layout->addWidget(l);
        layout->addWidget(s);
        return s;
    };
    m_minRelevance = spin(tr("Relevance ≥"), u"minRelevance"_s);
    m_minNovelty = spin(tr("Novelty ≥"), u"minNovelty"_s);
    connect(m_minRelevance, &QSpinBox::valueChanged, m_proxy, &PaperFilterModel::setMinimumRelevance);
    connect(m_minNovelty, &QSpinBox::valueChanged, m_proxy, &PaperFilterModel::setMinimumNovelty);

    m_category = new QComboBox(this);
    m_category->setObjectName(u"categoryFilter"_s);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategory(m_category->currentData().toString());
    });
    layout->addWidget(m_category);
}

QString FilterBar::searchText() const
{
    return m_search->text().trimmed();
}

void FilterBar::setSearchText(const QString &text)
{
    m_typing->stop();
    m_search->setText(text);
    emit searchChanged(searchText());
}

void FilterBar::setCategories(const QStringList &categories)
{
    const QString keep = m_category->currentData().toString();
    {
        const QSignalBlocker blocker(m_category);
        m_category->clear();
        m_category->addItem(tr("All categories"), QString());
        for (const QString &c : categories)
            m_category->addItem(c, c);
        const int index = m_category->findData(keep);
        m_category->setCurrentIndex(index < 0 ? 0 : index);
    }
    m_proxy->setCategory(m_category->currentData().toString());
}

void FilterBar::clearAll()
{
    m_search->clear();
    m_minRelevance->setValue(0);
    m_minNovelty->setValue(0);
    m_category->setCurrentIndex(0);
    m_typing->stop();
    emit searchChanged(QString());
}

} // namespace PaperSift
