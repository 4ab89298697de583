/** `datetime.date` and `datetime.time`. */
import { OverflowError, TypeError, ValueError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { NotImplemented } from "../../operators.js";
import { repr } from "../../repr.js";
import { num } from "../args.js";
import { bind } from "../params.js";
import { MAXYEAR, MINYEAR, checkDate, checkTime, fromOrdinal, intField, isoCalendar, pad, toOrdinal, weekdayOf } from "./ordinals.js";
import { strftime, type Moment } from "./strftime.js";
import { timedelta } from "./timedelta.js";
import { structTime } from "./struct-time.js";
export { structTime };
import { fixedTz, formatOffset, offsetOf, tzArg, type tzinfo } from "./tz.js";

/** `date.isocalendar()`'s named tuple. */
export function isoCalendarDate(y: number, w: number, d: number): readonly number[] {
  const t = Object.assign([y, w, d], { year: y, week: w, weekday: d });
  Object.defineProperty(t, "__repr__", { value: () => `datetime.IsoCalendarDate(year=${y}, week=${w}, weekday=${d})`, enumerable: false });
  Object.defineProperty(t, "__str__", { value: () => `datetime.IsoCalendarDate(year=${y}, week=${w}, weekday=${d})`, enumerable: false });
  return Object.freeze(t);
}

const ISO_DATE = /^(\d{4})-?(\d{2})-?(\d{2})$/;
const ISO_WEEK = /^(\d{4})-?W(\d{2})-?(\d)?$/;

/** A date part of an ISO string, or null. */
export function parseIsoDate(s: string): [number, number, number] | null {
  const m = ISO_DATE.exec(s);
  if (m && (s.length === 10 ? s[4] === "-" && s[7] === "-" : s.length === 8)) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const w = ISO_WEEK.exec(s);
  if (w) return fromIsoCalendar(Number(w[1]), Number(w[2]), Number(w[3] ?? 1));
  return null;
}

function fromIsoCalendar(year: number, week: number, day: number): [number, number, number] {
  if (week < 1 || week > 53) throw new ValueError(`Invalid week: ${week}`);
  if (day < 1 || day > 7) throw new ValueError(`Invalid weekday: ${day} (range is [1, 7])`);
  const first = toOrdinal(year, 1, 1);
  const wd = (first + 6) % 7;
  let week1Monday = first - wd;
  if (wd > 3) week1Monday += 7;
  return fromOrdinal(week1Monday + (week - 1) * 7 + (day - 1));
}

export class date {
  static __module__ = "datetime";
  static min: date;
  static max: date;
  static resolution: timedelta;
  readonly year: number;
  readonly month: number;
  readonly day: number;

  constructor(...args: unknown[]) {
    const [y, m, d] = bind("date", args, ["year", "month", "day"], 3).map(intField) as [number, number, number];
    checkDate(y, m, d);
    this.year = y;
    this.month = m;
    this.day = d;
  }

  static today(): date {
    const now = new Date();
    return new date(now.getFullYear(), now.getMonth() + 1, now.getDate());
  }
  static fromordinal(n: unknown): date {
    const k = intField(n);
    if (k < 1 || k > toOrdinal(MAXYEAR, 12, 31)) throw new ValueError(`ordinal must be >= 1`);
    return new date(...fromOrdinal(k));
  }
  static fromtimestamp(t: unknown): date {
    const d = new Date(num(t) * 1000);
    return new date(d.getFullYear(), d.getMonth() + 1, d.getDate());
  }
  static fromisoformat(s: unknown): date {
    if (typeof s !== "string") throw new TypeError(`fromisoformat: argument must be str`);
    const ymd = parseIsoDate(s);
    if (!ymd) throw new ValueError(`Invalid isoformat string: ${repr(s)}`);
    return new date(...ymd);
  }
  static fromisocalendar(year: unknown, week: unknown, day: unknown): date {
    return new date(...fromIsoCalendar(intField(year), intField(week), intField(day)));
  }

  toordinal(): number {
    return toOrdinal(this.year, this.month, this.day);
  }
  weekday(): number {
    return weekdayOf(this.year, this.month, this.day);
  }
  isoweekday(): number {
    return this.weekday() + 1;
  }
  isocalendar(): readonly number[] {
    return isoCalendarDate(...isoCalendar(this.year, this.month, this.day));
  }
  isoformat(): string {
    return `${pad(this.year, 4)}-${pad(this.month)}-${pad(this.day)}`;
  }
  ctime(): string {
    return this.strftime("%a %b %e %H:%M:%S %Y");
  }
  protected moment(): Moment {
    return { year: this.year, month: this.month, day: this.day, hour: 0, minute: 0, second: 0, microsecond: 0, offset: "", zone: "" };
  }
  strftime(fmt: string): string {
    if (typeof fmt !== "string") throw new TypeError(`strftime() argument 1 must be str, not ${typeName(fmt)}`);
    return strftime(fmt, this.moment());
  }
  __format__(spec: string): string {
    return spec ? this.strftime(spec) : this.__str__();
  }
  timetuple(): readonly number[] {
    const yday = this.toordinal() - toOrdinal(this.year, 1, 1) + 1;
    return structTime([this.year, this.month, this.day, 0, 0, 0, this.weekday(), yday, -1]);
  }
  replace(...args: unknown[]): date {
    const [y, m, d] = bind("replace", args, ["year", "month", "day"]);
    return new date(y ?? this.year, m ?? this.month, d ?? this.day);
  }
  __repr__(): string {
    return `datetime.date(${this.year}, ${this.month}, ${this.day})`;
  }
  __str__(): string {
    return this.isoformat();
  }
  toString(): string {
    return this.__str__();
  }

  private cmpDate(o: unknown, op: string): number | typeof NotImplemented {
    if (!(o instanceof date) || isDatetime(o) !== isDatetime(this)) {
      if (o instanceof date && op !== "==") throw new TypeError(`can't compare ${qualName(this)} to ${qualName(o)}`);
      return NotImplemented;
    }
    return this.toordinal() - o.toordinal();
  }
  __eq__(o: unknown): boolean | typeof NotImplemented {
    if (o instanceof date && isDatetime(o) !== isDatetime(this)) return false;
    const c = this.cmpDate(o, "==");
    return c === NotImplemented ? c : c === 0;
  }
  __lt__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmpDate(o, "<");
    return c === NotImplemented ? c : (c as number) < 0;
  }
  __le__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmpDate(o, "<=");
    return c === NotImplemented ? c : (c as number) <= 0;
  }
  __gt__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmpDate(o, ">");
    return c === NotImplemented ? c : (c as number) > 0;
  }
  __ge__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmpDate(o, ">=");
    return c === NotImplemented ? c : (c as number) >= 0;
  }
  __hash__(): number {
    return this.toordinal();
  }
  __add__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    const n = this.toordinal() + o.days;
    if (n < 1 || n > toOrdinal(MAXYEAR, 12, 31)) throw new OverflowError("date value out of range");
    return new date(...fromOrdinal(n));
  }
  __radd__(o: unknown): unknown {
    return this.__add__(o);
  }
  __sub__(o: unknown): unknown {
    if (o instanceof timedelta) return this.__add__(o.__neg__());
    if (o instanceof date && !isDatetime(o)) return new timedelta(this.toordinal() - o.toordinal());
    return NotImplemented;
  }
}

