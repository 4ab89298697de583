/**
 * Calls of code the runtime provides: a runtime class or function called
 * with keywords as a trailing object (`plainCall`), and calls that reach a
 * standard class's constructor or method through a class of the program: `Reporting(prog="x")` where `class Reporting(ArgumentParser)`
 * has no `__init__`, and `super().__init__(object_hook=f)` in a subclass of
 * `json.JSONDecoder`. Their keywords bind by typeshed's signature of the
 * standard class (its own or inherited, see scripts/gen-stdlib-inherit.mjs),
 * exactly as a direct call of the standard class would, instead of travelling
 * unchecked as a trailing object.
 */
import type { ClassInfo } from "../analyze/analysis.js";
import { ANY, type PyType } from "../analyze/types.js";
import { callSignatures, moduleStub, type StubEntry, type StubSignature } from "../mappings/typeshed.js";
import type { SyntaxNode } from "../parse/parser.js";
import { optionsObject, type CallArgs } from "./arguments.js";
import { translatedBase } from "./bases.js";
import type { Context, Expr } from "./context.js";
import { bindStubArgs } from "./stdlib-args.js";
import type { ModuleFunctionSpec } from "../mappings/tables.js";

/** The standard class a program's class gets a member from, with its mapping row (absent for builtins). */
interface StandardClass {
  stub: StubEntry;
  spec?: ModuleFunctionSpec;
}

/**
 * The standard class whose `member` a class of the program inherits: its
 * first base, followed through the program's classes that do not define the
 * member themselves. Null when a class of the program defines it, or the
 * chain ends in something tsyncio does not know.
 */
function standardBaseFor(cls: ClassInfo, member: string, ctx: Context): StandardClass | null {
  const seen = new Set<string>();
  let current: ClassInfo | undefined = cls;
  while (current && !seen.has(current.name)) {
    seen.add(current.name);
    if (current !== cls && current.methods.has(member)) return null;
    const base = translatedBase(current);
    if (!base) return null;
    const own = base.type === "identifier" ? ctx.classNamed(base.text) : undefined;
    if (own) {
      if (own.isDataclass && member === "__init__") return null;
      current = own;
      continue;
    }
    return standardClassOf(base, ctx);
  }
  return null;
}

function standardClassOf(base: SyntaxNode, ctx: Context): StandardClass | null {
  const target = base.type === "identifier" ? ctx.importedFunction(base.text) : base.type === "attribute" ? ctx.moduleFunction(base, true) : null;
  if (target && !target.error) return target.stub?.kind === "class" ? { stub: target.stub, ...(target.spec ? { spec: target.spec } : {}) } : null;
  // A builtin class (`dict`, `Exception`) when the name is not the program's own.
  if (base.type !== "identifier" || ctx.ownerScope(base.text)) return null;
  const entry = moduleStub("builtins")?.names[base.text];
  return entry?.kind === "class" ? { stub: entry } : null;
}

/** The signatures `member` of a standard class binds by: the constructor's for `__init__`, else the method's. */
function memberSignatures(std: StandardClass, member: string): StubSignature[] | null {
  if (member === "__init__") return callSignatures(std.stub);
  if (std.stub.kind !== "class") return null;
  const m = std.stub.members[member];
  return m?.kind === "function" && !m.static && !m.classmethod ? m.sigs : null;
}

type StandardBinding = { codes: string[] } | { error: string } | { unsupported: string };

/**
 * The arguments of a call of `member` that a program's class inherits from a
 * standard class, bound as the runtime takes them (see stdlib-args.ts); null
 * when the signature is not known.
 */
