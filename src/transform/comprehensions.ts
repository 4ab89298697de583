/**
 * List, set and dict comprehensions and generator expressions. A single
 * `for` with no condition becomes `Array.from(it, fn)`; anything else a small
 * immediately-invoked function holding the loops, so the comprehension's
 * variables stay local as in Python 3. Generator expressions stay lazy.
 */
import { ANY, INT, tsType, type PyType } from "../analyze/types.js";
import type { SyntaxNode } from "../parse/parser.js";
import type { Context, Expr } from "./context.js";
import { cond, expr, registerExpressions } from "./expressions.js";
import { asyncLoopIterable, loopIterable, pattern } from "./targets.js";
import { capturedWithin } from "../analyze/captures.js";
import { safeName } from "./names.js";
import { EXPRESSION_FRAMES } from "../emit/positions.js";
import { identityKeys, setCode } from "./set-displays.js";
import { declaredShared } from "./statements.js";

interface Clause {
  kind: "for" | "if";
  code: string;
  async?: boolean;
  /** For a `for` clause: the loop target and the iterable, apart. */
  pat?: string;
  /** `const ` unless the loop variable is shared with closures and declared outside. */
  decl?: string;
  source?: string;
  /** The loop variable's type is unknown: say `any`, or tsc may infer unknown from an any-typed source. */
  untyped?: boolean;
  /** `for i in range(n)`: n as TypeScript; the loop counts, no range object is made. */
  count?: string;
}

/**
 * `range(n)` with one int argument that is a name, a literal or `len(name)`
 * (translating it twice gives the same code and no side effect): n, else null.
 */
function rangeCount(node: SyntaxNode, ctx: Context): string | null {
  if (node.type !== "call" || node.childForFieldName("function")?.text !== "range" || ctx.ownerScope("range")) return null;
  const args = node.childForFieldName("arguments")!.namedChildren;
  const a = args[0];
  if (args.length !== 1 || !a) return null;
  const lenArgs = a.type === "call" && a.childForFieldName("function")?.text === "len" && !ctx.ownerScope("len") ? a.childForFieldName("arguments")!.namedChildren : [];
  const simple = a.type === "identifier" || a.type === "integer" || (lenArgs.length === 1 && lenArgs[0]!.type === "identifier");
  if (!simple) return null;
  const e = expr(a, ctx);
  return e.type.k === "int" ? e.code : null;
}

function bindLoopTypes(left: SyntaxNode, of: PyType, ctx: Context): void {
  if (left.type === "identifier") {
    const b = ctx.comprehensionVars.get(left.text);
    if (b === undefined) ctx.comprehensionVars.set(left.text, of);
  } else if (of.k === "tuple" && of.items) {
    left.namedChildren.forEach((c, i) => bindLoopTypes(c, of.items![i] ?? ANY, ctx));
  }
}

/** `isGen`: the first clause's iterable is handed to the generator as its source (`src$`), which must stay an iterable. */
function clauses(node: SyntaxNode, ctx: Context, shared: Set<string>, isGen: boolean): Clause[] {
  const out: Clause[] = [];
  for (const c of node.namedChildren.slice(1)) {
    if (c.type === "for_in_clause") {
      const left = c.childForFieldName("left")!;
      // A clause over `as_completed(...)` / `pool.map(...)` waits per item in the threads model (src/analyze/threads.ts).
      const isAsync = c.children.some((t) => t.type === "async") || !!ctx.analysis.threads?.loops.has(c.startIndex);
      const rightNode = c.childForFieldName("right")!;
      const counted = !isAsync && left.type === "identifier" && !shared.has(left.text) && !(isGen && out.length === 0);
      const count = counted ? rangeCount(rightNode, ctx) : null;
      if (count !== null) {
        bindLoopTypes(left, INT, ctx);
        const i = pattern(left, ctx)!;
        // Python reads n once; the loop's test reads it every time, which is the same only for a literal, or a name nothing in here rebinds.
        const fixed = /^\d+$/.test(count) || (/^[\w$]+$/.test(count) && !hasWalrus(node) && !declaredShared(node, count));
        const loop = fixed ? `for (let ${i} = 0; ${i} < ${count}; ${i}++)` : `for (const ${i} of ${ctx.rt("range")}(${count}))`;
        out.push({ kind: "for", code: loop, pat: i, decl: "const ", count });
        continue;
      }
      // The whole comprehension is the loop's body: `[d.pop(k) for k in d]` resizes what it iterates.
      const loop = isAsync ? asyncLoopIterable(rightNode, ctx) : loopIterable(rightNode, ctx, node);
      bindLoopTypes(left, loop.elem, ctx);
      const pat = pattern(left, ctx) ?? ctx.unsupported(left, "this comprehension target is not supported");
      const decl = collectNames(left).some((n) => shared.has(n)) ? "" : "const ";
      out.push({ kind: "for", code: `for ${isAsync ? "await " : ""}(${decl}${pat} of ${loop.code})`, async: isAsync, pat, decl, source: loop.code, untyped: loop.elem.k === "any" });
    } else if (c.type === "if_clause") {
      out.push({ kind: "if", code: `if (${cond(c.namedChildren[0]!, ctx)})` });
    }
  }
  return out;
}

