#include "runsummary.h"

#include "enumnames.h"

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
constexpr EnumName<RunStatus> runStatusNames[] = {
    {RunStatus::Running, "running"_L1},     {RunStatus::Done, "done"_L1},
    {RunStatus::Cancelled, "cancelled"_L1}, {RunStatus::Failed, "failed"_L1},
    {RunStatus::Interrupted, "interrupted"_L1},
};
} // namespace

QString runStatusName(RunStatus status)
{
    return enumName<RunStatus>(runStatusNames, status);
}

RunStatus runStatusFromName(QStringView name)
{
    // A status this build does not know (a newer PaperSift wrote it) reads as failed, never as done.
    return enumFromName<RunStatus>(runStatusNames, name).value_or(RunStatus::Failed);
}

} // namespace PaperSift
