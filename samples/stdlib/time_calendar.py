# time's struct_time, gmtime, strftime and strptime (UTC only: the local zone is the machine's),
# and calendar's dates, names and month text.
import calendar
import time

t = time.gmtime(0)
print(t, t.tm_year, t.tm_wday, t.tm_yday, t.tm_zone, t.tm_gmtoff, t[:3], len(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", time.gmtime(86400 * 365)), time.asctime(time.gmtime(0)))
print(time.strftime("%a %A %b %B %c %d %e %j %p %I %U %W %w %x %X %y %%", time.gmtime(1709647621)))
p = time.strptime("2024-03-05 14:07", "%Y-%m-%d %H:%M")
print(p, p.tm_mon, p.tm_wday, p.tm_yday, p.tm_isdst)
print(time.strptime("Tue Mar  5 14:07:01 2024"), time.gmtime(1.9)[5], [time.gmtime(2 ** 31)])
print(time.mktime(time.localtime(1000)), time.localtime(1000)[:6] == time.localtime(1000.7)[:6], calendar.timegm(time.gmtime(12345)))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)), time.strftime("%H:%M", (2024, 1, 2, 3, 4, 5, 6, 7, 0)))
print(type(time.time()).__name__, time.monotonic() <= time.monotonic(), time.perf_counter() > 0, isinstance(time.time_ns(), int))
print(isinstance(time.timezone, int), len(time.tzname), time.daylight in (0, 1))
for action in (lambda: time.strptime("x", "%Y"), lambda: time.strptime("2024-01-01x", "%Y-%m-%d"), lambda: time.strftime("%Y", (1, 2)), lambda: time.strptime("1", "%Q")):
    try:
        print(action())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(calendar.isleap(2024), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.weekday(2024, 3, 5), calendar.MONDAY, calendar.SUNDAY)
print(list(calendar.month_name), list(calendar.month_abbr)[1:4], list(calendar.day_name), list(calendar.day_abbr))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 3))
print(calendar.month(2024, 2, w=3, l=1), end="")
print(calendar.weekheader(2), calendar.firstweekday())
print(calendar.calendar(2024)[:200])
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2024, 9))
print(list(calendar.Calendar().itermonthdays(2024, 2))[:10], [d.isoformat() for d in calendar.Calendar().itermonthdates(2024, 2)][:3])
for action in (lambda: calendar.monthrange(2024, 13), lambda: calendar.weekday(2024, 2, 30)):
    try:
        print(action())
    except (ValueError, calendar.IllegalMonthError) as e:
        print(type(e).__name__ + ":", e)
