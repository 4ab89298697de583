/**
 * strftime and strptime as CPython on glibc does them in the C locale,
 * shared by `datetime` and `time`. A moment is given as plain fields.
 */
import { ValueError } from "../../exceptions.js";
import { repr } from "../../repr.js";
import { DAY_NAMES, MONTH_NAMES, daysBeforeMonth, isoCalendar, pad, toOrdinal } from "./ordinals.js";

export interface Moment {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** `%z`'s text ("+0100"), "" when naive. */
  offset: string;
  /** `%Z`'s text, "" when naive. */
  zone: string;
  /** Seconds since the epoch for `%s`, when known. */
  epoch?: number;
}

const weekday = (m: Moment): number => (toOrdinal(m.year, m.month, m.day) + 6) % 7;
const yday = (m: Moment): number => daysBeforeMonth(m.year, m.month) + m.day;
const spad = (n: number): string => String(n).padStart(2, " ");

/** `%U` (weeks from Sunday) and `%W` (weeks from Monday). */
function weekOfYear(m: Moment, sundayFirst: boolean): number {
  const wd = weekday(m);
  const fromFirst = sundayFirst ? (wd + 1) % 7 : wd;
  return Math.floor((yday(m) - 1 - fromFirst + 7) / 7);
}

function directive(c: string, m: Moment): string | null {
  const wd = weekday(m);
  const h12 = m.hour % 12 === 0 ? 12 : m.hour % 12;
  switch (c) {
    case "a":
      return DAY_NAMES[wd]!.slice(0, 3);
    case "A":
      return DAY_NAMES[wd]!;
    case "b":
    case "h":
      return MONTH_NAMES[m.month]!.slice(0, 3);
    case "B":
      return MONTH_NAMES[m.month]!;
    case "c":
      return strftime("%a %b %e %H:%M:%S %Y", m);
    case "C":
      return pad(Math.floor(m.year / 100));
    case "d":
      return pad(m.day);
    case "D":
    case "x":
      return strftime("%m/%d/%y", m);
    case "e":
      return spad(m.day);
    case "f":
      return String(m.microsecond).padStart(6, "0");
    case "F":
      return `${m.year < 1000 ? m.year : pad(m.year, 4)}-${pad(m.month)}-${pad(m.day)}`;
    case "G":
      return String(isoCalendar(m.year, m.month, m.day)[0]);
    case "g":
      return pad(isoCalendar(m.year, m.month, m.day)[0] % 100);
    case "H":
      return pad(m.hour);
    case "I":
      return pad(h12);
    case "j":
      return pad(yday(m), 3);
    case "k":
      return spad(m.hour);
    case "l":
      return spad(h12);
    case "m":
      return pad(m.month);
    case "M":
      return pad(m.minute);
    case "n":
      return "\n";
    case "p":
      return m.hour < 12 ? "AM" : "PM";
    case "P":
      return m.hour < 12 ? "am" : "pm";
    case "r":
      return strftime("%I:%M:%S %p", m);
    case "R":
      return strftime("%H:%M", m);
    case "s":
      return m.epoch === undefined ? null : String(Math.floor(m.epoch));
    case "S":
      return pad(m.second);
    case "t":
      return "\t";
    case "T":
    case "X":
      return strftime("%H:%M:%S", m);
    case "u":
      return String(wd + 1);
    case "U":
      return pad(weekOfYear(m, true));
    case "V":
      return pad(isoCalendar(m.year, m.month, m.day)[1]);
    case "w":
      return String((wd + 1) % 7);
    case "W":
      return pad(weekOfYear(m, false));
    case "y":
      return pad(m.year % 100);
    case "Y":
      return String(m.year);
    case "z":
      return m.offset;
    case "Z":
      return m.zone;
    case "%":
      return "%";
    default:
      return null;
  }
}

/** glibc's strftime in the C locale; an unknown directive is kept as written. */
export function strftime(fmt: string, m: Moment): string {
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const f = fmt[++i]!;
    out += directive(f, m) ?? "%" + f;
  }
  return out;
}

// ---------------------------------------------------------------------------
// strptime

const names = (list: string[], short: boolean) => list.filter(Boolean).map((n) => (short ? n.slice(0, 3) : n)).sort((a, b) => b.length - a.length).join("|");

