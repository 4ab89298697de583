/**
 * Python's `time` module: the clocks and blocking sleep of ../time.ts plus the
 * calendar functions (localtime, gmtime, mktime, strftime, asctime, ctime).
 */
import { TypeError } from "../exceptions.js";
import { time as coreTime } from "../time.js";
import { num } from "./args.js";

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `time.struct_time`: a 9-tuple with named fields. */
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
  readonly tm_zone: string;
  readonly tm_gmtoff: number;
};

function structTime(d: Date, utc: boolean): StructTime {
  const y = utc ? d.getUTCFullYear() : d.getFullYear();
  const mon = (utc ? d.getUTCMonth() : d.getMonth()) + 1;
  const mday = utc ? d.getUTCDate() : d.getDate();
  const wday = ((utc ? d.getUTCDay() : d.getDay()) + 6) % 7;
  const yday = Math.floor((Date.UTC(y, mon - 1, mday) - Date.UTC(y, 0, 1)) / 86400000) + 1;
  const fields = [y, mon, mday, utc ? d.getUTCHours() : d.getHours(), utc ? d.getUTCMinutes() : d.getMinutes(), utc ? d.getUTCSeconds() : d.getSeconds(), wday, yday, utc ? 0 : isDst(d) ? 1 : 0];
  const names = ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"];
  const arr: any = [...fields];
  names.forEach((n, i) => Object.defineProperty(arr, n, { value: fields[i], enumerable: false }));
  const gmtoff = utc ? 0 : -d.getTimezoneOffset() * 60;
  Object.defineProperty(arr, "tm_gmtoff", { value: gmtoff, enumerable: false });
  Object.defineProperty(arr, "tm_zone", { value: utc ? "UTC" : zoneName(d), enumerable: false });
  return Object.freeze(arr);
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

function toStruct(t: unknown): StructTime {
  if (t === undefined || t === null) return structTime(new Date(), false);
  if (Array.isArray(t)) return t as unknown as StructTime;
  throw new TypeError("Tuple or struct_time argument required");
}

const pad = (n: number, w = 2, c = "0"): string => String(n).padStart(w, c);

function weekNumber(st: StructTime, firstDay: 0 | 6): number {
  // %W: weeks starting Monday (wday 0); %U: starting Sunday (wday 6).
  const wdaySun = firstDay === 6 ? (st.tm_wday + 1) % 7 : st.tm_wday;
  return Math.floor((st.tm_yday - 1 + 7 - wdaySun) / 7);
}

/** `time.strftime(format, t=localtime())` (C locale). */
function strftime(fmt: string, t?: unknown): string {
  const st = toStruct(t);
  const [Y, m, d, H, M, S] = st as unknown as number[] as [number, number, number, number, number, number];
  let out = "";
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i];
    if (c !== "%" || i + 1 >= fmt.length) {
      out += c;
      continue;
    }
    const f = fmt[++i];
    switch (f) {
      case "a":
        out += DAY_NAMES[st.tm_wday]!.slice(0, 3);
        break;
      case "A":
        out += DAY_NAMES[st.tm_wday];
        break;
      case "b":
      case "h":
        out += MONTH_NAMES[m - 1]!.slice(0, 3);
        break;
      case "B":
        out += MONTH_NAMES[m - 1];
        break;
      case "c":
        out += strftime("%a %b %e %H:%M:%S %Y", st);
        break;
      case "d":
        out += pad(d);
        break;
      case "e":
        out += pad(d, 2, " ");
        break;
      case "H":
        out += pad(H);
        break;
      case "I":
        out += pad(H % 12 === 0 ? 12 : H % 12);
        break;
      case "j":
        out += pad(st.tm_yday, 3);
        break;
      case "m":
        out += pad(m);
        break;
      case "M":
        out += pad(M);
        break;
      case "p":
        out += H < 12 ? "AM" : "PM";
        break;
      case "S":
        out += pad(S);
        break;
      case "u":
        out += String(st.tm_wday + 1);
        break;
      case "w":
        out += String((st.tm_wday + 1) % 7);
        break;
      case "U":
        out += pad(weekNumber(st, 6));
        break;
      case "W":
        out += pad(weekNumber(st, 0));
        break;
      case "x":
        out += `${pad(m)}/${pad(d)}/${pad(Y % 100)}`;
        break;
      case "X":
      case "T":
        out += `${pad(H)}:${pad(M)}:${pad(S)}`;
        break;
      case "D":
        out += `${pad(m)}/${pad(d)}/${pad(Y % 100)}`;
        break;
      case "F":
        out += `${Y}-${pad(m)}-${pad(d)}`;
        break;
      case "R":
        out += `${pad(H)}:${pad(M)}`;
        break;
      case "y":
        out += pad(Y % 100);
        break;
      case "Y":
        out += String(Y);
        break;
      case "z": {
        const off = st.tm_gmtoff ?? 0;
        const a = Math.abs(off);
        out += `${off < 0 ? "-" : "+"}${pad(Math.floor(a / 3600))}${pad(Math.floor((a % 3600) / 60))}`;
        break;
      }
      case "Z":
        out += st.tm_zone ?? "";
        break;
      case "n":
        out += "\n";
        break;
      case "t":
        out += "\t";
        break;
      case "%":
        out += "%";
        break;
      default:
        out += "%" + f;
    }
  }
  return out;
}

function secondsArg(secs: unknown): Date {
  return secs === undefined || secs === null ? new Date() : new Date(num(secs) * 1000);
}

/**
 * Python's `time` module: time.ts's clocks and blocking sleep, plus the
 * calendar functions (localtime, gmtime, mktime, strftime, asctime, ctime).
 */
export const time = {
  ...coreTime,
  localtime(secs?: number | null): StructTime {
    return structTime(secondsArg(secs), false);
  },
  gmtime(secs?: number | null): StructTime {
    return structTime(secondsArg(secs), true);
  },
  mktime(t: readonly number[]): number {
    const [Y, m, d, H, M, S] = t as [number, number, number, number, number, number];
    return new Date(Y, m - 1, d, H, M, S).getTime() / 1000;
  },
  strftime,
  asctime(t?: readonly number[] | null): string {
    return strftime("%a %b %e %H:%M:%S %Y", t ?? undefined);
  },
  ctime(secs?: number | null): string {
    return strftime("%a %b %e %H:%M:%S %Y", structTime(secondsArg(secs), false));
  },
};
