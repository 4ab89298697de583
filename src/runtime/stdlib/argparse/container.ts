/**
 * What parsers and argument groups share: `add_argument` (turning flags and
 * keywords into an Action), defaults, conflict handling, and the two kinds
 * of group. A group shares its parser's action lists, as in CPython.
 */
import { TypeError, ValueError } from "../../exceptions.js";
import { callable, repr } from "../../repr.js";
import { isClassConstructor, takeKwargs } from "../../kwargs.js";
import { callKw } from "../../calls.js";
import { ACTIONS, type Action, ArgumentError, OPTIONAL, ZERO_OR_MORE } from "./actions.js";

export interface ContainerOptions {
  description?: string | null;
  prefix_chars?: string;
  argument_default?: unknown;
  conflict_handler?: string;
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/** Calls a Python callable that may be a class (`new`) or a function. */
export function construct(kind: any, ...args: unknown[]): any {
  if (typeof kind !== "function" && typeof kind?.__call__ === "function") return kind.__call__(...args);
  return isClassConstructor(kind) ? new kind(...args) : kind(...args);
}

/** CPython's _ActionsContainer. */
export class ActionsContainer {
  description: string | null;
  prefix_chars: string;
  argument_default: unknown;
  conflict_handler: string;
  _registries: Map<string, Map<unknown, unknown>>;
  _actions: Action[];
  _option_string_actions: Map<string, Action>;
  _action_groups: ArgumentGroup[];
  _mutually_exclusive_groups: MutuallyExclusiveGroup[];
  _defaults: Map<string, unknown>;
  _has_negative_number_optionals: boolean[];

  constructor(o: ContainerOptions) {
    this.description = o.description ?? null;
    this.prefix_chars = o.prefix_chars ?? "-";
    this.argument_default = o.argument_default ?? null;
    this.conflict_handler = o.conflict_handler ?? "error";
    this._registries = new Map([["action", new Map<unknown, unknown>(Object.entries(ACTIONS))]]);
    this._registries.get("action")!.set(null, ACTIONS.store);
    this._get_handler();
    this._actions = [];
    this._option_string_actions = new Map();
    this._action_groups = [];
    this._mutually_exclusive_groups = [];
    this._defaults = new Map();
    this._has_negative_number_optionals = [];
  }

  register(registryName: string, value: unknown, object: unknown): void {
    if (!this._registries.has(registryName)) this._registries.set(registryName, new Map());
    this._registries.get(registryName)!.set(value, object);
  }

  _registry_get(registryName: string, value: unknown, dflt: unknown = null): unknown {
    const reg = this._registries.get(registryName);
    return reg && reg.has(value ?? null) ? reg.get(value ?? null) : dflt;
  }

  set_defaults(...args: any[]): void {
    const kw = takeKwargs(args);
    for (const [k, v] of kw) this._defaults.set(k, v);
    for (const action of this._actions) if (kw.has(action.dest)) action.default = kw.get(action.dest);
  }

  get_default(dest: string): unknown {
    for (const action of this._actions) if (action.dest === dest && action.default != null) return action.default;
    return this._defaults.get(dest) ?? null;
  }

