/**
 * Calls. Who is called decides the translation: a Python builtin (table in
 * grammar-mappings/builtins.json), a method of a builtin type
 * (methods.json), a module function (modules/<module>.json, bound by
 * typeshed's signature), a function or class of
 * this program (keywords bound by its signature), or something unknown.
 */
import { qualName, takesNoArguments } from "./signatures.js";
import type { ClassInfo, FunctionInfo } from "../analyze/analysis.js";
import { ANY, BOOL, FLOAT, INT, NONE, NUMBER, STR, join, type PyType } from "../analyze/types.js";
import { BUILTINS, METHODS, MISSING_BUILTINS, type BuiltinSpec, type MethodSpec } from "../mappings/tables.js";
import { callSignatures } from "../mappings/typeshed.js";
import type { SyntaxNode } from "../parse/parser.js";
import { bindArgs, keywordList, optionsObject, positionalList, readArgs, signatureCode, type CallArgs } from "./arguments.js";
import type { Context, Expr } from "./context.js";
import { elementType, expr, registerExpressions, safeAttr } from "./expressions.js";
import { inMultipleInheritance } from "./inheritance.js";
import { RUNTIME_BUILTIN_VALUES, safeName } from "./names.js";
import { hintedCode } from "./strings.js";
import { printCall } from "./print.js";
import { plainDictGet } from "./plain-methods.js";
import { yieldedType } from "./functions.js";
import type { ModuleTarget } from "./imports.js";
import { bindStubArgs } from "./stdlib-args.js";
import { stubResultType } from "./stub-types.js";
import { LITERAL_CHECKS } from "./literal-checks.js";
import { ARG_TYPE_CHECKS } from "./arg-type-checks.js";
import { isReplacedByDecorator } from "./method-decorators.js";
import { translatedBase } from "./bases.js";
import { typingCall } from "./typing-calls.js";
import { typedClassKind } from "./typed-classes.js";
import { explicitBaseInit, inheritedCall, plainCall } from "./standard-bases.js";
import { aiohttpCallGap } from "./aiohttp-gaps.js";
import { dictViewCall, VIEW_METHODS } from "./dict-views.js";
import { collectIfWaiting, inAsyncLambda, threadCall } from "./thread-calls.js";

function fill(template: string, self: string | null, args: string[]): string {
  // One pass: a receiver's code (`${7}` in a template literal) must not be read as a placeholder itself.
  return template.replace(/\{(self|args|\d+)\}/g, (_, p: string) => (p === "self" ? (self ?? "") : p === "args" ? args.join(", ") : (args[Number(p)] ?? "undefined")));
}

function typeMatches(want: string, t: PyType): boolean {
  switch (want) {
    case "number":
      return t.k === "int" || t.k === "float";
    case "primitive":
      return ["int", "float", "str", "bool", "none"].includes(t.k);
    case "identity_key":
      return ["int", "str", "none"].includes(t.k);
    case "list_of_str":
      return t.k === "list" && t.of.k === "str";
    default:
      return t.k === want;
  }
}

