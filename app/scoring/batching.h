#pragma once

#include <QList>

namespace PaperSift {

/// How many papers go into one request, and the split into batches. Pure functions.
struct Batching
{
    /// The adaptive batch size of gpt_paper_assistant's fork: `base` while the day has at most
    /// `threshold` papers, else base × ⌈log2(paperCount / threshold) + 1⌉, so a big day takes
    /// fewer, larger requests. A threshold ≤ 0 turns it off. Never less than 1.
    static int adaptiveBatchSize(int base, int paperCount, int threshold);
    /// `base`, or adaptiveBatchSize() when `adaptive` is on.
    static int batchSize(int base, int paperCount, bool adaptive, int threshold);
    /// The batch that fills `lanes` requests in flight in one round: ⌈papers / lanes⌉, at least
    /// `smallest` and at most `largest`. Few batches pay the prompt's static prefix few times;
    /// `largest` bounds how many papers one reply must keep track of (models lose papers in long
    /// lists; the reply parser re-queues those).
    static int spreadBatchSize(int papers, int lanes, int smallest, int largest);
    /// How many requests `items` papers take at `size` a batch.
    static int batchCount(int items, int size);

    /// Consecutive batches of at most `size` items (size < 1 counts as 1), order kept.
    template<typename T>
    static QList<QList<T>> split(const QList<T> &items, int size)
    {
        if (size < 1)
            size = 1;
        QList<QList<T>> batches;
        batches.reserve(batchCount(int(items.size()), size));
        for (qsizetype i = 0; i < items.size(); i += size)
            batches.append(items.mid(i, size));
        return batches;
    }
};

} // namespace PaperSift
