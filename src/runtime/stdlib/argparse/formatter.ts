/**
 * argparse's help formatters: CPython's HelpFormatter layout (usage line
 * wrapping, sections, the help column at most 24 wide, textwrap filling)
 * and its four documented variants. Width follows the terminal as CPython's
 * does: $COLUMNS, else the terminal, else 80, less 2.
 */
import { getattr, hasattr } from "../../builtins.js";
import { percentFormat } from "../../format.js";
import { isTuple, str } from "../../repr.js";
import { shutil } from "../shutil.js";
import { type Action, items, ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER, SUPPRESS, ZERO_OR_MORE } from "./actions.js";
import { fill, wrap } from "./wrap.js";

/** The groups usage marks with brackets: a mutually exclusive group. */
export interface UsageGroup {
  _group_actions: Action[];
  required: boolean;
}

type Item = () => string;

class Section {
  items: Item[] = [];
  constructor(
    readonly formatter: HelpFormatter,
    readonly parent: Section | null,
    readonly heading: string | null = null,
  ) {}

  format_help(): string {
    const f = this.formatter;
    if (this.parent) f._indent();
    const itemHelp = joinParts(this.items.map((fn) => fn()));
    if (this.parent) f._dedent();
    if (!itemHelp) return "";
    const heading = this.heading !== SUPPRESS && this.heading != null ? `${" ".repeat(f._current_indent)}${this.heading}:\n` : "";
    return joinParts(["\n", heading, itemHelp, "\n"]);
  }
}

function joinParts(parts: readonly (string | null | undefined)[]): string {
  return parts.filter((p) => p && p !== SUPPRESS).join("");
}

const len = (s: string): number => [...s].length;
const pad = (n: number): string => " ".repeat(Math.max(0, n));

/** `argparse.HelpFormatter`. */
export class HelpFormatter {
  static __module__ = "argparse";
  _prog: string;
  _indent_increment: number;
  _max_help_position: number;
  _width: number;
  _current_indent = 0;
  _level = 0;
  _action_max_length = 0;
  _root_section: Section;
  _current_section: Section;

  constructor(prog: string | { prog: string }, indentIncrement?: number, maxHelpPosition?: number, width?: number | null) {
    if (typeof prog === "object" && prog !== null) prog = prog.prog;
    const inc = indentIncrement ?? 2;
    const w = width ?? shutil.get_terminal_size().columns - 2;
    this._prog = prog;
    this._indent_increment = inc;
    this._max_help_position = Math.min(maxHelpPosition ?? 24, Math.max(w - 20, inc * 2));
    this._width = w;
    this._root_section = new Section(this, null);
    this._current_section = this._root_section;
  }

  _indent(): void {
    this._current_indent += this._indent_increment;
    this._level++;
  }

  _dedent(): void {
    this._current_indent -= this._indent_increment;
    this._level--;
  }

  start_section(heading: string | null): void {
    this._indent();
    const section = new Section(this, this._current_section, heading);
    this._current_section.items.push(() => section.format_help());
    this._current_section = section;
  }

  end_section(): void {
    this._current_section = this._current_section.parent!;
    this._dedent();
  }

  add_text(text: unknown): void {
    if (text !== SUPPRESS && text != null) this._current_section.items.push(() => this._format_text(str(text)));
  }

  add_usage(usage: string | null, actions: Action[], groups: UsageGroup[], prefix: string | null = null): void {
    if (usage !== SUPPRESS) this._current_section.items.push(() => this._format_usage(usage, actions, groups, prefix));
  }

  add_argument(action: Action): void {
    if (action.help === SUPPRESS) return;
    const invocations = [this._format_action_invocation(action)];
    for (const sub of this._indented_subactions(action)) invocations.push(this._format_action_invocation(sub));
    const longest = Math.max(...invocations.map(len));
    this._action_max_length = Math.max(this._action_max_length, longest + this._current_indent);
    this._current_section.items.push(() => this._format_action(action));
  }

  add_arguments(actions: Iterable<Action>): void {
    for (const a of actions) this.add_argument(a);
  }

  format_help(): string {
    let help = this._root_section.format_help();
    if (help) help = help.replace(/\n\n\n+/g, "\n\n").replace(/^\n+|\n+$/g, "") + "\n";
    return help;
  }