function hasWalrus(node: SyntaxNode): boolean {
  return node.type === "named_expression" || node.namedChildren.some(hasWalrus);
}

function collectNames(left: SyntaxNode): string[] {
  return left.type === "identifier" ? [left.text] : left.namedChildren.flatMap(collectNames);
}

/** Loop variables a lambda in the comprehension captures: declared once, so every closure sees the last value. */
function sharedVariables(node: SyntaxNode): Set<string> {
  const names = node.namedChildren.filter((c) => c.type === "for_in_clause").flatMap((c) => collectNames(c.childForFieldName("left")!));
  return new Set(names.filter((n) => capturedWithin(node, n)));
}

/** An await, an async for, or a call that runs the event loop (awaited in the output). */
function containsAwait(node: SyntaxNode, blocking: ReadonlySet<number>): boolean {
  if (node.type === "await" || (node.type === "call" && blocking.has(node.startIndex))) return true;
  if (node.type === "lambda" || node.type === "function_definition") return false;
  return node.namedChildren.some((c) => containsAwait(c, blocking)) || node.children.some((c) => c.type === "async");
}

/** Comprehension variables shadow outer names only inside the comprehension. */
function withLocals<T>(ctx: Context, body: () => T): T {
  const saved = new Map(ctx.comprehensionVars);
  try {
    return body();
  } finally {
    ctx.comprehensionVars.clear();
    for (const [k, v] of saved) ctx.comprehensionVars.set(k, v);
  }
}

