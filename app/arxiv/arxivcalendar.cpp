#include "arxivcalendar.h"

#include <QFile>
#include <QTimeZone>

namespace PaperSift {

namespace {
QTimeZone eastern()
{
    static const QTimeZone zone("America/New_York");
    return zone;
}

QDateTime easternAt(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), eastern()).toUTC();
}

bool isWorkingDay(QDate day)
{
    return day.dayOfWeek() <= 5; // Monday to Friday: submissions close at 14:00 ET
}
} // namespace

QSet<QDate> ArxivCalendar::parseHolidays(const QByteArray &text)
{
    QSet<QDate> days;
    for (QByteArray line : text.split('\n')) {
        if (const qsizetype hash = line.indexOf('#'); hash >= 0)
            line.truncate(hash);
        line = line.trimmed();
        if (const QDate d = QDate::fromString(QString::fromLatin1(line), Qt::ISODate); d.isValid())
            days.insert(d);
    }
    return days;
}

const ArxivCalendar &ArxivCalendar::standard()
{
    static const ArxivCalendar calendar = [] {
        QFile f(QStringLiteral(":/resources/arxiv-holidays.txt"));
        return ArxivCalendar(f.open(QIODevice::ReadOnly) ? parseHolidays(f.readAll()) : QSet<QDate>());
    }();
    return calendar;
}

ArxivCalendar::ArxivCalendar(QSet<QDate> holidays)
    : m_holidays(std::move(holidays))
{
}

bool ArxivCalendar::isFeedDay(QDate day) const
{
    return day.isValid() && isWorkingDay(day) && !m_holidays.contains(day);
}

QDateTime ArxivCalendar::feedTime(QDate day)
{
    return easternAt(day, 0);
}

QDate ArxivCalendar::latestFeedDay(const QDateTime &nowUtc) const
{
    QDate day = nowUtc.toTimeZone(eastern()).date();
    for (int i = 0; i < 14; ++i, day = day.addDays(-1)) {
        if (isFeedDay(day) && feedTime(day) <= nowUtc)
            return day;
    }
    return {};
}

QList<QDate> ArxivCalendar::feedDays(QDate from, QDate to) const
{
    QList<QDate> days;
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        if (isFeedDay(d))
            days.append(d);
    }
    return days;
}

std::pair<QDateTime, QDateTime> ArxivCalendar::submissionWindow(QDate day) const
{
    QDate closes = day.addDays(-1); // the announcement evening
    while (!isWorkingDay(closes))
        closes = closes.addDays(-1);
    QDate opens = closes.addDays(-1);
    while (!isWorkingDay(opens))
        opens = opens.addDays(-1);
    return { easternAt(opens, 14), easternAt(closes, 14) };
}

} // namespace PaperSift
