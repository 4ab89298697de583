/**
 * Python's `datetime`: date, time, datetime, timedelta, tzinfo and the
 * fixed-offset timezone, with CPython's arithmetic, comparisons, reprs,
 * isoformat/fromisoformat and strftime/strptime (C locale).
 */
import { date, time } from "./date.js";
import { datetime } from "./datetime.js";
import { MAXYEAR, MINYEAR } from "./ordinals.js";
import { timedelta } from "./timedelta.js";
import { timezone, tzinfo } from "./tz.js";

/** Python's `datetime` module. */
export const datetimeModule = {
  MINYEAR,
  MAXYEAR,
  date,
  time,
  datetime,
  timedelta,
  tzinfo,
  timezone,
  UTC: timezone.utc,
};

