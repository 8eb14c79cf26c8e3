#include "batching.h"

namespace PaperSift {

int Batching::adaptiveBatchSize(int base, int paperCount, int threshold)
{
    base = qMax(base, 1);
    if (threshold <= 0 || paperCount <= threshold)
        return base;
    // ⌈log2(n/t) + 1⌉ = ⌈log2(n/t)⌉ + 1, and ⌈log2(n/t)⌉ is the smallest m with t·2^m ≥ n. Integer
    // arithmetic keeps the powers of two exact (n = 64, t = 32 gives 2, not 3).
    int m = 0;
    qint64 reach = threshold;
    while (reach < paperCount) {
        reach *= 2;
        ++m;
    }
    return base * (m + 1);
}

int Batching::batchSize(int base, int paperCount, bool adaptive, int threshold)
{
    return adaptive ? adaptiveBatchSize(base, paperCount, threshold) : qMax(base, 1);
}

int Batching::spreadBatchSize(int papers, int lanes, int smallest, int largest)
{
    smallest = qMax(smallest, 1);
    largest = qMax(largest, smallest);
    const int round = papers <= 0 ? smallest : (papers + qMax(lanes, 1) - 1) / qMax(lanes, 1);
    return qBound(smallest, round, largest);
}

int Batching::batchCount(int items, int size)
{
    if (items <= 0)
        return 0;
    size = qMax(size, 1);
    return (items + size - 1) / size;
}

} // namespace PaperSift
