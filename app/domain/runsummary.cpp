#include "runsummary.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

QString runStatusName(RunStatus status)
{
    switch (status) {
    case RunStatus::Running:
        return u"running"_s;
    case RunStatus::Done:
        return u"done"_s;
    case RunStatus::Cancelled:
        return u"cancelled"_s;
    case RunStatus::Failed:
        return u"failed"_s;
    case RunStatus::Interrupted:
        return u"interrupted"_s;
    }
    return {};
}

RunStatus runStatusFromName(QStringView name)
{
    for (auto s : {RunStatus::Running, RunStatus::Done, RunStatus::Cancelled, RunStatus::Failed,
                   RunStatus::Interrupted}) {
        if (name == runStatusName(s))
            return s;
    }
    return RunStatus::Failed;
}

} // namespace PaperSift
