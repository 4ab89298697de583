/**
 * `string.Template`: `$name`, `${name}` and `$$` substitution, by CPython's
 * own pattern run through the runtime's `re` (so a subclass's `delimiter`,
 * `idpattern`, `braceidpattern`, `flags` or whole `pattern` work as in
 * Python), with CPython's KeyError and "Invalid placeholder" errors.
 */
import { KeyError, ValueError } from "../../exceptions.js";
import { getitem, pyHasKey } from "../../builtins.js";
import { str } from "../../repr.js";
import { strSplitlines } from "../../methods.js";
import { re, type Match, type Pattern } from "../re/index.js";

type Mapping = Map<unknown, unknown> | Record<string, unknown>;

function isKeywords(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

/** `mapping[name]`, with kws (given as keywords) searched first as CPython's ChainMap does. */
function lookup(maps: Mapping[], name: string): unknown {
  for (const m of maps) {
    if (m instanceof Map) {
      if (pyHasKey(m, name)) return getitem(m, name);
    } else if (isKeywords(m)) {
      if (Object.prototype.hasOwnProperty.call(m, name)) return m[name];
    } else return getitem(m, name);
  }
  throw new KeyError(name);
}

/**
 * What CPython's `Template.__init_subclass__` does: the class's `pattern`
 * becomes a compiled Pattern, from its own pattern text or from its
 * delimiter, idpattern, braceidpattern and flags, in CPython's verbose text.
 */
export function templateSubclass(cls: Function): void {
  const c = cls as unknown as { delimiter: string; idpattern: string; braceidpattern: string | null; flags: number; pattern?: unknown };
  const own = Object.prototype.hasOwnProperty.call(cls, "pattern") ? c.pattern : undefined;
  let p: Pattern;
  if (typeof own === "string") p = re.compile(own, c.flags | re.VERBOSE);
  else if (own !== undefined && own !== null && typeof own === "object") p = own as Pattern;
  else {
    const delim = re.escape(c.delimiter);
    const id = c.idpattern;
    const bid = c.braceidpattern ?? c.idpattern;
    const pad = " ".repeat(12);
    const text =
      `\n${pad}${delim}(?:\n` +
      `${pad}  (?P<escaped>${delim})  |   # Escape sequence of two delimiters\n` +
      `${pad}  (?P<named>${id})       |   # delimiter and a Python identifier\n` +
      `${pad}  {(?P<braced>${bid})} |   # delimiter and a braced identifier\n` +
      `${pad}  (?P<invalid>)             # Other ill-formed delimiter exprs\n` +
      `${pad})\n${pad}`;
    p = re.compile(text, c.flags | re.VERBOSE);
  }
  Object.defineProperty(cls, "pattern", { value: p, writable: true, configurable: true, enumerable: true });
}

function patternOf(cls: Function): Pattern {
  if (!Object.prototype.hasOwnProperty.call(cls, "pattern") || typeof (cls as { pattern?: unknown }).pattern === "string") templateSubclass(cls);
  return (cls as unknown as { pattern: Pattern }).pattern;
}

export class Template {
  static delimiter = "$";
  static idpattern = "(?a:[_a-z][_a-z0-9]*)";
  static braceidpattern: string | null = null;
  static flags: number = re.IGNORECASE;
  /** Set by templateSubclass once the class is declared. */
  declare static pattern: Pattern;
  readonly template: string;

  constructor(template: string) {
    this.template = template;
  }

  /** The class's compiled pattern (an instance reads it through its class, as in Python). */
  get pattern(): Pattern {
    return patternOf(this.constructor);
  }

  private maps(args: unknown[]): Mapping[] {
    const rest = [...args];
    const kws = rest.length > 0 && isKeywords(rest[rest.length - 1]) && (rest.length > 1 || !(rest[0] instanceof Map)) ? (rest.pop() as Record<string, unknown>) : null;
    const mapping = rest[0] as Mapping | undefined;
    const maps: Mapping[] = [];
    if (kws) maps.push(kws);
    if (mapping !== undefined && mapping !== null) maps.push(mapping);
    return maps;
  }

  private invalid(m: Match): never {
    const i = m.start("invalid");
    const lines = strSplitlines(this.template.slice(0, i), true);
    let lineno = 1;
    let colno = 1;
    if (lines.length > 0) {
      colno = i - lines.slice(0, -1).join("").length;
      lineno = lines.length;
    }
    throw new ValueError(`Invalid placeholder in string: line ${lineno}, col ${colno}`);
  }

  /** `substitute(mapping={}, /, **kws)` */
  substitute(...args: unknown[]): string {
    const maps = this.maps(args);
    const delimiter = (this.constructor as unknown as { delimiter: string }).delimiter;
    return this.pattern.sub((m: Match) => {
      const named = m.group("named") ?? m.group("braced");
      if (named !== null && named !== undefined) return str(lookup(maps, named));
      if (m.group("escaped") !== null && m.group("escaped") !== undefined) return delimiter;
      if (m.group("invalid") !== null && m.group("invalid") !== undefined) this.invalid(m);
      throw new ValueError("Unrecognized named group in pattern");
    }, this.template);
  }

  /** `safe_substitute(mapping={}, /, **kws)`: unknown names and bad placeholders stay as written. */
  safe_substitute(...args: unknown[]): string {
    const maps = this.maps(args);
    const delimiter = (this.constructor as unknown as { delimiter: string }).delimiter;
    return this.pattern.sub((m: Match) => {
      const named = m.group("named") ?? m.group("braced");
      if (named !== null && named !== undefined) {
        try {
          return str(lookup(maps, named));
        } catch (e) {
          if (e instanceof KeyError) return m.group();
          throw e;
        }
      }
      if (m.group("escaped") !== null && m.group("escaped") !== undefined) return delimiter;
      return m.group();
    }, this.template);
  }

  is_valid(): boolean {
    for (const m of this.pattern.finditer(this.template)) if (m.group("invalid") !== null && m.group("invalid") !== undefined) return false;
    return true;
  }

  get_identifiers(): string[] {
    const ids: string[] = [];
    for (const m of this.pattern.finditer(this.template)) {
      const named = m.group("named") ?? m.group("braced");
      if (named !== null && named !== undefined && !ids.includes(named)) ids.push(named);
    }
    return ids;
  }
}

templateSubclass(Template);
