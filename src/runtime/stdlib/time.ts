/**
 * Python's `time` module: the clocks and blocking sleep of ../time.ts plus
 * struct_time and the calendar functions (gmtime, localtime, mktime,
 * strftime, strptime, asctime, ctime), formatted as glibc does in the C
 * locale (see datetime/strftime.ts).
 */
import { OverflowError, TypeError } from "../exceptions.js";
import { time as coreTime } from "../time.js";
import { num } from "./args.js";
import { structTime } from "./datetime/struct-time.js";
import { daysBeforeMonth, toOrdinal } from "./datetime/ordinals.js";
import { strftime as formatMoment, strptime as parseMoment } from "./datetime/strftime.js";

/** `time.struct_time`: a 9-tuple with named fields (tm_zone and tm_gmtoff besides). */
export type StructTime = readonly number[] & {
  readonly tm_year: number;
  readonly tm_mon: number;
  readonly tm_mday: number;
  readonly tm_hour: number;
  readonly tm_min: number;
  readonly tm_sec: number;
  readonly tm_wday: number;
  readonly tm_yday: number;
  readonly tm_isdst: number;
  readonly tm_zone: string | null;
  readonly tm_gmtoff: number | null;
};

/** `time.struct_time(sequence)`. */
class struct_time {
  static __module__ = "time";
  constructor(seq: Iterable<number>) {
    const fields = [...seq];
    if (fields.length < 9) throw new TypeError(`time.struct_time() takes an at least 9-sequence (${fields.length}-sequence given)`);
    // A constructor may hand back another object: the tuple is what Python programs see.
    return structTime(fields.slice(0, 9), fields[9] as unknown as string, fields[10]) as unknown as struct_time;
  }
}

function isDst(d: Date): boolean {
  const jan = new Date(d.getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(d.getFullYear(), 6, 1).getTimezoneOffset();
  return Math.max(jan, jul) !== d.getTimezoneOffset();
}

function zoneName(d: Date): string {
  try {
    const part = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((p) => p.type === "timeZoneName");
    return part?.value ?? "UTC";
  } catch {
    return "UTC";
  }
}

function fromDate(d: Date, utc: boolean): StructTime {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = (utc ? d.getUTCMonth() : d.getMonth()) + 1;
  const mday = utc ? d.getUTCDate() : d.getDate();
  const fields = [y, mon, mday, utc ? d.getUTCHours() : d.getHours(), utc ? d.getUTCMinutes() : d.getMinutes(), utc ? d.getUTCSeconds() : d.getSeconds(), (toOrdinal(y, mon, mday) + 6) % 7, daysBeforeMonth(y, mon) + mday, utc ? 0 : isDst(d) ? 1 : 0];
  return structTime(fields, utc ? "GMT" : zoneName(d), utc ? 0 : -d.getTimezoneOffset() * 60) as StructTime;
}

function secondsArg(secs: unknown): Date {
  if (secs === undefined || secs === null) return new Date();
  const s = Math.floor(num(secs));
  if (!Number.isFinite(s) || Math.abs(s) > 8.64e12) throw new OverflowError("timestamp out of range for platform time_t");
  return new Date(s * 1000);
}

function toStruct(t: unknown, fname: string): StructTime {
  if (t === undefined || t === null) return fromDate(new Date(), false);
  if (Array.isArray(t) && t.length >= 9) return t as unknown as StructTime;
  throw new TypeError(Array.isArray(t) ? `${fname}(): illegal time tuple argument` : "Tuple or struct_time argument required");
}

/** `time.strftime(format, t=localtime())` */
function strftime(fmt: string, t?: unknown): string {
  if (typeof fmt !== "string") throw new TypeError(`strftime() argument 1 must be str, not ${typeof fmt}`);
  const st = toStruct(t, "strftime");
  const off = st.tm_gmtoff ?? null;
  const offset = off === null ? "+0000" : `${off < 0 ? "-" : "+"}${String(Math.floor(Math.abs(off) / 3600)).padStart(2, "0")}${String(Math.floor((Math.abs(off) % 3600) / 60)).padStart(2, "0")}`;
  const [year, month, day, hour, minute, second] = st as unknown as number[];
  return formatMoment(fmt, { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second!, microsecond: 0, offset, zone: st.tm_zone ?? "" });
}

/** `time.strptime(string, format="%a %b %d %H:%M:%S %Y")` */
function strptime(data: string, fmt?: string): StructTime {
  if (typeof data !== "string") throw new TypeError(`strptime() argument 0 must be str, not ${typeof data}`);
  const p = parseMoment(data, fmt ?? "%a %b %d %H:%M:%S %Y");
  const wday = (toOrdinal(p.year, p.month, p.day) + 6) % 7;
  const yday = daysBeforeMonth(p.year, p.month) + p.day;
  return structTime([p.year, p.month, p.day, p.hour, p.minute, p.second, wday, yday, -1], undefined, p.offset ?? undefined) as StructTime;
}

function mktime(t: unknown): number {
  const [Y, m, d, H, M, S] = toStruct(t, "mktime") as unknown as number[];
  const js = new Date(2000, 0, 1, H!, M!, S!);
  js.setFullYear(Y!, m! - 1, d!);
  return js.getTime() / 1000;
}

const jan = new Date(new Date().getFullYear(), 0, 1);
const jul = new Date(new Date().getFullYear(), 6, 1);
const standardOffset = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
const dstOffset = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset());
const standardDate = jan.getTimezoneOffset() === standardOffset ? jan : jul;
const dstDate = jan.getTimezoneOffset() === dstOffset ? jan : jul;

/**
 * Python's `time` module: time.ts's clocks and blocking sleep, plus the
 * calendar functions.
 */
export const time = {
  ...coreTime,
  struct_time,
  timezone: standardOffset * 60,
  altzone: dstOffset * 60,
  daylight: standardOffset !== dstOffset ? 1 : 0,
  // Named on first read: Intl's time-zone names cost ~15 ms, paid by every program that imports the runtime otherwise.
  get tzname(): readonly [string, string] {
    const names = Object.freeze([zoneName(standardDate), zoneName(dstDate)]) as readonly [string, string];
    Object.defineProperty(this, "tzname", { value: names, enumerable: true });
    return names;
  },
  localtime(secs?: number | null): StructTime {
    return fromDate(secondsArg(secs), false);
  },
  gmtime(secs?: number | null): StructTime {
    return fromDate(secondsArg(secs), true);
  },
  mktime,
  strftime,
  strptime,
  asctime(t?: readonly number[] | null): string {
    return strftime("%a %b %e %H:%M:%S %Y", toStruct(t, "asctime"));
  },
  ctime(secs?: number | null): string {
    return strftime("%a %b %e %H:%M:%S %Y", fromDate(secondsArg(secs), false));
  },
  process_time_ns(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) * 1000;
  },
  thread_time(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  },
  thread_time_ns(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) * 1000;
  },
};
