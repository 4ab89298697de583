/**
 * `string.Formatter`: CPython's vformat written over its overridable steps
 * (parse, get_field, get_value, convert_field, format_field,
 * check_unused_args), so a subclass that overrides one of them changes
 * `format` as it does in Python.
 */
import { IndexError, KeyError, ValueError } from "../../exceptions.js";
import { getattr, getitem } from "../../builtins.js";
import { format } from "../../format.js";
import { ascii, repr, str, tuple } from "../../repr.js";

type Parsed = readonly [string, string | null, string | null, string | null];

/** CPython's `_string.formatter_parser`: (literal, field, spec, conversion) per replacement field. */
export function parseFormat(s: string): Parsed[] {
  const out: Parsed[] = [];
  let literal = "";
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === "}") {
      if (s[i + 1] === "}") {
        out.push(tuple(literal + "}", null, null, null));
        literal = "";
        i += 2;
        continue;
      }
      throw new ValueError("Single '}' encountered in format string");
    }
    if (c !== "{") {
      literal += c;
      i++;
      continue;
    }
    if (s[i + 1] === "{") {
      out.push(tuple(literal + "{", null, null, null));
      literal = "";
      i += 2;
      continue;
    }
    // A replacement field: up to the matching brace, counting nested ones in the spec.
    let depth = 1;
    let j = i + 1;
    let bracket = false;
    while (j < s.length) {
      const d = s[j]!;
      if (d === "[") bracket = true;
      else if (d === "]") bracket = false;
      else if (d === "{" && !bracket) depth++;
      else if (d === "}" && !bracket) {
        depth--;
        if (depth === 0) break;
      }
      j++;
    }
    if (j >= s.length) throw new ValueError(i + 1 >= s.length ? "Single '{' encountered in format string" : "expected '}' before end of string");
    const field = s.slice(i + 1, j);
    let name = field;
    let conversion: string | null = null;
    let spec = "";
    // The name ends at the first '!' or ':' outside brackets.
    let k = 0;
    let inBracket = false;
    for (; k < field.length; k++) {
      const d = field[k]!;
      if (d === "[") inBracket = true;
      else if (d === "]") inBracket = false;
      else if (!inBracket && (d === "!" || d === ":")) break;
    }
    name = field.slice(0, k);
    let rest = field.slice(k);
    if (rest.startsWith("!")) {
      if (rest.length < 2) throw new ValueError("end of string while looking for conversion specifier");
      conversion = rest[1]!;
      rest = rest.slice(2);
      if (rest !== "" && !rest.startsWith(":")) throw new ValueError("expected ':' after conversion specifier");
    }
    if (rest.startsWith(":")) spec = rest.slice(1);
    out.push(tuple(literal, name, spec, conversion));
    literal = "";
    i = j + 1;
  }
  if (literal) out.push(tuple(literal, null, null, null));
  return out;
}

/** `_string.formatter_field_name_split`: the first part (an int when all digits) and the attribute/index steps. */
function splitFieldName(name: string): [string | number, [boolean, string | number][]] {
  const m = /^[^.[]*/.exec(name)!;
  const head = m[0];
  const first: string | number = /^\d+$/.test(head) ? Number(head) : head;
  const rest: [boolean, string | number][] = [];
  let i = head.length;
  while (i < name.length) {
    if (name[i] === ".") {
      const e = /^[^.[]*/.exec(name.slice(i + 1))![0];
      if (e === "") throw new ValueError("Empty attribute in format string");
      rest.push([true, e]);
      i += 1 + e.length;
    } else if (name[i] === "[") {
      const close = name.indexOf("]", i);
      if (close < 0) throw new ValueError("Missing ']' in format string");
      const key = name.slice(i + 1, close);
      if (key === "") throw new ValueError("Empty attribute in format string");
      rest.push([false, /^\d+$/.test(key) ? Number(key) : key]);
      i = close + 1;
      if (i < name.length && name[i] !== "." && name[i] !== "[") throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
    } else break;
  }
  return [first, rest];
}

export class Formatter {
  format(formatString: string, ...args: unknown[]): string {
    const last = args[args.length - 1];
    const kwargs = last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype ? (args.pop() as Record<string, unknown>) : {};
    // Overridden steps receive **kwargs as Python does: a dict.
    return this.vformat(formatString, tuple(...args), new Map(Object.entries(kwargs)));
  }

  vformat(formatString: string, args: readonly unknown[], kwargs: unknown): string {
    const used = new Set<unknown>();
    const [result] = this._vformat(formatString, args, kwargs, used, 2, 0);
    this.check_unused_args(used, args, kwargs);
    return result;
  }

  _vformat(formatString: string, args: readonly unknown[], kwargs: unknown, used: Set<unknown>, depth: number, autoIndex: number | false): [string, number | false] {
    if (depth < 0) throw new ValueError("Max string recursion exceeded");
    let result = "";
    for (const [literal, fieldName, formatSpec, conversion] of this.parse(formatString)) {
      if (literal) result += literal;
      if (fieldName === null) continue;
      let name = fieldName;
      if (name === "") {
        if (autoIndex === false) throw new ValueError("cannot switch from manual field specification to automatic field numbering");
        name = String(autoIndex);
        autoIndex += 1;
      } else if (/^\d+$/.test(name)) {
        if (autoIndex) throw new ValueError("cannot switch from manual field specification to automatic field numbering");
        autoIndex = false;
      }
      const [obj0, argUsed] = this.get_field(name, args, kwargs);
      used.add(argUsed);
      const obj = this.convert_field(obj0, conversion);
      const [spec, next] = this._vformat(formatSpec ?? "", args, kwargs, used, depth - 1, autoIndex);
      autoIndex = next;
      result += this.format_field(obj, spec);
    }
    return [result, autoIndex];
  }

  parse(formatString: string): Parsed[] {
    return parseFormat(formatString);
  }

  get_field(fieldName: string, args: readonly unknown[], kwargs: unknown): readonly [unknown, unknown] {
    const [first, rest] = splitFieldName(fieldName);
    let obj = this.get_value(first, args, kwargs);
    for (const [isAttr, key] of rest) obj = isAttr ? getattr(obj, key as string) : getitem(obj, key);
    return tuple(obj, first);
  }

  get_value(key: string | number, args: readonly unknown[], kwargs: unknown): unknown {
    if (typeof key === "number") {
      if (key >= args.length) throw new IndexError("tuple index out of range");
      return args[key];
    }
    if (kwargs instanceof Map) return getitem(kwargs, key);
    const kw = kwargs as Record<string, unknown>;
    if (!Object.prototype.hasOwnProperty.call(kw, key)) throw new KeyError(key);
    return kw[key];
  }

  check_unused_args(_used: Set<unknown>, _args: readonly unknown[], _kwargs: unknown): void {}

  format_field(value: unknown, formatSpec: string): string {
    return format(value, formatSpec);
  }

  convert_field(value: unknown, conversion: string | null): unknown {
    if (conversion === null || conversion === undefined) return value;
    if (conversion === "s") return str(value);
    if (conversion === "r") return repr(value);
    if (conversion === "a") return ascii(value);
    throw new ValueError(`Unknown conversion specifier ${conversion}`);
  }
}
