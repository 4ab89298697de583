/**
 * Signatures carried at run time. A call whose callee is known only at run
 * time binds keywords by the callee's own parameter list (runtime
 * callKw/callMethodKw), so functions and classes register theirs right
 * after their definition. Only modules that make such a call need them: the
 * registrations are emitted as marked lines and kept, or dropped, once the
 * whole module is translated.
 */
import type { ClassInfo, FunctionInfo, ParamInfo } from "../analyze/analysis.js";
import { signatureText } from "./arguments.js";
import type { Context } from "./context.js";
import { memberName, safeName } from "./names.js";
import { DETAILS_CLOSE, DETAILS_OPEN, signatureDetails, wantsIntrospection } from "./signature-details.js";

const MARK = "/*tsyncio:signature*/";
// A registration only inspect.signature needs (a def without parameters): kept only when the module imports inspect.
const MARK_INSPECT = "/*tsyncio:inspect*/";
// An expression's registration: OPEN value SEP signature CLOSE.
const OPEN = "/*tsyncio:sig(*/";
const SEP = "/*tsyncio:sig,*/";
const CLOSE = "/*tsyncio:sig)*/";

/** Python's __qualname__: `C.m`, `outer.<locals>.inner`. */
export function qualName(fn: FunctionInfo): string {
  const parts = [fn.name];
  for (let n = fn.node.parent; n; n = n.parent) {
    if (n.type === "class_definition") parts.unshift(n.childForFieldName("name")!.text);
    else if (n.type === "function_definition") parts.unshift(`${n.childForFieldName("name")!.text}.<locals>`);
  }
  return parts.join(".");
}

/**
 * Whether a call known only at run time needs this parameter list: to bind
 * a keyword or to check the count of positional arguments. A function
 * without parameters is left out (a call with arguments goes unchecked).
 */
function takesKeywords(params: ParamInfo[]): boolean {
  return params.length > 0;
}

/** The registration line for a def, or nothing when no keyword can reach it and nothing inspects it. */
export function functionSignature(fn: FunctionInfo, ctx: Context): string[] {
  const mark = takesKeywords(fn.params) ? MARK : wantsIntrospection(ctx) ? MARK_INSPECT : null;
  if (mark === null) return [];
  return [`${mark}setSignature(${safeName(fn.name)}, ${signatureText(fn.params, qualName(fn))}${signatureDetails(fn.params, fn, ctx)});`];
}

/** Parameters a caller passes: a method's without self (or cls). */
function callerParams(fn: FunctionInfo): ParamInfo[] {
  const isStatic = fn.decorators.some((d) => d.text === "staticmethod") || fn.name === "_generate_next_value_";
  return isStatic ? fn.params : fn.params.slice(1);
}

/**
 * A class whose instances object.__init__ makes: no base but object, no
 * __init__ or __new__ of its own, no decorator that could add one. CPython
 * refuses any argument: `C() takes no arguments`.
 */
export function takesNoArguments(cls: ClassInfo): boolean {
  if (cls.isDataclass || cls.decorators.length > 0 || cls.methods.has("__init__") || cls.methods.has("__new__")) return false;
  return cls.bases.every((b) => b.type === "identifier" && b.text === "object");
}

/** The registration line for a class: its __init__ and its methods. */
export function classSignature(cls: ClassInfo, init: ParamInfo[] | null, methods: Iterable<FunctionInfo>, ctx: Context): string[] {
  const entries: string[] = [];
  const details: string[] = [];
  const inspects = wantsIntrospection(ctx);
  const detail = (key: string, params: ParamInfo[], fn: FunctionInfo | null): void => {
    const d = signatureDetails(params, fn, ctx);
    if (d) details.push(`${key}: ${d.slice(DETAILS_OPEN.length + 2, -DETAILS_CLOSE.length)}`);
  };
  // `!`: object.__init__, which takes no arguments.
  if (!init && takesNoArguments(cls)) entries.push(`__init__: ${JSON.stringify(`!${cls.name}()`)}`);
  // `@`: a method called bound, whose self (or cls) CPython counts in "takes N positional arguments".
  if (init && (takesKeywords(init) || inspects)) {
    entries.push(`__init__: ${signatureText(init, `@${cls.name}.__init__`)}`);
    detail("__init__", init, cls.methods.get("__init__") ?? null);
  }
  for (const m of methods) {
    if (m.name === "__init__" || m.decorators.some((d) => d.text === "property" || /\.(setter|getter|deleter)$/.test(d.text))) continue;
    const params = callerParams(m);
    const bound = params !== m.params ? "@" : "";
    if (takesKeywords(params) || inspects) {
      entries.push(`${JSON.stringify(memberName(m.name))}: ${signatureText(params, `${bound}${qualName(m)}`)}`);
      detail(JSON.stringify(memberName(m.name)), params, m);
    }
  }
  if (entries.length === 0) return [];
  const more = details.length > 0 ? `${DETAILS_OPEN}, { ${details.join(", ")} }${DETAILS_CLOSE}` : "";
  return [`${MARK}classSignatures(${safeName(cls.name)}, { ${entries.join(", ")} }${more});`];
}

