/**
 * `argparse.ArgumentParser`: CPython's parsing algorithm (each argument
 * string classified as option `O` or argument `A`, nargs as regular
 * expressions over that pattern, positionals consumed greedily between
 * options), its error messages, and help/usage/exit on CPython's streams.
 */
import { SystemExit, TypeError, ValueError } from "../../exceptions.js";
import { callable, repr, str } from "../../repr.js";
import { contains, delattr, getattr, hasattr, setattr } from "../../builtins.js";
import { setSignature, takeKwargs } from "../../kwargs.js";
import { callKw } from "../../calls.js";
import { sys } from "../../main.js";
import { osPath } from "../os/path.js";
import { fromNodeError } from "../os/errors.js";
import { readFileSync } from "node:fs";
import {
  type Action, actionName, ArgumentError, ArgumentTypeError, items, Namespace, ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER, SUPPRESS, UNRECOGNIZED, ZERO_OR_MORE,
} from "./actions.js";
import { ActionsContainer, type ArgumentGroup, construct } from "./container.js";
import { HelpFormatter } from "./formatter.js";

const FIELDS = ["prog", "usage", "description", "epilog", "parents", "formatter_class", "prefix_chars", "fromfile_prefix_chars", "argument_default", "conflict_handler", "add_help", "allow_abbrev", "exit_on_error"] as const;

type OptionTuple = [Action | null, string, string | null];

function writeTo(file: unknown, message: string): void {
  (file as { write(s: string): unknown }).write(message);
}

const identity = (s: string): string => s;

export class ArgumentParser extends ActionsContainer {
  static __module__ = "argparse";
  prog: string;
  usage: string | null;
  epilog: string | null;
  formatter_class: any;
  fromfile_prefix_chars: string | null;
  add_help: boolean;
  allow_abbrev: boolean;
  exit_on_error: boolean;
  version?: unknown;
  _positionals: ArgumentGroup;
  _optionals: ArgumentGroup;
  _subparsers: ArgumentGroup | null = null;

  constructor(...args: any[]) {
    const o = Object.fromEntries(takeKwargs(args)) as Record<string, any>;
    FIELDS.forEach((name, i) => {
      if (i < args.length && args[i] !== undefined) o[name] = args[i];
    });
    super({ description: o.description, prefix_chars: o.prefix_chars ?? "-", argument_default: o.argument_default, conflict_handler: o.conflict_handler ?? "error" });
    this.prog = o.prog ?? osPath.basename(String(sys.argv[0] ?? ""));
    this.usage = o.usage ?? null;
    this.epilog = o.epilog ?? null;
    this.formatter_class = o.formatter_class ?? HelpFormatter;
    this.fromfile_prefix_chars = o.fromfile_prefix_chars ?? null;
    this.add_help = o.add_help ?? true;
    this.allow_abbrev = o.allow_abbrev ?? true;
    this.exit_on_error = o.exit_on_error ?? true;
    this._positionals = this.add_argument_group("positional arguments");
    this._optionals = this.add_argument_group("options");
    this.register("type", null, identity);
    const prefix = this.prefix_chars.includes("-") ? "-" : this.prefix_chars[0]!;
    if (this.add_help) this.add_argument(prefix + "h", prefix + prefix + "help", { action: "help", default: SUPPRESS, help: "show this help message and exit" });
    for (const parent of items(o.parents ?? []) as ActionsContainer[]) {
      this._add_container_actions(parent);
      for (const [k, v] of parent._defaults) this._defaults.set(k, v);
    }
  }

  _get_kwargs(): [string, unknown][] {
    return ["prog", "usage", "description", "formatter_class", "conflict_handler", "add_help"].map((n) => [n, (this as any)[n]]);
  }

  __repr__(): string {
    return `${(this.constructor as { name: string }).name}(${this._get_kwargs().map(([k, v]) => `${k}=${repr(v)}`).join(", ")})`;
  }

