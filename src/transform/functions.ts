/**
 * `def`, `async def`, generators, lambdas and decorators. Parameters keep
 * their Python order except that keyword-only ones move before `*args`
 * (see arguments.ts), so keyword calls bound by signature land correctly.
 */
import { generatorAnnotation, noteYieldType, paramSlot } from "./assigned-types.js";
import { keepAnnotations } from "./annotations.js";
import { runtimeDoc } from "./runtime-docs.js";
import type { FunctionInfo, ParamInfo } from "../analyze/analysis.js";
import { ANY, NONE, join, tsType, type PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import { signatureCode, tsParamOrder } from "./arguments.js";
import { bodyWithDeclarations } from "./bodies.js";
import type { Context, Expr } from "./context.js";
import { elementType, expr, registerExpressions } from "./expressions.js";
import { safeName } from "./names.js";
import { hoistedDefaults, isConstantDefault } from "./defaults.js";
import { iterable } from "./targets.js";
import { functionSignature, lambdaWithSignature, qualName } from "./signatures.js";
import { DETAILS_CLOSE, DETAILS_OPEN, signatureDetails, wantsIntrospection } from "./signature-details.js";
import { lambdaQualname } from "./worker-modules.js";
import { docstringOf, jsDoc, registerStatements, statement } from "./statements.js";

/** Where a default evaluated once, at definition time, is kept: its name, given its code. */
export type DefaultHoister = (p: ParamInfo, def: Expr) => string;

function paramCode(p: ParamInfo, ctx: Context, hoist?: DefaultHoister): string {
  const name = safeName(p.name);
  if (p.kind === "vararg") return `...${name}: ${p.annotated ? `${tsType(p.type)}[]` : "any[]"}`;
  if (p.kind === "kwargs") return `${name}: Map<string, ${p.annotated ? tsType(p.type) : "any"}> = new Map()`;
  let def = p.defaultNode ? expr(p.defaultNode, ctx) : null;
  if (def && hoist && !isConstantDefault(p.defaultNode!)) def = { code: hoist(p, def), type: def.type };
  let type = p.annotated ? tsType(p.type) : "any";
  const slot = !p.annotated && ctx.fn ? paramSlot(ctx, ctx.fn, p, def?.type) : null;
  if (slot) return def ? `${name}: ${slot} = ${def.code}` : `${name}: ${slot}`;
  if (p.annotated && def?.type.k === "none" && !type.includes("null") && type !== "any") type += " | null";
  if (!p.annotated && def && ["int", "float", "str", "bool"].includes(def.type.k)) return `${name} = ${def.code}`;
  return def ? `${name}: ${type} = ${def.code}` : `${name}: ${type}`;
}

export function paramList(params: ParamInfo[], ctx: Context, hoist?: DefaultHoister): string {
  return tsParamOrder(params).map((p) => paramCode(p, ctx, hoist)).join(", ");
}

/** A hoister that declares each evaluated-once default as a constant in `out`. */
export function defaultsInto(fnName: string, out: string[], ctx: Context): DefaultHoister {
  return (p, def) => {
    const name = ctx.tmp(`${fnName}_${p.name}`);
    out.push(`const ${name}${p.annotated ? `: ${tsType(p.type)}` : ""} = ${def.code};`);
    hoistedDefaults.set(p, name);
    return name;
  };
}

function mentionsSelf(fn: FunctionInfo): boolean {
  return fn.scope.reads.has(fn.name);
}

/**
 * An `async def` (not a generator, not a loop-driving def made async) is a
 * plain function returning a lazy Coroutine: its arguments are evaluated at
 * the call, as in Python, and its body runs only when awaited or scheduled.
 */
export function isLazyCoroutine(fn: FunctionInfo): boolean {
  return fn.isAsync && !fn.isGenerator;
}

/** The body of a lazy coroutine function: the Python body as an async arrow handed to the runtime's Coroutine. */
export function lazyBody(fn: FunctionInfo, body: string[], ctx: Context): string[] {
  const inner = innerReturnType(fn);
  const ann = inner === null ? "" : `: Promise<${inner}>`;
  // The def's line (co_firstlineno: the first decorator's), for repr(task)'s `running at file:line`.
  const defLine = (fn.decorators[0] ?? fn.node).startPosition.row + 1;
  const head = `return ${ctx.rt("coro")}(${JSON.stringify(qualName(fn))}, ${defLine}, async ()${ann} => {`;
  // The runtime takes the file to be the program's entry; in a project, a module says which it is.
  const inProject = ctx.project && Object.keys(ctx.project.modules.summaries).length > 1;
  return [head, ...body, inProject ? `})._definedAt(${defLine}, import.meta.url);` : "});"];
}

function innerReturnType(fn: FunctionInfo): string | null {
  if (fn.returnAnnotated) return tsType(fn.returnType) === "null" ? "void" : tsType(fn.returnType);
  if (mentionsSelf(fn)) return "any"; // recursion needs a declared type in TS
  return null;
}

/** The declared return type, wrapped for async functions. */
export function returnAnnotation(fn: FunctionInfo): string {
  // TypeScript types `x = yield v` only with a declared generator type.
  if (fn.isGenerator) {
    const ts = fn.returnType.k === "named" ? fn.returnType.ts : "";
    return `: ${generatorAnnotation(fn, /^(Async)?Iterator</.test(ts) ? ts.slice(ts.indexOf("<") + 1, -1) : null)}`;
  }
  const inner = innerReturnType(fn);
  if (inner === null) return "";
  if (isLazyCoroutine(fn)) return `: asyncio.Coroutine<${inner}>`;
  return fn.isAsync || fn.runsLoop ? `: Promise<${inner}>` : `: ${inner}`;
}

/** Parameter types as variable types inside the body. */
function seedParamTypes(fn: FunctionInfo, ctx: Context): void {
  for (const p of fn.params) {
    const b = fn.scope.bindings.get(p.name);
    if (!b) continue;
    let t: PyType = p.annotated ? p.type : ANY;
    if (p.kind === "vararg") t = { k: "list", of: t };
    if (p.kind === "kwargs") t = { k: "dict", key: { k: "str" }, value: t };
    ctx.varTypes.set(b, t);
  }
}

/**
 * What an unannotated generator yields, learnt while its body is translated,
 * so `next(gen())` of a float-yielding generator still prints `0.0`. Only a
 * finished body counts: a recursive call inside it has seen part of the yields.
 */
const yielded = new WeakMap<FunctionInfo, { type: PyType | null; done: boolean }>();

export function yieldedType(fn: FunctionInfo): PyType {
  const seen = yielded.get(fn);
  return seen?.done && seen.type ? seen.type : ANY;
}

function noteYield(ctx: Context, type: PyType, bare = false): void {
  const fn = ctx.fn;
  if (!fn?.isGenerator) return;
  const seen = yielded.get(fn);
  if (!seen || seen.done) return;
  seen.type = seen.type ? join(seen.type, type) : type;
  noteYieldType(ctx, fn, type, bare);
}

export function functionBody(fn: FunctionInfo, ctx: Context): string[] {
  yielded.set(fn, { type: null, done: false });
  try {
    return translateBody(fn, ctx);
  } finally {
    yielded.get(fn)!.done = true;
  }
}

function translateBody(fn: FunctionInfo, ctx: Context): string[] {
  return ctx.within(fn.scope, fn, () => {
    seedParamTypes(fn, ctx);
    const lines = bodyWithDeclarations(fn.scope, fn.node.childForFieldName("body")!, ctx);
    const kwargs = fn.params.find((p) => p.kind === "kwargs");
    const rest = fn.params.find((p) => p.kind === "vararg");
    // *args is a tuple in Python: frozen, it prints as one.
    if (rest) lines.unshift(`Object.freeze(${safeName(rest.name)});`);
    if (kwargs && rest) lines.unshift(`const ${safeName(kwargs.name)} = ${ctx.rt("takeKwargs")}(${safeName(rest.name)});`);
    if (fn.isGenerator && mayLeakStop(fn.node.childForFieldName("body")!)) {
      // PEP 479: a StopIteration escaping a generator's body becomes RuntimeError.
      const err = ctx.tmp("err").replace("$", "_");
      return [`try {
${lines.join("\n")}
} catch (${err}) {
throw ${ctx.rt("leakedStop")}(${err}${fn.isAsync ? ", true" : ""});
}`];
    }
    return lines;
  });
}

/** Whether a generator body calls next()/anext() or raises StopIteration itself (nested functions aside). */
function mayLeakStop(node: SyntaxNode): boolean {
  if (node.type === "function_definition" || node.type === "lambda" || node.type === "class_definition") return false;
  if (node.type === "call") {
    const callee = node.childForFieldName("function")!.text;
    if (callee === "next" || callee === "anext") return true;
  }
  if (node.type === "identifier" && (node.text === "StopIteration" || node.text === "StopAsyncIteration")) return true;
  return node.namedChildren.some(mayLeakStop);
}

function keyword(fn: FunctionInfo): string {
  return `${(fn.isAsync && !isLazyCoroutine(fn)) || fn.runsLoop ? "async " : ""}function${fn.isGenerator ? "*" : ""}`;
}

/** A function as an expression, so decorators can wrap it. */
export function functionExpression(fn: FunctionInfo, ctx: Context, hoist?: DefaultHoister): string {
  let body = functionBody(fn, ctx);
  if (isLazyCoroutine(fn)) body = lazyBody(fn, body, ctx);
  const params = ctx.within(fn.scope, fn, () => paramList(fn.params, ctx, hoist));
  // Anonymous, so that a recursive call inside reaches the decorated name (as in
  // Python) rather than the undecorated function; `named` keeps __name__.
  // The signature lets keywords forwarded by a decorator's wrapper reach their parameters; the docstring is __doc__.
  const named = fn.params.some((p) => p.kind === "positional" || p.kind === "kwonly") && !fn.owner ? `, ${signatureCode(fn.params, fn.name)}` : "";
  const docNode = docstringOf(fn.node.childForFieldName("body"));
  const doc = docNode ? `${named ? "" : ", undefined"}, ${expr(docNode.namedChildren[0]!, ctx).code}` : "";
  const code = `${ctx.rt("named")}(${JSON.stringify(fn.name)}, ${keyword(fn)} (${params})${returnAnnotation(fn)} {\n${body.join("\n")}\n}${named}${doc})`;
  if (fn.owner || !wantsIntrospection(ctx)) return code;
  // inspect.signature of the decorated function (or of a decorator's wrapper) reads its parameters, defaults and annotations.
  const details = signatureDetails(fn.params, fn, ctx).slice(DETAILS_OPEN.length, -DETAILS_CLOSE.length);
  return `${ctx.rt("setSignature")}(${code}, ${signatureCode(fn.params, qualName(fn))}${details})`;
}

export function decoratorCall(d: SyntaxNode, ctx: Context): string {
  const e = expr(d, ctx);
  // A class used as a decorator is instantiated with the function.
  return e.type.k === "class" ? `new ${e.code}` : e.code;
}

function isOverload(d: SyntaxNode): boolean {
  return /^(typing\.)?overload$/.test(d.text);
}

/** The name of a def decorated with @overload. */
function isOverloadSite(site: SyntaxNode): boolean {
  const def = site.parent;
  if (def?.type !== "function_definition" || def.parent?.type !== "decorated_definition") return false;
  return def.parent.namedChildren.some((c) => c.type === "decorator" && isOverload(c.namedChildren[0] ?? c));
}

function functionDefinition(node: SyntaxNode, ctx: Context): string[] {
  const fn = ctx.analysis.functions.get(node.startIndex)!;
  const decorators = fn.decorators;
  // `@typing.overload` stubs serve type checkers; the def without it is the function.
  if (decorators.some(isOverload)) return [];
  const doc = jsDoc(docstringOf(node.childForFieldName("body")));
  const defaults: string[] = [];
  const hoist = defaultsInto(fn.name, defaults, ctx);
  const nameNode = node.childForFieldName("name")!;
  const sites = (ctx.binding(fn.name)?.sites ?? []).filter((s) => !isOverloadSite(s));
  // `def f` twice in one block: JavaScript would hoist the last declaration over both, Python rebinds in order.
  if (decorators.length === 0 && sites.length > 1 && sites.every((s) => s.parent?.type === "function_definition" && s.parent.parent?.startIndex === node.parent?.startIndex && s.parent.parent?.type === node.parent?.type)) {
    const first = sites.every((s) => s.startIndex >= nameNode.startIndex);
    return [...defaults, ...doc, `${first ? "let " : ""}${safeName(fn.name)} = ${functionExpression(fn, ctx, hoist)};`];
  }
  if (decorators.length === 0) {
    let body = functionBody(fn, ctx);
    if (isLazyCoroutine(fn)) body = lazyBody(fn, body, ctx);
    const params = ctx.within(fn.scope, fn, () => paramList(fn.params, ctx, hoist));
    return [...defaults, ...doc, `${keyword(fn)} ${safeName(fn.name)}(${params})${returnAnnotation(fn)} {\n${body.join("\n")}\n}`, ...functionSignature(fn, ctx), ...runtimeDoc(safeName(fn.name), node, ctx)];
  }
  // @a @b def f  ≡  f = a(b(f)), applied bottom-up.
  let value = keepAnnotations(fn, functionExpression(fn, ctx, hoist), ctx);
  for (const d of [...decorators].reverse()) value = `${decoratorCall(d, ctx)}(${value})`;
  const b = ctx.binding(fn.name);
  const rebound = b && b.sites.length > 1;
  // Rebound (`@f.register def _` twice): the first definition declares the variable.
  const declares = !rebound ? "const " : sites.every((s) => s.startIndex >= nameNode.startIndex) ? "let " : "";
  return [...defaults, ...doc, `${declares}${safeName(fn.name)} = ${value};`];
}

function lambda(node: SyntaxNode, ctx: Context): Expr {
  const scope = ctx.analysis.scopes.get(node.startIndex);
  const paramsNode = node.childForFieldName("parameters");
  const names: string[] = [];
  const saved = new Map(ctx.comprehensionVars);
  // Defaults that are not literals are evaluated once, when the lambda is made.
  const onceNames: string[] = [];
  const onceValues: string[] = [];
  let kwargsName: string | null = null;
  // What a keyword call of the stored lambda binds against (see signatures.ts).
  const infos: ParamInfo[] = [];
  const info = (name: string, kind: ParamInfo["kind"], defaultNode: SyntaxNode | null = null) => infos.push({ name, kind, defaultNode, type: ANY, annotated: false });
  // Parameters after `*args` or a bare `*` are keyword-only: in JavaScript they go before the rest parameter.
  let keywordOnly = false;
  const params = (paramsNode?.namedChildren ?? []).map((p) => {
    if (p.type === "keyword_separator") {
      keywordOnly = true;
      return null;
    }
    if (p.type === "identifier") {
      info(p.text, keywordOnly ? "kwonly" : "positional");
      names.push(p.text);
      return `${safeName(p.text)}: any`;
    }
    if (p.type === "default_parameter") {
      const n = p.childForFieldName("name")!.text;
      names.push(n);
      const valueNode = p.childForFieldName("value")!;
      info(n, keywordOnly ? "kwonly" : "positional", valueNode);
      const value = expr(valueNode, ctx).code;
      if (isConstantDefault(valueNode)) return `${safeName(n)}: any = ${value}`;
      onceNames.push(ctx.tmp(n));
      onceValues.push(value);
      return `${safeName(n)}: any = ${onceNames[onceNames.length - 1]}`;
    }
    if (p.type === "list_splat_pattern") {
      keywordOnly = true;
      info(p.namedChildren[0]!.text, "vararg");
      names.push(p.namedChildren[0]!.text);
      return `...${safeName(p.namedChildren[0]!.text)}: any[]`;
    }
    if (p.type === "dictionary_splat_pattern") {
      kwargsName = p.namedChildren[0]!.text;
      info(kwargsName, "kwargs");
      names.push(kwargsName);
      return null;
    }
    ctx.diag(p, "TSY1100", "this lambda parameter is not supported");
    return null;
  }).filter((p): p is string => p !== null);
  const restParam = params.findIndex((p) => p.startsWith("..."));
  if (restParam >= 0) params.push(...params.splice(restParam, 1));
  for (const n of names) ctx.comprehensionVars.set(n, ANY);
  try {
    const run = () => expr(node.childForFieldName("body")!, ctx);
    const body = scope ? ctx.within(scope, ctx.fn, run) : run();
    let rest = params.find((p) => p.startsWith("..."))?.slice(3).split(":")[0];
    // *args is a tuple in Python: frozen, it prints as one.
    const bodyCode = rest === undefined ? body.code : `(Object.freeze(${rest}), ${body.code})`;
    // CPython runs the body in a frame named <lambda>: its code is marked so tracebacks name it.
    const frameMark = ctx.marks?.frame(node.childForFieldName("body")!, "<lambda>") ?? "";
    // A lambda that blocks a thread (`Thread(target=lambda: q.put(1))`) is async, like a coloured def.
    const asyncKw = ctx.analysis.threads?.lambdas.has(node.startIndex) ? "async " : "";
    let fnCode = `${asyncKw}(${params.join(", ")}) => ${frameMark}${bodyCode}`;
    if (kwargsName !== null) {
      // `**kw` arrives at the end of the rest arguments (see kwargs.ts).
      if (rest === undefined) {
        rest = ctx.tmp("args");
        params.push(`...${rest}: any[]`);
      }
      fnCode = `${asyncKw}(${params.join(", ")}) => ((${safeName(kwargsName)}: Map<string, any>) => ${frameMark}${bodyCode})(${ctx.rt("lambdaKwargs")}(${rest}))`;
    }
    let code = onceNames.length === 0 ? fnCode : `((${onceNames.map((n) => `${n}: any`).join(", ")}) => ${fnCode})(${onceValues.join(", ")})`;
    // A lambda kept under a name may be called with keywords later; one passed on the spot (a sort key) is not.
    // A module that imports inspect may ask any lambda for its signature.
    // Keyword-only parameters sit at JS positions a plain call would fill: such a lambda always carries its signature.
    if (["assignment", "pair", "return_statement"].includes(node.parent?.type ?? "") || wantsIntrospection(ctx) || keywordOnly) code = lambdaWithSignature(code, infos, ctx);
    const qualname = ctx.workerModule ? lambdaQualname(node) : null;
    if (qualname) code = `${ctx.rt("localQualname")}(${code}, ${JSON.stringify(qualname)})`;
    return { code, type: { k: "func", ret: body.type, async: false } };
  } finally {
    ctx.comprehensionVars.clear();
    for (const [k, v] of saved) ctx.comprehensionVars.set(k, v);
  }
}

function decorated(node: SyntaxNode, ctx: Context): string[] {
  const def = node.childForFieldName("definition")!;
  return statement(def, ctx);
}

function yieldExpr(node: SyntaxNode, ctx: Context): Expr {
  const isFrom = node.children.some((c) => c.type === "from");
  const value = node.namedChildren[0];
  if (isFrom) {
    const sub = expr(value!, ctx);
    noteYield(ctx, elementType(sub.type));
    // iterate() keeps send/throw delegating to a generator.
    return { code: `(yield* ${iterable(sub, ctx)})`, type: ANY };
  }
  const v = value ? expr(value, ctx) : null;
  noteYield(ctx, v ? v.type : NONE, !v);
  const code = `(yield${v ? ` ${v.code}` : ""})`;
  // next(gen) and for-loops resume a generator with undefined; Python sends None.
  return { code: node.parent?.type === "expression_statement" ? code : `(${code} ?? null)`, type: ANY };
}

registerStatements({ function_definition: functionDefinition, decorated_definition: decorated });
registerExpressions({ lambda, yield: yieldExpr });