  add_argument(...args: any[]): Action {
    const kwargs = Object.fromEntries(takeKwargs(args)) as Record<string, any>;
    const chars = this.prefix_chars;
    let kw: Record<string, any>;
    if (args.length === 0 || (args.length === 1 && !chars.includes(String(args[0])[0] ?? ""))) {
      if (args.length > 0 && "dest" in kwargs) throw new ValueError("dest supplied twice for positional argument");
      kw = this._get_positional_kwargs(args[0], kwargs);
    } else kw = this._get_optional_kwargs(args, kwargs);
    if (!("default" in kw)) {
      if (this._defaults.has(kw.dest)) kw.default = this._defaults.get(kw.dest);
      else if (this.argument_default != null) kw.default = this.argument_default;
    }
    const actionClass = this._registry_get("action", kw.action ?? null, kw.action);
    delete kw.action;
    if (!callable(actionClass)) throw new ValueError(`unknown action "${String(actionClass)}"`);
    const action = callKw(actionClass, [], Object.entries(kw)) as Action;
    const typeFunc = this._registry_get("type", action.type, action.type);
    if (!callable(typeFunc)) throw new ValueError(`${repr(typeFunc)} is not callable`);
    const formatterOf = (this as { _get_formatter?: () => { _format_args(a: Action, d: null): string } })._get_formatter;
    if (typeof formatterOf === "function") {
      try {
        formatterOf.call(this)._format_args(action, null);
      } catch (e) {
        if (e instanceof globalThis.TypeError && e.message === "invalid nargs value") throw new ValueError("invalid nargs value");
        if (e instanceof globalThis.TypeError) throw new ValueError("length of metavar tuple does not match nargs");
        throw e;
      }
    }
    return this._add_action(action);
  }

  add_argument_group(title?: string | null, description?: string | null, ...rest: any[]): ArgumentGroup {
    const kw = Object.fromEntries(takeKwargs(rest));
    const group = new ArgumentGroup(this, title ?? (kw.title as string) ?? null, description ?? (kw.description as string) ?? null, kw);
    this._action_groups.push(group);
    return group;
  }

  add_mutually_exclusive_group(...args: any[]): MutuallyExclusiveGroup {
    const kw = Object.fromEntries(takeKwargs(args));
    const group = new MutuallyExclusiveGroup(this, Boolean(args[0] ?? kw.required ?? false));
    this._mutually_exclusive_groups.push(group);
    return group;
  }

  _add_action(action: Action): Action {
    this._check_conflict(action);
    this._actions.push(action);
    action.container = this;
    for (const s of action.option_strings) this._option_string_actions.set(s, action);
    for (const s of action.option_strings) {
      if (NEGATIVE_NUMBER.test(s) && this._has_negative_number_optionals.length === 0) this._has_negative_number_optionals.push(true);
    }
    return action;
  }

  _remove_action(action: Action): void {
    const i = this._actions.indexOf(action);
    if (i >= 0) this._actions.splice(i, 1);
  }

  _add_container_actions(container: ActionsContainer): void {
    const titleGroups = new Map<string | null, ActionsContainer>();
    for (const group of this._action_groups) {
      if (titleGroups.has(group.title)) throw new ValueError(`cannot merge actions - two groups are named ${repr(group.title)}`);
      titleGroups.set(group.title, group);
    }
    const groupMap = new Map<Action, ActionsContainer>();
    for (const group of container._action_groups) {
      if (!titleGroups.has(group.title)) titleGroups.set(group.title, this.add_argument_group(group.title, group.description, { conflict_handler: group.conflict_handler }));
      for (const action of group._group_actions) groupMap.set(action, titleGroups.get(group.title)!);
    }
    for (const group of container._mutually_exclusive_groups) {
      const mutex = this.add_mutually_exclusive_group(group.required);
      for (const action of group._group_actions) groupMap.set(action, mutex);
    }
    for (const action of container._actions) (groupMap.get(action) ?? this)._add_action(action);
  }

  _get_positional_kwargs(dest: string, kwargs: Record<string, any>): Record<string, any> {
    if ("required" in kwargs) throw new TypeError("'required' is an invalid argument for positionals");
    const kw = { ...kwargs };
    if (kw.nargs !== OPTIONAL && kw.nargs !== ZERO_OR_MORE) kw.required = true;
    if (kw.nargs === ZERO_OR_MORE && !("default" in kw)) kw.required = true;
    return { ...kw, dest, option_strings: [] };
  }