  add_subparsers(...args: any[]): Action {
    const kw = Object.fromEntries(takeKwargs(args)) as Record<string, any>;
    if (this._subparsers !== null) this.error("cannot have multiple subparser arguments");
    kw.parser_class ??= this.constructor;
    if ("title" in kw || "description" in kw) {
      this._subparsers = this.add_argument_group(kw.title ?? "subcommands", kw.description ?? null);
      delete kw.title;
      delete kw.description;
    } else this._subparsers = this._positionals;
    if (kw.prog == null) {
      const formatter = this._get_formatter();
      formatter.add_usage(this.usage, this._get_positional_actions(), this._mutually_exclusive_groups, "");
      kw.prog = formatter.format_help().trim();
    }
    const cls = this._registry_get("action", kw.action ?? "parsers", kw.action);
    delete kw.action;
    const action = callKw(cls, [], [["option_strings", []], ...Object.entries(kw)]) as Action;
    this._subparsers._add_action(action);
    return action;
  }

  override _add_action(action: Action): Action {
    if (action.option_strings.length > 0) this._optionals._add_action(action);
    else this._positionals._add_action(action);
    return action;
  }

  _get_optional_actions(): Action[] {
    return this._actions.filter((a) => a.option_strings.length > 0);
  }

  _get_positional_actions(): Action[] {
    return this._actions.filter((a) => a.option_strings.length === 0);
  }

  parse_args(args?: unknown, namespace?: unknown): any {
    const [ns, argv] = this.parse_known_args(args, namespace);
    if (argv.length > 0) this.error(`unrecognized arguments: ${argv.join(" ")}`);
    return ns;
  }

  parse_known_args(args?: unknown, namespace?: unknown): readonly [any, string[]] {
    let argStrings = args == null ? sys.argv.slice(1) : (items(args) as string[]);
    let ns: any = namespace ?? new Namespace();
    for (const action of this._actions) {
      if (action.dest !== SUPPRESS && !hasattr(ns, action.dest) && action.default !== SUPPRESS) setattr(ns, action.dest, action.default);
    }
    for (const [dest, value] of this._defaults) if (!hasattr(ns, dest)) setattr(ns, dest, value);
    if (this.exit_on_error) {
      try {
        [ns, argStrings] = this._parse_known_args(argStrings, ns);
      } catch (e) {
        if (e instanceof ArgumentError) this.error(str(e));
        throw e;
      }
    } else [ns, argStrings] = this._parse_known_args(argStrings, ns);
    if (hasattr(ns, UNRECOGNIZED)) {
      argStrings.push(...(getattr(ns, UNRECOGNIZED) as string[]));
      delattr(ns, UNRECOGNIZED);
    }
    return Object.freeze([ns, argStrings] as const);
  }