/** Result type from a mapping's `ret` word and the argument (or receiver) types. */
function resultType(ret: string | undefined, types: PyType[], self?: PyType): PyType {
  const t0 = types[0] ?? ANY;
  switch (ret) {
    case "int":
      return INT;
    case "float":
      return FLOAT;
    case "str":
      return STR;
    case "bool":
      return BOOL;
    case "none":
      return NONE;
    case "arg0":
      // abs(True) is the int 1.
      return t0.k === "bool" ? INT : t0;
    case "self":
      return self ?? ANY;
    case "elem":
      return self ? elementType(self) : ANY;
    case "elem0": {
      // sum() of no floats is the int 0 (its start): a float element only promises int-or-float.
      const e = elementType(t0);
      if (types[1]?.k === "float" && (e.k === "int" || e.k === "float" || e.k === "bool")) return FLOAT;
      // sum() of bools counts them: an int.
      return e.k === "float" || types[1]?.k === "number" ? NUMBER : e.k === "bool" ? INT : e;
    }
    case "iter_count": {
      // count(start, step) yields floats as soon as either is a float.
      const of = types.some((x) => x.k === "float") ? FLOAT : types.every((x) => x.k === "int") ? INT : ANY;
      return { k: "named", ts: "Generator<number>", of };
    }
    case "iter_of_elem0":
      return { k: "named", ts: "Generator<any>", of: elementType(t0) };
    case "iter_of_elems":
      return { k: "named", ts: "Generator<any>", of: types.length === 0 ? ANY : types.map(elementType).reduce((a, b) => join(a, b)) };
    case "next":
      return types.length > 1 ? join(elementType(t0), types[1]!) : elementType(t0);
    case "list_of_elem0":
      return { k: "list", of: elementType(t0) };
    case "set_of_elem0":
      return { k: "set", of: elementType(t0) };
    case "tuple_of_elem0":
      return { k: "tuple", items: null, rest: elementType(t0) };
    case "list_of_str":
      return { k: "list", of: STR };
    case "tuple_str3":
      return { k: "tuple", items: [STR, STR, STR] };
    case "tuple_int_int": {
      const t = types.some((x) => x.k === "float") ? FLOAT : types.every((x) => x.k === "int") ? INT : ANY;
      return { k: "tuple", items: [t, t] };
    }
    case "list_of_key":
      return { k: "list", of: self?.k === "dict" ? self.key : ANY };
    case "list_of_value":
      return { k: "list", of: self?.k === "dict" ? self.value : ANY };
    case "list_of_items":
      return { k: "list", of: self?.k === "dict" ? { k: "tuple", items: [self.key, self.value] } : ANY };
    case "value":
      return self?.k === "dict" ? self.value : ANY;
    case "value_or_none":
      return self?.k === "dict" ? join(self.value, NONE) : ANY;
    case "range":
      return { k: "named", ts: "range" };
    case "iter":
      return { k: "named", ts: "Iterable<any>" };
    case "pow":
      // A float base gives a float; an int one depends on the exponent's sign.
      return t0.k === "float" || types[1]?.k === "float" ? FLOAT : ANY;
    case "minmax":
      // min() with no positional argument raises TypeError at run time; its type does not matter.
      return types.length === 0 ? ANY : types.length === 1 ? elementType(t0) : types.reduce((a, b) => join(a, b));
    case "round":
      // round(x, n) is an int for an int x, a float for a float: when x's type is not known, the value says.
      return types.length > 1 ? (t0.k === "int" || t0.k === "bool" ? INT : t0.k === "float" ? FLOAT : ANY) : INT;
    case "dict":
      return { k: "dict", key: ANY, value: ANY };
    default:
      return ANY;
  }
}

/** Builtins that defer to a dunder method of a user object. */
const DUNDER_BUILTINS: Record<string, string> = { abs: "__abs__", round: "__round__", len: "__len__", str: "__str__", repr: "__repr__" };

function builtinCall(name: string, spec: BuiltinSpec, args: CallArgs, node: SyntaxNode, ctx: Context): Expr {
  if (spec.unsupported) return { code: ctx.unsupported(node, spec.unsupported, "TSY1101"), type: ANY };
  if (spec.special === "print") return printCall(args, ctx);
  if (spec.blocking && ctx.fn?.isAsync) ctx.diag(node, "TSY1301", `blocking call ${name}() inside a coroutine stalls the event loop`, "warning");
  const types = args.positional.map((a) => a.type);
  const codes = args.positional.map((a) => a.code);
  let ret = resultType(spec.ret, types);
  // abs(obj) is obj.__abs__(): its declared result, not the argument's type.
  const dunder = DUNDER_BUILTINS[name];
  if (dunder && types[0]?.k === "instance") {
    const m = ctx.methodOf(types[0].name, dunder);
    ret = m?.returnAnnotated ? m.returnType : ANY;
  }
  if (args.keywords.length === 0 && !args.hasSplat) {
    for (const form of spec.forms ?? []) {
      if (form.when.length === codes.length && form.when.every((w, i) => typeMatches(w, types[i]!))) {
        return { code: fill(form.code, null, codes), type: ret };
      }
    }
    if (spec.code) {
      if (spec.runtimeName) ctx.rt(spec.runtimeName);
      return { code: fill(spec.code, null, codes), type: ret };
    }
  }
  const fn = ctx.rt(spec.runtime ?? name);
  // str(), repr() and format() must see the float hint to print 2.0.
  const shown = ["str", "repr", "format", "float", "round", "json", "type", "isinstance", "ascii"].includes(name) ? args.positional.map((a) => hintedCode(a, ctx)) : codes;
  const all = [...shown];
  if (spec.kwargsAs === "object" && args.keywords.length > 0) {
    all.push(`new Map<string, any>([${args.keywords.map((k) => `[${JSON.stringify(k.name)}, ${k.value.code}]`).join(", ")}])`);
  } else {
    const unknown = args.keywords.filter((k) => !(spec.options ?? []).includes(k.name));
    for (const k of unknown) ctx.diag(k.node, "TSY1201", `${name}() got an unexpected keyword argument '${k.name}'`);
    const opts = optionsObject(args);
    if (opts) all.push(opts);
  }
  return { code: `${fn}(${all.join(", ")})`, type: ret };
}