date.min = new date(MINYEAR, 1, 1);
date.max = new date(MAXYEAR, 12, 31);
date.resolution = new timedelta(1);

/** Whether a value is a datetime (the date subclass with a time of day). */
export function isDatetime(x: unknown): boolean {
  return x instanceof date && "hour" in x;
}

export function qualName(x: unknown): string {
  return isDatetime(x) ? "datetime.datetime" : x instanceof date ? "datetime.date" : typeName(x);
}


const ISO_TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d{1,6})?)?)?)?$/;

/** Hour, minute, second, microsecond and UTC offset (seconds, or null) of an ISO time. */
export function parseIsoTime(s: string): [number, number, number, number, number | null] | null {
  const m = ISO_TIME.exec(s);
  if (!m) return null;
  let off: number | null = null;
  if (m[5]) {
    if (m[5] === "Z") off = 0;
    else {
      const z = m[5].replace(/:/g, "");
      const sign = z[0] === "-" ? -1 : 1;
      off = sign * (Number(z.slice(1, 3)) * 3600 + Number(z.slice(3, 5) || 0) * 60 + Number(z.slice(5, 7) || 0));
    }
  }
  return [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0), Number((m[4] ?? "").padEnd(6, "0")), off];
}

/** isoformat's time part for a timespec. */
export function isoTime(h: number, mi: number, s: number, us: number, timespec: unknown): string {
  const spec = timespec === undefined || timespec === null ? "auto" : timespec;
  switch (spec) {
    case "auto":
      return `${pad(h)}:${pad(mi)}:${pad(s)}${us ? "." + String(us).padStart(6, "0") : ""}`;
    case "hours":
      return pad(h);
    case "minutes":
      return `${pad(h)}:${pad(mi)}`;
    case "seconds":
      return `${pad(h)}:${pad(mi)}:${pad(s)}`;
    case "milliseconds":
      return `${pad(h)}:${pad(mi)}:${pad(s)}.${String(Math.floor(us / 1000)).padStart(3, "0")}`;
    case "microseconds":
      return `${pad(h)}:${pad(mi)}:${pad(s)}.${String(us).padStart(6, "0")}`;
    default:
      throw new ValueError("Unknown timespec value");
  }
}

