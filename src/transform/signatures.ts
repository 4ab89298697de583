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

const MARK = "/*tsyncio:signature*/";
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

/** The registration line for a def, or nothing when no keyword can reach it. */
export function functionSignature(fn: FunctionInfo): string[] {
  if (!takesKeywords(fn.params)) return [];
  return [`${MARK}setSignature(${safeName(fn.name)}, ${signatureText(fn.params, qualName(fn))});`];
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
export function classSignature(cls: ClassInfo, init: ParamInfo[] | null, methods: Iterable<FunctionInfo>): string[] {
  const entries: string[] = [];
  // `!`: object.__init__, which takes no arguments.
  if (!init && takesNoArguments(cls)) entries.push(`__init__: ${JSON.stringify(`!${cls.name}()`)}`);
  // `@`: a method called bound, whose self (or cls) CPython counts in "takes N positional arguments".
  if (init && takesKeywords(init)) entries.push(`__init__: ${signatureText(init, `@${cls.name}.__init__`)}`);
  for (const m of methods) {
    if (m.name === "__init__" || m.decorators.some((d) => d.text === "property" || /\.(setter|getter|deleter)$/.test(d.text))) continue;
    const params = callerParams(m);
    const bound = params !== m.params ? "@" : "";
    if (takesKeywords(params)) entries.push(`${JSON.stringify(memberName(m.name))}: ${signatureText(params, `${bound}${qualName(m)}`)}`);
  }
  if (entries.length === 0) return [];
  return [`${MARK}classSignatures(${safeName(cls.name)}, { ${entries.join(", ")} });`];
}

/** A lambda stored for later calls carries its signature too: `g = lambda a, b=2: …; g(3, b=4)`. */
export function lambdaWithSignature(code: string, params: ParamInfo[]): string {
  if (!takesKeywords(params)) return code;
  return `${OPEN}${code}${SEP}${signatureText(params, "<lambda>")}${CLOSE}`;
}

/** Keeps the marked registrations (importing their runtime helpers) when the module needs them, else drops them. */
export function settleSignatures(statements: string[], ctx: Context): string[] {
  const keep = ctx.runtimeKeywords || ctx.runtimePositional || ctx.project !== undefined;
  // A lambda registered inline is an argument, which V8 leaves unnamed (its traceback frame would lose its
  // name): lambdas carry their signature for keywords only, not for the count check alone.
  const keepInline = ctx.runtimeKeywords || ctx.project !== undefined;
  const out: string[] = [];
  for (const raw of statements) {
    if (!raw.includes(MARK) && !raw.includes(OPEN)) {
      out.push(raw);
      continue;
    }
    const s = keepInline ? raw : dropInline(raw);
    if (!keep) {
      const kept = s.split("\n").filter((line) => !line.trimStart().startsWith(MARK)).join("\n");
      if (kept.trim() !== "") out.push(kept);
      continue;
    }
    out.push(
      s
        .replace(/\/\*tsyncio:signature\*\/(setSignature|classSignatures)\(/g, (_, helper: string) => `${ctx.rt(helper)}(`)
        .split(OPEN).join(s.includes(OPEN) ? `${ctx.rt("setSignature")}(` : "")
        .split(SEP).join(", ")
        .split(CLOSE).join(")"),
    );
  }
  return out;
}

function dropInline(s: string): string {
  if (!s.includes(OPEN)) return s;
  return s.split(OPEN).join("").replace(/\/\*tsyncio:sig,\*\/[\s\S]*?\/\*tsyncio:sig\)\*\//g, "");
}