  _format_usage(usage: string | null, actions: Action[], groups: UsageGroup[], prefix: string | null): string {
    prefix ??= "usage: ";
    let text: string;
    if (usage != null) text = percentFormat(usage, new Map([["prog", this._prog]]));
    else if (actions.length === 0) text = this._prog;
    else {
      const prog = this._prog;
      const optionals = actions.filter((a) => a.option_strings.length > 0);
      const positionals = actions.filter((a) => a.option_strings.length === 0);
      const actionUsage = this._format_actions_usage([...optionals, ...positionals], groups);
      text = [prog, actionUsage].filter((s) => s).join(" ");
      const textWidth = this._width - this._current_indent;
      if (len(prefix) + len(text) > textWidth) {
        const partRe = /\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+/g;
        const optParts = this._format_actions_usage(optionals, groups).match(partRe) ?? [];
        const posParts = this._format_actions_usage(positionals, groups).match(partRe) ?? [];
        const getLines = (parts: string[], indent: string, pfx: string | null = null): string[] => {
          const lines: string[] = [];
          let line: string[] = [];
          let lineLen = pfx !== null ? len(pfx) - 1 : len(indent) - 1;
          for (const part of parts) {
            if (lineLen + 1 + len(part) > textWidth && line.length > 0) {
              lines.push(indent + line.join(" "));
              line = [];
              lineLen = len(indent) - 1;
            }
            line.push(part);
            lineLen += len(part) + 1;
          }
          if (line.length > 0) lines.push(indent + line.join(" "));
          if (pfx !== null) lines[0] = lines[0]!.slice(indent.length);
          return lines;
        };
        let lines: string[];
        if (len(prefix) + len(prog) <= 0.75 * textWidth) {
          const indent = pad(len(prefix) + len(prog) + 1);
          if (optParts.length > 0) lines = [...getLines([prog, ...optParts], indent, prefix), ...getLines(posParts, indent)];
          else if (posParts.length > 0) lines = getLines([prog, ...posParts], indent, prefix);
          else lines = [prog];
        } else {
          const indent = pad(len(prefix));
          lines = getLines([...optParts, ...posParts], indent);
          if (lines.length > 1) lines = [...getLines(optParts, indent), ...getLines(posParts, indent)];
          lines = [prog, ...lines];
        }
        text = lines.join("\n");
      }
    }
    return `${prefix}${text}\n\n`;
  }

  _format_actions_usage(actions: Action[], groups: UsageGroup[]): string {
    const groupActions = new Set<Action>();
    const inserts = new Map<number, string>();
    const add = (i: number, s: string): void => {
      inserts.set(i, inserts.has(i) ? inserts.get(i) + " " + s : s);
    };
    for (const group of groups) {
      const ga = group._group_actions;
      if (ga.length === 0) throw new Error("empty group");
      const start = actions.indexOf(ga[0]!);
      if (start < 0) continue;
      const end = start + ga.length;
      if (!ga.every((a, k) => actions[start + k] === a)) continue;
      for (const a of ga) groupActions.add(a);
      add(start, group.required ? "(" : "[");
      add(end, group.required ? ")" : "]");
      for (let i = start + 1; i < end; i++) inserts.set(i, "|");
    }
    const parts: (string | null)[] = [];
    actions.forEach((action, i) => {
      if (action.help === SUPPRESS) {
        parts.push(null);
        if (inserts.get(i) === "|") inserts.delete(i);
        else if (inserts.get(i + 1) === "|") inserts.delete(i + 1);
      } else if (action.option_strings.length === 0) {
        let part = this._format_args(action, this._get_default_metavar_for_positional(action));
        if (groupActions.has(action) && part.startsWith("[") && part.endsWith("]")) part = part.slice(1, -1);
        parts.push(part);
      } else {
        const option = action.option_strings[0]!;
        let part = action.nargs === 0 ? action.format_usage() : `${option} ${this._format_args(action, this._get_default_metavar_for_optional(action))}`;
        if (!action.required && !groupActions.has(action)) part = `[${part}]`;
        parts.push(part);
      }
    });
    for (const i of [...inserts.keys()].sort((a, b) => b - a)) parts.splice(i, 0, inserts.get(i)!);
    let text = parts.filter((p) => p !== null).join(" ");
    text = text.replace(/([[(]) /g, "$1");
    text = text.replace(/ ([\])])/g, "$1");
    text = text.replace(/[[(] *[\])]/g, "");
    text = text.replace(/\(([^|]*)\)/g, "$1");
    return text.trim();
  }

  _format_text(text: string): string {
    if (text.includes("%(prog)")) text = percentFormat(text, new Map([["prog", this._prog]]));
    const width = Math.max(this._width - this._current_indent, 11);
    const indent = pad(this._current_indent);
    return this._fill_text(text, width, indent) + "\n\n";
  }

  _format_action(action: Action): string {
    const helpPosition = Math.min(this._action_max_length + 2, this._max_help_position);
    const helpWidth = Math.max(this._width - helpPosition, 11);
    const actionWidth = helpPosition - this._current_indent - 2;
    let header = this._format_action_invocation(action);
    let indentFirst = 0;
    if (!action.help) header = `${pad(this._current_indent)}${header}\n`;
    else if (len(header) <= actionWidth) header = `${pad(this._current_indent)}${header}${pad(actionWidth - len(header))}  `;
    else {
      header = `${pad(this._current_indent)}${header}\n`;
      indentFirst = helpPosition;
    }
    const parts = [header];
    if (action.help && action.help.trim()) {
      const helpText = this._expand_help(action);
      if (helpText) {
        const lines = this._split_lines(helpText, helpWidth);
        parts.push(`${pad(indentFirst)}${lines[0] ?? ""}\n`);
        for (const line of lines.slice(1)) parts.push(`${pad(helpPosition)}${line}\n`);
      }
    } else if (!header.endsWith("\n")) parts.push("\n");
    for (const sub of this._indented_subactions(action)) parts.push(this._format_action(sub));
    return joinParts(parts);
  }

