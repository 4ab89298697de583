/**
 * argparse's values and actions: the nargs constants, Namespace (the result
 * of parsing, printed as CPython prints it), the two exceptions, and the
 * Action classes each `action=` name stands for. An action's `__call__`
 * stores what was parsed; a program's own Action subclass overrides it.
 */
import { Exception, NotImplementedError, ValueError } from "../../exceptions.js";
import { getattr, hasattr, iter, setattr } from "../../builtins.js";
import { isTuple, repr, str } from "../../repr.js";
import { sys } from "../../main.js";
import { takeKwargs } from "../../kwargs.js";
import { callKw } from "../../calls.js";

export const SUPPRESS = "==SUPPRESS==";
export const OPTIONAL = "?";
export const ZERO_OR_MORE = "*";
export const ONE_OR_MORE = "+";
export const PARSER = "A...";
export const REMAINDER = "...";
export const UNRECOGNIZED = "_unrecognized_args";

export type Nargs = number | string | null | undefined;

/** The items of a Python iterable (list, tuple, str, dict keys, range, set). */
export function items(x: unknown): unknown[] {
  return [...(iter(x as any) as Iterable<unknown>)];
}

const IDENTIFIER = /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u;

/** `ClassName(attr=value, ...)`, with names that are not identifiers gathered in `**{...}` as CPython's _AttributeHolder does. */
export function attributeRepr(typeName: string, pairs: readonly (readonly [string, unknown])[]): string {
  const parts: string[] = [];
  const star: string[] = [];
  for (const [k, v] of pairs) {
    if (IDENTIFIER.test(k)) parts.push(`${k}=${repr(v)}`);
    else star.push(`${repr(k)}: ${repr(v)}`);
  }
  if (star.length > 0) parts.push(`**{${star.join(", ")}}`);
  return `${typeName}(${parts.join(", ")})`;
}

/** `argparse.Namespace`: attributes set by parsing; `vars(ns)` is its dict. */
export class Namespace {
  [key: string]: any;

  constructor(...args: any[]) {
    for (const [k, v] of takeKwargs(args)) this[k] = v;
  }

  __repr__(): string {
    return attributeRepr((this.constructor as { name: string }).name, Object.entries(this));
  }

  __eq__(other: unknown): boolean {
    if (!(other instanceof Namespace)) return false;
    const a = Object.entries(this);
    const b = Object.entries(other);
    return a.length === b.length && a.every(([k, v]) => Object.hasOwn(other, k) && (other as any)[k] === v);
  }

  __contains__(key: string): boolean {
    return Object.hasOwn(this, key);
  }
}

/** The name an error message gives an argument: its option strings, metavar, dest or choices. */
export function actionName(a: Action | null | undefined): string | null {
  if (!a) return null;
  if (a.option_strings.length > 0) return a.option_strings.join("/");
  if (a.metavar != null && a.metavar !== SUPPRESS) return isTuple(a.metavar) ? str(a.metavar) : String(a.metavar);
  if (a.dest != null && a.dest !== SUPPRESS) return a.dest;
  if (a.choices) return `{${items(a.choices).map((c) => str(c)).join(",")}}`;
  return null;
}

/** `argparse.ArgumentError`: "argument -x/--xx: message". */
export class ArgumentError extends Exception {
  static __module__ = "argparse";
  argument_name: string | null;
  message: string;

  constructor(argument: Action | null, message: string) {
    super();
    this.argument_name = actionName(argument);
    this.message = message;
  }

  override __str__(): string {
    return this.argument_name === null ? this.message : `argument ${this.argument_name}: ${this.message}`;
  }
}

/** `argparse.ArgumentTypeError`: raised by a `type=` function, its text becomes the error message. */
export class ArgumentTypeError extends Exception {
  static __module__ = "argparse";
}

/** What an action is called with: the parser, for help, version and subcommands. */
export interface ParserLike {
  prog: string;
  version?: unknown;
  print_help(file?: unknown): void;
  exit(status?: number, message?: string | null): void;
  _get_formatter(): { add_text(text: unknown): void; format_help(): string };
  _print_message(message: string, file?: unknown): void;
  parse_known_args(args?: unknown, namespace?: unknown): readonly [any, string[]];
}

export interface ActionOptions {
  option_strings: string[];
  dest: string;
  nargs?: Nargs;
  const?: unknown;
  default?: unknown;
  type?: unknown;
  choices?: unknown;
  required?: boolean;
  help?: string | null;
  metavar?: unknown;
  [key: string]: unknown;
}

const FIELDS = ["option_strings", "dest", "nargs", "const", "default", "type", "choices", "required", "help", "metavar"] as const;

