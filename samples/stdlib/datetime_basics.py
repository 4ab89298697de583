# datetime: construction, reprs, arithmetic, comparison, isoformat and
# fromisoformat, strftime/strptime, fixed-offset time zones; fixed dates only.
from datetime import date, datetime, time, timedelta, timezone
import datetime as dt

d = date(2024, 2, 28)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d + timedelta(days=2), d - timedelta(weeks=1), date(2024, 3, 1) - d, repr(date(2024, 3, 1) - d))
print(d.isocalendar(), d.isocalendar()[1], d.isoformat(), d.replace(day=1), d.replace(year=2023, month=12))
print(date.fromisoformat("2024-03-05"), date.fromordinal(738951), date(2024, 1, 1) < d, max(d, date(2023, 1, 1)))
print(date.min, date.max, dt.MINYEAR, dt.MAXYEAR, sorted([date(2024, 5, 1), date(2023, 5, 1)]))

t = time(14, 5)
print(t, repr(t), repr(time()), repr(time(1, 2, 3, 4)), time(9, 30, 15, 250).isoformat(), t.isoformat(timespec="hours"))
print(t.replace(minute=30), time.fromisoformat("10:11:12"), time(8) < time(9), t.strftime("%I:%M %p"))

moment = datetime(2024, 3, 5, 14, 7, 1)
print(moment, repr(moment), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 0, 0, 5)), datetime(2024, 1, 1, 5, 6, 7, 8))
print(moment.date(), moment.time(), moment.hour, moment.minute, moment.second, moment.microsecond, moment.tzinfo)
print(moment + timedelta(hours=12), moment - timedelta(days=5, minutes=8), moment - datetime(2024, 1, 1))
print(moment.isoformat(), moment.isoformat(" "), moment.isoformat(timespec="minutes"), datetime(2024, 1, 15, 1, 2, 3, 400).isoformat(timespec="milliseconds"))
print(moment.strftime("%Y-%m-%d %H:%M:%S | %a %A %b %B %y %j %U %W %w %u %%"), moment.strftime("%I:%M %p %e %D %F %T %R %C %G %V %g"))
print(moment.strftime("%c | %x | %X"), f"{moment:%d/%m/%Y}", format(d, "%B %d"), f"{d}", "{:%H:%M}".format(moment))
print(datetime.strptime("05/03/24 14:07", "%d/%m/%y %H:%M"), datetime.strptime("Mar 5 2024 2PM", "%b %d %Y %I%p"))
print(datetime.strptime("2024-03-05T14:07:01.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z"), datetime.strptime("tuesday 5 march 1999", "%A %d %B %Y"))
print(datetime.strptime("2024 65", "%Y %j"), datetime.strptime("  7  8", " %H %M"), datetime.strptime("1/2/69", "%m/%d/%y"), datetime.strptime("1/2/68", "%m/%d/%y"))
print(datetime.fromisoformat("2024-03-05T14:07:01.123+02:00"), datetime.fromisoformat("2024-03-05"), datetime.fromisoformat("2024-03-05 14:07Z"))
print(datetime.combine(d, t), datetime.combine(d, time(1), tzinfo=timezone.utc), moment.replace(year=2000, microsecond=5))
print(datetime(2024, 1, 1) == datetime(2024, 1, 1, 0, 0), datetime(2024, 1, 1) > datetime(2023, 12, 31, 23, 59), d == datetime(2024, 2, 28))
print({moment: "x"}[datetime(2024, 3, 5, 14, 7, 1)], len({date(2024, 1, 1), date(2024, 1, 1)}), moment.timetuple()[:6], moment.weekday())

utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30))
aware = datetime(2024, 3, 5, 12, 0, tzinfo=utc)
print(aware, repr(aware), aware.isoformat(), aware.utcoffset(), aware.tzname(), aware.timestamp())
print(repr(utc), repr(cet), repr(ist), str(utc), str(cet), str(ist), repr(timezone(timedelta(hours=-5))), timezone(timedelta(0)) == utc)
print(aware.astimezone(cet), aware.astimezone(ist), aware.astimezone(ist).strftime("%z %Z"), aware.astimezone(cet) == aware)
print(datetime(2024, 3, 5, 13, 0, tzinfo=cet) - aware, datetime.fromtimestamp(0, tz=utc), datetime.fromtimestamp(86400.5, utc), dt.UTC is utc)
print(datetime(2024, 3, 5, 12, tzinfo=timezone(timedelta(hours=-3, minutes=-30))), datetime.fromtimestamp(1709640000, ist).isoformat())

td = timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=5, microseconds=6)
print(td, repr(td), td.days, td.seconds, td.microseconds, td.total_seconds(), timedelta(hours=1).total_seconds())
print(repr(timedelta()), repr(timedelta(hours=1.5)), timedelta(seconds=0.5), timedelta(days=-1, seconds=1), timedelta(microseconds=-1), timedelta(weeks=2))
print(timedelta(days=2) / timedelta(hours=12), timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5), timedelta(hours=1) * 3, 2 * timedelta(minutes=1))
print(timedelta(hours=1) / 4, -timedelta(hours=1), abs(timedelta(days=-1)), timedelta(hours=1) + timedelta(minutes=30), timedelta(0) == timedelta(), bool(timedelta(0)))
print(timedelta(hours=1) < timedelta(minutes=61), sum([timedelta(minutes=20)] * 4, timedelta()), timedelta.max, timedelta.min, timedelta.resolution)

for action in (
    lambda: date(2024, 2, 30),
    lambda: date(2024, 13, 1),
    lambda: date(0, 1, 1),
    lambda: datetime(2024, 1, 1, 24),
    lambda: time(12, 60),
    lambda: date("2024", 1, 1),
    lambda: date.fromisoformat("2024-1-1"),
    lambda: datetime.strptime("2024", "%Y-%m"),
    lambda: datetime.strptime("2024-01-01x", "%Y-%m-%d"),
    lambda: datetime(2024, 1, 1) - aware,
    lambda: datetime(2024, 1, 1) < aware,
    lambda: datetime(2024, 1, 1) < d,
    lambda: timedelta(days=1e9),
    lambda: date.max + timedelta(1),
    lambda: timedelta(1) / 0,
    lambda: timezone(timedelta(hours=25)),
    lambda: time(1, tzinfo=1),
    lambda: moment.isoformat(timespec="days"),
):
    try:
        print(action())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(datetime(2024, 1, 1) == aware)
