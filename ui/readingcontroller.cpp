#include "readingcontroller.h"

#include "library.h"
#include "papertablemodel.h"
#include "paperview.h"

#include <QTimer>

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
            setRead({ m_dwellId }, true);
    });
}

void ReadingController::setDwellMs(int ms)
{
    m_dwell->setInterval(ms);
}

void ReadingController::paperShown(const QString &id)
{
    m_dwellId = id;
    if (id.isEmpty())
        m_dwell->stop();
    else
        m_dwell->start();
}

void ReadingController::stopDwell()
{
    m_dwell->stop();
}

void ReadingController::setRead(const QStringList &ids, bool read)
{
    if (ids.isEmpty())
        return;
    // The table first: a write that fails at once makes the window re-read what the database
    // holds, and that must win over what this change showed.
    for (const QString &id : ids) {
        m_model->setRead(id, read);
        if (m_pane->paperId() == id)
            m_pane->setRead(read);
    }
    m_library->setRead(ids, read);
}

void ReadingController::setStarred(const QStringList &ids, bool starred)
{
    if (ids.isEmpty())
        return;
    for (const QString &id : ids) {
        m_model->setStarred(id, starred);
        if (m_pane->paperId() == id)
            m_pane->setStarred(starred);
    }
    m_library->setStarred(ids, starred);
}

void ReadingController::toggleStar(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        setStarred({ id }, !m_model->row(row).starred);
}

void ReadingController::toggleRead(const QString &id)
{
    // A toggle by hand wins over the dwell that would mark the paper read a moment later.
    if (id == m_dwellId)
        m_dwell->stop();
    const int row = m_model->rowOf(id);
    if (row >= 0)
        setRead({ id }, !m_model->row(row).read);
}

void ReadingController::setNote(const QString &id, const QString &note)
{
    m_library->setNote(id, note);
}

int ReadingController::markRead(const QStringList &ids)
{
    QStringList changed;
    for (const QString &id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && !m_model->row(row).read)
            changed.append(id);
    }
    setRead(changed, true);
    m_lastMarkedRead = changed;
    emit undoAvailable(canUndo());
    return int(changed.size());
}

void ReadingController::undo()
{
    const QStringList ids = std::exchange(m_lastMarkedRead, {});
    setRead(ids, false);
    emit undoAvailable(false);
    emit undone();
}

} // namespace PaperSift
