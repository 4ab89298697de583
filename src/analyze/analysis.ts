/**
 * The analysis pass: builds every scope of a module and records what later
 * stages ask about functions and classes (async or generator, parameters for
 * keyword calls, dataclass fields, annotated types).
 */
import type { SyntaxNode } from "../parse/parser.js";
import { annotationType, isTypeExpression, type TypeNames } from "./annotations.js";
import { buildScope, paramIdentifier, type Scope } from "./scopes.js";
import { ANY, NUMBER, type PyType } from "./types.js";
import { floatReturn } from "./floats.js";
import { analyzeThreads, handedToThreadRunner, type ThreadAnalysis } from "./threads.js";
import { analyzeThreadHazards, type ThreadHazards } from "./thread-hazards.js";
import { inferTypes } from "./call-site-types.js";

export interface ParamInfo {
  name: string;
  kind: "positional" | "vararg" | "kwonly" | "kwargs";
  defaultNode: SyntaxNode | null;
  type: PyType;
  annotated: boolean;
  /** Before a `/`: positional-only, never bound by keyword. */
  posOnly?: boolean;
}

export interface FunctionInfo {
  name: string;
  node: SyntaxNode;
  isAsync: boolean;
  isGenerator: boolean;
  params: ParamInfo[];
  returnType: PyType;
  returnAnnotated: boolean;
  decorators: SyntaxNode[];
  scope: Scope;
  /** Set for methods: the class they belong to. */
  owner?: ClassInfo;
  /**
   * A regular function that runs an event loop (`asyncio.run`,
   * `run_until_complete`), directly or through another such function. It
   * blocks in Python; in TypeScript it must be async and awaited.
   */
  runsLoop: boolean;
}

export interface FieldInfo {
  name: string;
  type: PyType;
  annotation: SyntaxNode | null;
  value: SyntaxNode | null;
}

export interface ClassInfo {
  name: string;
  node: SyntaxNode;
  bases: SyntaxNode[];
  decorators: SyntaxNode[];
  methods: Map<string, FunctionInfo>;
  isDataclass: boolean;
  fields: FieldInfo[];
  scope: Scope;
}

export interface Analysis {
  module: Scope;
  /** Functions and classes by the start offset of their definition node. */
  functions: Map<number, FunctionInfo>;
  classes: Map<number, ClassInfo>;
  /** Class names defined anywhere in the module, for annotations. */
  classNames: TypeNames;
  /** Scopes by the start offset of their node. */
  scopes: Map<number, Scope>;
  /** Calls (by start offset) that run an event loop, directly or through a function that does: awaited in the output. */
  blockingCalls: Set<number>;
  /** The threads model's findings when the module uses threads (threads.ts), else null. */
  threads: ThreadAnalysis | null;
  /** References (start offsets) to a function coloured async that escape to code calling it as a regular function. */
  colourEscapes: Set<number>;
  /** What the threads model cannot keep (thread-hazards.ts), when the module uses threads. */
  threadHazards?: ThreadHazards | null;
  /** Functions only ever called directly, with their unannotated parameters and call count (call-site-types.ts). */
  callOnly?: Map<FunctionInfo, { params: ParamInfo[]; calls: number }>;
}

/**
 * `importedClasses`: names the module imports that are classes of other modules (known in a project).
 * `exported`: other modules may call this module's functions (a project), so their calls here are not all of them.
 */
export function analyze(root: SyntaxNode, importedClasses: Iterable<string> = [], exported = true): Analysis {
  const classNames: TypeNames = new Map();
  for (const name of importedClasses) classNames.set(name, "class");
  collectClassNames(root, classNames);
  collectTypeAliases(root, classNames);
  const analysis: Analysis = {
    module: buildScope(root, "module", null),
    functions: new Map(),
    classes: new Map(),
    classNames,
    scopes: new Map(),
    blockingCalls: new Set(),
    threads: analyzeThreads(root),
    colourEscapes: new Set(),
  };
  // Not root.startIndex: a def at byte 0 of the file starts there too and would replace the module scope.
  analysis.scopes.set(-1, analysis.module);
  walkDefinitions(root, analysis.module, analysis, undefined);
  markRebinding(analysis);
  markLoopRunners(analysis);
  if (analysis.threads) markThreadColouring(root, analysis, analysis.threads);
  analysis.threadHazards = analyzeThreadHazards(root, analysis);
  inferTypes(analysis, exported);
  return analysis;
}

