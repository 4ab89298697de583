/**
 * Parameter types from call sites. An unannotated parameter of a function
 * whose every use in the module is a direct call, and that every call (and
 * its default) gives an int, a str or a bool, is typed so: the transforms
 * then emit the plain TypeScript form for it (`${n}`, `a + b`,
 * `s.toLowerCase()`), as they do for an annotated one.
 *
 * It must never be wrong, so it gives up (the parameter stays `any`) on the
 * least doubt: a function used as a value, decorated, defined twice, a
 * method, reachable from other modules (in a project), a call with `*args`
 * or `**kwargs`, a parameter the body rebinds, an argument whose type is not
 * evident from literals, `len`/`str`/`range` results, parameters typed so far
 * and variables bound only by such values.
 *
 * Recursive calls are handled by a fixed point that starts from "no
 * information" and only widens: `def f(n): ... f(n - 1)` with `f(5)` gives an
 * int `n`, because `n - 1` is an int whenever `n` is.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Analysis, FunctionInfo, ParamInfo } from "./analysis.js";
import { resolve, type Binding, type Scope } from "./scopes.js";
import { BOOL, INT, STR, type PyType } from "./types.js";
import { inferReturnTypes } from "./return-types.js";

/** A type, or undefined while nothing is known yet (the fixed point's start). */
type Maybe = PyType | undefined;
const WIDE: PyType = { k: "any" };
const SIMPLE = new Set(["int", "str", "bool"]);

function widen(a: Maybe, b: Maybe): Maybe {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a.k === b.k && SIMPLE.has(a.k) ? a : WIDE;
}

interface Candidate {
  fn: FunctionInfo;
  params: ParamInfo[];
  calls: { call: SyntaxNode; scope: Scope }[];
}

/**
 * Parameter types, then return types (which may use them), then both again
 * (calls whose arguments are results of typed functions).
 * `exported`: module-level functions may be called from other modules (a
 * project), so only nested ones get parameter types.
 */
export function inferTypes(a: Analysis, exported: boolean): void {
  const deleted = deletedNames(a.module.node);
  inferParamTypesFromCalls(a, exported);
  inferReturnTypes(a, new Typer(a, new Map(), new Map(), deleted));
  inferParamTypesFromCalls(a, exported);
  inferReturnTypes(a, new Typer(a, new Map(), new Map(), deleted));
  a.callOnly = callOnlyParams(a, exported);
}

/**
 * Functions whose every use in the module is a direct call without `*`/`**`
 * arguments (so the calls seen are all the calls), with their unannotated
 * parameters that the body never rebinds or deletes.
 */
function callOnlyCandidates(a: Analysis, exported: boolean): Map<string, Candidate> {
  const bindingCounts = new Map<string, number>();
  for (const s of a.scopes.values()) for (const name of s.bindings.keys()) bindingCounts.set(name, (bindingCounts.get(name) ?? 0) + 1);
  const deleted = deletedNames(a.module.node);
  const candidates = new Map<string, Candidate>();
  for (const fn of a.functions.values()) {
    if (fn.owner || fn.decorators.length > 0 || bindingCounts.get(fn.name) !== 1) continue;
    const defScope = fn.scope.parent;
    if (!defScope || defScope.kind === "class" || (exported && defScope.kind === "module")) continue;
    const b = defScope.bindings.get(fn.name);
    if (!b || b.kinds.size !== 1 || !b.kinds.has("def") || b.sites.length !== 1) continue;
    const params = fn.params.filter((p) => {
      if (p.annotated || (p.kind !== "positional" && p.kind !== "kwonly")) return false;
      const pb = fn.scope.bindings.get(p.name);
      return pb !== undefined && pb.kinds.size === 1 && pb.kinds.has("param") && !deleted.has(p.name);
    });
    if (params.length > 0) candidates.set(fn.name, { fn, params, calls: [] });
  }
  if (candidates.size > 0) collectCalls(a, candidates);
  return candidates;
}

/**
 * The parameters whose every argument the transform sees, by function, with
 * the number of calls: their TypeScript type can be the union of what the
 * calls pass (transform/assigned-types.ts).
 */
