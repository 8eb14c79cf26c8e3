#include "arxivcalendar.h"

#include <QFile>
#include <QTimeZone>

namespace PaperSift {

namespace {
/// The n-th Sunday of a month (n = 1 the first).
QDate nthSunday(int year, int month, int n)
{
    QDate d(year, month, 1);
    d = d.addDays((7 - d.dayOfWeek()) % 7); // the first Sunday
    return d.addDays(7 * (n - 1));
}

/// Whether US Eastern keeps daylight time at this local date and hour: from the second Sunday of
/// March, 02:00, to the first Sunday of November, 02:00 (the US rule since 2007). Computed, not
/// read from the time-zone database: loading that takes a while the first time, and the window
/// asks on its thread.
bool easternDaylight(QDate day, int hour)
{
    const QDate start = nthSunday(day.year(), 3, 2);
    const QDate end = nthSunday(day.year(), 11, 1);
    if (day < start || day > end)
        return false;
    if (day == start)
        return hour >= 2;
    if (day == end)
        return hour < 2;
    return true;
}

QDateTime easternAt(QDate day, int hour)
{
    const int offsetHours = easternDaylight(day, hour) ? 4 : 5;
    return QDateTime(day, QTime(hour, 0), QTimeZone::UTC).addSecs(qint64(offsetHours) * 3600);
}

/// The US Eastern date at an instant.
QDate easternDate(const QDateTime &utc)
{
    const QDateTime u = utc.toUTC();
    // Standard time first; an instant in daylight time is an hour later locally.
    const QDateTime standard = u.addSecs(-5 * 3600);
    const QDate d = standard.date();
    const int h = standard.time().hour();
    return easternDaylight(d, h) ? u.addSecs(-4 * 3600).date() : d;
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
    QDate day = easternDate(nowUtc);
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