function bindInheritedCall(std: StandardClass, member: string, args: CallArgs, calleeName: string, ctx: Context): StandardBinding | null {
  const options = std.spec?.options ?? [];
  const codes = args.positional.map((a) => a.code);
  // The runtime takes every keyword in its trailing object: nothing to place.
  if (options.includes("*")) return null;
  const sigs = memberSignatures(std, member);
  if (!sigs) return null;
  const bound = bindStubArgs(sigs, args, codes, options, calleeName, args.kwSplat.length > 0 ? ctx.rt("kwargsEntries") : undefined, (n) => ctx.rt(n));
  return "sig" in bound ? { codes: bound.codes } : bound;
}

/** Whether the runtime takes every keyword of this standard class's constructor in its trailing object (`options: ["*"]`). */
function takesKeywordObject(std: StandardClass | null): boolean {
  return std?.spec?.options?.includes("*") ?? false;
}

/** A call of a runtime-provided callable (a runtime class, super's method): keywords as a trailing options object; `bindsKeywords`: the callee binds them itself. */
export function plainCall(callee: string, args: CallArgs, node: SyntaxNode, ctx: Context, type: PyType = ANY, bindsKeywords = false): Expr {
  const codes = args.positional.map((a) => a.code);
  if (args.keywords.length > 0 || args.kwSplat.length > 0) {
    if (args.keywords.length > 0 && !bindsKeywords) ctx.diag(node, "TSY1200", `keyword arguments to '${callee}', whose signature is not known, are passed as a trailing object`, "warning");
    const opts = optionsObject(args);
    if (opts) codes.push(opts);
    for (const s of args.kwSplat) codes.push(`...${ctx.rt("spreadKwargs")}(${s.code})`);
  }
  return { code: `${callee}(${codes.join(", ")})`, type };
}

/** A constructor or method a class of the program inherits from a standard class: keywords bind by typeshed's signature. */
export function inheritedCall(cls: ClassInfo | undefined, member: string, callee: string, args: CallArgs, node: SyntaxNode, ctx: Context): Expr {
  const std = cls && (args.keywords.length > 0 || args.kwSplat.length > 0) ? standardBaseFor(cls, member, ctx) : null;
  const bound = std ? bindInheritedCall(std, member, args, member === "__init__" ? cls!.name : member, ctx) : null;
  if (!bound) return plainCall(callee, args, node, ctx, ANY, takesKeywordObject(std));
  // A builtin class (dict, Exception) takes keywords in the runtime's own way: the signature only checks them.
  if ("codes" in bound && !std!.spec) return plainCall(callee, args, node, ctx, ANY, true);
  if ("unsupported" in bound) return { code: ctx.unsupported(node, bound.unsupported), type: ANY };
  if ("error" in bound) {
    ctx.diag(node, "TSY1201", bound.error, "warning");
    return { code: `${ctx.rt("raiseTypeError")}(${JSON.stringify(bound.error)})`, type: ANY };
  }
  return { code: `${callee}(${bound.codes.join(", ")})`, type: ANY };
}

/**
 * `threading.Thread.__init__(self, name="w")` in an `__init__`, the older
 * spelling of `super().__init__(name="w")` for a standard base: JavaScript
 * cannot run a class's constructor on an existing object, so it becomes the
 * constructor chain's `super(...)`, bound as super().__init__ would be.
 */
export function explicitBaseInit(baseNode: SyntaxNode, node: SyntaxNode, args: CallArgs, ctx: Context): Expr | null {
  const cls = ctx.cls;
  const fn = ctx.fn;
  const self = fn?.params[0]?.name;
  if (!cls || fn?.name !== "__init__" || fn.owner !== cls || !self || node.parent?.type !== "expression_statement") return null;
  const base = translatedBase(cls);
  const first = node.childForFieldName("arguments")?.namedChildren.find((c) => c.type !== "comment");
  if (!base || base.text !== baseNode.text || ctx.classNamed(base.text) || first?.type !== "identifier" || first.text !== self) return null;
  if (!standardClassOf(base, ctx)) return null;
  return inheritedCall(cls, "__init__", "super", { ...args, positional: args.positional.slice(1) }, node, ctx);
}