function callsIn(node: SyntaxNode, out: SyntaxNode[] = []): SyntaxNode[] {
  if (node.type === "function_definition" || node.type === "lambda" || node.type === "class_definition") return out;
  if (node.type === "call") out.push(node);
  for (const c of node.namedChildren) callsIn(c, out);
  return out;
}

const calleeText = (call: SyntaxNode): string => call.childForFieldName("function")!.text;
const runsLoopDirectly = (c: string): boolean => c === "asyncio.run" || c.endsWith(".run_until_complete");

function markLoopRunners(a: Analysis): void {
  const sync = [...a.functions.values()].filter((f) => !f.isAsync);
  const callNodes = new Map(sync.map((f) => [f, callsIn(f.node.childForFieldName("body")!)]));
  const calls = new Map(sync.map((f) => [f, callNodes.get(f)!.map(calleeText)]));
  // In the threads model a function that blocks a thread is coloured the same way (threads.ts).
  for (const f of sync) f.runsLoop = calls.get(f)!.some(runsLoopDirectly) || !!a.threads?.blockingDefs.has(f.node.startIndex);
  for (const c of a.threads?.calls ?? []) a.blockingCalls.add(c);
  // A method reached as `self.m` / `obj.m` counts when no other function of the program has its name.
  const names = new Map<string, number>();
  for (const f of a.functions.values()) names.set(f.name, (names.get(f.name) ?? 0) + 1);
  const callsRunner = (c: string, runners: Set<string>, methods: Set<string>): boolean => {
    if (runners.has(c)) return true;
    const m = /^[A-Za-z_]\w*\.(\w+)$/.exec(c);
    return m !== null && methods.has(m[1]!) && names.get(m[1]!) === 1;
  };
  for (let changed = true; changed; ) {
    changed = false;
    const runners = new Set(sync.filter((f) => f.runsLoop && !f.owner).map((f) => f.name));
    const methods = new Set(sync.filter((f) => f.runsLoop && f.owner).map((f) => f.name));
    for (const f of sync) {
      if (!f.runsLoop && calls.get(f)!.some((c) => callsRunner(c, runners, methods))) {
        f.runsLoop = true;
        changed = true;
      }
    }
  }
  const runners = new Set(sync.filter((f) => f.runsLoop && !f.owner).map((f) => f.name));
  const methods = new Set(sync.filter((f) => f.runsLoop && f.owner).map((f) => f.name));
  for (const f of sync) {
    for (const call of callNodes.get(f)!) {
      const c = calleeText(call);
      if (runsLoopDirectly(c) || callsRunner(c, runners, methods)) a.blockingCalls.add(call.startIndex);
    }
  }
}

/**
 * In the threads model: calls of coloured functions outside regular
 * functions (module level, lambdas, comprehensions) are awaited too, a
 * lambda making one becomes async, and a coloured function used as a value
 * anywhere but a thread runner (`Thread(target=f)`, `pool.submit(f)`) is an
 * escape: whoever calls it would get a promise.
 */
