/**
 * configparser's RawConfigParser, ConfigParser and SectionProxy: CPython's
 * INI reading rules (sections, `=`/`:` delimiters, indented continuation
 * lines, full-line and optional inline comments, valueless options), the
 * mapping protocol (`config["section"]["key"]`), typed getters with
 * `fallback=`, and write() in CPython's layout.
 */
import { readFileSync } from "node:fs";
import { KeyError, TypeError, ValueError } from "../../exceptions.js";
import { float, int } from "../../numbers.js";
import { iter } from "../../builtins.js";
import { repr as reprOf, str } from "../../repr.js";
import { isClassConstructor, Kwargs, takeKwargs } from "../../kwargs.js";
import { fspath } from "../os/fspath.js";
import {
  DuplicateOptionError, DuplicateSectionError, MissingSectionHeaderError, NoOptionError, NoSectionError, ParsingError,
} from "./errors.js";
import { BasicInterpolation, Interpolation, type Lookup } from "./interpolation.js";

type Value = string | null;
type Raw = Value | string[];
type Section = Map<string, Raw>;

const UNSET = Symbol("unset");

type Converter = (value: string) => unknown;

/** A converter may be a function or a class (`converters={"decimal": Decimal}`). */
function callConverter(fn: Converter, value: string): unknown {
  return isClassConstructor(fn) ? new (fn as unknown as new (v: string) => unknown)(value) : fn(value);
}

/** Keywords any getter takes after its positional parameters. */
const GET_KW = ["raw", "vars", "fallback"];
const INIT_KW = ["delimiters", "comment_prefixes", "inline_comment_prefixes", "strict", "empty_lines_in_values", "default_section", "interpolation", "converters"];

/**
 * A method's arguments by name, whichever way they came: positions, or
 * keywords in the trailing object a call passes when it binds them there.
 * A trailing plain object counts as keywords only when every key is a
 * parameter name: `write(sys.stdout)` passes a file object, not keywords.
 */