export function callOnlyParams(a: Analysis, exported: boolean): Map<FunctionInfo, { params: ParamInfo[]; calls: number }> {
  const out = new Map<FunctionInfo, { params: ParamInfo[]; calls: number }>();
  for (const c of callOnlyCandidates(a, exported).values()) {
    const params = c.params.filter((p) => !p.annotated);
    if (params.length > 0) out.set(c.fn, { params, calls: c.calls.length });
  }
  return out;
}

function inferParamTypesFromCalls(a: Analysis, exported: boolean): void {
  const deleted = deletedNames(a.module.node);
  const candidates = callOnlyCandidates(a, exported);
  if (candidates.size === 0) return;

  const assumed = new Map<ParamInfo, Maybe>();
  const typer = new Typer(a, assumed, candidates, deleted);
  for (let round = 0, changed = true; changed && round < 20; round++) {
    changed = false;
    for (const c of candidates.values()) {
      const next = argumentTypes(c, typer);
      if (!next) continue;
      for (const [p, t] of next) {
        if (assumed.has(p) && sameKind(assumed.get(p), t)) continue;
        assumed.set(p, t);
        changed = true;
      }
    }
    if (round === 19) return; // no fixed point: leave every parameter wide
  }
  for (const [p, t] of assumed) {
    if (t && SIMPLE.has(t.k)) {
      p.type = t;
      p.annotated = true;
    }
  }
}

const sameKind = (a: Maybe, b: Maybe): boolean => (a === undefined ? b === undefined : b !== undefined && a.k === b.k);

/** Every use of each candidate's name; a use that is not a direct call removes the candidate. */
function collectCalls(a: Analysis, candidates: Map<string, Candidate>): boolean {
  const walk = (node: SyntaxNode, scope: Scope): void => {
    if (node.type === "identifier") {
      const c = candidates.get(node.text);
      if (!c || isAttributeName(node)) return;
      const p = node.parent;
      if (p?.type === "function_definition" && p.startIndex === c.fn.node.startIndex && p.childForFieldName("name")?.startIndex === node.startIndex) return;
      if (p?.type === "call" && p.childForFieldName("function")?.startIndex === node.startIndex) {
        const args = p.childForFieldName("arguments");
        if (args?.type !== "argument_list" || args.namedChildren.some((x) => x.type === "list_splat" || x.type === "dictionary_splat" || x.type === "parenthesized_list_splat")) candidates.delete(node.text);
        else c.calls.push({ call: p, scope });
        return;
      }
      candidates.delete(node.text);
      return;
    }
    // A def's or lambda's body runs in its own scope; its name, defaults and decorators in the enclosing one.
    const own = node.type === "function_definition" || node.type === "lambda" || node.type === "class_definition" ? a.scopes.get(node.startIndex) : undefined;
    const body = own ? node.childForFieldName("body") : null;
    for (const ch of node.children) walk(ch, own && body && ch.startIndex === body.startIndex && ch.type === body.type ? own : scope);
  };
  walk(a.module.node, a.module);
  return candidates.size > 0;
}

function isAttributeName(id: SyntaxNode): boolean {
  const p = id.parent;
  return (p?.type === "attribute" && p.childForFieldName("attribute")?.startIndex === id.startIndex) || (p?.type === "keyword_argument" && p.childForFieldName("name")?.startIndex === id.startIndex);
}