function methodCall(recv: Expr, name: string, args: CallArgs, node: SyntaxNode, ctx: Context): Expr | null {
  const kind = recv.type.k === "tuple" ? "list" : recv.type.k;
  if (kind === "str" && name === "format") {
    // str.format takes keywords (and **mapping) by name: the runtime gets them as a Map.
    const entries = [...args.kwSplat.map((s) => `...${s.code}`), ...args.keywords.map((k) => `[${JSON.stringify(k.name)}, ${k.value.code}]`)];
    const kw = entries.length > 0 ? `, new Map<string, any>([${entries.join(", ")}])` : "";
    return { code: `${ctx.rt("strFormat")}(${recv.code}, [${args.positional.map((a) => hintedCode(a, ctx)).join(", ")}]${kw})`, type: STR };
  }
  const plainGet = plainDictGet(recv, name, args);
  if (plainGet) return plainGet;
  if (kind === "dict" && VIEW_METHODS.has(name) && args.positional.length === 0 && args.keywords.length === 0 && !args.hasSplat) {
    const view = dictViewCall(recv, name, node, ctx);
    if (view) return view;
  }
  const table = METHODS[kind];
  const spec: MethodSpec | undefined = table?.[name];
  if (!spec) return null;
  // An unknown receiver may be the program's own object: its method wins over a standard one.
  if (kind === "any" && ctx.isUserMethodName(name)) return null;
  const codes = args.positional.map((a) => a.code);
  const ret = resultType(spec.ret, args.positional.map((a) => a.type), recv.type);
  const arityOk = spec.arity === undefined || spec.arity === codes.length;
  // An identity key finds only elements of its own kind: 2 is not a stored 2.0 (nor True a stored 1).
  const keyOk = (t: PyType) => recv.type.k === "set" && recv.type.of.k === t.k;
  const typesOk = (spec.argTypes ?? []).every((w, i) => args.positional[i] && typeMatches(w, args.positional[i]!.type) && (w !== "identity_key" || keyOk(args.positional[i]!.type)));
  if (spec.code && arityOk && typesOk && args.keywords.length === 0 && !args.hasSplat && recv.type.k !== "tuple") {
    const code = fill(spec.code, recv.code, codes);
    // `seen.add(w)` inside an expression is None in Python; JS's add/push return something truthy.
    const usedAsValue = spec.ret === "none" && node.parent?.type !== "expression_statement";
    return { code: usedAsValue ? `(${code}, null)` : code, type: ret };
  }
  const opts = optionsObject(args);
  const all = [recv.code, JSON.stringify(name), ...codes, ...(opts ? [opts] : [])];
  return { code: `${ctx.rt("callMethod")}(${all.join(", ")})`, type: ret };
}

/** Generator methods whose Python meaning JavaScript's generators lack. */
const GENERATOR_METHODS: Record<string, string> = {
  send: "genSend",
  throw: "genThrow",
  close: "genClose",
  asend: "agenSend",
  athrow: "agenThrow",
  aclose: "agenClose",
};

/** Coroutine methods of asyncio's primitives (Queue, Lock, Event, Condition, Semaphore, Barrier). */
const RUNTIME_COROUTINE_METHODS = new Set(["get", "put", "join", "acquire", "wait", "wait_for"]);

/** A call passed straight to an asyncio function (`asyncio.wait_for(ev.wait(), 1)`). */
function isAsyncioArgument(node: SyntaxNode): boolean {
  const list = node.parent;
  const call = list?.type === "argument_list" ? list.parent : null;
  return call?.type === "call" && /^asyncio\.|^loop\./.test(call.childForFieldName("function")!.text);
}

/** Any builtin type has a method of this name: an unknown receiver may need the runtime. */
function isBuiltinMethodName(name: string): boolean {
  return Object.values(METHODS).some((t) => name in t);
}

function wrapLazy(call: string, fn: FunctionInfo | undefined, node: SyntaxNode, ctx: Context, name: string): Expr {
  const retType: PyType = fn?.returnType ?? ANY;
  const parent = node.parent;
  // A program's own coroutine awaited on the spot starts at once, inline (see Coroutine.__await__).
  if (parent?.type === "await") return { code: fn && !fn.isGenerator ? `${call}.__await__()` : call, type: { k: "coroutine", of: retType } };
  if (parent?.type === "expression_statement") {
    ctx.diag(node, "TSY1300", `coroutine '${name}' is created but never awaited; it will not run`, "warning");
  }
  // Every coroutine function returns a lazy Coroutine (functions.ts, the runtime's own): the call itself is the coroutine.
  return { code: call, type: { k: "coroutine", of: retType } };
}

const SIGNATURE_KEEPING_DECORATORS = /^(staticmethod|classmethod|property|(functools\.)?(cache|lru_cache|wraps)\b|[\w.]+\.(setter|getter|deleter))/;

/** Whether calls to this def can be bound by its own signature: no decorator that may replace it. */
function keepsSignature(fn: FunctionInfo): boolean {
  return fn.decorators.every((d) => SIGNATURE_KEEPING_DECORATORS.test(d.text));
}