  _get_optional_kwargs(args: string[], kwargs: Record<string, any>): Record<string, any> {
    const optionStrings: string[] = [];
    const longOptions: string[] = [];
    for (const s of args) {
      if (!this.prefix_chars.includes(s[0] ?? "\0")) throw new ValueError(`invalid option string ${repr(s)}: must start with a character ${repr(this.prefix_chars)}`);
      optionStrings.push(s);
      if (s.length > 1 && this.prefix_chars.includes(s[1]!)) longOptions.push(s);
    }
    const kw = { ...kwargs };
    let dest = kw.dest as string | null | undefined;
    delete kw.dest;
    if (dest == null) {
      const first = longOptions[0] ?? optionStrings[0]!;
      let i = 0;
      while (i < first.length && this.prefix_chars.includes(first[i]!)) i++;
      dest = first.slice(i);
      if (!dest) throw new ValueError(`dest= is required for options like ${repr(args[args.length - 1])}`);
      dest = dest.replace(/-/g, "_");
    }
    return { ...kw, dest, option_strings: optionStrings };
  }

  _get_handler(): (action: Action, conflicts: [string, Action][]) => void {
    if (this.conflict_handler === "error") return (action, conflicts) => this._handle_conflict_error(action, conflicts);
    if (this.conflict_handler === "resolve") return (action, conflicts) => this._handle_conflict_resolve(action, conflicts);
    throw new ValueError(`invalid conflict_resolution value: ${repr(this.conflict_handler)}`);
  }

  _check_conflict(action: Action): void {
    const conflicts: [string, Action][] = [];
    for (const s of action.option_strings) {
      const other = this._option_string_actions.get(s);
      if (other) conflicts.push([s, other]);
    }
    if (conflicts.length > 0) this._get_handler()(action, conflicts);
  }

  _handle_conflict_error(action: Action, conflicts: [string, Action][]): void {
    const word = conflicts.length === 1 ? "conflicting option string" : "conflicting option strings";
    throw new ArgumentError(action, `${word}: ${conflicts.map(([s]) => s).join(", ")}`);
  }

  _handle_conflict_resolve(_action: Action, conflicts: [string, Action][]): void {
    for (const [s, action] of conflicts) {
      action.option_strings.splice(action.option_strings.indexOf(s), 1);
      this._option_string_actions.delete(s);
      if (action.option_strings.length === 0) (action.container as ActionsContainer)._remove_action(action);
    }
  }
}

/** `add_argument_group()`: a titled section of the help; parsing ignores it. */
export class ArgumentGroup extends ActionsContainer {
  title: string | null;
  _group_actions: Action[] = [];

  constructor(container: ActionsContainer, title: string | null = null, description: string | null = null, kw: ContainerOptions = {}) {
    super({
      description,
      conflict_handler: kw.conflict_handler ?? container.conflict_handler,
      prefix_chars: kw.prefix_chars ?? container.prefix_chars,
      argument_default: kw.argument_default ?? container.argument_default,
    });
    this.title = title;
    this._registries = container._registries;
    this._actions = container._actions;
    this._option_string_actions = container._option_string_actions;
    this._defaults = container._defaults;
    this._has_negative_number_optionals = container._has_negative_number_optionals;
    this._mutually_exclusive_groups = container._mutually_exclusive_groups;
  }

  override _add_action(action: Action): Action {
    super._add_action(action);
    this._group_actions.push(action);
    return action;
  }

  override _remove_action(action: Action): void {
    super._remove_action(action);
    this._group_actions.splice(this._group_actions.indexOf(action), 1);
  }
}

/** `add_mutually_exclusive_group(required=)`: at most one of its options (exactly one when required). */
export class MutuallyExclusiveGroup extends ArgumentGroup {
  required: boolean;
  _container: ActionsContainer;

  constructor(container: ActionsContainer, required = false) {
    super(container);
    this.required = required;
    this._container = container;
  }

  override _add_action(action: Action): Action {
    if (action.required) throw new ValueError("mutually exclusive arguments must be optional");
    this._container._add_action(action);
    this._group_actions.push(action);
    return action;
  }

  override _remove_action(action: Action): void {
    this._container._remove_action(action);
    this._group_actions.splice(this._group_actions.indexOf(action), 1);
  }
}