  _parse_known_args(argStrings: string[], namespace: any): [any, string[]] {
    if (this.fromfile_prefix_chars !== null) argStrings = this._read_args_from_files(argStrings);
    const conflicts = new Map<Action, Action[]>();
    for (const group of this._mutually_exclusive_groups) {
      group._group_actions.forEach((a, i) => {
        const list = conflicts.get(a) ?? [];
        list.push(...group._group_actions.slice(0, i), ...group._group_actions.slice(i + 1));
        conflicts.set(a, list);
      });
    }
    const optionIndices = new Map<number, OptionTuple>();
    let pattern = "";
    for (let i = 0; i < argStrings.length; i++) {
      const s = argStrings[i]!;
      if (s === "--") {
        pattern += "-" + "A".repeat(argStrings.length - i - 1);
        break;
      }
      const tuple = this._parse_optional(s);
      if (tuple === null) pattern += "A";
      else {
        optionIndices.set(i, tuple);
        pattern += "O";
      }
    }
    const seen = new Set<Action>();
    const seenNonDefault = new Set<Action>();
    const extras: string[] = [];

    const takeAction = (action: Action, strings: string[], optionString: string | null = null): void => {
      seen.add(action);
      const values = this._get_values(action, strings);
      if (values !== action.default) {
        seenNonDefault.add(action);
        for (const other of conflicts.get(action) ?? []) {
          if (seenNonDefault.has(other)) throw new ArgumentError(action, `not allowed with argument ${actionName(other)}`);
        }
      }
      if (values !== SUPPRESS) action.__call__(this, namespace, values, optionString);
    };

    const consumeOptional = (startIndex: number): number => {
      let [action, optionString, explicit] = optionIndices.get(startIndex)!;
      const tuples: [Action, string[], string][] = [];
      let stop = startIndex + 1;
      for (;;) {
        if (action === null) {
          extras.push(argStrings[startIndex]!);
          return startIndex + 1;
        }
        if (explicit !== null) {
          const count = this._match_argument(action, "A");
          if (count === 0 && !this.prefix_chars.includes(optionString[1]!) && explicit !== "") {
            tuples.push([action, [], optionString]);
            optionString = optionString[0]! + explicit[0]!;
            const next = explicit.slice(1) || null;
            const found = this._option_string_actions.get(optionString);
            if (!found) throw new ArgumentError(action, `ignored explicit argument ${repr(explicit)}`);
            action = found;
            explicit = next;
          } else if (count === 1) {
            stop = startIndex + 1;
            tuples.push([action, [explicit], optionString]);
            break;
          } else throw new ArgumentError(action, `ignored explicit argument ${repr(explicit)}`);
        } else {
          const start = startIndex + 1;
          const count = this._match_argument(action, pattern.slice(start));
          stop = start + count;
          tuples.push([action, argStrings.slice(start, stop), optionString]);
          break;
        }
      }
      for (const [a, strings, opt] of tuples) takeAction(a, strings, opt);
      return stop;
    };

    const positionals = this._get_positional_actions();
    const consumePositionals = (startIndex: number): number => {
      const counts = this._match_arguments_partial(positionals, pattern.slice(startIndex));
      counts.forEach((count, k) => {
        takeAction(positionals[k]!, argStrings.slice(startIndex, startIndex + count));
        startIndex += count;
      });
      positionals.splice(0, counts.length);
      return startIndex;
    };

    let startIndex = 0;
    const maxOptionIndex = optionIndices.size > 0 ? Math.max(...optionIndices.keys()) : -1;
    while (startIndex <= maxOptionIndex) {
      const nextOption = Math.min(...[...optionIndices.keys()].filter((i) => i >= startIndex));
      if (startIndex !== nextOption) {
        const end = consumePositionals(startIndex);
        if (end > startIndex) {
          startIndex = end;
          continue;
        }
        startIndex = end;
      }
      if (!optionIndices.has(startIndex)) {
        extras.push(...argStrings.slice(startIndex, nextOption));
        startIndex = nextOption;
      }
      startIndex = consumeOptional(startIndex);
    }
    const stopIndex = consumePositionals(startIndex);
    extras.push(...argStrings.slice(stopIndex));

    const required: string[] = [];
    for (const action of this._actions) {
      if (seen.has(action)) continue;
      if (action.required) required.push(actionName(action)!);
      else if (typeof action.default === "string" && hasattr(namespace, action.dest) && action.default === getattr(namespace, action.dest)) {
        setattr(namespace, action.dest, this._get_value(action, action.default));
      }
    }
    if (required.length > 0) this.error(`the following arguments are required: ${required.join(", ")}`);
    for (const group of this._mutually_exclusive_groups) {
      if (group.required && !group._group_actions.some((a) => seenNonDefault.has(a))) {
        const names = group._group_actions.filter((a) => a.help !== SUPPRESS).map((a) => actionName(a));
        this.error(`one of the arguments ${names.join(" ")} is required`);
      }
    }
    return [namespace, extras];
  }

  /** Arguments `@file` (with a fromfile prefix character) stand for the file's lines, recursively. */
  _read_args_from_files(argStrings: string[]): string[] {
    const out: string[] = [];
    for (const arg of argStrings) {
      if (!arg || !this.fromfile_prefix_chars!.includes(arg[0]!)) {
        out.push(arg);
        continue;
      }
      let text: string;
      try {
        text = readFileSync(arg.slice(1), "utf8");
      } catch (e) {
        this.error(str(fromNodeError(e, arg.slice(1))));
        continue;
      }
      const lines = text.split(/\r\n|\r|\n/);
      if (lines[lines.length - 1] === "") lines.pop();
      const args: string[] = [];
      for (const line of lines) args.push(...(items(this.convert_arg_line_to_args(line)) as string[]));
      out.push(...this._read_args_from_files(args));
    }
    return out;
  }