function userFunctionCall(fn: FunctionInfo, callee: string, args: CallArgs, node: SyntaxNode, ctx: Context, isNew: boolean): Expr {
  const params = fn.owner && fn.params[0] && !fn.decorators.some((d) => d.text === "staticmethod") ? fn.params.slice(1) : fn.params;
  // CPython names the function by its __qualname__ in these TypeErrors: `C.make()`, `outer.<locals>.inner()`.
  const bound = bindArgs(params, args, ctx, qualName(fn), node, params !== fn.params ? 1 : 0);
  if (!Array.isArray(bound)) return { code: `${ctx.rt("raiseTypeError")}(${JSON.stringify(bound.error)})`, type: ANY };
  // A run-time bound argument list has no tuple type TypeScript could check against the parameters.
  // `super(...)` must stay a bare keyword: `(super as any)(...)` does not parse.
  const target = bound.length === 1 && /^\.\.\.[\w$]*bindBySignature/.test(bound[0]!) && callee !== "super" ? `(${callee} as any)` : callee;
  const call = `${isNew ? "new " : ""}${target}(${bound.join(", ")})`;
  if (fn.isAsync && !fn.isGenerator && !isNew) return wrapLazy(call, fn, node, ctx, fn.name);
  if (fn.runsLoop) return awaitBlocking(call, node, ctx, fn.returnAnnotated ? fn.returnType : ANY);
  const generator: PyType = { k: "named", ts: fn.isAsync ? "AsyncGenerator<any>" : "Generator<any>", of: yieldedType(fn) };
  const type = isNew ? ANY : fn.returnAnnotated ? fn.returnType : fn.isGenerator ? generator : ANY;
  return { code: call, type };
}

/**
 * A call whose callee is known only at run time. Without keywords it is a
 * plain call; with them the runtime binds them by the callee's own signature
 * (every Python function and class carries it), or hands them to a runtime
 * function as its options object.
 */
function dynamicCall(callee: string, args: CallArgs, ctx: Context, type: PyType = ANY): Expr {
  if (args.keywords.length === 0 && args.kwSplat.length === 0) {
    // A member callee (`obj.fn(...)`) is called as is: handing it over would lose its `this`.
    if (/^\(?[\w$]+(\.[\w$]+|\[[^\]]*\])+\)?$/.test(callee)) return { code: `${callee}(${args.positional.map((a) => a.code).join(", ")})`, type };
    // The callee's signature, carried at run time, checks the count (CPython's TypeError) before the call.
    ctx.runtimePositional = true;
    return { code: `${ctx.rt("callPos")}(${[callee, ...args.positional.map((a) => a.code)].join(", ")})`, type };
  }
  ctx.runtimeKeywords = true;
  return { code: `${ctx.rt("callKw")}(${callee}, ${positionalList(args)}, ${keywordList(args, ctx)})`, type };
}

/** `recv.name(...)` on a receiver whose type is known only at run time. */
function dynamicMethodCall(recv: string, name: string, args: CallArgs, ctx: Context, type: PyType = ANY): Expr {
  if (args.keywords.length === 0 && args.kwSplat.length === 0) return { code: `${recv}.${safeAttr(name)}(${args.positional.map((a) => a.code).join(", ")})`, type };
  ctx.runtimeKeywords = true;
  return { code: `${ctx.rt("callMethodKw")}(${recv}, ${JSON.stringify(safeAttr(name))}, ${positionalList(args)}, ${keywordList(args, ctx)})`, type };
}

