#pragma once

// The entry point every fuzz target defines (libFuzzer's). Built two ways (tests/fuzz/CMakeLists.txt):
// with clang's -fsanitize=fuzzer in the fuzz preset (`make fuzz`), and, in every other build, linked
// with replaymain.cpp, which runs the seeds and every regression file through it once as a test.

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// A property every input must keep; checked in every build type (Q_ASSERT is not, in release).
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace PaperSift::Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input as text: arbitrary bytes decoded as UTF-8 (invalid sequences become U+FFFD), as the
/// readers get text from a file or a reply.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace PaperSift::Fuzz
