/**
 * Python's `calendar`: leap years, month ranges, weekday and month names
 * (C locale), month matrices and the plain-text calendars of TextCalendar,
 * laid out exactly as CPython lays them out.
 */
import { ValueError } from "../exceptions.js";
import { repr } from "../repr.js";
import { bind } from "./params.js";
import { date } from "./datetime/date.js";
import { DAY_NAMES, MONTH_NAMES, daysInMonth, fromOrdinal, intField, isLeap, toOrdinal, weekdayOf } from "./datetime/ordinals.js";

/** `calendar.IllegalMonthError` */
class IllegalMonthError extends ValueError {
  static __module__ = "calendar";
  constructor(readonly month: unknown) {
    super(`bad month number ${String(month)}; must be 1-12`);
  }
}
/** `calendar.IllegalWeekdayError` */
class IllegalWeekdayError extends ValueError {
  static __module__ = "calendar";
  constructor(readonly weekday: unknown) {
    super(`bad weekday number ${String(weekday)}; must be 0 (Monday) to 6 (Sunday)`);
  }
}

/** str.center as CPython computes it (odd padding goes right unless the width is odd). */
function center(s: string, width: number): string {
  const marg = width - [...s].length;
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return " ".repeat(left) + s + " ".repeat(marg - left);
}

function checkMonth(month: number): void {
  if (month < 1 || month > 12) throw new IllegalMonthError(month);
}

function monthrange(year: unknown, month: unknown): readonly [number, number] {
  const y = intField(year);
  const m = intField(month);
  checkMonth(m);
  return Object.freeze([weekdayOf(y, m, 1), daysInMonth(y, m)] as [number, number]);
}

type DayPair = readonly [number, number];

/** `calendar.Calendar(firstweekday=0)` */
class Calendar {
  static __module__ = "calendar";
  protected first: number;
  constructor(...args: unknown[]) {
    const [fw] = bind("Calendar", args, ["firstweekday"]);
    this.first = fw === undefined ? 0 : intField(fw);
  }
  get firstweekday(): number {
    return this.first % 7;
  }
  set firstweekday(v: number) {
    this.first = v;
  }
  getfirstweekday(): number {
    return this.first % 7;
  }
  setfirstweekday(v: number): void {
    this.first = v;
  }
  *iterweekdays(): Generator<number> {
    for (let i = this.first; i < this.first + 7; i++) yield i % 7;
  }
  /** Ordinals of the whole weeks covering the month. */
  private ordinals(year: number, month: number): number[] {
    checkMonth(month);
    const start = toOrdinal(year, month, 1);
    const before = (weekdayOf(year, month, 1) - this.firstweekday + 7) % 7;
    const days = daysInMonth(year, month);
    const after = (this.firstweekday - weekdayOf(year, month, days) - 1 + 14) % 7;
    const out: number[] = [];
    for (let n = start - before; n < start + days + after; n++) out.push(n);
    return out;
  }
  *itermonthdates(year: number, month: number): Generator<date> {
    for (const n of this.ordinals(year, month)) yield new date(...fromOrdinal(n));
  }
  *itermonthdays2(year: number, month: number): Generator<DayPair> {
    const start = toOrdinal(year, month, 1);
    const days = daysInMonth(year, month);
    for (const n of this.ordinals(year, month)) {
      const d = n - start + 1;
      yield Object.freeze([d >= 1 && d <= days ? d : 0, (n + 6) % 7] as [number, number]);
    }
  }
  *itermonthdays(year: number, month: number): Generator<number> {
    for (const [d] of this.itermonthdays2(year, month)) yield d;
  }
  private weeks<T>(items: T[]): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < items.length; i += 7) out.push(items.slice(i, i + 7));
    return out;
  }
  monthdatescalendar(year: number, month: number): date[][] {
    return this.weeks([...this.itermonthdates(year, month)]);
  }
  monthdays2calendar(year: number, month: number): DayPair[][] {
    return this.weeks([...this.itermonthdays2(year, month)]);
  }
  monthdayscalendar(year: number, month: number): number[][] {
    return this.weeks([...this.itermonthdays(year, month)]);
  }
  yeardays2calendar(year: number, width = 3): DayPair[][][][] {
    const months = Array.from({ length: 12 }, (_, i) => this.monthdays2calendar(year, i + 1));
    const rows: DayPair[][][][] = [];
    for (let i = 0; i < 12; i += width) rows.push(months.slice(i, i + width));
    return rows;
  }
}

