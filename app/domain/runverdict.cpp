#include "runverdict.h"

#include "enumnames.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace PaperSift {

using namespace Qt::StringLiterals;

namespace {
constexpr EnumName<RunVerdict> verdictNames[] = {
    { RunVerdict::None, "none"_L1 },
    { RunVerdict::Complete, "complete"_L1 },
    { RunVerdict::EndpointFailed, "endpoint-failed"_L1 },
    { RunVerdict::DeadlineReached, "deadline"_L1 },
    { RunVerdict::BudgetReached, "budget"_L1 },
    { RunVerdict::Cancelled, "cancelled"_L1 },
    { RunVerdict::Failed, "failed"_L1 },
};
} // namespace

QString runVerdictName(RunVerdict verdict)
{
    return enumName<RunVerdict>(verdictNames, verdict);
}

RunVerdict runVerdictFromName(QStringView name)
{
    return enumFromName<RunVerdict>(verdictNames, name).value_or(RunVerdict::Failed);
}

QByteArray RunVerdictRecord::toState() const
{
    QJsonObject o { { u"verdict"_s, runVerdictName(verdict) }, { u"scored"_s, scored }, { u"of"_s, of } };
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<RunVerdictRecord> RunVerdictRecord::fromState(const QByteArray &state)
{
    const QJsonObject o = QJsonDocument::fromJson(state).object();
    if (!o.contains("verdict"_L1))
        return std::nullopt;
    RunVerdictRecord r;
    r.verdict = runVerdictFromName(o.value("verdict"_L1).toString());
    r.reason = o.value("reason"_L1).toString();
    r.scored = o.value("scored"_L1).toInt();
    r.of = o.value("of"_L1).toInt();
    return r;
}

} // namespace PaperSift