function moduleCall(target: ModuleTarget, args: CallArgs, node: SyntaxNode, ctx: Context): Expr {
  if (target.error) return { code: target.error, type: ANY };
  const { path, spec } = target;
  if (spec?.refusedCall) return { code: ctx.unsupported(node, spec.refusedCall, "TSY1101"), type: ANY };
  if (spec?.caveat) ctx.diag(node, "TSY1100", spec.caveat, "warning");
  const typed = spec?.transform ? typingCall(path, node, ctx) : null;
  if (typed) return typed;
  if (spec?.blocking && ctx.fn?.isAsync) {
    if (spec.instead) {
      ctx.diag(node, "TSY1301", `blocking call ${path}() inside a coroutine stalls the event loop; translated as await ${spec.instead}()`, "warning");
      const [mod, fnName] = spec.instead.split(".");
      return { code: `(await ${ctx.rt(mod!)}.${fnName}(${args.positional.map((a) => a.code).join(", ")}))`, type: NONE };
    }
    ctx.diag(node, "TSY1301", `blocking call ${path}() inside a coroutine stalls the event loop`, "warning");
  }
  if (spec?.bindsKeywordsOf !== undefined && args.keywords.length > 0 && !args.hasSplat && args.kwSplat.length === 0) {
    // functools.partial(f, x, k=v) of a function we know: bind k to f's parameter by name.
    const target = node.childForFieldName("arguments")?.namedChildren[spec.bindsKeywordsOf];
    const fn = target?.type === "identifier" ? ctx.definitionOf(target.text).fn : undefined;
    if (fn && args.positional.length > spec.bindsKeywordsOf) {
      const [callee, ...bound] = args.positional.map((a) => a.code);
      const kws = args.keywords.map((k) => `[${JSON.stringify(k.name)}, ${k.value.code}] as const`);
      return { code: `${ctx.rt("partialWithKeywords")}(${callee}, ${signatureCode(fn.params, target!.text)}, [${bound.join(", ")}], [${kws.join(", ")}])`, type: { k: "func", ret: fn.returnType, async: fn.isAsync, bindsKeywords: true } };
    }
  }
  if (spec?.callsWithKeywords && (args.keywords.length > 0 || args.kwSplat.length > 0)) ctx.runtimeKeywords = true;
  if (spec?.forwards !== undefined && args.keywords.length > 0) {
    const forwarded = forwardCall(spec.forwards, args, node, ctx);
    if (forwarded) return { code: `${path}(${forwarded})`, type: ANY };
  }
  const typeProblem = spec?.argTypeCheck ? ARG_TYPE_CHECKS[spec.argTypeCheck]?.(args, node.childForFieldName("arguments")?.namedChildren ?? []) : null;
  if (typeProblem && "error" in typeProblem) return { code: ctx.unsupported(node, typeProblem.error, "TSY1101"), type: ANY };
  if (typeProblem) ctx.diag(node, "TSY1100", typeProblem.warning, "warning");
  let codes = args.positional.map((a) => (spec?.hint ? hintedCode(a, ctx) : a.code));
  let type = resultType(spec?.ret, args.positional.map((a) => a.type));
  const sigs = callSignatures(target.stub);
  const name = path.split(".").pop()!;
  if (sigs && !spec?.options?.includes("*")) {
    // Typeshed's signature places each keyword; a call Python rejects raises its TypeError here too.
    const bound = bindStubArgs(sigs, args, codes, spec?.options ?? [], name, args.kwSplat.length > 0 ? ctx.rt("kwargsEntries") : undefined, (n) => ctx.rt(n));
    if ("unsupported" in bound) return { code: ctx.unsupported(node, bound.unsupported), type: ANY };
    if ("error" in bound) {
      ctx.diag(node, "TSY1201", bound.error, "warning");
      return { code: `${ctx.rt("raiseTypeError")}(${JSON.stringify(bound.error)})`, type: ANY };
    }
    codes = bound.codes;
    const check = spec?.literalCheck ? LITERAL_CHECKS[spec.literalCheck] : undefined;
    const problem = check?.(new Map(bound.sig.params.map((p, i) => [p.name, codes[i]!] as const).filter(([, c]) => c !== undefined)));
    if (problem) return { code: ctx.unsupported(node, problem), type: ANY };
    if (!spec?.ret && target.stub?.kind === "function") type = stubResultType([bound.sig]);
  } else {
    const opts = optionsObject(args);
    if (opts) codes.push(opts);
    if (args.keywords.length > 0 && !spec?.options) ctx.diag(node, "TSY1200", `keyword arguments to '${path}', whose signature is not known, are passed as a trailing object`, "warning");
  }
  // In the threads model a blocking module function is awaited in its waiting form (time.sleep → threadSleep).
  if (spec?.threadBlocking && ctx.analysis.threads?.calls.has(node.startIndex)) {
    // `"$async"` names the module member's own waiting form (`requests.get$async`); otherwise a runtime export.
    const waiting = spec.threadBlocking.startsWith("$") ? `${path}${spec.threadBlocking}` : ctx.rt(spec.threadBlocking);
    return { code: `(await ${waiting}(${codes.join(", ")}))`, type };
  }
  const code = `${spec?.class ? "new " : ""}${path}(${codes.join(", ")})`;
  if (spec?.awaitResult) return awaitBlocking(code, node, ctx, type);
  if (spec?.coroutine && node.parent?.type !== "await") return wrapLazy(code, undefined, node, ctx, path.split(".").pop()!);
  // `asyncio.current_task().get_name()`: Python code that calls a method on the result assumes it is there.
  if (spec?.orNone && node.parent?.type === "attribute" && node.parent.childForFieldName("object")?.startIndex === node.startIndex) {
    return { code: `${code}!`, type };
  }
  return { code, type };
}

/**
 * `to_thread(f, a, k=v)` hands its extra arguments to `f`. With keywords,
 * bind them by f's signature into a closure: `to_thread(() => f(a, v))`.
 */
