/**
 * The proleptic Gregorian calendar as CPython's datetime counts it: day 1 is
 * 0001-01-01, weekdays run Monday = 0 … Sunday = 6. Shared by `datetime`,
 * `calendar` and `time`.
 */
import { TypeError, ValueError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";

export const MINYEAR = 1;
export const MAXYEAR = 9999;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DAYS_BEFORE_MONTH = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export const MONTH_NAMES = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m]!;
}

function daysBeforeYear(y: number): number {
  const n = y - 1;
  return n * 365 + Math.floor(n / 4) - Math.floor(n / 100) + Math.floor(n / 400);
}

export function daysBeforeMonth(y: number, m: number): number {
  return DAYS_BEFORE_MONTH[m]! + (m > 2 && isLeap(y) ? 1 : 0);
}

export function toOrdinal(y: number, m: number, d: number): number {
  return daysBeforeYear(y) + daysBeforeMonth(y, m) + d;
}

/** (year, month, day) of an ordinal. */
export function fromOrdinal(n: number): [number, number, number] {
  // Estimate the year, then correct: exact for every ordinal in range.
  let y = Math.floor((n - 1) / 365.2425) + 1;
  while (daysBeforeYear(y) >= n) y--;
  while (daysBeforeYear(y + 1) < n) y++;
  let rest = n - daysBeforeYear(y);
  let m = 1;
  while (rest > daysInMonth(y, m)) {
    rest -= daysInMonth(y, m);
    m++;
  }
  return [y, m, rest];
}

/** Monday = 0. */
export function weekdayOf(y: number, m: number, d: number): number {
  return (toOrdinal(y, m, d) + 6) % 7;
}

/** An int argument, with CPython's TypeError for anything else. */
export function intField(x: unknown): number {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number" && Number.isInteger(x)) return x;
  if (x !== null && typeof x === "object" && typeof (x as { __index__?: unknown }).__index__ === "function") return (x as { __index__(): number }).__index__();
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

export function checkDate(y: number, m: number, d: number): void {
  if (y < MINYEAR || y > MAXYEAR) throw new ValueError(`year ${y} is out of range`);
  if (m < 1 || m > 12) throw new ValueError("month must be in 1..12");
  if (d < 1 || d > daysInMonth(y, m)) throw new ValueError("day is out of range for month");
}

export function checkTime(h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) throw new ValueError("hour must be in 0..23");
  if (mi < 0 || mi > 59) throw new ValueError("minute must be in 0..59");
  if (s < 0 || s > 59) throw new ValueError("second must be in 0..59");
  if (us < 0 || us > 999999) throw new ValueError("microsecond must be in 0..999999");
  if (fold !== 0 && fold !== 1) throw new ValueError("fold must be either 0 or 1");
}

/** ISO calendar (year, week, weekday) of a date. */
export function isoCalendar(y: number, m: number, d: number): [number, number, number] {
  const isoWeek1Monday = (year: number): number => {
    const first = toOrdinal(year, 1, 1);
    const wd = (first + 6) % 7;
    let monday = first - wd;
    if (wd > 3) monday += 7;
    return monday;
  };
  let year = y;
  let week1 = isoWeek1Monday(year);
  const today = toOrdinal(y, m, d);
  let week = Math.floor((today - week1) / 7);
  let day = (today - week1) % 7;
  if (week < 0) {
    year--;
    week1 = isoWeek1Monday(year);
    week = Math.floor((today - week1) / 7);
    day = (today - week1) % 7;
  } else if (week >= 52 && today >= isoWeek1Monday(year + 1)) {
    year++;
    week = 0;
  }
  return [year, week + 1, ((day % 7) + 7) % 7 + 1];
}

export const pad = (n: number, w = 2): string => (n < 0 ? "-" + String(-n).padStart(w, "0") : String(n).padStart(w, "0"));