function named(args: any[], names: readonly string[], keywords: readonly string[] = []): Record<string, any> {
  const allowed = [...names, ...keywords];
  const last = args[args.length - 1];
  const isKw = last instanceof Kwargs || (last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype && Object.keys(last).every((k) => allowed.includes(k)));
  const out: Record<string, any> = isKw ? Object.fromEntries(takeKwargs(args)) : {};
  names.forEach((name, i) => {
    if (i < args.length && args[i] !== undefined) out[name] = args[i];
  });
  return out;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

function mapItems(m: unknown): [unknown, unknown][] {
  if (m instanceof Map) return [...m];
  if (m !== null && typeof m === "object" && typeof (m as any).items === "function") return [...(iter((m as any).items()) as Iterable<[unknown, unknown]>)];
  return Object.entries(m as object);
}

export const BOOLEAN_STATES: ReadonlyMap<string, boolean> = new Map([
  ["1", true], ["yes", true], ["true", true], ["on", true], ["0", false], ["no", false], ["false", false], ["off", false],
]);

/** `configparser.RawConfigParser`: no interpolation unless one is given. */
export class RawConfigParser {
  /** `get<name>` methods that converters= adds. */
  [key: string]: any;
  static __module__ = "configparser";
  static BOOLEAN_STATES = BOOLEAN_STATES;
  default_section: string;
  _sections = new Map<string, Section>();
  _defaults: Section = new Map();
  _proxies = new Map<string, SectionProxy>();
  _delimiters: string[];
  _optcre: RegExp;
  _comment_prefixes: string[];
  _inline_comment_prefixes: string[];
  _strict: boolean;
  _allow_no_value: boolean;
  _empty_lines_in_values: boolean;
  _interpolation: Interpolation;
  /** `converters=`: each name gives the parser and every section a `get<name>` method. */
  _converters = new Map<string, Converter>();

  protected defaultInterpolation(): Interpolation {
    return new Interpolation();
  }

  constructor(...args: any[]) {
    const o = named(args, ["defaults", "dict_type", "allow_no_value"], INIT_KW);
    this.default_section = o.default_section ?? "DEFAULT";
    if (o.converters != null) for (const [name, fn] of mapItems(o.converters)) this._converters.set(str(name), fn as Converter);
    for (const [name, fn] of this._converters) (this as any)[`get${name}`] = (...a: any[]) => this._get_conv((v) => callConverter(fn, v), a);
    this._proxies.set(this.default_section, new SectionProxy(this, this.default_section));
    this._delimiters = o.delimiters ? (Array.from(iter(o.delimiters) as Iterable<string>)) : ["=", ":"];
    this._allow_no_value = Boolean(o.allow_no_value ?? false);
    const d = this._delimiters.map(escapeRe).join("|");
    this._optcre = this._allow_no_value ? new RegExp(`^(.*?)\\s*(?:(${d})\\s*(.*))?$`, "s") : new RegExp(`^(.*?)\\s*(${d})\\s*(.*)$`, "s");
    this._comment_prefixes = o.comment_prefixes === undefined ? ["#", ";"] : o.comment_prefixes ? Array.from(iter(o.comment_prefixes) as Iterable<string>) : [];
    this._inline_comment_prefixes = o.inline_comment_prefixes ? Array.from(iter(o.inline_comment_prefixes) as Iterable<string>) : [];
    this._strict = o.strict ?? true;
    this._empty_lines_in_values = o.empty_lines_in_values ?? true;
    const interp = o.interpolation === undefined ? this.defaultInterpolation() : o.interpolation === null ? new Interpolation() : o.interpolation;
    if (!(interp instanceof Interpolation)) throw new TypeError(`interpolation= must be None or an instance of Interpolation; got an object of type ${str((interp as object).constructor?.name)}`);
    this._interpolation = interp;
    if (o.defaults) this._read_defaults(o.defaults);
  }

  optionxform(optionstr: string): string {
    return optionstr.toLowerCase();
  }

  defaults(): Map<string, Raw> {
    return this._defaults;
  }

  sections(): string[] {
    return [...this._sections.keys()];
  }

  add_section(section: string): void {
    if (section === this.default_section) throw new ValueError(`Invalid section name: ${reprOf(section)}`);
    if (this._sections.has(section)) throw new DuplicateSectionError(section);
    this._sections.set(section, new Map());
    this._proxies.set(section, new SectionProxy(this, section));
  }

  has_section(section: string): boolean {
    return this._sections.has(section);
  }

  options(section: string): string[] {
    const opts = this._sections.get(section);
    if (!opts) throw new NoSectionError(section);
    return [...new Map([...opts, ...this._defaults]).keys()];
  }

  read(...args: any[]): string[] {
    const { filenames, encoding } = named(args, ["filenames", "encoding"]);
    void encoding;
    const list = typeof filenames === "string" || (filenames !== null && typeof filenames === "object" && typeof filenames.__fspath__ === "function") ? [filenames] : Array.from(iter(filenames) as Iterable<unknown>);
    const ok: string[] = [];
    for (const f of list) {
      const path = fspath(f as string) as string;
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        continue;
      }
      this._read(splitLines(text), path);
      ok.push(path);
    }
    return ok;
  }

  read_file(...args: any[]): void {
    const { f, source } = named(args, ["f", "source"]);
    const name = source ?? (f !== null && typeof f === "object" && "name" in f ? f.name : "<???>");
    this._read(Array.from(iter(f) as Iterable<string>), name);
  }

  read_string(...args: any[]): void {
    const { string, source } = named(args, ["string", "source"]);
    this._read(splitLines(string), source ?? "<string>");
  }

  read_dict(...args: any[]): void {
    const { dictionary, source } = named(args, ["dictionary", "source"]);
    const src = source ?? "<dict>";
    const added = new Set<string>();
    for (const [sec, keys] of mapItems(dictionary)) {
      const section = str(sec);
      try {
        this.add_section(section);
      } catch (e) {
        if (!(e instanceof DuplicateSectionError || e instanceof ValueError)) throw e;
        if (this._strict && added.has(section)) throw e;
      }
      added.add(section);
      for (const [k, v] of mapItems(keys)) {
        const key = this.optionxform(str(k));
        const value = v == null ? null : str(v);
        if (this._strict && added.has(`${section}\0${key}`)) throw new DuplicateOptionError(section, key, src);
        added.add(`${section}\0${key}`);
        this.set(section, key, value);
      }
    }
  }

  /** The lookup chain for a section: vars, then the section, then DEFAULT. */
  _unify_values(section: string, vars: unknown): Lookup {
    const sect = this._sections.get(section);
    if (!sect && section !== this.default_section) throw new NoSectionError(section);
    const vardict = new Map<string, Value>();
    if (vars) for (const [k, v] of mapItems(vars)) vardict.set(this.optionxform(str(k)), v == null ? null : str(v));
    return (key) => {
      for (const m of [vardict, sect, this._defaults]) if (m?.has(key)) return m.get(key) as Value;
      return undefined;
    };
  }

  get(...args: any[]): any {
    const o = named(args, ["section", "option"], GET_KW);
    const fallback = "fallback" in o ? o.fallback : UNSET;
    let lookup: Lookup;
    try {
      lookup = this._unify_values(o.section, o.vars);
    } catch (e) {
      if (fallback === UNSET || !(e instanceof NoSectionError)) throw e;
      return fallback;
    }
    const option = this.optionxform(o.option);
    const value = lookup(option);
    if (value === undefined) {
      if (fallback === UNSET) throw new NoOptionError(option, o.section);
      return fallback;
    }
    if (o.raw || value === null) return value;
    return this._interpolation.before_get(this, o.section, option, value, lookup);
  }

  _get_conv(conv: (v: any) => unknown, args: any[]): unknown {
    const o = named(args, ["section", "option"], GET_KW);
    const fallback = "fallback" in o ? o.fallback : UNSET;
    try {
      return conv(this.get(o.section, o.option, { raw: o.raw, vars: o.vars }));
    } catch (e) {
      if (fallback === UNSET || !(e instanceof NoSectionError || e instanceof NoOptionError)) throw e;
      return fallback;
    }
  }

  getint(...args: any[]): any {
    return this._get_conv((v) => int(v), args);
  }

  getfloat(...args: any[]): any {
    return this._get_conv((v) => float(v), args);
  }

  getboolean(...args: any[]): any {
    return this._get_conv((v) => this._convert_to_boolean(v), args);
  }

  _convert_to_boolean(value: string): boolean {
    const b = BOOLEAN_STATES.get(String(value).toLowerCase());
    if (b === undefined) throw new ValueError(`Not a boolean: ${value}`);
    return b;
  }

  items(...args: any[]): any[] {
    const o = named(args, ["section", "raw", "vars"]);
    if (o.section === undefined) return [this.default_section, ...this._sections.keys()].map((name) => Object.freeze([name, this._proxies.get(name)!]));
    const section: string = o.section;
    const d = new Map<string, Raw>(this._defaults);
    const sect = this._sections.get(section);
    if (sect) for (const [k, v] of sect) d.set(k, v);
    else if (section !== this.default_section) throw new NoSectionError(section);
    const keys = [...d.keys()];
    if (o.vars) for (const [k, v] of mapItems(o.vars)) d.set(this.optionxform(str(k)), v as Raw);
    const lookup: Lookup = (k) => (d.has(k) ? (d.get(k) as Value) : undefined);
    return keys.map((k) => Object.freeze([k, o.raw ? d.get(k) : this._interpolation.before_get(this, section, k, d.get(k) as string, lookup)]));
  }

  has_option(section: string, option: string): boolean {
    if (!section || section === this.default_section) return this._defaults.has(this.optionxform(option));
    const sect = this._sections.get(section);
    if (!sect) return false;
    const key = this.optionxform(option);
    return sect.has(key) || this._defaults.has(key);
  }

  set(...args: any[]): void {
    const o = named(args, ["section", "option", "value"]);
    let value: Value = o.value ?? null;
    if (value) value = this._interpolation.before_set(this, o.section, o.option, value);
    let target: Section;
    if (!o.section || o.section === this.default_section) target = this._defaults;
    else {
      const sect = this._sections.get(o.section);
      if (!sect) throw new NoSectionError(o.section);
      target = sect;
    }
    target.set(this.optionxform(o.option), value);
  }

  write(...args: any[]): void {
    const o = named(args, ["fp", "space_around_delimiters"]);
    const d = (o.space_around_delimiters ?? true) ? ` ${this._delimiters[0]} ` : this._delimiters[0]!;
    if (this._defaults.size > 0) this._write_section(o.fp, this.default_section, this._defaults, d);
    for (const [name, sect] of this._sections) this._write_section(o.fp, name, sect, d);
  }

  _write_section(fp: { write(s: string): unknown }, name: string, items: Section, delimiter: string): void {
    fp.write(`[${name}]\n`);
    for (const [key, raw] of items) {
      const value = this._interpolation.before_write(this, name, key, raw as string);
      const text = value !== null || !this._allow_no_value ? delimiter + str(value).replace(/\n/g, "\n\t") : "";
      fp.write(`${key}${text}\n`);
    }
    fp.write("\n");
  }

  remove_option(section: string, option: string): boolean {
    let target: Section;
    if (!section || section === this.default_section) target = this._defaults;
    else {
      const sect = this._sections.get(section);
      if (!sect) throw new NoSectionError(section);
      target = sect;
    }
    return target.delete(this.optionxform(option));
  }

  remove_section(section: string): boolean {
    const existed = this._sections.delete(section);
    if (existed) this._proxies.delete(section);
    return existed;
  }

  __getitem__(key: string): SectionProxy {
    if (key !== this.default_section && !this.has_section(key)) throw new KeyError(key);
    return this._proxies.get(key)!;
  }

  __setitem__(key: string, value: unknown): void {
    if (this.__contains__(key) && this._proxies.get(key) === value) return;
    if (key === this.default_section) this._defaults.clear();
    else this._sections.get(key)?.clear();
    this.read_dict(new Map([[key, value]]));
  }

  __delitem__(key: string): void {
    if (key === this.default_section) throw new ValueError("Cannot remove the default section.");
    if (!this.has_section(key)) throw new KeyError(key);
    this.remove_section(key);
  }

  __contains__(key: string): boolean {
    return key === this.default_section || this.has_section(key);
  }

  __len__(): number {
    return this._sections.size + 1;
  }

  __iter__(): IterableIterator<string> {
    return [this.default_section, ...this._sections.keys()][Symbol.iterator]();
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.__iter__();
  }

  keys(): string[] {
    return [...this.__iter__()];
  }

  values(): SectionProxy[] {
    return this.keys().map((k) => this._proxies.get(k)!);
  }

  _read_defaults(defaults: unknown): void {
    for (const [k, v] of mapItems(defaults)) this._defaults.set(this.optionxform(str(k)), v as Raw);
  }

  _read(lines: string[], fpname: string): void {
    const added = new Set<string>();
    let cursect: Section | null = null;
    let sectname: string | null = null;
    let optname: string | null = null;
    let indentLevel = 0;
    let error: ParsingError | null = null;
    lines.forEach((line, i) => {
      const lineno = i + 1;
      let commentStart = Infinity;
      let inline = new Map(this._inline_comment_prefixes.map((p) => [p, -1]));
      while (commentStart === Infinity && inline.size > 0) {
        const next = new Map<string, number>();
        for (const [prefix, index] of inline) {
          const at = line.indexOf(prefix, index + 1);
          if (at === -1) continue;
          next.set(prefix, at);
          if (at === 0 || (at > 0 && /\s/.test(line[at - 1]!))) commentStart = Math.min(commentStart, at);
        }
        inline = next;
      }
      for (const prefix of this._comment_prefixes) {
        if (line.trim().startsWith(prefix)) {
          commentStart = 0;
          break;
        }
      }
      const value = (commentStart === Infinity ? line : line.slice(0, commentStart)).trim();
      if (!value) {
        if (this._empty_lines_in_values) {
          if (commentStart === Infinity && cursect !== null && optname && cursect.get(optname) != null) (cursect.get(optname) as string[]).push("");
        } else indentLevel = Infinity;
        return;
      }
      const curIndent = line.search(/\S/);
      if (cursect !== null && optname && curIndent > indentLevel) {
        (cursect.get(optname) as string[]).push(value);
        return;
      }
      indentLevel = curIndent;
      const header = /^\[(.+)\]/s.exec(value);
      if (header) {
        sectname = header[1]!;
        if (this._sections.has(sectname)) {
          if (this._strict && added.has(sectname)) throw new DuplicateSectionError(sectname, fpname, lineno);
          cursect = this._sections.get(sectname)!;
          added.add(sectname);
        } else if (sectname === this.default_section) cursect = this._defaults;
        else {
          cursect = new Map();
          this._sections.set(sectname, cursect);
          this._proxies.set(sectname, new SectionProxy(this, sectname));
          added.add(sectname);
        }
        optname = null;
      } else if (cursect === null) throw new MissingSectionHeaderError(fpname, lineno, line);
      else {
        const m = this._optcre.exec(value);
        if (m) {
          if (!m[1]) error = this._handle_error(error, fpname, lineno, line);
          optname = this.optionxform(m[1]!.trimEnd());
          const key = `${sectname}\0${optname}`;
          if (this._strict && added.has(key)) throw new DuplicateOptionError(sectname!, optname, fpname, lineno);
          added.add(key);
          cursect.set(optname, m[3] !== undefined ? [m[3].trim()] : null);
        } else error = this._handle_error(error, fpname, lineno, line);
      }
    });
    this._join_multiline_values();
    if (error) throw error;
  }

  _join_multiline_values(): void {
    for (const [name, options] of [[this.default_section, this._defaults] as const, ...this._sections]) {
      for (const [key, val] of options) {
        const joined = Array.isArray(val) ? val.join("\n").trimEnd() : val;
        options.set(key, this._interpolation.before_read(this, name, key, joined as string));
      }
    }
  }

  _handle_error(exc: ParsingError | null, fpname: string, lineno: number, line: string): ParsingError {
    const e = exc ?? new ParsingError(fpname);
    e.append(lineno, reprOf(line));
    return e;
  }
}