/** `datetime.time(hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0)` */
export class time {
  static __module__ = "datetime";
  static min: time;
  static max: time;
  static resolution: timedelta;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: tzinfo | null;
  readonly fold: number;

  constructor(...args: unknown[]) {
    const [h, mi, s, us, tz, fold] = bind("time", args, ["hour", "minute", "second", "microsecond", "tzinfo", "fold"], 0, 5);
    const f = [h, mi, s, us, fold].map((x) => (x === undefined ? 0 : intField(x))) as [number, number, number, number, number];
    checkTime(...f);
    [this.hour, this.minute, this.second, this.microsecond, this.fold] = f;
    this.tzinfo = tzArg(tz);
  }
  static fromisoformat(s: unknown): time {
    if (typeof s !== "string") throw new TypeError("fromisoformat: argument must be str");
    const t = parseIsoTime(s.startsWith("T") ? s.slice(1) : s);
    if (!t) throw new ValueError(`Invalid isoformat string: ${repr(s)}`);
    const [h, mi, sec, us, off] = t;
    return new time(h, mi, sec, us, off === null ? null : fixedTz(off));
  }
  utcoffset(): timedelta | null {
    return offsetOf(this.tzinfo, null);
  }
  tzname(): string | null {
    return this.tzinfo ? this.tzinfo.tzname(null) : null;
  }
  dst(): timedelta | null {
    return this.tzinfo ? this.tzinfo.dst(null) : null;
  }
  isoformat(timespec?: unknown): string {
    const ts = typeof timespec === "object" && timespec !== null ? (timespec as { timespec?: unknown }).timespec : timespec;
    return isoTime(this.hour, this.minute, this.second, this.microsecond, ts) + formatOffset(this.utcoffset());
  }
  strftime(fmt: string): string {
    return strftime(fmt, { year: 1900, month: 1, day: 1, hour: this.hour, minute: this.minute, second: this.second, microsecond: this.microsecond, offset: formatOffset(this.utcoffset(), ""), zone: this.tzname() ?? "" });
  }
  __format__(spec: string): string {
    return spec ? this.strftime(spec) : this.__str__();
  }
  replace(...args: unknown[]): time {
    const [h, mi, s, us, tz, fold] = bind("replace", args, ["hour", "minute", "second", "microsecond", "tzinfo", "fold"]);
    return new time(h ?? this.hour, mi ?? this.minute, s ?? this.second, us ?? this.microsecond, tz === undefined ? this.tzinfo : tz, { fold: fold ?? this.fold });
  }
  __repr__(): string {
    let args = `${this.hour}, ${this.minute}`;
    if (this.second || this.microsecond) args += `, ${this.second}`;
    if (this.microsecond) args += `, ${this.microsecond}`;
    if (this.tzinfo) args += `, tzinfo=${repr(this.tzinfo)}`;
    if (this.fold) args += ", fold=1";
    return `datetime.time(${args})`;
  }
  __str__(): string {
    return this.isoformat();
  }
  toString(): string {
    return this.__str__();
  }
  private key(): number {
    const off = this.utcoffset();
    return ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond - (off ? off.totalMicroseconds() : 0);
  }
  private cmp(o: unknown, op: string): number | typeof NotImplemented {
    if (!(o instanceof time)) return NotImplemented;
    if ((this.utcoffset() === null) !== (o.utcoffset() === null)) {
      if (op === "==") return 1;
      throw new TypeError("can't compare offset-naive and offset-aware times");
    }
    return this.key() - o.key();
  }
  __eq__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmp(o, "==");
    return c === NotImplemented ? c : c === 0;
  }
  __lt__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmp(o, "<");
    return c === NotImplemented ? c : (c as number) < 0;
  }
  __le__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmp(o, "<=");
    return c === NotImplemented ? c : (c as number) <= 0;
  }
  __gt__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmp(o, ">");
    return c === NotImplemented ? c : (c as number) > 0;
  }
  __ge__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmp(o, ">=");
    return c === NotImplemented ? c : (c as number) >= 0;
  }
  __hash__(): number {
    return this.key();
  }
}

time.min = new time(0, 0, 0, 0);
time.max = new time(23, 59, 59, 999999);
time.resolution = new timedelta(0, 0, 1);