/** The type each parameter gets over all calls of the function, or null when a call cannot be matched to the signature. */
function argumentTypes(c: Candidate, typer: Typer): Map<ParamInfo, Maybe> | null {
  const out = new Map<ParamInfo, Maybe>();
  const positional = c.fn.params.filter((p) => p.kind === "positional");
  const defaultScope = c.fn.scope.parent!;
  for (const { call, scope } of c.calls) {
    const args = call.childForFieldName("arguments")!.namedChildren.filter((x) => x.type !== "comment");
    const given = new Map<ParamInfo, SyntaxNode>();
    let i = 0;
    for (const arg of args) {
      if (arg.type === "keyword_argument") {
        const name = arg.childForFieldName("name")?.text;
        const p = c.fn.params.find((q) => q.name === name && q.kind !== "vararg" && q.kind !== "kwargs" && !q.posOnly);
        if (p) given.set(p, arg.childForFieldName("value")!);
      } else {
        const p = positional[i++];
        if (p) given.set(p, arg);
      }
    }
    for (const p of c.params) {
      const node = given.get(p);
      let t: Maybe;
      if (node) t = typer.type(node, scope);
      else if (p.defaultNode) t = typer.type(p.defaultNode, defaultScope);
      else return null; // a missing argument: the call raises TypeError, typed or not
      out.set(p, out.has(p) ? widen(out.get(p), t) : t);
    }
  }
  // A parameter no call reaches keeps no information: it stays wide.
  for (const p of c.params) if (!out.has(p)) out.set(p, WIDE);
  return out;
}

const STR_METHODS: Record<string, PyType> = {
  ...Object.fromEntries(["upper", "lower", "strip", "lstrip", "rstrip", "title", "capitalize", "casefold", "swapcase", "center", "ljust", "rjust", "zfill", "replace", "join", "format", "removeprefix", "removesuffix", "expandtabs"].map((m) => [m, STR])),
  ...Object.fromEntries(["count", "find", "rfind", "index", "rindex"].map((m) => [m, INT])),
  ...Object.fromEntries(["startswith", "endswith", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "isidentifier", "isnumeric", "isdecimal", "istitle", "isascii", "isprintable"].map((m) => [m, BOOL])),
};