function forwardCall(index: number, args: CallArgs, node: SyntaxNode, ctx: Context): string | null {
  const argNodes = node.childForFieldName("arguments")!.namedChildren.filter((c) => c.type !== "comment" && c.type !== "keyword_argument");
  const fnNode = argNodes[index];
  if (fnNode?.type !== "identifier") return null;
  const def = ctx.definitionOf(fnNode.text).fn;
  if (!def || def.isAsync) return null;
  const rest: CallArgs = { ...args, positional: args.positional.slice(index + 1) };
  const bound = bindArgs(def.params, rest, ctx, def.name, node);
  if (!Array.isArray(bound)) return null;
  const before = args.positional.slice(0, index).map((a) => a.code);
  return [...before, `() => ${safeName(fnNode.text)}(${bound.join(", ")})`].join(", ");
}

/** A Python call that blocks until an event loop is done becomes an await. */
function awaitBlocking(code: string, node: SyntaxNode, ctx: Context, type: PyType): Expr {
  if (ctx.fn && !ctx.fn.isAsync && !ctx.fn.runsLoop && !inAsyncLambda(node, ctx)) {
    return { code: ctx.unsupported(node, "running an event loop from inside a regular function is not supported; call it at module level or make the function async"), type: ANY };
  }
  return { code: `(await ${code})`, type };
}

/**
 * A call of a function or class the program defines (here or, in a project,
 * in another module). `typeName` names the class for the instance's type
 * when the callee is a plain name.
 */
function definedCall(def: { fn?: FunctionInfo; cls?: ClassInfo }, callee: string, typeName: string | null, args: CallArgs, node: SyntaxNode, ctx: Context): Expr | null {
  if (def.fn && !keepsSignature(def.fn)) {
    // A decorator may return anything: a wrapper taking (*args, **kwargs), or a callable object.
    const outer = def.fn.decorators[0]!;
    const cls = outer.type === "identifier" ? ctx.classNamed(outer.text) : undefined;
    if (cls && ctx.methodOf(cls.name, "__call__")) return dynamicMethodCall(callee, "__call__", args, ctx);
    return dynamicCall(callee, args, ctx);
  }
  if (def.fn) return userFunctionCall(def.fn, callee, args, node, ctx, false);
  if (!def.cls) return null;
  // A TypedDict class makes plain dicts.
  const typed = typedClassKind(def.cls, ctx);
  // Keywords make the TypedDict's keys; a NamedTuple class binds them to its fields at run time.
  if (typed === "TypedDict") return { code: plainCall(callee, args, node, ctx, ANY, true).code, type: { k: "dict", key: STR, value: ANY } };
  const init = ctx.constructorOf(def.cls);
  if (!init && takesNoArguments(def.cls) && (args.positional.length > 0 || args.keywords.length > 0 || args.kwSplat.length > 0)) {
    const message = `${def.cls.name}() takes no arguments`;
    if (!args.hasSplat && args.kwSplat.length === 0) {
      ctx.diag(node, "TSY1201", `${message}: Python raises TypeError here, and so does the translation`, "warning");
      return { code: `${ctx.rt("raiseTypeError")}(${JSON.stringify(message)})`, type: ANY };
    }
    return dynamicCall(callee, args, ctx, typeName ? { k: "instance", name: typeName } : ANY);
  }
  const e = init ? userFunctionCall(init, callee, args, node, ctx, true) : typed === "NamedTuple" ? plainCall(`new ${callee}`, args, node, ctx, ANY, true) : inheritedCall(def.cls, "__init__", `new ${callee}`, args, node, ctx);
  return { code: e.code, type: typeName ? { k: "instance", name: typeName } : ANY };
}

function call(node: SyntaxNode, ctx: Context): Expr {
  const gap = aiohttpCallGap(node, ctx);
  if (gap) return { code: gap, type: ANY };
  const threaded = threadCall(node, ctx);
  if (threaded) return threaded;
  const fnNode = node.childForFieldName("function")!;
  // tree-sitter reads `*f(x)` in an argument list as a call of `*f`: it is a spread of the call.
  if (fnNode.type === "list_splat") {
    const inner = callWith(node, fnNode.namedChildren[0]!, ctx);
    return { code: `...${inner.code}`, type: inner.type };
  }
  const e = collectIfWaiting(node, callWith(node, fnNode, ctx), ctx);
  // A call the analysis found to run the event loop (`svc.run_sync()` on an untyped receiver) is awaited like the ones resolved here.
  if (ctx.analysis.blockingCalls.has(node.startIndex) && !e.code.startsWith("(await ")) return awaitBlocking(e.code, node, ctx, e.type);
  return e;
}

