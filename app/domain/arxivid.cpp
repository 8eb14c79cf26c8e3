#include "arxivid.h"

#include <QRegularExpression>

namespace PaperSift {

using namespace Qt::StringLiterals;

QString ArxivId::withVersion() const
{
    return version > 0 ? id + u'v' + QString::number(version) : id;
}

ArxivId ArxivId::parse(QStringView text)
{
    // New style since 2007-04: YYMM.NNNN (to 2014) or YYMM.NNNNN. Old style: archive(.subject)/YYMMNNN.
    static const QRegularExpression re(
        uR"((?:^|[^0-9A-Za-z.\-])((?:\d{4}\.\d{4,5})|(?:[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))(?:v(\d+))?(?![0-9]))"_s);
    const auto m = re.matchView(text);
    if (!m.hasMatch())
        return {};
    ArxivId result;
    result.id = m.captured(1);
    result.version = m.hasCaptured(2) ? m.captured(2).toInt() : 0;
    return result;
}

} // namespace PaperSift