/** A lambda stored for later calls carries its signature too: `g = lambda a, b=2: …; g(3, b=4)`. */
export function lambdaWithSignature(code: string, params: ParamInfo[], ctx: Context): string {
  if (!takesKeywords(params) && !wantsIntrospection(ctx)) return code;
  return `${OPEN}${code}${SEP}${signatureText(params, "<lambda>")}${signatureDetails(params, null, ctx)}${CLOSE}`;
}

/** Keeps the marked registrations (importing their runtime helpers) when the module needs them, else drops them. */
export function settleSignatures(statements: string[], ctx: Context): string[] {
  const inspects = wantsIntrospection(ctx);
  const keep = ctx.runtimeKeywords || ctx.runtimePositional || ctx.project !== undefined || inspects;
  // A lambda registered inline is an argument, which V8 leaves unnamed (its traceback frame would lose its
  // name): lambdas carry their signature for keywords only, not for the count check alone.
  const keepInline = ctx.runtimeKeywords || ctx.project !== undefined || inspects;
  // A def's registration serves calls bound at run time, which only reach a function passed around as a value.
  const prune = !inspects && ctx.project === undefined && !reachableByName(ctx.source);
  let joined: string | undefined;
  const code = (): string =>
    (joined ??= statements
      .join("\n")
      .split("\n")
      .filter((line) => !line.trimStart().startsWith(MARK))
      .join("\n")
      // Source-map markers name the enclosing function (emit/positions.ts): not a use of it.
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/"@tsy\d+ [^"]*"/g, ""));
  const out: string[] = [];
  for (let raw of statements) {
    if (!raw.includes(MARK) && !raw.includes(OPEN) && !raw.includes(MARK_INSPECT)) {
      out.push(raw);
      continue;
    }
    if (!inspects) {
      raw = raw.split("\n").filter((line) => !line.trimStart().startsWith(MARK_INSPECT)).join("\n");
      raw = raw.replace(/\/\*tsyncio:details\(\*\/[\s\S]*?\/\*tsyncio:details\)\*\//g, "");
      if (raw.trim() === "") continue;
    }
    const s = keepInline ? raw : dropInline(raw);
    if (!keep) {
      const kept = s.split("\n").filter((line) => !line.trimStart().startsWith(MARK)).join("\n");
      if (kept.trim() !== "") out.push(kept);
      continue;
    }
    const pruned = prune ? s.split("\n").filter((line) => !onlyCalledDef(line, code())).join("\n") : s;
    if (pruned.trim() !== "") out.push(settled(pruned, ctx));
  }
  return out;
}

/** The marked registrations of a statement made into calls of their runtime helpers. */
function settled(s: string, ctx: Context): string {
  return s
    .replace(/\/\*tsyncio:(?:signature|inspect)\*\/(setSignature|classSignatures)\(/g, (_, helper: string) => `${ctx.rt(helper)}(`)
    .split(DETAILS_OPEN).join("")
    .split(DETAILS_CLOSE).join("")
    .split(OPEN).join(s.includes(OPEN) ? `${ctx.rt("setSignature")}(` : "")
    .split(SEP).join(", ")
    .split(CLOSE).join(")");
}

/** Whether the program may reach a function through its name as a string (globals(), getattr on a module). */
function reachableByName(source: string): boolean {
  return /\b(globals|locals|vars|getattr|__dict__|modules)\b/.test(source);
}

/**
 * Whether a line is a def's registration (`setSignature(f, …)`) that no call
 * bound at run time can use: every mention of `f` in the module's code is a
 * direct call (`f(`) or the name as a string (`coro("f", …)`). Any other
 * mention (`f` passed as a value, `f.attr`) keeps it.
 */
function onlyCalledDef(line: string, code: string): boolean {
  const name = /^\/\*tsyncio:signature\*\/setSignature\(([\w$]+),/.exec(line.trimStart())?.[1];
  if (name === undefined) return false;
  const mention = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, "\\$")}(?![\\w$])`, "g");
  for (const m of code.matchAll(mention)) {
    const after = code[m.index + name.length];
    if (after === "(") continue;
    if (after === '"' && code[m.index - 1] === '"') continue;
    return false;
  }
  return true;
}

function dropInline(s: string): string {
  if (!s.includes(OPEN)) return s;
  return s.split(OPEN).join("").replace(/\/\*tsyncio:sig,\*\/[\s\S]*?\/\*tsyncio:sig\)\*\//g, "");
}