const COMPREHENSIONS = new Set(["list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

/** Types of argument expressions, from literals, a few builtins and names bound only by such values. */
export class Typer {
  /** Return types assumed for functions while their returns are inferred (return-types.ts). */
  readonly returns = new Map<FunctionInfo, Maybe>();
  private readonly visiting = new Set<Binding>();
  /** A variable's type assumed while its own assignments are checked against it. */
  private readonly assumedVars = new Map<Binding, Maybe>();

  constructor(
    private readonly a: Analysis,
    private readonly assumed: Map<ParamInfo, Maybe>,
    private readonly candidates: Map<string, Candidate>,
    private readonly deleted: Set<string>,
  ) {}

  type(node: SyntaxNode, scope: Scope): Maybe {
    switch (node.type) {
      case "integer": {
        const text = node.text.replace(/_/g, "");
        return /[jJ]$/.test(text) || !Number.isSafeInteger(Number(text)) ? WIDE : INT;
      }
      case "string":
      case "concatenated_string": {
        const strings = node.type === "string" ? [node] : node.namedChildren.filter((c) => c.type === "string");
        return strings.every((s) => !/^[A-Za-z]*[bB]/.test(s.text)) ? STR : WIDE;
      }
      case "true":
      case "false":
        return BOOL;
      case "parenthesized_expression":
        return node.namedChildCount === 1 ? this.type(node.namedChildren[0]!, scope) : WIDE;
      case "not_operator":
      case "comparison_operator":
        return BOOL;
      case "unary_operator": {
        const op = node.childForFieldName("operator")?.type;
        const t = this.type(node.childForFieldName("argument")!, scope);
        if (t === undefined) return undefined;
        return (op === "-" || op === "+" || op === "~") && t.k === "int" ? INT : WIDE;
      }
      case "binary_operator":
        return this.binary(node, scope);
      case "boolean_operator":
        return widen(this.type(node.childForFieldName("left")!, scope), this.type(node.childForFieldName("right")!, scope));
      case "conditional_expression": {
        const [yes, , no] = node.namedChildren;
        return yes && no ? widen(this.type(yes, scope), this.type(no, scope)) : WIDE;
      }
      case "call":
        return this.call(node, scope);
      case "await": {
        const inner = node.namedChildren[0];
        return inner?.type === "call" ? this.userCall(inner, scope, true) : WIDE;
      }
      case "identifier":
        return this.name(node, scope);
      default:
        return WIDE;
    }
  }

  private binary(node: SyntaxNode, scope: Scope): Maybe {
    const op = node.childForFieldName("operator")!.type;
    const l = this.type(node.childForFieldName("left")!, scope);
    const r = this.type(node.childForFieldName("right")!, scope);
    if (l === undefined || r === undefined) return l?.k === "any" || r?.k === "any" ? WIDE : undefined;
    if (l.k === "int" && r.k === "int" && ["+", "-", "*", "//", "%"].includes(op)) return INT;
    if (l.k === "str" && r.k === "str" && op === "+") return STR;
    if (l.k === "str" && r.k === "int" && op === "*") return STR;
    return WIDE;
  }

  private builtin(name: string, scope: Scope): boolean {
    return resolve(scope, name) === null && ![...this.a.scopes.values()].some((s) => s.bindings.has(name));
  }

  private call(node: SyntaxNode, scope: Scope): Maybe {
    const callee = node.childForFieldName("function")!;
    if (callee.type === "attribute") return this.strMethod(callee, scope);
    if (callee.type !== "identifier") return WIDE;
    if (!this.builtin(callee.text, scope)) return this.userCall(node, scope, false);
    const results: Record<string, PyType> = { len: INT, str: STR, repr: STR, chr: STR, ord: INT, isinstance: BOOL, callable: BOOL, hasattr: BOOL };
    return results[callee.text] ?? WIDE;
  }

  /** `s.upper()` and the like on a str: what str's method returns. */
  private strMethod(callee: SyntaxNode, scope: Scope): Maybe {
    const method = callee.childForFieldName("attribute")!.text;
    const result = STR_METHODS[method];
    if (!result) return WIDE;
    const recv = this.type(callee.childForFieldName("object")!, scope);
    return recv === undefined ? undefined : recv.k === "str" ? result : WIDE;
  }

  /** A call of a plain function of the module (awaited when async): its declared or assumed return type. */
  private userCall(node: SyntaxNode, scope: Scope, awaited: boolean): Maybe {
    const callee = node.childForFieldName("function")!;
    if (callee.type !== "identifier") return WIDE;
    const owner = resolve(scope, callee.text);
    const b = owner?.bindings.get(callee.text);
    if (!b || b.kinds.size !== 1 || !b.kinds.has("def") || b.sites.length !== 1) return WIDE;
    const fn = this.a.functions.get(b.sites[0]!.parent!.startIndex);
    if (!fn || fn.owner || fn.isGenerator || fn.decorators.length > 0 || fn.runsLoop || fn.isAsync !== awaited) return WIDE;
    if (this.returns.has(fn)) return this.returns.get(fn);
    return fn.returnAnnotated && SIMPLE.has(fn.returnType.k) ? fn.returnType : WIDE;
  }

  private name(id: SyntaxNode, scope: Scope): Maybe {
    if (this.deleted.has(id.text)) return WIDE;
    const comprehension = this.comprehensionBinding(id);
    if (comprehension) return this.loopTarget(comprehension, id, scope);
    const owner = resolve(scope, id.text);
    const b = owner?.bindings.get(id.text);
    if (b && this.assumedVars.has(b)) return this.assumedVars.get(b);
    if (!owner || !b || this.visiting.has(b)) return b && this.visiting.has(b) ? undefined : WIDE;
    if (b.kinds.size !== 1) return WIDE;
    const kind = [...b.kinds][0]!;
    this.visiting.add(b);
    try {
      if (kind === "param") return this.param(owner, id.text);
      if (kind === "assign") return this.assigned(b, owner);
      if (kind === "for" && b.sites.length === 1) {
        const loop = b.sites[0]!.parent;
        if (loop?.type === "for_statement" && loop.childForFieldName("left")?.startIndex === b.sites[0]!.startIndex) return this.rangeLoop(loop.childForFieldName("right")!, owner);
      }
      return WIDE;
    } finally {
      this.visiting.delete(b);
    }
  }

  private param(owner: Scope, name: string): Maybe {
    const fn = this.a.functions.get(owner.node.startIndex);
    const p = fn?.params.find((q) => q.name === name);
    if (!fn || !p || p.kind === "vararg" || p.kind === "kwargs") return WIDE;
    if (p.annotated) return SIMPLE.has(p.type.k) ? p.type : WIDE;
    const c = this.candidates.get(fn.name);
    if (c?.fn === fn && c.params.includes(p)) return this.assumed.get(p);
    return WIDE;
  }

  /**
   * A name bound only by `x = value` and `x op= value`: the join of what
   * every site stores. A site that reads the variable itself (`x = x * k`) is
   * first passed over, then checked against the result.
   */
  private assigned(b: Binding, owner: Scope): Maybe {
    const first = this.joinSites(b, owner);
    if (first === undefined || first.k === "any") return first;
    this.assumedVars.set(b, first);
    try {
      return sameKind(this.joinSites(b, owner), first) ? first : WIDE;
    } finally {
      this.assumedVars.delete(b);
    }
  }

  private joinSites(b: Binding, owner: Scope): Maybe {
    let t: Maybe;
    for (const site of b.sites) {
      const p = site.parent;
      if (!p || p.childForFieldName("left")?.startIndex !== site.startIndex || p.childForFieldName("left")?.type !== "identifier") return WIDE;
      const right = p.childForFieldName("right");
      if (!right || p.childForFieldName("type")) return WIDE;
      let site_t: Maybe;
      if (p.type === "assignment") site_t = right.type === "assignment" ? WIDE : this.type(right, owner);
      else if (p.type === "augmented_assignment") {
        const op = p.childForFieldName("operator")!.text.slice(0, -1);
        const r = this.type(right, owner);
        if (r === undefined) site_t = undefined;
        else if (r.k === "int" && ["+", "-", "*", "//", "%"].includes(op)) site_t = INT;
        else if (r.k === "str" && op === "+") site_t = STR;
        else site_t = WIDE;
      } else return WIDE;
      t = widen(t, site_t);
      if (t?.k === "any") return WIDE;
    }
    return t;
  }

  /** `for i in range(...)` with int bounds: i is an int. */
  private rangeLoop(iter: SyntaxNode, scope: Scope): Maybe {
    if (iter.type !== "call") return WIDE;
    const callee = iter.childForFieldName("function")!;
    if (callee.text !== "range" || !this.builtin("range", scope)) return WIDE;
    const args = iter.childForFieldName("arguments")?.namedChildren ?? [];
    if (args.length === 0 || args.length > 3 || args.some((x) => x.type === "keyword_argument" || x.type === "list_splat")) return WIDE;
    const types = args.map((arg) => this.type(arg, scope));
    if (types.some((t) => t !== undefined && t.k !== "int")) return WIDE;
    return types.some((t) => t === undefined) ? undefined : INT;
  }

  /** The `for … in` clause of an enclosing comprehension that binds `id`, if any. */
  private comprehensionBinding(id: SyntaxNode): SyntaxNode | null {
    for (let n: SyntaxNode | null = id.parent; n; n = n.parent) {
      if (n.type === "function_definition" || n.type === "lambda" || n.type === "class_definition") return null;
      if (!COMPREHENSIONS.has(n.type)) continue;
      for (const clause of n.namedChildren) {
        if (clause.type !== "for_in_clause") continue;
        const left = clause.childForFieldName("left");
        if (left && identifiers(left).some((x) => x.text === id.text)) return clause;
      }
    }
    return null;
  }

  private loopTarget(clause: SyntaxNode, id: SyntaxNode, scope: Scope): Maybe {
    const left = clause.childForFieldName("left")!;
    if (left.type !== "identifier" || left.text !== id.text) return WIDE;
    return this.rangeLoop(clause.childForFieldName("right")!, scope);
  }
}

function identifiers(node: SyntaxNode): SyntaxNode[] {
  if (node.type === "identifier") return [node];
  return node.namedChildren.flatMap(identifiers);
}

function deletedNames(root: SyntaxNode): Set<string> {
  const out = new Set<string>();
  const walk = (n: SyntaxNode): void => {
    if (n.type === "delete_statement") for (const id of identifiers(n)) out.add(id.text);
    for (const c of n.namedChildren) walk(c);
  };
  walk(root);
  return out;
}
