// papersift.ini as a user might leave it: every setting read through the typed accessors the
// program uses, from whatever the file holds.
#include "config/settings.h"
#include "fuzztarget.h"

#include <QFile>
#include <QTemporaryDir>

using namespace PaperSift;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(u"papersift.ini"_s);
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Settings settings(path);
    for (const SettingDef &def : Settings::definitions()) {
        (void)settings.value(def.key);
        (void)settings.string(def.key);
        (void)settings.integer(def.key);
        (void)settings.real(def.key);
        (void)settings.boolean(def.key);
        (void)settings.list(def.key);
    }
    return 0;
}