function build(node: SyntaxNode, ctx: Context, kind: "list" | "set" | "dict" | "gen"): Expr {
  return withLocals(ctx, () => {
    // A comment may come before the body: it is a named child too.
    const bodyNode = node.namedChildren.find((c) => c.type !== "comment")!;
    const shared = sharedVariables(node);
    const cls = clauses(node, ctx, shared, kind === "gen");
    const lets = shared.size > 0 ? `let ${[...shared].map((n) => `${safeName(n)}: any`).join(", ")}; ` : "";
    let bodyCode: string;
    let bodyType: PyType;
    if (kind === "dict") {
      const k = expr(bodyNode.childForFieldName("key")!, ctx);
      const v = expr(bodyNode.childForFieldName("value")!, ctx);
      bodyCode = `[${k.code}, ${v.code}] as const`;
      bodyType = { k: "tuple", items: [k.type, v.type] };
    } else {
      const b = expr(bodyNode, ctx);
      bodyCode = b.code;
      bodyType = b.type;
    }
    const isAsync = containsAwait(node, ctx.analysis.blockingCalls) || cls.some((c) => c.async);
    const usesThis = /\bthis\b/.test(bodyCode) || cls.some((c) => /\bthis\b/.test(c.code));
    // The body runs in a frame of its own in CPython (3.11's <listcomp>): its code is marked so tracebacks name it.
    const frameMark = ctx.marks?.frame(bodyNode, EXPRESSION_FRAMES[node.type] ?? "<listcomp>") ?? "";
    const resultType: PyType =
      kind === "list" ? { k: "list", of: bodyType } : kind === "set" ? { k: "set", of: bodyType } : kind === "dict" && bodyType.k === "tuple" && bodyType.items ? { k: "dict", key: bodyType.items[0]!, value: bodyType.items[1]! } : ANY;
    if (kind === "gen") {
      // Python evaluates the outermost iterable at once (`(x for x in 42)`
      // fails where it is written); everything else waits for the first next().
      const [first, ...others] = cls;
      const src = "src$";
      const head = `for ${first!.async ? "await " : ""}(${first!.decl ?? "const "}${first!.pat} of ${src})`;
      const loops = [head, ...others.map((c) => c.code)].join(" ");
      const params = [...(usesThis ? ["this: any"] : []), `${src}: ${first!.async ? "AsyncIterable<any>" : "Iterable<any>"}`].join(", ");
      const fn = `${isAsync ? "async " : ""}function* (${params}) { ${frameMark}${lets}${loops} yield ${bodyCode}; }`;
      const call = usesThis ? `(${fn}).call(this, ${first!.source})` : `(${fn})(${first!.source})`;
      const ts = `${isAsync ? "AsyncGenerator" : "Generator"}<${tsType(bodyType)}>`;
      // Threads model: a generator that waits (`sorted(f.result() for f in fs)`), handed to a call that iterates it
      // as a plain iterable, is collected first, one wait at a time (src/analyze/threads.ts).
      const argument = node.parent?.type === "call" || node.parent?.type === "argument_list";
      if (isAsync && ctx.analysis.threads && argument && !containsAwait(node, new Set())) {
        return { code: `(await ${ctx.rt("collectBlocking")}(${call}))`, type: { k: "list", of: bodyType } };
      }
      return { code: call, type: { k: "named", ts, of: bodyType } };
    }
    const only = cls[0];
    let listCode: string;
    if (cls.length === 1 && only?.count !== undefined && !isAsync && kind !== "dict") {
      listCode = `Array.from({ length: ${only.count} }, (_$, ${only.pat}) => ${frameMark}${bodyCode})`;
    } else if (cls.length === 1 && only && !isAsync && only.kind === "for" && kind !== "dict" && shared.size === 0) {
      // Non-greedy: the iterable may hold a loop of its own (a nested comprehension).
      const m = /^for \(const (.*?) of (.*)\)$/s.exec(only.code)!;
      listCode = `Array.from(${m[2]}, (${m[1]}${only.untyped ? ": any" : ""}) => ${frameMark}${bodyCode})`;
    } else {
      const elem = kind === "dict" ? "any" : tsType(bodyType);
      const loops = cls.map((c) => c.code).join(" ");
      const inner = `(${isAsync ? "async " : ""}() => { ${frameMark}const out$: ${/^readonly |\||=>/.test(elem) ? `Array<${elem}>` : `${elem}[]`} = []; ${lets}${loops} out$.push(${bodyCode}); return out$; })()`;
      listCode = isAsync ? `(await ${inner})` : inner;
    }
    if (kind === "set") return { code: setCode(listCode, identityKeys([bodyType]), ctx), type: resultType };
    // Keys JavaScript compares differently (2 and a boxed 2.0, True and 1, equal tuples) go through dict(), which keys by Python equality.
    if (kind === "dict") return { code: resultType.k === "dict" && !identityKeys([resultType.key]) ? `${ctx.rt("dict")}(${listCode})` : `new Map(${listCode})`, type: resultType };
    return { code: listCode, type: resultType };
  });
}

registerExpressions({
  list_comprehension: (n, ctx) => build(n, ctx, "list"),
  set_comprehension: (n, ctx) => build(n, ctx, "set"),
  dictionary_comprehension: (n, ctx) => build(n, ctx, "dict"),
  generator_expression: (n, ctx) => build(n, ctx, "gen"),
});
