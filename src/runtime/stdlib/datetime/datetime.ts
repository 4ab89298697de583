/**
 * `datetime.datetime`: a date with a time of day and an optional tzinfo.
 * Naive values are local time where the OS clock matters (now, timestamp,
 * fromtimestamp), as in CPython.
 */
import { OverflowError, TypeError, ValueError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { NotImplemented } from "../../operators.js";
import { repr } from "../../repr.js";
import { num } from "../args.js";
import { bind } from "../params.js";
import { date, isoTime, parseIsoDate, parseIsoTime, qualName, structTime, time } from "./date.js";
import { MAXYEAR, MINYEAR, checkTime, fromOrdinal, intField, toOrdinal } from "./ordinals.js";
import { strftime, strptime } from "./strftime.js";
import { timedelta } from "./timedelta.js";
import { fixedTz, formatOffset, offsetOf, tzArg, timezone, type tzinfo } from "./tz.js";

const FIELDS = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

/** Python's round-half-even of a number of microseconds. */
function roundUs(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/** A JS Date set to a local wall time (years below 100 included). */
function localDate(y: number, mo: number, d: number, h: number, mi: number, s: number): Date {
  const js = new Date(2000, 0, 1, h, mi, s);
  js.setFullYear(y, mo - 1, d);
  return js;
}

function localZone(js: Date): timezone {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(js).find((p) => p.type === "timeZoneName")?.value;
  } catch {
    name = undefined;
  }
  return fixedTz(-js.getTimezoneOffset() * 60, name ?? "UTC");
}

export class datetime extends date {
  static override min: datetime;
  static override max: datetime;
  static override resolution: timedelta;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly microsecond: number;
  readonly tzinfo: tzinfo | null;
  readonly fold: number;

  constructor(...args: unknown[]) {
    const [y, mo, d, h, mi, s, us, tz, fold] = bind("datetime", args, FIELDS, 3, 8);
    super(y, mo, d);
    const f = [h, mi, s, us, fold].map((x) => (x === undefined ? 0 : intField(x))) as [number, number, number, number, number];
    checkTime(...f);
    [this.hour, this.minute, this.second, this.microsecond, this.fold] = f;
    this.tzinfo = tzArg(tz);
  }

  // ---- constructors
  static override today(): datetime {
    return datetime.now();
  }
  static now(...args: unknown[]): datetime {
    const [tz] = bind("now", args, ["tz"]);
    return datetime.fromtimestamp(Date.now() / 1000, tz);
  }
  static utcnow(): datetime {
    return datetime.utcfromtimestamp(Date.now() / 1000);
  }
  static override fromtimestamp(...args: unknown[]): datetime {
    const [t, tz] = bind("fromtimestamp", args, ["t", "tz"], 1);
    const zone = tzArg(tz);
    const totalUs = roundUs(num(t) * 1e6);
    const ms = Math.floor(totalUs / 1000);
    const us = totalUs - Math.floor(totalUs / 1e6) * 1e6;
    const js = new Date(ms);
    if (zone === null) return new datetime(js.getFullYear(), js.getMonth() + 1, js.getDate(), js.getHours(), js.getMinutes(), js.getSeconds(), us);
    const utc = new datetime(js.getUTCFullYear(), js.getUTCMonth() + 1, js.getUTCDate(), js.getUTCHours(), js.getUTCMinutes(), js.getUTCSeconds(), us, zone);
    const off = offsetOf(zone, utc);
    return off ? (utc.__add__(off) as datetime) : utc;
  }
  static utcfromtimestamp(t: unknown): datetime {
    return datetime.fromtimestamp(t, timezone.utc).replace({ tzinfo: null });
  }
  static combine(...args: unknown[]): datetime {
    const [d, t, tz] = bind("combine", args, ["date", "time", "tzinfo"], 2);
    if (!(d instanceof date)) throw new TypeError(`combine() argument 1 must be datetime.date, not ${typeName(d)}`);
    if (!(t instanceof time)) throw new TypeError(`combine() argument 2 must be datetime.time, not ${typeName(t)}`);
    return new datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tz === undefined ? t.tzinfo : tz, { fold: t.fold });
  }
  static override fromisoformat(s: unknown): datetime {
    if (typeof s !== "string") throw new TypeError("fromisoformat: argument must be str");
    const bad = () => new ValueError(`Invalid isoformat string: ${repr(s)}`);
    const dateLen = /^\d{4}-/.test(s) ? (s[5] === "W" ? (s[8] === "-" ? 10 : 8) : 10) : s[4] === "W" ? (/^\d{4}W\d{3}/.test(s) ? 8 : 7) : 8;
    const ymd = parseIsoDate(s.slice(0, dateLen));
    if (!ymd) throw bad();
    if (s.length === dateLen) return new datetime(...ymd);
    const t = parseIsoTime(s.slice(dateLen + 1));
    if (!t) throw bad();
    const [h, mi, sec, us, off] = t;
    return new datetime(...ymd, h, mi, sec, us, off === null ? null : fixedTz(off));
  }
  static strptime(data: unknown, fmt: unknown): datetime {
    if (typeof data !== "string") throw new TypeError(`strptime() argument 1 must be str, not ${typeName(data)}`);
    if (typeof fmt !== "string") throw new TypeError(`strptime() argument 2 must be str, not ${typeName(fmt)}`);
    const p = strptime(data, fmt);
    return new datetime(p.year, p.month, p.day, p.hour, p.minute, p.second, p.microsecond, p.offset === null ? null : fixedTz(p.offset));
  }
  static override fromordinal(n: unknown): datetime {
    const d = date.fromordinal(n);
    return new datetime(d.year, d.month, d.day);
  }

  // ---- fields
  date(): date {
    return new date(this.year, this.month, this.day);
  }
  time(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond, null, { fold: this.fold });
  }
  timetz(): time {
    return new time(this.hour, this.minute, this.second, this.microsecond, this.tzinfo, { fold: this.fold });
  }
  utcoffset(): timedelta | null {
    return offsetOf(this.tzinfo, this);
  }
  tzname(): string | null {
    return this.tzinfo ? this.tzinfo.tzname(this) : null;
  }
  dst(): timedelta | null {
    return this.tzinfo ? this.tzinfo.dst(this) : null;
  }
  override replace(...args: unknown[]): datetime {
    const given = bind("replace", args, FIELDS);
    const own = [this.year, this.month, this.day, this.hour, this.minute, this.second, this.microsecond, this.tzinfo, this.fold];
    const v = given.map((x, i) => (x === undefined ? own[i] : x));
    return new datetime(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], { fold: v[8] });
  }
  override timetuple(): readonly number[] {
    const yday = this.toordinal() - toOrdinal(this.year, 1, 1) + 1;
    const dst = this.dst();
    return structTime([this.year, this.month, this.day, this.hour, this.minute, this.second, this.weekday(), yday, dst === null ? -1 : dst.__bool__() ? 1 : 0]);
  }
  utctimetuple(): readonly number[] {
    const off = this.utcoffset();
    const u = off ? (this.__sub__(off) as datetime) : this;
    return structTime([u.year, u.month, u.day, u.hour, u.minute, u.second, u.weekday(), u.toordinal() - toOrdinal(u.year, 1, 1) + 1, 0]);
  }
  /** Seconds since the epoch as a float; a naive value is local time. */
  timestamp(): number {
    const off = this.utcoffset();
    if (off === null) {
      const js = localDate(this.year, this.month, this.day, this.hour, this.minute, this.second);
      return js.getTime() / 1000 + this.microsecond / 1e6;
    }
    const days = this.toordinal() - toOrdinal(1970, 1, 1);
    return days * 86400 + this.hour * 3600 + this.minute * 60 + this.second - off.days * 86400 - off.seconds + (this.microsecond - off.microseconds) / 1e6;
  }
  astimezone(...args: unknown[]): datetime {
    const [tz] = bind("astimezone", args, ["tz"]);
    let off = this.utcoffset();
    if (off === null) off = localZone(localDate(this.year, this.month, this.day, this.hour, this.minute, this.second)).utcoffset();
    const utc = (this.__sub__(off) as datetime).replace({ tzinfo: null });
    let target = tzArg(tz);
    if (target === null) {
      const js = new Date(this.timestamp() * 1000);
      target = localZone(js);
    }
    const toOff = offsetOf(target, utc) ?? new timedelta(0);
    return (utc.__add__(toOff) as datetime).replace({ tzinfo: target });
  }

  // ---- text
  override isoformat(...args: unknown[]): string {
    const [sep, timespec] = bind("isoformat", args, ["sep", "timespec"]);
    const s = sep === undefined ? "T" : String(sep);
    return `${super.isoformat()}${s}${isoTime(this.hour, this.minute, this.second, this.microsecond, timespec)}${formatOffset(this.utcoffset())}`;
  }
  protected override moment() {
    const off = this.utcoffset();
    return { year: this.year, month: this.month, day: this.day, hour: this.hour, minute: this.minute, second: this.second, microsecond: this.microsecond, offset: formatOffset(off, ""), zone: this.tzname() ?? "", epoch: this.timestamp() };
  }
  override ctime(): string {
    return this.strftime("%a %b %e %H:%M:%S %Y");
  }
  override __repr__(): string {
    let args = `${this.year}, ${this.month}, ${this.day}, ${this.hour}, ${this.minute}`;
    if (this.second || this.microsecond) args += `, ${this.second}`;
    if (this.microsecond) args += `, ${this.microsecond}`;
    if (this.tzinfo) args += `, tzinfo=${repr(this.tzinfo)}`;
    if (this.fold) args += ", fold=1";
    return `datetime.datetime(${args})`;
  }
  override __str__(): string {
    return this.isoformat(" ");
  }

  // ---- arithmetic and comparison
  /** Days since 0001-01-01 and microseconds into the day, in UTC if aware and `utc`. */
  private instant(utc: boolean): [number, number] {
    let days = this.toordinal();
    let us = ((this.hour * 60 + this.minute) * 60 + this.second) * 1e6 + this.microsecond;
    const off = utc ? this.utcoffset() : null;
    if (off) {
      us -= off.totalMicroseconds();
      const carry = Math.floor(us / 86400e6);
      days += carry;
      us -= carry * 86400e6;
    }
    return [days, us];
  }
  override __add__(o: unknown): unknown {
    if (!(o instanceof timedelta)) return NotImplemented;
    let [days, us] = this.instant(false);
    days += o.days;
    us += o.seconds * 1e6 + o.microseconds;
    const carry = Math.floor(us / 86400e6);
    days += carry;
    us -= carry * 86400e6;
    if (days < 1 || days > toOrdinal(MAXYEAR, 12, 31)) throw new OverflowError("date value out of range");
    const [y, m, d] = fromOrdinal(days);
    const secs = Math.floor(us / 1e6);
    return new datetime(y, m, d, Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60, us % 1e6, this.tzinfo);
  }
  override __radd__(o: unknown): unknown {
    return this.__add__(o);
  }
  override __sub__(o: unknown): unknown {
    if (o instanceof timedelta) return this.__add__(o.__neg__());
    if (!(o instanceof datetime)) return NotImplemented;
    const useOffsets = this.tzinfo !== o.tzinfo;
    if (useOffsets && (this.utcoffset() === null) !== (o.utcoffset() === null)) throw new TypeError("can't subtract offset-naive and offset-aware datetimes");
    const [d1, u1] = this.instant(useOffsets);
    const [d2, u2] = o.instant(useOffsets);
    return new timedelta(d1 - d2, 0, u1 - u2);
  }
  private cmpDt(o: unknown, op: string): number | typeof NotImplemented {
    if (!(o instanceof datetime)) {
      if (o instanceof date && op !== "==") throw new TypeError(`can't compare ${qualName(this)} to ${qualName(o)}`);
      return NotImplemented;
    }
    const useOffsets = this.tzinfo !== o.tzinfo;
    if (useOffsets && (this.utcoffset() === null) !== (o.utcoffset() === null)) {
      if (op === "==") return 1;
      throw new TypeError("can't compare offset-naive and offset-aware datetimes");
    }
    const [d1, u1] = this.instant(useOffsets);
    const [d2, u2] = o.instant(useOffsets);
    return d1 !== d2 ? d1 - d2 : u1 - u2;
  }
  override __eq__(o: unknown): boolean | typeof NotImplemented {
    if (o instanceof date && !(o instanceof datetime)) return false;
    const c = this.cmpDt(o, "==");
    return c === NotImplemented ? c : c === 0;
  }
  override __lt__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmpDt(o, "<");
    return c === NotImplemented ? c : (c as number) < 0;
  }
  override __le__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmpDt(o, "<=");
    return c === NotImplemented ? c : (c as number) <= 0;
  }
  override __gt__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmpDt(o, ">");
    return c === NotImplemented ? c : (c as number) > 0;
  }
  override __ge__(o: unknown): boolean | typeof NotImplemented {
    const c = this.cmpDt(o, ">=");
    return c === NotImplemented ? c : (c as number) >= 0;
  }
  override __hash__(): number {
    const [d, us] = this.instant(true);
    return d * 86400 + Math.floor(us / 1e6);
  }
}

datetime.min = new datetime(MINYEAR, 1, 1);
datetime.max = new datetime(MAXYEAR, 12, 31, 23, 59, 59, 999999);
datetime.resolution = new timedelta(0, 0, 1);