/** Lines with their endings, as iterating a text file gives them. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** `configparser.ConfigParser`: BasicInterpolation by default, string values only. */
export class ConfigParser extends RawConfigParser {
  protected override defaultInterpolation(): Interpolation {
    return new BasicInterpolation();
  }

  override set(...args: any[]): void {
    const o = named(args, ["section", "option", "value"]);
    validate(this, "", o.option, o.value ?? null);
    super.set(o.section, o.option, o.value ?? null);
  }

  override add_section(section: string): void {
    if (typeof section !== "string") throw new TypeError("section names must be strings");
    super.add_section(section);
  }

  override _read_defaults(defaults: unknown): void {
    const hold = this._interpolation;
    this._interpolation = new Interpolation();
    try {
      this.read_dict(new Map([[this.default_section, defaults]]));
    } finally {
      this._interpolation = hold;
    }
  }
}

function validate(p: RawConfigParser, _section: unknown, option: unknown, value: unknown): void {
  if (typeof option !== "string") throw new TypeError("option keys must be strings");
  if ((!p._allow_no_value || value) && typeof value !== "string") throw new TypeError("option values must be strings");
}

/** `config["section"]`: a live view of one section (DEFAULT's values included). */
export class SectionProxy {
  /** `get<name>` methods that the parser's converters= adds. */
  [key: string]: any;
  static __module__ = "configparser";
  constructor(
    readonly _parser: RawConfigParser,
    readonly _name: string,
  ) {
    for (const name of _parser._converters.keys()) (this as any)[`get${name}`] = (...a: any[]) => this.lookup((_parser as any)[`get${name}`], a);
  }