/** `calendar.TextCalendar(firstweekday=0)`: calendars as plain text, like `cal`. */
class TextCalendar extends Calendar {
  formatday(day: number, _weekday: number, width: number): string {
    return center(day === 0 ? "" : String(day).padStart(2, " "), width);
  }
  formatweek(week: readonly DayPair[], width: number): string {
    return week.map(([d, wd]) => this.formatday(d, wd, width)).join(" ");
  }
  formatweekday(day: number, width: number): string {
    const names = width >= 9 ? DAY_NAMES : DAY_NAMES.map((n) => n.slice(0, 3));
    return center(names[day]!.slice(0, width), width);
  }
  formatweekheader(width: number): string {
    return [...this.iterweekdays()].map((i) => this.formatweekday(i, width)).join(" ");
  }
  formatmonthname(year: number, month: number, width: number, withyear: unknown = true): string {
    const s = withyear ? `${MONTH_NAMES[month]} ${repr(year)}` : MONTH_NAMES[month]!;
    return center(s, width);
  }
  formatmonth(...args: unknown[]): string {
    const [year, month, w0, l0] = bind("formatmonth", args, ["theyear", "themonth", "w", "l"], 2) as number[];
    const w = Math.max(2, w0 ?? 0);
    const l = Math.max(1, l0 ?? 0);
    let s = this.formatmonthname(year!, month!, 7 * (w + 1) - 1).trimEnd();
    s += "\n".repeat(l) + this.formatweekheader(w).trimEnd() + "\n".repeat(l);
    for (const week of this.monthdays2calendar(year!, month!)) s += this.formatweek(week, w).trimEnd() + "\n".repeat(l);
    return s;
  }
  prmonth(...args: unknown[]): void {
    process.stdout.write(this.formatmonth(...args));
  }
  formatyear(...args: unknown[]): string {
    const [year, w0, l0, c0, m0] = bind("formatyear", args, ["theyear", "w", "l", "c", "m"], 1) as number[];
    const w = Math.max(2, w0 ?? 2);
    const l = Math.max(1, l0 ?? 1);
    const c = Math.max(2, c0 ?? 6);
    const m = m0 ?? 3;
    const colwidth = (w + 1) * 7 - 1;
    const join = (cols: string[]) => cols.map((col) => center(col, colwidth)).join(" ".repeat(c));
    let out = center(repr(year), colwidth * m + c * (m - 1)).trimEnd() + "\n".repeat(l);
    const header = this.formatweekheader(w);
    this.yeardays2calendar(year!, m).forEach((row, i) => {
      const months = Array.from({ length: Math.min(m * (i + 1) + 1, 13) - (m * i + 1) }, (_, k) => m * i + 1 + k);
      out += "\n".repeat(l) + join(months.map((k) => this.formatmonthname(year!, k, colwidth, false))).trimEnd() + "\n".repeat(l);
      out += join(months.map(() => header)).trimEnd() + "\n".repeat(l);
      const height = Math.max(...row.map((cal) => cal.length));
      for (let j = 0; j < height; j++) {
        out += join(row.map((cal) => (j >= cal.length ? "" : this.formatweek(cal[j]!, w)))).trimEnd() + "\n".repeat(l);
      }
    });
    return out;
  }
  pryear(...args: unknown[]): void {
    process.stdout.write(this.formatyear(...args));
  }
}

const defaultCalendar = new TextCalendar();

/** Python's `calendar` module. */
export const calendar = {
  MONDAY: 0,
  TUESDAY: 1,
  WEDNESDAY: 2,
  THURSDAY: 3,
  FRIDAY: 4,
  SATURDAY: 5,
  SUNDAY: 6,
  month_name: Object.freeze([...MONTH_NAMES]),
  month_abbr: Object.freeze(MONTH_NAMES.map((n) => n.slice(0, 3))),
  day_name: Object.freeze([...DAY_NAMES]),
  day_abbr: Object.freeze(DAY_NAMES.map((n) => n.slice(0, 3))),
  IllegalMonthError,
  IllegalWeekdayError,
  Calendar,
  TextCalendar,
  isleap(year: unknown): boolean {
    return isLeap(intField(year));
  },
  /** Leap years in [y1, y2). */
  leapdays(y1: unknown, y2: unknown): number {
    const a = intField(y1) - 1;
    const b = intField(y2) - 1;
    return Math.floor(b / 4) - Math.floor(a / 4) - (Math.floor(b / 100) - Math.floor(a / 100)) + (Math.floor(b / 400) - Math.floor(a / 400));
  },
  weekday(year: unknown, month: unknown, day: unknown): number {
    return new date(year, month, day).weekday();
  },
  monthrange,
  monthcalendar(year: number, month: number): number[][] {
    return defaultCalendar.monthdayscalendar(year, month);
  },
  firstweekday(): number {
    return defaultCalendar.getfirstweekday();
  },
  setfirstweekday(fw: unknown): void {
    const n = intField(fw);
    if (n < 0 || n > 6) throw new IllegalWeekdayError(n);
    defaultCalendar.setfirstweekday(n);
  },
  weekheader(width: number): string {
    return defaultCalendar.formatweekheader(width);
  },
  month(theyear: number, themonth: number, w?: number, l?: number): string {
    return defaultCalendar.formatmonth(theyear, themonth, w ?? 0, l ?? 0);
  },
  prmonth(theyear: number, themonth: number, w?: number, l?: number): void {
    defaultCalendar.prmonth(theyear, themonth, w ?? 0, l ?? 0);
  },
  calendar(theyear: number, w?: number, l?: number, c?: number, m?: number): string {
    return defaultCalendar.formatyear(theyear, w ?? 2, l ?? 1, c ?? 6, m ?? 3);
  },
  prcal(theyear: number, w?: number, l?: number, c?: number, m?: number): void {
    defaultCalendar.pryear(theyear, w ?? 2, l ?? 1, c ?? 6, m ?? 3);
  },
  /** Seconds since the epoch of a UTC time tuple. */
  timegm(tuple: readonly number[]): number {
    const [y, mo, d, h, mi, s] = tuple as [number, number, number, number, number, number];
    return (toOrdinal(y, 1, 1) - toOrdinal(1970, 1, 1)) * 86400 + (toOrdinal(y, mo, 1) - toOrdinal(y, 1, 1) + d - 1) * 86400 + h * 3600 + mi * 60 + s;
  },
};