/** The options an Action constructor received, whether by keyword (trailing object) or position. */
export function actionOptions(args: any[]): ActionOptions {
  const kw = Object.fromEntries(takeKwargs(args));
  FIELDS.forEach((name, i) => {
    if (i < args.length && args[i] !== undefined) kw[name] = args[i];
  });
  return kw as ActionOptions;
}

/** `argparse.Action`: how one argument's strings become a value on the namespace. */
export class Action {
  static __module__ = "argparse";
  option_strings!: string[];
  dest!: string;
  nargs!: Nargs;
  const!: unknown;
  default!: unknown;
  type!: unknown;
  choices!: unknown;
  required!: boolean;
  help!: string | null;
  metavar!: unknown;
  container?: unknown;

  constructor(...args: any[]) {
    this._init(actionOptions(args));
  }

  /** `Action.__init__(self, option_strings, dest, ...)`, as a subclass's own __init__ calls it. */
  static __init__(self: Action, ...args: any[]): void {
    Action.prototype._init.call(self, actionOptions(args));
  }

  private _init(o: ActionOptions): void {
    this.option_strings = [...(o.option_strings ?? [])];
    this.dest = o.dest;
    this.nargs = o.nargs ?? null;
    this.const = o.const ?? null;
    this.default = o.default ?? null;
    this.type = o.type ?? null;
    this.choices = o.choices ?? null;
    this.required = Boolean(o.required ?? false);
    this.help = o.help ?? null;
    this.metavar = o.metavar ?? null;
  }

  __repr__(): string {
    return attributeRepr((this.constructor as { name: string }).name, FIELDS.map((n) => [n, (this as any)[n]] as const));
  }

  format_usage(): string {
    return this.option_strings[0]!;
  }

  __call__(_parser: ParserLike, _namespace: any, _values: unknown, _optionString?: string | null): void {
    throw new NotImplementedError(".__call__() not defined");
  }
}

function copyItems(x: unknown): unknown[] {
  if (x == null) return [];
  return Array.isArray(x) ? [...x] : items(x);
}

export class _StoreAction extends Action {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    if (o.nargs === 0) throw new ValueError("nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate");
    if (o.const != null && o.nargs !== OPTIONAL) throw new ValueError("nargs must be '?' to supply const");
    super(o);
  }

  override __call__(_p: ParserLike, ns: any, values: unknown): void {
    setattr(ns, this.dest, values);
  }
}

export class _StoreConstAction extends Action {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    super({ option_strings: o.option_strings, dest: o.dest, nargs: 0, const: o.const, default: o.default, required: o.required, help: o.help });
  }

  override __call__(_p: ParserLike, ns: any): void {
    setattr(ns, this.dest, this.const);
  }
}

export class _StoreTrueAction extends _StoreConstAction {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    super({ ...o, const: true, default: o.default === undefined ? false : o.default });
  }
}

export class _StoreFalseAction extends _StoreConstAction {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    super({ ...o, const: false, default: o.default === undefined ? true : o.default });
  }
}

export class _AppendAction extends Action {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    if (o.nargs === 0) throw new ValueError("nargs for append actions must be != 0; if arg strings are not supplying the value to append, the append const action may be more appropriate");
    if (o.const != null && o.nargs !== OPTIONAL) throw new ValueError("nargs must be '?' to supply const");
    super(o);
  }

  override __call__(_p: ParserLike, ns: any, values: unknown): void {
    const list = copyItems(getattr(ns, this.dest, null));
    list.push(values);
    setattr(ns, this.dest, list);
  }
}

export class _ExtendAction extends _AppendAction {
  override __call__(_p: ParserLike, ns: any, values: unknown): void {
    const list = copyItems(getattr(ns, this.dest, null));
    list.push(...items(values));
    setattr(ns, this.dest, list);
  }
}

export class _AppendConstAction extends Action {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    super({ option_strings: o.option_strings, dest: o.dest, nargs: 0, const: o.const, default: o.default, required: o.required, help: o.help, metavar: o.metavar });
  }

  override __call__(_p: ParserLike, ns: any): void {
    const list = copyItems(getattr(ns, this.dest, null));
    list.push(this.const);
    setattr(ns, this.dest, list);
  }
}

export class _CountAction extends Action {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    super({ option_strings: o.option_strings, dest: o.dest, nargs: 0, default: o.default, required: o.required, help: o.help });
  }

  override __call__(_p: ParserLike, ns: any): void {
    const count = getattr(ns, this.dest, null);
    setattr(ns, this.dest, (count ?? 0) + 1);
  }
}

export class _HelpAction extends Action {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    super({ option_strings: o.option_strings, dest: o.dest === undefined ? SUPPRESS : o.dest, default: o.default === undefined ? SUPPRESS : o.default, nargs: 0, help: o.help });
  }

  override __call__(parser: ParserLike): void {
    parser.print_help();
    parser.exit();
  }
}

export class _VersionAction extends Action {
  version: unknown;

