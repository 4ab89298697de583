/**
 * configparser's interpolations: none, BasicInterpolation (`%(name)s`, `%%`)
 * and ExtendedInterpolation (`${option}`, `${section:option}`, `$$`), expanded
 * lazily when a value is read, with CPython's errors and depth limit.
 */
import { ValueError } from "../../exceptions.js";
import { repr } from "../../repr.js";
import { InterpolationDepthError, InterpolationMissingOptionError, InterpolationSyntaxError, MAX_INTERPOLATION_DEPTH, NoOptionError, NoSectionError } from "./errors.js";

/** What an interpolation needs from its parser. */
export interface Host {
  optionxform(s: string): string;
  get(section: string, option: string, opts: { raw?: boolean; fallback?: unknown }): any;
  items(section: string, opts: { raw: boolean }): readonly (readonly [string, any])[];
}

export type Lookup = (key: string) => string | null | undefined;

/** `configparser.Interpolation`: values pass through unchanged. */
export class Interpolation {
  static __module__ = "configparser";
  before_get(_p: Host, _section: string, _option: string, value: string, _defaults: Lookup): string {
    return value;
  }
  before_set(_p: Host, _section: string, _option: string, value: string): string {
    return value;
  }
  before_read(_p: Host, _section: string, _option: string, value: string): string {
    return value;
  }
  before_write(_p: Host, _section: string, _option: string, value: string): string {
    return value;
  }
}

function checkSet(value: string, escape: string, key: RegExp, sigil: string): string {
  const tmp = value.split(escape).join("").replace(key, "");
  if (tmp.includes(sigil)) throw new ValueError(`invalid interpolation syntax in ${repr(value)} at position ${tmp.indexOf(sigil)}`);
  return value;
}

/** `%(name)s` from the same section or DEFAULT; `%%` is a percent sign. */
export class BasicInterpolation extends Interpolation {
  override before_get(p: Host, section: string, option: string, value: string, lookup: Lookup): string {
    const out: string[] = [];
    this.some(p, option, out, value, section, lookup, 1);
    return out.join("");
  }

  override before_set(_p: Host, _section: string, _option: string, value: string): string {
    return checkSet(value, "%%", /%\(([^)]+)\)s/g, "%");
  }

  private some(p: Host, option: string, out: string[], rest: string, section: string, lookup: Lookup, depth: number): void {
    const rawval = p.get(section, option, { raw: true, fallback: rest });
    if (depth > MAX_INTERPOLATION_DEPTH) throw new InterpolationDepthError(option, section, rawval);
    while (rest) {
      const i = rest.indexOf("%");
      if (i < 0) {
        out.push(rest);
        return;
      }
      if (i > 0) {
        out.push(rest.slice(0, i));
        rest = rest.slice(i);
      }
      const c = rest.slice(1, 2);
      if (c === "%") {
        out.push("%");
        rest = rest.slice(2);
      } else if (c === "(") {
        const m = /^%\(([^)]+)\)s/.exec(rest);
        if (!m) throw new InterpolationSyntaxError(option, section, `bad interpolation variable reference ${repr(rest)}`);
        const name = p.optionxform(m[1]!);
        rest = rest.slice(m[0].length);
        const v = lookup(name);
        if (v === undefined) throw new InterpolationMissingOptionError(option, section, rawval, name);
        if (v !== null && v.includes("%")) this.some(p, option, out, v, section, lookup, depth + 1);
        else out.push(String(v));
      } else throw new InterpolationSyntaxError(option, section, `'%' must be followed by '%' or '(', found: ${repr(rest)}`);
    }
  }
}

/** `${option}` or `${section:option}`; `$$` is a dollar sign. */
export class ExtendedInterpolation extends Interpolation {
  override before_get(p: Host, section: string, option: string, value: string, lookup: Lookup): string {
    const out: string[] = [];
    this.some(p, option, out, value, section, lookup, 1);
    return out.join("");
  }

  override before_set(_p: Host, _section: string, _option: string, value: string): string {
    return checkSet(value, "$$", /\$\{([^}]+)\}/g, "$");
  }

  private some(p: Host, option: string, out: string[], rest: string, section: string, lookup: Lookup, depth: number): void {
    const rawval = p.get(section, option, { raw: true, fallback: rest });
    if (depth > MAX_INTERPOLATION_DEPTH) throw new InterpolationDepthError(option, section, rawval);
    while (rest) {
      const i = rest.indexOf("$");
      if (i < 0) {
        out.push(rest);
        return;
      }
      if (i > 0) {
        out.push(rest.slice(0, i));
        rest = rest.slice(i);
      }
      const c = rest.slice(1, 2);
      if (c === "$") {
        out.push("$");
        rest = rest.slice(2);
      } else if (c === "{") {
        const m = /^\$\{([^}]+)\}/.exec(rest);
        if (!m) throw new InterpolationSyntaxError(option, section, `bad interpolation variable reference ${repr(rest)}`);
        const path = m[1]!.split(":");
        rest = rest.slice(m[0].length);
        let sect = section;
        let opt = option;
        let v: string | null | undefined;
        try {
          if (path.length === 1) {
            opt = p.optionxform(path[0]!);
            v = lookup(opt);
            if (v === undefined) throw new NoOptionError(opt, sect);
          } else if (path.length === 2) {
            sect = path[0]!;
            opt = p.optionxform(path[1]!);
            v = p.get(sect, opt, { raw: true });
          } else throw new InterpolationSyntaxError(option, section, `More than one ':' found: ${repr(rest)}`);
        } catch (e) {
          if (e instanceof NoSectionError || e instanceof NoOptionError) throw new InterpolationMissingOptionError(option, section, rawval, path.join(":"));
          throw e;
        }
        if (v !== null && v !== undefined && v.includes("$")) {
          const items = new Map(p.items(sect, { raw: true }));
          this.some(p, opt, out, v, sect, (k) => (items.has(k) ? items.get(k) : undefined), depth + 1);
        } else out.push(String(v));
      } else throw new InterpolationSyntaxError(option, section, `'$' must be followed by '$' or '{', found: ${repr(rest)}`);
    }
  }
}
