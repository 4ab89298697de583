/** `datetime.tzinfo` and the fixed-offset `datetime.timezone`. */
import { NotImplementedError, TypeError, ValueError } from "../../exceptions.js";
import { typeName } from "../../builtins.js";
import { NotImplemented } from "../../operators.js";
import { repr } from "../../repr.js";
import { bind } from "../params.js";
import { pad } from "./ordinals.js";
import { timedelta } from "./timedelta.js";

/** `datetime.tzinfo`: the abstract base of time zones; programs subclass it. */
export class tzinfo {
  static __module__ = "datetime";
  utcoffset(_dt: unknown): timedelta | null {
    throw new NotImplementedError("a tzinfo subclass must implement utcoffset()");
  }
  dst(_dt: unknown): timedelta | null {
    throw new NotImplementedError("a tzinfo subclass must implement dst()");
  }
  tzname(_dt: unknown): string | null {
    throw new NotImplementedError("a tzinfo subclass must implement tzname()");
  }
}

/** "+HH:MM", with ":SS" and ".ffffff" only when present; `sep` "" gives %z's "+HHMM". */
export function formatOffset(off: timedelta | null, sep = ":"): string {
  if (off === null) return "";
  let us = off.totalMicroseconds();
  const sign = us < 0 ? "-" : "+";
  us = Math.abs(us);
  const h = Math.floor(us / 3600e6);
  const m = Math.floor((us % 3600e6) / 60e6);
  const s = Math.floor((us % 60e6) / 1e6);
  const frac = us % 1e6;
  let out = `${sign}${pad(h)}${sep}${pad(m)}`;
  if (s || frac) out += `${sep}${pad(s)}`;
  if (frac) out += "." + String(frac).padStart(6, "0");
  return out;
}

/** `datetime.timezone(offset, name=None)`: a fixed offset from UTC. */
export class timezone extends tzinfo {
  static utc: timezone;
  static min: timezone;
  static max: timezone;
  private readonly offset: timedelta;
  private readonly name: string | null;

  constructor(...args: unknown[]) {
    super();
    const [offset, name] = bind("timezone", args, ["offset", "name"], 1);
    if (!(offset instanceof timedelta)) throw new TypeError(`timezone() argument 1 must be datetime.timedelta, not ${typeName(offset)}`);
    if (name !== undefined && name !== null && typeof name !== "string") throw new TypeError(`timezone() argument 2 must be str, not ${typeName(name)}`);
    if (Math.abs(offset.totalMicroseconds()) >= 86400e6) {
      throw new ValueError(`offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${offset.__repr__()}.`);
    }
    this.offset = offset;
    this.name = (name as string | undefined) ?? null;
  }
  override utcoffset(_dt?: unknown): timedelta {
    return this.offset;
  }
  override dst(_dt?: unknown): null {
    return null;
  }
  override tzname(_dt?: unknown): string {
    if (this.name !== null) return this.name;
    return this.offset.__bool__() ? "UTC" + formatOffset(this.offset) : "UTC";
  }
  __str__(): string {
    return this.tzname();
  }
  toString(): string {
    return this.tzname();
  }
  __repr__(): string {
    if (!this.offset.__bool__() && this.name === null) return "datetime.timezone.utc";
    return `datetime.timezone(${this.offset.__repr__()}${this.name !== null ? ", " + repr(this.name) : ""})`;
  }
  __eq__(o: unknown): boolean | typeof NotImplemented {
    return o instanceof timezone ? this.offset.__eq__(o.offset) : NotImplemented;
  }
  __hash__(): number {
    return this.offset.__hash__();
  }
}

timezone.utc = new timezone(new timedelta(0));
timezone.min = new timezone(new timedelta(0, -(23 * 3600 + 59 * 60)));
timezone.max = new timezone(new timedelta(0, 23 * 3600 + 59 * 60));

/** A tzinfo argument: None or a tzinfo, with CPython's TypeError otherwise. */
export function tzArg(tz: unknown): tzinfo | null {
  if (tz === undefined || tz === null) return null;
  if (tz instanceof tzinfo) return tz;
  throw new TypeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${typeName(tz)}'`);
}

/** `tz.utcoffset(dt)`, checked as CPython checks it. */
export function offsetOf(tz: tzinfo | null, dt: unknown): timedelta | null {
  if (tz === null) return null;
  const off = tz.utcoffset(dt);
  if (off === null || off === undefined) return null;
  if (!(off instanceof timedelta)) throw new TypeError(`tzinfo.utcoffset() must return None or timedelta, not '${typeName(off)}'`);
  return off;
}

/** The timezone for a fixed offset in seconds: timezone.utc for 0. */
export function fixedTz(seconds: number, name?: string): timezone {
  if (seconds === 0 && name === undefined) return timezone.utc;
  return name === undefined ? new timezone(new timedelta(0, seconds)) : new timezone(new timedelta(0, seconds), name);
}