  constructor(...args: any[]) {
    const o = actionOptions(args);
    super({ option_strings: o.option_strings, dest: o.dest === undefined ? SUPPRESS : o.dest, default: o.default === undefined ? SUPPRESS : o.default, nargs: 0, help: o.help === undefined ? "show program's version number and exit" : o.help });
    this.version = o.version ?? null;
  }

  override __call__(parser: ParserLike): void {
    const formatter = parser._get_formatter();
    formatter.add_text(this.version ?? parser.version ?? null);
    parser._print_message(formatter.format_help(), sys.stdout);
    parser.exit();
  }
}

export class BooleanOptionalAction extends Action {
  constructor(...args: any[]) {
    const o = actionOptions(args);
    const strings: string[] = [];
    for (const s of o.option_strings) {
      strings.push(s);
      if (s.startsWith("--")) strings.push("--no-" + s.slice(2));
    }
    super({ ...o, option_strings: strings, nargs: 0 });
  }

  override __call__(_p: ParserLike, ns: any, _values: unknown, optionString?: string | null): void {
    if (optionString != null && this.option_strings.includes(optionString)) setattr(ns, this.dest, !optionString.startsWith("--no-"));
  }

  override format_usage(): string {
    return this.option_strings.join(" | ");
  }
}

/** One subcommand's line in the help: its name (and aliases) and help. */
export class _ChoicesPseudoAction extends Action {
  constructor(name: string, aliases: string[], help: string | null) {
    const metavar = aliases.length > 0 ? `${name} (${aliases.join(", ")})` : name;
    super({ option_strings: [], dest: name, help, metavar });
  }
}

/** `add_subparsers()`: a positional whose value picks a sub-parser that parses the rest. */
export class _SubParsersAction extends Action {
  _prog_prefix: string;
  _parser_class: new (...a: any[]) => ParserLike;
  _name_parser_map: Map<string, ParserLike>;
  _choices_actions: Action[] = [];

  constructor(...args: any[]) {
    const o = actionOptions(args);
    const map = new Map<string, ParserLike>();
    super({ option_strings: o.option_strings, dest: o.dest ?? SUPPRESS, nargs: PARSER, choices: map, required: o.required ?? false, help: o.help, metavar: o.metavar });
    this._prog_prefix = o.prog as string;
    this._parser_class = o.parser_class as new (...a: any[]) => ParserLike;
    this._name_parser_map = map;
  }

  add_parser(name: string, ...rest: any[]): ParserLike {
    const kw = Object.fromEntries(takeKwargs(rest)) as Record<string, any>;
    if (kw.prog == null) kw.prog = `${this._prog_prefix} ${name}`;
    const aliases: string[] = kw.aliases ? (items(kw.aliases) as string[]) : [];
    delete kw.aliases;
    if (this._name_parser_map.has(name)) throw new ArgumentError(this, `conflicting subparser: ${name}`);
    for (const alias of aliases) if (this._name_parser_map.has(alias)) throw new ArgumentError(this, `conflicting subparser alias: ${alias}`);
    if ("help" in kw) {
      this._choices_actions.push(new _ChoicesPseudoAction(name, aliases, kw.help));
      delete kw.help;
    }
    const parser = callKw(this._parser_class, [], Object.entries(kw)) as ParserLike;
    this._name_parser_map.set(name, parser);
    for (const alias of aliases) this._name_parser_map.set(alias, parser);
    return parser;
  }

  _get_subactions(): Action[] {
    return this._choices_actions;
  }

  override __call__(_p: ParserLike, ns: any, values: unknown): void {
    const [parserName, ...argStrings] = values as string[];
    if (this.dest !== SUPPRESS) setattr(ns, this.dest, parserName);
    const parser = this._name_parser_map.get(parserName!);
    if (!parser) throw new ArgumentError(this, `unknown parser ${repr(parserName)} (choices: ${[...this._name_parser_map.keys()].join(", ")})`);
    const [sub, extras] = parser.parse_known_args(argStrings, null);
    for (const [k, v] of Object.entries(sub)) setattr(ns, k, v);
    if (extras.length > 0) {
      if (!hasattr(ns, UNRECOGNIZED)) setattr(ns, UNRECOGNIZED, []);
      (getattr(ns, UNRECOGNIZED) as string[]).push(...extras);
    }
  }
}

/** The classes `action="..."` names. */
export const ACTIONS: Record<string, new (...a: any[]) => Action> = {
  store: _StoreAction,
  store_const: _StoreConstAction,
  store_true: _StoreTrueAction,
  store_false: _StoreFalseAction,
  append: _AppendAction,
  append_const: _AppendConstAction,
  count: _CountAction,
  help: _HelpAction,
  version: _VersionAction,
  parsers: _SubParsersAction,
  extend: _ExtendAction,
};