function markThreadColouring(root: SyntaxNode, a: Analysis, threads: ThreadAnalysis): void {
  const coloured = new Map<string, FunctionInfo>();
  const clash = new Set<string>();
  for (const f of a.functions.values()) {
    if (f.owner) continue;
    if (coloured.has(f.name) || clash.has(f.name)) {
      clash.add(f.name);
      coloured.delete(f.name);
    } else if (f.runsLoop) coloured.set(f.name, f);
  }
  // `worker = Thread(target=worker)`: a name bound to something else too may not be the function where it is read.
  const reboundNames = new Set([...a.scopes.values()].flatMap((sc) => [...sc.bindings.values()].filter((b) => [...b.kinds].some((k) => k !== "def")).map((b) => b.name)));
  const colouredMethods = new Set([...a.functions.values()].filter((f) => f.owner && f.runsLoop).map((f) => f.name));
  const methodNames = new Map<string, number>();
  for (const f of a.functions.values()) methodNames.set(f.name, (methodNames.get(f.name) ?? 0) + 1);
  const enclosing = (n: SyntaxNode): SyntaxNode | null => {
    for (let p = n.parent; p; p = p.parent) if (p.type === "function_definition" || p.type === "lambda") return p;
    return null;
  };
  const visit = (n: SyntaxNode): void => {
    if (n.type === "call") {
      const fn = n.childForFieldName("function")!;
      const method = fn.type === "attribute" ? fn.childForFieldName("attribute")!.text : null;
      // `lambda: acct.withdraw(30)` outside any def: the transform awaits a coloured method it resolves by type, so the lambda must be async.
      const callsColoured = (fn.type === "identifier" && coloured.has(fn.text)) || (method !== null && colouredMethods.has(method) && (a.blockingCalls.has(n.startIndex) || enclosing(n)?.type === "lambda"));
      if (callsColoured) {
        if (method === null || a.blockingCalls.has(n.startIndex) || methodNames.get(method) === 1) a.blockingCalls.add(n.startIndex);
        const d = enclosing(n);
        if (d?.type === "lambda") threads.lambdas.add(d.startIndex);
      }
    } else if (n.type === "identifier" && coloured.has(n.text) && !reboundNames.has(n.text)) {
      const parent = n.parent;
      const isCallee = parent?.type === "call" && parent.childForFieldName("function")?.startIndex === n.startIndex;
      const isDefName = parent?.type === "function_definition" && parent.childForFieldName("name")?.startIndex === n.startIndex;
      const isKeywordName = parent?.type === "keyword_argument" && parent.childForFieldName("name")?.startIndex === n.startIndex;
      const isImportOrDecl = parent?.type === "global_statement" || parent?.type === "nonlocal_statement";
      if (!isCallee && !isDefName && !isKeywordName && !isImportOrDecl && !handedToThreadRunner(n)) a.colourEscapes.add(n.startIndex);
    }
    for (const c of n.namedChildren) visit(c);
  };
  visit(root);
}

function collectClassNames(node: SyntaxNode, out: TypeNames): void {
  if (node.type === "class_definition") {
    const n = node.childForFieldName("name");
    if (n) out.set(n.text, "class");
  }
  for (const c of node.namedChildren) collectClassNames(c, out);
}

/** `Handler = Callable[[str], None]` at module level: a type alias. */
function collectTypeAliases(root: SyntaxNode, out: TypeNames): void {
  for (const stmt of root.namedChildren) {
    const a = stmt.type === "expression_statement" ? stmt.firstNamedChild : null;
    if (a?.type !== "assignment" || a.childForFieldName("type")) continue;
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    if (left?.type === "identifier" && right && isTypeExpression(right)) out.set(left.text, "alias");
  }
}

/** A `@x.register` decorator (functools.singledispatch/singledispatchmethod), bare or called. */
function isRegistration(d: SyntaxNode): boolean {
  const target = d.type === "call" ? d.childForFieldName("function") : d;
  return target?.type === "attribute" && target.childForFieldName("attribute")?.text === "register";
}

/**
 * `@neg.register def _(…)` twice: each overload must still be registered,
 * so one a later definition replaces is kept as a member of its own name.
 */
function keepRegisteredOverload(owner: ClassInfo, key: string): void {
  const earlier = owner.methods.get(key);
  if (!earlier || !earlier.decorators.some(isRegistration)) return;
  let n = 1;
  while (owner.methods.has(`${key}$${n}`)) n++;
  earlier.name = `${key}$${n}`;
  owner.methods.delete(key);
  owner.methods.set(earlier.name, earlier);
}

function walkDefinitions(node: SyntaxNode, scope: Scope, a: Analysis, owner: ClassInfo | undefined): void {
  for (const c of node.namedChildren) {
    if (c.type === "function_definition") {
      const inner = buildScope(c, "function", scope);
      scope.children.set(c.startIndex, inner);
      a.scopes.set(c.startIndex, inner);
      const info = functionInfo(c, inner, a.classNames);
      if (owner && scope.kind === "class") {
        info.owner = owner;
        // A property's setter shares the getter's name; keep both.
        const accessor = info.decorators.find((d) => /\.(setter|deleter)$/.test(d.text));
        const key = accessor ? `${info.name}.${accessor.text.split(".").pop()}` : info.name;
        if (!accessor) keepRegisteredOverload(owner, key);
        owner.methods.set(key, info);
      }
      a.functions.set(c.startIndex, info);
      walkDefinitions(c.childForFieldName("body")!, inner, a, undefined);
    } else if (c.type === "class_definition") {
      const inner = buildScope(c, "class", scope);
      scope.children.set(c.startIndex, inner);
      a.scopes.set(c.startIndex, inner);
      const info = classInfo(c, inner, a.classNames);
      a.classes.set(c.startIndex, info);
      walkDefinitions(c.childForFieldName("body")!, inner, a, info);
    } else if (c.type === "lambda") {
      const inner = buildScope(c, "function", scope);
      scope.children.set(c.startIndex, inner);
      a.scopes.set(c.startIndex, inner);
      walkDefinitions(c, inner, a, undefined);
    } else {
      walkDefinitions(c, scope, a, owner);
    }
  }
}