function callWith(node: SyntaxNode, fnNode: SyntaxNode, ctx: Context): Expr {
  // `cast(List[int], v)`: the first argument is a type, read as an annotation, never translated as a value.
  if (/(^|\.)cast$/.test(fnNode.text)) {
    const t = fnNode.type === "identifier" ? ctx.importedFunction(fnNode.text) : fnNode.type === "attribute" ? ctx.moduleFunction(fnNode) : null;
    const typed = t && !t.error && t.spec?.transform ? typingCall(t.path, node, ctx) : null;
    if (typed) return typed;
  }
  const argNode = node.childForFieldName("arguments");
  const args = readArgs(argNode, ctx);

  if (fnNode.type === "identifier") {
    const name = fnNode.text;
    const owner = ctx.ownerScope(name);
    if (!owner) {
      const alias = ctx.importedFunction(name, fnNode);
      if (alias) return moduleCall(alias, args, node, ctx);
      // A name bound by `from <project module> import *` has no binding the analysis can see.
      const starred = definedCall(ctx.definitionOf(name), safeName(name), name, args, node, ctx);
      if (starred) return starred;
      if (name === "super") {
        // TypeScript's super exists only before a member: `super().name`. The proxy object itself has no counterpart.
        const member = node.parent?.type === "attribute" && node.parent.childForFieldName("object")?.startIndex === node.startIndex;
        return { code: member ? "super" : ctx.unsupported(node, "super() used as a value (only super().name is translated)"), type: ANY };
      }
      const spec = BUILTINS[name];
      if (spec) return builtinCall(name, spec, args, node, ctx);
      if (RUNTIME_BUILTIN_VALUES.has(name)) return plainCall(`new ${ctx.rt(name)}`, args, node, ctx, { k: "instance", name });
      if (Object.hasOwn(MISSING_BUILTINS, name) && name !== "$comment") return { code: ctx.unsupported(fnNode, MISSING_BUILTINS[name]!, "TSY1101"), type: ANY };
      return dynamicCall(safeName(name), args, ctx);
    }
    const defined = definedCall(ctx.definitionOf(name), safeName(name), name, args, node, ctx);
    if (defined) return defined;
    const alias = ctx.importedFunction(name, fnNode);
    if (alias) return moduleCall(alias, args, node, ctx);
    const e = expr(fnNode, ctx);
    if (e.type.k === "class") {
      const t: PyType = { k: "instance", name: e.type.name };
      // The class's __init__ signature, carried at run time, binds keywords and checks the count (callKw, callPos).
      return dynamicCall(e.code, args, ctx, t);
    }
    // Calling an object calls its __call__.
    const callMethod = e.type.k === "instance" ? ctx.methodOf(e.type.name, "__call__") : undefined;
    if (callMethod) return userFunctionCall(callMethod, `${e.code}.__call__`, args, node, ctx, false);
    if (e.type.k === "func" && e.type.bindsKeywords && args.keywords.length > 0 && args.kwSplat.length === 0) {
      // A function that binds keywords itself at run time (a partial): hand them over as Kwargs.
      const kws = args.keywords.map((k) => `${JSON.stringify(k.name)}: ${k.value.code}`).join(", ");
      return { code: `${e.code}(${[...args.positional.map((a) => a.code), `${ctx.rt("kw")}({ ${kws} })`].join(", ")})`, type: e.type.ret };
    }
    return dynamicCall(e.code, args, ctx);
  }

  if (fnNode.type === "attribute") {
    const objNode = fnNode.childForFieldName("object")!;
    const name = fnNode.childForFieldName("attribute")!.text;
    const mod = ctx.moduleFunction(fnNode);
    if (mod) return moduleCall(mod, args, node, ctx);
    const baseInit = name === "__init__" ? explicitBaseInit(objNode, node, args, ctx) : null;
    if (baseInit) return baseInit;
    const own = ctx.project?.callee(fnNode, ctx);
    const ownCall = own ? definedCall(own, own.code, null, args, node, ctx) : null;
    if (ownCall) return ownCall;
    // super().__init__(...) is the constructor chain; super().m(...) a parent method.
    if (objNode.type === "call" && objNode.childForFieldName("function")?.text === "super" && name !== "__init__" && ctx.cls && inMultipleInheritance(ctx.cls.name, ctx)) {
      // JavaScript's super is the parent in the source; Python's is the next class in the instance's MRO.
      const self = ctx.fn?.decorators.some((d) => d.text === "staticmethod") ? null : "this";
      if (self) return plainCall(`${ctx.rt("pySuper")}(${safeName(ctx.cls.name)}, ${self}, ${JSON.stringify(name)})`, args, node, ctx);
    }
    if (objNode.type === "call" && objNode.childForFieldName("function")?.text === "super") {
      // object.__init__ does nothing, and a JavaScript class without a parent has no super() to call.
      if (name === "__init__" && ctx.cls && !translatedBase(ctx.cls) && args.positional.length === 0) return { code: "void 0", type: NONE };
      const parentMethod = ctx.parentMethod(name);
      const target = name === "__init__" ? "super" : `super.${safeAttr(name)}`;
      if (parentMethod) return userFunctionCall(parentMethod, target, args, node, ctx, false);
      return inheritedCall(ctx.cls, name, target, args, node, ctx);
    }
    const recv = expr(objNode, ctx);
    const genFn = GENERATOR_METHODS[name];
    if (genFn && (recv.type.k === "any" || recv.type.k === "named") && !ctx.isUserMethodName(name)) {
      const all = [recv.code, ...args.positional.map((a) => a.code)];
      const yields = name === "close" || name === "aclose" ? ANY : elementType(recv.type);
      return { code: `${ctx.rt(genFn)}(${all.join(", ")})`, type: yields };
    }
    if (recv.type.k === "instance" || recv.type.k === "class") {
      const method = ctx.methodOf(recv.type.name, name);
      const isStatic = method?.decorators.some((d) => d.text === "staticmethod" || d.text === "classmethod");
      // Static and class methods live on the class in JS; an instance reaches them through its constructor.
      const target = isStatic && recv.type.k === "instance" ? `(${recv.code}.constructor as typeof ${method!.owner!.name})` : recv.code;
      if (method && recv.type.k === "class" && !isStatic && method.params[0]) {
        // Class.method(obj, ...): a plain function taking self first, as in Python.
        const bound = bindArgs(method.params, args, ctx, method.name, node);
        if (!Array.isArray(bound)) return { code: `${ctx.rt("raiseTypeError")}(${JSON.stringify(bound.error)})`, type: ANY };
        return { code: `${recv.code}.prototype.${safeAttr(name)}.call(${bound.join(", ")})`, type: method.returnAnnotated ? method.returnType : ANY };
      }
      // A decorator may have replaced the method (a wrapper taking *args, **kwargs): keywords are bound at run time.
      // A class method (even reached through an instance) needs its class as `this`.
      const isClassMethod = method?.decorators.some((d) => d.text === "classmethod");
      if (method && isReplacedByDecorator(method)) return isStatic && !isClassMethod ? dynamicCall(`${target}.${safeAttr(name)}`, args, ctx) : dynamicMethodCall(target, name, args, ctx);
      if (method) return userFunctionCall(method, `${target}.${safeAttr(name)}`, args, node, ctx, false);
    }
    const builtin = methodCall(recv, name, args, node, ctx);
    if (builtin) return builtin;
    if (/^__\w+__$/.test(name) && name !== "__init__" && args.keywords.length === 0 && args.kwSplat.length === 0) {
      // A protocol method by name: the object's own, or the operation it stands for on a builtin value.
      return { code: `${ctx.rt("callDunder")}(${[recv.code, JSON.stringify(name), ...args.positional.map((a) => a.code)].join(", ")})`, type: ANY };
    }
    // Numbers, strings and containers have Python methods JavaScript's lack (1.5.is_integer()).
    const numberReceiver = ["int", "float", "number", "bool"].includes(recv.type.k);
    if (recv.type.k === "any" && isBuiltinMethodName(name) && (args.keywords.length > 0 || args.kwSplat.length > 0)) return dynamicMethodCall(recv.code, name, args, ctx);
    // A class of the program may define a method of the same name: callMethod prefers the object's own.
    if (numberReceiver || (recv.type.k === "any" && isBuiltinMethodName(name))) {
      const opts = optionsObject(args);
      const all = [recv.code, JSON.stringify(name), ...args.positional.map((a) => a.code), ...(opts ? [opts] : [])];
      return { code: `${ctx.rt("callMethod")}(${all.join(", ")})`, type: ANY };
    }
    const callee = `${recv.code}.${safeAttr(name)}`;
    if (RUNTIME_COROUTINE_METHODS.has(name) && isAsyncioArgument(node)) {
      // q.get(), event.wait() … are coroutines in Python: handed to asyncio unawaited, they must stay lazy.
      return wrapLazy(dynamicMethodCall(recv.code, name, args, ctx).code, undefined, node, ctx, name);
    }
    if (name === "run_until_complete") return awaitBlocking(plainCall(callee, args, node, ctx).code, node, ctx, ANY);
    if (ctx.isAsyncMethodName(name)) {
      const e = dynamicMethodCall(recv.code, name, args, ctx);
      return wrapLazy(e.code, undefined, node, ctx, name);
    }
    return dynamicMethodCall(recv.code, name, args, ctx);
  }

  const callee = expr(fnNode, ctx);
  return dynamicCall(`(${callee.code})`, args, ctx);
}

registerExpressions({ call });