  _match_argument(action: Action, pattern: string): number {
    const m = new RegExp("^" + this._get_nargs_pattern(action)).exec(pattern);
    if (m === null) {
      const messages: Record<string, string> = { null: "expected one argument", [OPTIONAL]: "expected at most one argument", [ONE_OR_MORE]: "expected at least one argument" };
      const msg = messages[String(action.nargs ?? null)] ?? (action.nargs === 1 ? "expected 1 argument" : `expected ${action.nargs} arguments`);
      throw new ArgumentError(action, msg);
    }
    return m[1]!.length;
  }

  _match_arguments_partial(actions: Action[], pattern: string): number[] {
    for (let i = actions.length; i > 0; i--) {
      const re = new RegExp("^" + actions.slice(0, i).map((a) => this._get_nargs_pattern(a)).join(""));
      const m = re.exec(pattern);
      if (m !== null) return m.slice(1).map((g) => (g ?? "").length);
    }
    return [];
  }

  _parse_optional(arg: string): OptionTuple | null {
    if (!arg) return null;
    if (!this.prefix_chars.includes(arg[0]!)) return null;
    const exact = this._option_string_actions.get(arg);
    if (exact) return [exact, arg, null];
    if (arg.length === 1) return null;
    if (arg.includes("=")) {
      const eq = arg.indexOf("=");
      const opt = arg.slice(0, eq);
      const action = this._option_string_actions.get(opt);
      if (action) return [action, opt, arg.slice(eq + 1)];
    }
    const tuples = this._get_option_tuples(arg);
    if (tuples.length > 1) this.error(`ambiguous option: ${arg} could match ${tuples.map((t) => t[1]).join(", ")}`);
    if (tuples.length === 1) return tuples[0]!;
    if (/^-\d+$|^-\d*\.\d+$/.test(arg) && this._has_negative_number_optionals.length === 0) return null;
    if (arg.includes(" ")) return null;
    return [null, arg, null];
  }

  _get_option_tuples(optionString: string): OptionTuple[] {
    const result: OptionTuple[] = [];
    const chars = this.prefix_chars;
    if (chars.includes(optionString[0]!) && chars.includes(optionString[1]!)) {
      if (this.allow_abbrev) {
        const eq = optionString.indexOf("=");
        const prefix = eq >= 0 ? optionString.slice(0, eq) : optionString;
        const explicit = eq >= 0 ? optionString.slice(eq + 1) : null;
        for (const [s, action] of this._option_string_actions) if (s.startsWith(prefix)) result.push([action, s, explicit]);
      }
    } else if (chars.includes(optionString[0]!) && !chars.includes(optionString[1]!)) {
      const shortPrefix = optionString.slice(0, 2);
      const shortExplicit = optionString.slice(2);
      for (const [s, action] of this._option_string_actions) {
        if (s === shortPrefix) result.push([action, s, shortExplicit]);
        else if (s.startsWith(optionString)) result.push([action, s, null]);
      }
    } else this.error(`unexpected option string: ${optionString}`);
    return result;
  }

  _get_nargs_pattern(action: Action): string {
    const n = action.nargs;
    let p: string;
    if (n == null) p = "(-*A-*)";
    else if (n === OPTIONAL) p = "(-*A?-*)";
    else if (n === ZERO_OR_MORE) p = "(-*[A-]*)";
    else if (n === ONE_OR_MORE) p = "(-*A[A-]*)";
    else if (n === REMAINDER) p = "([-AO]*)";
    else if (n === PARSER) p = "(-*A[-AO]*)";
    else if (n === SUPPRESS) p = "(-*-*)";
    else p = `(-*${Array(Number(n)).fill("A").join("-*")}-*)`;
    if (action.option_strings.length > 0) p = p.replace(/-\*/g, "").replace(/-/g, "");
    return p;
  }

