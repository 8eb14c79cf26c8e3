#include "readingcontroller.h"

#include "library.h"
#include "papertablemodel.h"
#include "paperview.h"

#include <QTimer>

#include <algorithm>
#include <utility>

namespace PaperSift {

ReadingController::ReadingController(Library *library, PaperTableModel *model, PaperView *pane, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_model(model)
    , m_pane(pane)
    , m_dwell(new QTimer(this))
{
    // RSS Guard's delayed mode: read after a dwell that restarts on every selection change.
    m_dwell->setSingleShot(true);
    m_dwell->setInterval(1500);
    connect(m_dwell, &QTimer::timeout, this, [this] {
        const int row = m_model->rowOf(m_dwellId);
        if (row >= 0 && !m_model->row(row).read)
            apply(Field::Read, { m_dwellId }, true, false);
    });
}

void ReadingController::setDwellMs(int ms)
{
    m_dwell->setInterval(ms);
}

void ReadingController::paperShown(const QString &id, bool byReader)
{
    m_dwellId = id;
    if (id.isEmpty() || !byReader)
        m_dwell->stop();
    else
        m_dwell->start();
}

void ReadingController::stopDwell()
{
    m_dwell->stop();
}

bool ReadingController::valueOf(Field field, const QString &id) const
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    return field == Field::Read ? m_model->row(row).read : m_model->row(row).starred;
}

void ReadingController::apply(Field field, const QStringList &ids, bool value, bool undoable)
{
    QStringList changed;
    for (const QString &id : ids) {
        if (m_model->rowOf(id) >= 0 && valueOf(field, id) != value)
            changed.append(id);
    }
    if (changed.isEmpty())
        return;
    // The table first: a write that fails at once makes the window re-read what the database
    // holds, and that must win over what this change showed.
    for (const QString &id : std::as_const(changed)) {
        if (field == Field::Read)
            m_model->setRead(id, value);
        else
            m_model->setStarred(id, value);
        if (m_pane->paperId() == id) {
            if (field == Field::Read)
                m_pane->setRead(value);
            else
                m_pane->setStarred(value);
        }
    }
    if (undoable) {
        const int n = int(changed.size());
        const QString text = field == Field::Read
            ? (value ? tr("Mark %n as Read", nullptr, n) : tr("Mark %n as Unread", nullptr, n))
            : (value ? tr("Star %n", nullptr, n) : tr("Unstar %n", nullptr, n));
        m_undo = Undo { field, changed, !value, text };
        emit undoAvailable(true);
    }
    if (field == Field::Read)
        m_library->setRead(changed, value);
    else
        m_library->setStarred(changed, value);
}

void ReadingController::toggleStar(const QStringList &ids)
{
    const bool all = std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        return valueOf(Field::Star, id);
    });
    apply(Field::Star, ids, !all, ids.size() > 1);
}

void ReadingController::toggleRead(const QStringList &ids)
{
    // A toggle by hand wins over the dwell that would mark the paper read a moment later.
    if (ids.contains(m_dwellId))
        m_dwell->stop();
    const bool all = std::all_of(ids.cbegin(), ids.cend(), [this](const QString &id) {
        return valueOf(Field::Read, id);
    });
    apply(Field::Read, ids, !all, ids.size() > 1);
}

void ReadingController::setRead(const QStringList &ids, bool read)
{
    if (ids.contains(m_dwellId))
        m_dwell->stop();
    apply(Field::Read, ids, read, ids.size() > 1);
}

void ReadingController::setRating(const QStringList &ids, std::optional<int> rating)
{
    QStringList present;
    for (const QString &id : ids) {
        if (m_model->rowOf(id) >= 0) {
            m_model->setRating(id, rating);
            present.append(id);
        }
    }
    if (!present.isEmpty())
        m_library->setRating(present, rating);
}

void ReadingController::setNote(const QString &id, const QString &note)
{
    m_model->setHasNote(id, !note.trimmed().isEmpty());
    m_library->setNote(id, note);
}

int ReadingController::markRead(const QStringList &ids)
{
    int unread = 0;
    for (const QString &id : ids)
        unread += m_model->rowOf(id) >= 0 && !valueOf(Field::Read, id) ? 1 : 0;
    apply(Field::Read, ids, true, true);
    return unread;
}

QString ReadingController::undoText() const
{
    return m_undo ? tr("Undo %1").arg(m_undo->text) : tr("Undo");
}

void ReadingController::undo()
{
    if (!m_undo)
        return;
    const Undo undo = *std::exchange(m_undo, std::nullopt);
    // Restoring is itself a change of several papers: it must not become the next undo.
    apply(undo.field, undo.ids, undo.previous, false);
    emit undoAvailable(false);
    emit undone(undo.field == Field::Read
            ? (undo.previous ? tr("%n papers are read again.", nullptr, int(undo.ids.size()))
                             : tr("%n papers are unread again.", nullptr, int(undo.ids.size())))
            : (undo.previous ? tr("%n papers are starred again.", nullptr, int(undo.ids.size()))
                             : tr("%n papers are no longer starred.", nullptr, int(undo.ids.size()))));
}

} // namespace PaperSift
