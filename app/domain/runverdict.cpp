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
    { RunVerdict::NotAnnounced, "not-announced"_L1 },
    { RunVerdict::NoAnnouncement, "no-announcement"_L1 },
    { RunVerdict::FeedFailed, "feed-error"_L1 },
    { RunVerdict::NoneKept, "none-kept"_L1 },
    { RunVerdict::Missing, "missing"_L1 },
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

QString runVerdictSentence(RunVerdict verdict)
{
    switch (verdict) {
    case RunVerdict::None:
        return u"not decided"_s;
    case RunVerdict::Complete:
        return u"a normal day"_s;
    case RunVerdict::EndpointFailed:
        return u"the endpoint failed; the papers left are unscored"_s;
    case RunVerdict::DeadlineReached:
        return u"the run reached its deadline; the papers left are unscored"_s;
    case RunVerdict::BudgetReached:
        return u"the budget was reached"_s;
    case RunVerdict::Cancelled:
        return u"cancelled"_s;
    case RunVerdict::Failed:
        return u"the run failed"_s;
    case RunVerdict::NotAnnounced:
        return u"arXiv has not announced yet (the same items as the last fetch)"_s;
    case RunVerdict::NoAnnouncement:
        return u"a weekend or holiday: arXiv announces nothing today"_s;
    case RunVerdict::FeedFailed:
        return u"the arXiv feed could not be fetched or read"_s;
    case RunVerdict::NoneKept:
        return u"no paper passed the cutoffs: check the cutoffs or the criteria"_s;
    case RunVerdict::Missing:
        return u"a day that should have papers produced none"_s;
    }
    return {};
}

bool runVerdictIsNormal(RunVerdict verdict)
{
    return verdict == RunVerdict::Complete || verdict == RunVerdict::NoAnnouncement || verdict == RunVerdict::None;
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