export function decoratorsOf(def: SyntaxNode): SyntaxNode[] {
  const parent = def.parent;
  if (parent?.type !== "decorated_definition") return [];
  return parent.namedChildren.filter((c) => c.type === "decorator").map((d) => d.namedChildren[0]!);
}

function functionInfo(node: SyntaxNode, scope: Scope, classNames: TypeNames): FunctionInfo {
  const returnNode = node.childForFieldName("return_type");
  return {
    name: node.childForFieldName("name")!.text,
    node,
    isAsync: node.children.some((c) => c.type === "async"),
    isGenerator: containsYield(node.childForFieldName("body")!),
    params: paramsOf(node, classNames),
    returnType: floatReturn(node, annotationType(returnNode, classNames)),
    returnAnnotated: returnNode !== null,
    decorators: decoratorsOf(node),
    scope,
    runsLoop: false,
  };
}

export function paramsOf(node: SyntaxNode, classNames: TypeNames): ParamInfo[] {
  const params = node.childForFieldName("parameters");
  const out: ParamInfo[] = [];
  let kwOnly = false;
  for (const p of params?.namedChildren ?? []) {
    if (p.type === "keyword_separator") {
      kwOnly = true;
      continue;
    }
    if (p.type === "positional_separator") {
      for (const q of out) if (q.kind === "positional") q.posOnly = true;
      continue;
    }
    const id = paramIdentifier(p);
    if (!id) continue;
    const typeNode = p.childForFieldName("type");
    const inner = p.type === "typed_parameter" ? p.namedChildren[0]! : p;
    let kind: ParamInfo["kind"] = kwOnly ? "kwonly" : "positional";
    if (inner.type === "list_splat_pattern") {
      kind = "vararg";
      kwOnly = true;
    } else if (inner.type === "dictionary_splat_pattern") kind = "kwargs";
    let type = typeNode ? annotationType(typeNode, classNames) : ANY;
    // A `float` parameter often receives an int (annotations do not convert): do not print it with `.0`.
    if (type.k === "float") type = NUMBER;
    out.push({
      name: id.text,
      kind,
      defaultNode: p.childForFieldName("value"),
      type,
      annotated: typeNode !== null,
    });
  }
  return out;
}

function containsYield(node: SyntaxNode): boolean {
  if (node.type === "yield") return true;
  if (node.type === "function_definition" || node.type === "lambda" || node.type === "class_definition") return false;
  return node.namedChildren.some(containsYield);
}

function classInfo(node: SyntaxNode, scope: Scope, classNames: TypeNames): ClassInfo {
  const decorators = decoratorsOf(node);
  const isDataclass = decorators.some((d) => /^(dataclasses\.)?dataclass\b/.test(d.text));
  const fields: FieldInfo[] = [];
  for (const stmt of node.childForFieldName("body")!.namedChildren) {
    const a = stmt.type === "expression_statement" ? stmt.firstNamedChild : null;
    if (a?.type !== "assignment") continue;
    const left = a.childForFieldName("left");
    const ann = a.childForFieldName("type");
    if (left?.type !== "identifier" || !ann) continue;
    if (/^(typing\.)?ClassVar\b/.test(ann.text)) continue;
    fields.push({ name: left.text, type: annotationType(ann, classNames), annotation: ann, value: a.childForFieldName("right") });
  }
  return {
    name: node.childForFieldName("name")!.text,
    node,
    bases: node.childForFieldName("superclasses")?.namedChildren ?? [],
    decorators,
    methods: new Map(),
    isDataclass,
    fields,
    scope,
  };
}

/** Names rebound from nested scopes (`global`/`nonlocal`) can never be `const`. */
function markRebinding(a: Analysis): void {
  for (const scope of a.scopes.values()) {
    for (const name of [...scope.globals, ...scope.nonlocals]) {
      if (!scope.bindings.has(name)) continue;
      let owner: Scope | null = scope.globals.has(name) ? a.module : scope.parent;
      while (owner && !(owner.bindings.has(name) && !owner.nonlocals.has(name))) owner = owner.parent;
      const b = owner?.bindings.get(name);
      if (b) b.kinds.add("rebound");
    }
  }
}
