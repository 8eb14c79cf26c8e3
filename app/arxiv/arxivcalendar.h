#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>

#include <utility>

namespace PaperSift {

/// arXiv's calendar as its daily feeds show it. arXiv announces Sunday to Thursday at 20:00 US
/// Eastern; the feed built at the next midnight carries that announcement, dated that day (its
/// pubDate, PaperSift's feed day): so feed days are Monday to Friday (the feed's skipDays are
/// Saturday and Sunday), except arXiv's holidays (resources/arxiv-holidays.txt, compiled in).
/// Each announcement carries the submissions of one window: from 14:00 ET of one working day
/// (Monday–Friday) to 14:00 ET of the next; Sunday's announcement closes Friday's. Pure apart
/// from reading the data file once.
class ArxivCalendar
{
public:
    /// The compiled-in holidays.
    static const ArxivCalendar &standard();
    /// A calendar with these holidays (tests).
    explicit ArxivCalendar(QSet<QDate> holidays);
    /// Reads "YYYY-MM-DD" lines, '#' comments allowed.
    static QSet<QDate> parseHolidays(const QByteArray &text);

    /// A day whose feed should list papers: Monday to Friday and not a holiday.
    bool isFeedDay(QDate day) const;
    bool isHoliday(QDate day) const { return m_holidays.contains(day); }
    /// When the feed of `day` is built (00:00 US Eastern that day), in UTC.
    static QDateTime feedTime(QDate day);
    /// The latest feed day whose feed was built by `nowUtc`; invalid if none in two weeks.
    QDate latestFeedDay(const QDateTime &nowUtc) const;
    /// The feed days in [from, to], oldest first.
    QList<QDate> feedDays(QDate from, QDate to) const;
    /// The submission window the feed of `day` lists, [start, end) in UTC: the announcement of
    /// the evening before (Sunday's for Monday) closes at 14:00 ET of the last working day up to
    /// that evening and opens at 14:00 ET of the working day before.
    std::pair<QDateTime, QDateTime> submissionWindow(QDate day) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace PaperSift