  _get_values(action: Action, strings: string[]): unknown {
    if (action.nargs !== PARSER && action.nargs !== REMAINDER) {
      const i = strings.indexOf("--");
      if (i >= 0) strings = [...strings.slice(0, i), ...strings.slice(i + 1)];
    }
    let value: unknown;
    if (strings.length === 0 && action.nargs === OPTIONAL) {
      value = action.option_strings.length > 0 ? action.const : action.default;
      if (typeof value === "string") {
        value = this._get_value(action, value);
        this._check_value(action, value);
      }
    } else if (strings.length === 0 && action.nargs === ZERO_OR_MORE && action.option_strings.length === 0) {
      value = action.default != null ? action.default : strings;
      this._check_value(action, value);
    } else if (strings.length === 1 && (action.nargs == null || action.nargs === OPTIONAL)) {
      value = this._get_value(action, strings[0]!);
      this._check_value(action, value);
    } else if (action.nargs === REMAINDER) value = strings.map((s) => this._get_value(action, s));
    else if (action.nargs === PARSER) {
      const values = strings.map((s) => this._get_value(action, s));
      this._check_value(action, values[0]);
      value = values;
    } else if (action.nargs === SUPPRESS) value = SUPPRESS;
    else {
      const values = strings.map((s) => this._get_value(action, s));
      for (const v of values) this._check_value(action, v);
      value = values;
    }
    return value;
  }

  _get_value(action: Action, s: string): unknown {
    const typeFunc = this._registry_get("type", action.type, action.type);
    if (!callable(typeFunc)) throw new ArgumentError(action, `${repr(typeFunc)} is not callable`);
    try {
      return construct(typeFunc, s);
    } catch (e) {
      if (e instanceof ArgumentTypeError) throw new ArgumentError(action, str(e));
      if (e instanceof TypeError || e instanceof ValueError) {
        const name = hasattr(action.type, "__name__") ? str(getattr(action.type, "__name__")) : repr(action.type);
        throw new ArgumentError(action, `invalid ${name} value: ${repr(s)}`);
      }
      throw e;
    }
  }

  _check_value(action: Action, value: unknown): void {
    if (action.choices != null && !contains(action.choices, value)) {
      const choices = items(action.choices).map((c) => repr(c)).join(", ");
      throw new ArgumentError(action, `invalid choice: ${repr(value)} (choose from ${choices})`);
    }
  }

  format_usage(): string {
    const f = this._get_formatter();
    f.add_usage(this.usage, this._actions, this._mutually_exclusive_groups);
    return f.format_help();
  }

  format_help(): string {
    const f = this._get_formatter();
    f.add_usage(this.usage, this._actions, this._mutually_exclusive_groups);
    f.add_text(this.description);
    for (const group of this._action_groups) {
      f.start_section(group.title);
      f.add_text(group.description);
      f.add_arguments(group._group_actions);
      f.end_section();
    }
    f.add_text(this.epilog);
    return f.format_help();
  }

  _get_formatter(): HelpFormatter {
    return callKw(this.formatter_class, [], [["prog", this.prog]]) as HelpFormatter;
  }

  print_usage(file: unknown = null): void {
    this._print_message(this.format_usage(), file ?? sys.stdout);
  }

  print_help(file: unknown = null): void {
    this._print_message(this.format_help(), file ?? sys.stdout);
  }

  _print_message(message: string, file: unknown = null): void {
    if (message) writeTo(file ?? sys.stderr, message);
  }

  exit(status: number = 0, message: string | null = null): void {
    if (message) this._print_message(message, sys.stderr);
    throw new SystemExit(status);
  }

  error(message: string): void {
    this.print_usage(sys.stderr);
    this.exit(2, `${this.prog}: error: ${message}\n`);
  }

  convert_arg_line_to_args(line: string): string[] {
    return [line];
  }
}

// Methods a program may call with keywords: bound by name like Python's.
for (const [name, sig] of Object.entries({
  parse_args: "parse_args(args=, namespace=)",
  parse_known_args: "parse_known_args(args=, namespace=)",
  print_help: "print_help(file=)",
  print_usage: "print_usage(file=)",
  exit: "exit(status=, message=)",
  error: "error(message)",
})) setSignature((ArgumentParser.prototype as any)[name], sig);