  get parser(): RawConfigParser {
    return this._parser;
  }

  get name(): string {
    return this._name;
  }

  __repr__(): string {
    return `<Section: ${this._name}>`;
  }

  __getitem__(key: string): any {
    if (!this._parser.has_option(this._name, key)) throw new KeyError(key);
    return this._parser.get(this._name, key);
  }

  __setitem__(key: string, value: unknown): void {
    validate(this._parser, this._name, key, value);
    this._parser.set(this._name, key, value);
  }

  __delitem__(key: string): void {
    if (!(this._parser.has_option(this._name, key) && this._parser.remove_option(this._name, key))) throw new KeyError(key);
  }

  __contains__(key: string): boolean {
    return this._parser.has_option(this._name, key);
  }

  __len__(): number {
    return this._options().length;
  }

  __iter__(): IterableIterator<string> {
    return this._options()[Symbol.iterator]();
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.__iter__();
  }

  _options(): string[] {
    return this._name !== this._parser.default_section ? this._parser.options(this._name) : [...this._parser.defaults().keys()];
  }

  keys(): string[] {
    return this._options();
  }

  values(): any[] {
    return this._options().map((k) => this.__getitem__(k));
  }

  items(): any[] {
    return this._options().map((k) => Object.freeze([k, this.__getitem__(k)]));
  }

  lookup(impl: (...a: any[]) => unknown, args: any[]): any {
    const o = named(args, ["option", "fallback"], GET_KW);
    return impl.call(this._parser, this._name, o.option, { raw: o.raw ?? false, vars: o.vars ?? null, fallback: o.fallback ?? null });
  }

  get(...args: any[]): any {
    return this.lookup(this._parser.get, args);
  }

  getint(...args: any[]): any {
    return this.lookup(this._parser.getint, args);
  }

  getfloat(...args: any[]): any {
    return this.lookup(this._parser.getfloat, args);
  }

  getboolean(...args: any[]): any {
    return this.lookup(this._parser.getboolean, args);
  }
}