const PATTERNS: Record<string, string> = {
  d: "(?<d>3[01]|[12]\\d|0[1-9]|[1-9]| [1-9])",
  f: "(?<f>[0-9]{1,6})",
  H: "(?<H>2[0-3]|[0-1]\\d|\\d)",
  I: "(?<I>1[0-2]|0[1-9]|[1-9])",
  G: "(?<G>\\d\\d\\d\\d)",
  j: "(?<j>36[0-6]|3[0-5]\\d|[12]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])",
  m: "(?<m>1[0-2]|0[1-9]|[1-9])",
  M: "(?<M>[0-5]\\d|\\d)",
  S: "(?<S>6[0-1]|[0-5]\\d|\\d)",
  U: "(?<U>5[0-3]|[0-4]\\d|\\d)",
  W: "(?<W>5[0-3]|[0-4]\\d|\\d)",
  w: "(?<w>[0-6])",
  u: "(?<u>[1-7])",
  V: "(?<V>5[0-3]|0[1-9]|[1-4]\\d|\\d)",
  y: "(?<y>\\d\\d)",
  Y: "(?<Y>\\d\\d\\d\\d)",
  z: "(?<z>[+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)",
  A: `(?<A>${names(DAY_NAMES, false)})`,
  a: `(?<a>${names(DAY_NAMES, true)})`,
  B: `(?<B>${names(MONTH_NAMES, false)})`,
  b: `(?<b>${names(MONTH_NAMES, true)})`,
  p: "(?<p>am|pm)",
  Z: "(?<Z>utc|gmt)",
  "%": "%",
};
const COMPOSITE: Record<string, string> = { c: "%a %b %d %H:%M:%S %Y", x: "%m/%d/%y", X: "%H:%M:%S" };

function compile(fmt: string): RegExp {
  let out = "";
  const used = new Set<string>();
  const expand = (f: string): string => f.replace(/%([cxX])/g, (_, c: string) => COMPOSITE[c]!);
  const format = expand(fmt);
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === "%") {
      const d = format[i + 1];
      if (d === undefined) throw new ValueError(`stray % in format '${fmt}'`);
      const pattern = PATTERNS[d === "e" ? "d" : d];
      if (!pattern) throw new ValueError(`'${d}' is a bad directive in format '${fmt}'`);
      // A directive used twice must match the same text the second time.
      out += used.has(d) && d !== "%" ? `\\k<${d}>` : pattern;
      used.add(d);
      i++;
    } else if (/\s/.test(c)) {
      while (i + 1 < format.length && /\s/.test(format[i + 1]!)) i++;
      out += "\\s+";
    } else out += c.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
  }
  return new RegExp("^" + out, "i");
}

export interface Parsed {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  microsecond: number;
  /** Seconds east of UTC from %z, or null. */
  offset: number | null;
  weekday: number | null;
  yday: number | null;
}

/** CPython's `_strptime`: the fields `data` holds under `fmt`, or its ValueError. */
export function strptime(data: string, fmt: string): Parsed {
  const re = compile(fmt);
  const found = re.exec(data);
  if (!found) throw new ValueError(`time data ${repr(data)} does not match format ${repr(fmt)}`);
  if (found[0].length !== data.length) throw new ValueError(`unconverted data remains: ${data.slice(found[0].length)}`);
  const g = found.groups ?? {};
  const lower = (s: string) => s.toLowerCase();
  let year = 1900;
  let month = 1;
  let day = 1;
  let hour = 0;
  let weekdayV: number | null = null;
  let ydayV: number | null = null;
  if (g.y !== undefined) {
    const y = Number(g.y);
    year = y <= 68 ? 2000 + y : 1900 + y;
  }
  if (g.Y !== undefined) year = Number(g.Y);
  if (g.m !== undefined) month = Number(g.m);
  if (g.B !== undefined) month = MONTH_NAMES.map(lower).indexOf(lower(g.B));
  if (g.b !== undefined) month = MONTH_NAMES.map((n) => lower(n.slice(0, 3))).indexOf(lower(g.b));
  if (g.d !== undefined) day = Number(g.d.trim());
  if (g.H !== undefined) hour = Number(g.H);
  if (g.I !== undefined) {
    hour = Number(g.I) % 12;
    if (g.p !== undefined && lower(g.p) === "pm") hour += 12;
  }
  if (g.A !== undefined) weekdayV = DAY_NAMES.map(lower).indexOf(lower(g.A));
  if (g.a !== undefined) weekdayV = DAY_NAMES.map((n) => lower(n.slice(0, 3))).indexOf(lower(g.a));
  if (g.w !== undefined) weekdayV = (Number(g.w) + 6) % 7;
  if (g.u !== undefined) weekdayV = Number(g.u) - 1;
  if (g.j !== undefined) ydayV = Number(g.j);
  let offset: number | null = null;
  if (g.z !== undefined) {
    if (g.z === "Z" || g.z === "z") offset = 0;
    else {
      const z = g.z.replace(/:/g, "");
      const sign = z[0] === "-" ? -1 : 1;
      offset = sign * (Number(z.slice(1, 3)) * 3600 + Number(z.slice(3, 5)) * 60 + Number(z.slice(5, 7) || 0));
    }
  }
  if (ydayV !== null && g.m === undefined && g.B === undefined && g.b === undefined && g.d === undefined) {
    let n = ydayV;
    month = 1;
    while (month < 12 && n > daysBeforeMonth(year, month + 1)) month++;
    day = n - daysBeforeMonth(year, month);
    n = 0;
  }
  return {
    year,
    month,
    day,
    hour,
    minute: g.M !== undefined ? Number(g.M) : 0,
    second: g.S !== undefined ? Number(g.S) : 0,
    microsecond: g.f !== undefined ? Number(g.f.padEnd(6, "0")) : 0,
    offset,
    weekday: weekdayV,
    yday: ydayV,
  };
}