  _format_action_invocation(action: Action): string {
    if (action.option_strings.length === 0) {
      return this._metavar(action, this._get_default_metavar_for_positional(action), 1)[0]!;
    }
    if (action.nargs === 0) return action.option_strings.join(", ");
    const args = this._format_args(action, this._get_default_metavar_for_optional(action));
    return action.option_strings.map((o) => `${o} ${args}`).join(", ");
  }

  /** The metavar(s) for `size` slots; a tuple metavar must have exactly that many. */
  _metavar(action: Action, dflt: string, size: number): string[] {
    let result: unknown;
    if (action.metavar != null) result = action.metavar;
    else if (action.choices != null) result = `{${items(action.choices).map((c) => str(c)).join(",")}}`;
    else result = dflt;
    if (isTuple(result)) {
      const parts = result.map((x) => str(x));
      if (parts.length !== size) throw new globalThis.TypeError("length of metavar tuple does not match nargs");
      return parts;
    }
    return Array(size).fill(str(result));
  }

  _format_args(action: Action, dflt: string): string {
    const n = action.nargs;
    if (n == null) return this._metavar(action, dflt, 1)[0]!;
    if (n === OPTIONAL) return `[${this._metavar(action, dflt, 1)[0]}]`;
    if (n === ZERO_OR_MORE) {
      const m = isTuple(action.metavar) && action.metavar.length === 2 ? this._metavar(action, dflt, 2) : this._metavar(action, dflt, 1);
      return m.length === 2 ? `[${m[0]} [${m[1]} ...]]` : `[${m[0]} ...]`;
    }
    if (n === ONE_OR_MORE) {
      const m = this._metavar(action, dflt, 2);
      return `${m[0]} [${m[1]} ...]`;
    }
    if (n === REMAINDER) return "...";
    if (n === PARSER) return `${this._metavar(action, dflt, 1)[0]} ...`;
    if (n === SUPPRESS) return "";
    if (typeof n !== "number") throw new globalThis.TypeError("invalid nargs value");
    return this._metavar(action, dflt, n).join(" ");
  }

  _expand_help(action: Action): string {
    const params = new Map<string, unknown>(Object.entries(action).filter(([k]) => k !== "container"));
    params.set("prog", this._prog);
    for (const [k, v] of [...params]) {
      if (v === SUPPRESS) params.delete(k);
      else if (typeof v === "function" || (v !== null && typeof v === "object" && hasattr(v, "__name__"))) params.set(k, getattr(v, "__name__"));
    }
    const choices = params.get("choices");
    if (choices != null) params.set("choices", items(choices).map((c) => str(c)).join(", "));
    return percentFormat(this._get_help_string(action), params);
  }

  *_indented_subactions(action: Action): Generator<Action> {
    const get = (action as { _get_subactions?: () => Action[] })._get_subactions;
    if (typeof get !== "function") return;
    this._indent();
    yield* get.call(action);
    this._dedent();
  }

  _split_lines(text: string, width: number): string[] {
    return wrap(text.replace(/[ \t\n\r\f\v]+/g, " ").trim(), width);
  }

  _fill_text(text: string, width: number, indent: string): string {
    return fill(text.replace(/[ \t\n\r\f\v]+/g, " ").trim(), width, indent, indent);
  }

  _get_help_string(action: Action): string {
    return action.help ?? "";
  }

  _get_default_metavar_for_optional(action: Action): string {
    return action.dest.toUpperCase();
  }

  _get_default_metavar_for_positional(action: Action): string {
    return action.dest;
  }
}

/** Keeps the description's and epilog's own line breaks. */
export class RawDescriptionHelpFormatter extends HelpFormatter {
  override _fill_text(text: string, _width: number, indent: string): string {
    return (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map((line) => indent + line).join("");
  }
}

/** Keeps every help text's own line breaks too. */
export class RawTextHelpFormatter extends RawDescriptionHelpFormatter {
  override _split_lines(text: string): string[] {
    return text.split(/\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/).filter((_, i, all) => i < all.length - 1 || all[i] !== "");
  }
}

/** Adds " (default: ...)" to each option's help. */
export class ArgumentDefaultsHelpFormatter extends HelpFormatter {
  override _get_help_string(action: Action): string {
    let help = action.help ?? "";
    if (!help.includes("%(default)") && action.default !== SUPPRESS) {
      if (action.option_strings.length > 0 || action.nargs === OPTIONAL || action.nargs === ZERO_OR_MORE) help += " (default: %(default)s)";
    }
    return help;
  }
}

/** Names each argument's value by its type (`int`) rather than its dest. */
export class MetavarTypeHelpFormatter extends HelpFormatter {
  override _get_default_metavar_for_optional(action: Action): string {
    return String(getattr(action.type, "__name__"));
  }

  override _get_default_metavar_for_positional(action: Action): string {
    return String(getattr(action.type, "__name__"));
  }
}
