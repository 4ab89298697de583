/**
 * The threads model's analysis (see src/runtime/stdlib/threading/index.ts):
 * which calls block a thread, so that they become awaits and the functions
 * that reach them become async (the same colouring as `runsLoop`, see
 * analysis.ts).
 *
 * A module is in the threads model when it imports `threading`, `queue` or
 * `concurrent.futures`. Then:
 * - `time.sleep(...)` and `concurrent.futures.wait(...)` in regular code block;
 * - a call `x.m(...)` blocks when `m` is a blocking method name (`acquire`,
 *   `wait`, `join`, `get`, `put`, `result`…) and `x` is a *thread object*:
 *   a name or attribute the program binds to a threading, queue or
 *   concurrent.futures object anywhere (by constructor, `with … as`, a loop
 *   over a list of them, an argument handed to a parameter of that name…).
 *   The test is by name and generous on purpose: the runtime's `blockOn`
 *   falls back to the ordinary method when the receiver is something else,
 *   and a blocking method reached by a call not recognised here raises
 *   rather than return early (threading/locks.ts);
 * - `with x:` over a thread object is entered with `__aenter__`;
 * - `for y in ex.map(...)` / `as_completed(...)` waits per item: `for await`.
 */
import type { SyntaxNode } from "../parse/parser.js";

export interface ThreadAnalysis {
  /** Call nodes (start offsets) that block: awaited. */
  calls: Set<number>;
  /** Call nodes of `x.m(...)` blocking methods (a subset of `calls`): translated through the runtime's blockOn. */
  methodCalls: Set<number>;
  /** `with` items (start offsets of the manager expression) entered with `__aenter__`. */
  withs: Set<number>;
  /** `for` statements and comprehension clauses over an iterable that waits per item: `for await`. */
  loops: Set<number>;
  /** Such iterables used anywhere else (`sorted(pool.map(...))`): collected into a list, one wait at a time. */
  collects: Set<number>;
  /** Names holding a kept `pool.map(...)` read by a builtin that iterates them (`list(results)`): collected likewise. */
  collectNames: Set<number>;
  /** Function definitions (start offsets) whose own body blocks. */
  blockingDefs: Set<number>;
  /** Lambdas whose body blocks: async arrows. */
  lambdas: Set<number>;
}

const THREAD_MODULES = new Set(["threading", "queue", "concurrent.futures", "requests"]);

const THREAD_OBJECTS = new Set([
  "threading.Thread",
  "threading.Lock",
  "threading.RLock",
  "threading.Condition",
  "threading.Semaphore",
  "threading.BoundedSemaphore",
  "threading.Event",
  "threading.Barrier",
  "threading.Timer",
  "threading.current_thread",
  "threading.main_thread",
  "queue.Queue",
  "queue.LifoQueue",
  "queue.PriorityQueue",
  "queue.SimpleQueue",
  "concurrent.futures.ThreadPoolExecutor",
  "concurrent.futures.Future",
  "requests.Session",
  "requests.session",
]);

const BLOCKING_METHODS = new Set(["acquire", "wait", "wait_for", "join", "get", "put", "result", "exception", "shutdown", "post", "patch", "delete", "head", "options", "request"]);
const REQUESTS = ["get", "post", "put", "patch", "delete", "head", "options", "request"].map((m) => `requests.${m}`);
const BLOCKING_FUNCTIONS = new Set(["time.sleep", "concurrent.futures.wait", ...REQUESTS]);
const WAITING_ITERABLES = new Set(["concurrent.futures.as_completed"]);
const CONSUMERS = new Set(["list", "tuple", "set", "sorted", "sum", "min", "max", "dict", "any", "all", "frozenset"]);
/** Calls that take a function to run on a thread: a coloured function may be handed to them. */
const THREAD_RUNNERS = new Set(["threading.Thread", "threading.Timer", "asyncio.to_thread"]);
const RUNNER_METHODS = new Set(["submit", "map", "run_in_executor", "add_done_callback", "to_thread"]);

/** Local name → dotted module path, from the module's imports (`from threading import Lock as L` → L: threading.Lock). */
function importNames(root: SyntaxNode): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (n: SyntaxNode): void => {
    if (n.type === "import_statement") {
      for (const c of n.namedChildren) {
        if (c.type === "dotted_name") out.set(c.text.split(".")[0]!, c.text.split(".")[0]!);
        else if (c.type === "aliased_import") out.set(c.childForFieldName("alias")!.text, c.childForFieldName("name")!.text);
      }
    } else if (n.type === "import_from_statement") {
      const mod = n.childForFieldName("module_name")?.text;
      if (mod) {
        for (const c of n.namedChildren.slice(1)) {
          if (c.type === "dotted_name") out.set(c.text, `${mod}.${c.text}`);
          else if (c.type === "aliased_import") out.set(c.childForFieldName("alias")!.text, `${mod}.${c.childForFieldName("name")!.text}`);
        }
      }
    }
    if (n.type !== "function_definition" && n.type !== "class_definition") for (const c of n.namedChildren) visit(c);
    else for (const c of n.namedChildren) visit(c);
  };
  visit(root);
  return out;
}

export function analyzeThreads(root: SyntaxNode): ThreadAnalysis | null {
  const imports = importNames(root);
  const usesThreads = [...imports.values()].some((p) => [...THREAD_MODULES].some((m) => p === m || p.startsWith(`${m}.`) || (m.startsWith(`${p}.`) && p === "concurrent")));
  if (!usesThreads) return null;

  /** A callee written as `threading.Lock`, `Lock` or `th.Lock`, as its dotted path. */
  const qualified = (callee: SyntaxNode): string | null => {
    const text = callee.text;
    if (!/^[\w.]+$/.test(text)) return null;
    const [head, ...rest] = text.split(".");
    const base = imports.get(head!);
    return base ? [base, ...rest].join(".") : null;
  };

  // Classes deriving from threading.Thread (directly or through the program's own classes).
  const threadClasses = new Set<string>();
  const classes: SyntaxNode[] = [];
  const collect = (n: SyntaxNode): void => {
    if (n.type === "class_definition") classes.push(n);
    for (const c of n.namedChildren) collect(c);
  };
  collect(root);
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of classes) {
      const name = c.childForFieldName("name")!.text;
      if (threadClasses.has(name)) continue;
      const bases = c.childForFieldName("superclasses")?.namedChildren ?? [];
      if (bases.some((b) => THREAD_OBJECTS.has(qualified(b) ?? "") || threadClasses.has(b.text))) {
        threadClasses.add(name);
        changed = true;
      }
    }
  }

  const defs = new Map<string, SyntaxNode[]>();
  const collectDefs = (n: SyntaxNode): void => {
    if (n.type === "function_definition") {
      const name = n.childForFieldName("name")!.text;
      defs.set(name, [...(defs.get(name) ?? []), n]);
    }
    for (const c of n.namedChildren) collectDefs(c);
  };
  collectDefs(root);

  const names = new Set<string>();
  /** The name a receiver is known by: `q`, `self.q` → `q`, `workers[i]` → `workers`. */
  const keyOf = (n: SyntaxNode): string | null => {
    if (n.type === "identifier") return n.text;
    if (n.type === "attribute") return n.childForFieldName("attribute")!.text;
    if (n.type === "subscript") return keyOf(n.childForFieldName("value")!);
    if (n.type === "parenthesized_expression") return n.namedChildren[0] ? keyOf(n.namedChildren[0]) : null;
    return null;
  };
  const isThreadObject = (n: SyntaxNode | null | undefined): boolean => {
    if (!n) return false;
    switch (n.type) {
      case "call": {
        const fn = n.childForFieldName("function")!;
        const q = qualified(fn);
        if (q && (THREAD_OBJECTS.has(q) || WAITING_ITERABLES.has(q))) return true;
        if (threadClasses.has(fn.text)) return true;
        if (fn.type === "attribute") {
          const m = fn.childForFieldName("attribute")!.text;
          if ((m === "submit" || m === "map") && isThreadObject(fn.childForFieldName("object"))) return true;
        }
        if (fn.type === "identifier" && ["list", "sorted", "reversed", "tuple", "set"].includes(fn.text)) return isThreadObject(n.childForFieldName("arguments")?.namedChildren[0]);
        return false;
      }
      case "list":
      case "tuple":
      case "set":
        return n.namedChildren.some(isThreadObject);
      case "list_comprehension":
      case "set_comprehension":
      case "generator_expression":
        return isThreadObject(n.childForFieldName("body"));
      case "dictionary_comprehension": {
        const pair = n.childForFieldName("body");
        return isThreadObject(pair?.childForFieldName("key")) || isThreadObject(pair?.childForFieldName("value"));
      }
      case "dictionary":
        return n.namedChildren.some((p) => p.type === "pair" && (isThreadObject(p.childForFieldName("key")) || isThreadObject(p.childForFieldName("value"))));
      default: {
        const k = keyOf(n);
        return k !== null && names.has(k);
      }
    }
  };
  const addTargets = (t: SyntaxNode): void => {
    if (t.type === "pattern_list" || t.type === "tuple_pattern" || t.type === "list_pattern") for (const c of t.namedChildren) addTargets(c);
    else {
      const k = keyOf(t);
      if (k) names.add(k);
    }
  };
  const params = (def: SyntaxNode): SyntaxNode[] => (def.childForFieldName("parameters")?.namedChildren ?? []).filter((p) => p.type !== "keyword_separator" && p.type !== "positional_separator");
  const paramName = (p: SyntaxNode): string | null => {
    if (p.type === "identifier") return p.text;
    const inner = p.childForFieldName("name") ?? p.namedChildren[0];
    return inner?.type === "identifier" ? inner.text : null;
  };
  /** Arguments handed to a function of the program bind its parameters: by position or keyword. */
  const bindParams = (fnNode: SyntaxNode | null | undefined, args: SyntaxNode[], skipSelf: boolean): void => {
    if (!fnNode) return;
    const name = fnNode.type === "identifier" ? fnNode.text : fnNode.type === "attribute" ? fnNode.childForFieldName("attribute")!.text : null;
    for (const def of (name && defs.get(name)) || []) {
      const ps = params(def);
      const offset = skipSelf || (ps[0] && paramName(ps[0]) === "self") ? 1 : 0;
      let i = 0;
      for (const a of args) {
        if (a.type === "keyword_argument") {
          if (isThreadObject(a.childForFieldName("value"))) names.add(a.childForFieldName("name")!.text);
          continue;
        }
        const p = ps[i + offset];
        if (p && isThreadObject(a)) {
          const pn = paramName(p);
          if (pn) names.add(pn);
        }
        i++;
      }
    }
  };
  const argsOf = (call: SyntaxNode): SyntaxNode[] => (call.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => c.type !== "comment");
  const kwArg = (call: SyntaxNode, name: string): SyntaxNode | undefined =>
    argsOf(call)
      .find((a) => a.type === "keyword_argument" && a.childForFieldName("name")!.text === name)
      ?.childForFieldName("value") ?? undefined;

  const visit = (n: SyntaxNode): void => {
    switch (n.type) {
      case "assignment": {
        const left = n.childForFieldName("left");
        const right = n.childForFieldName("right");
        if (left && right && isThreadObject(right)) addTargets(left);
        if (left && right?.type === "call" && qualified(right.childForFieldName("function")!) === "concurrent.futures.wait") addTargets(left);
        break;
      }
      case "typed_parameter":
      case "typed_default_parameter": {
        const t = n.childForFieldName("type");
        const text = t?.text.replace(/^["']|["']$/g, "") ?? "";
        const q = text.includes(".") || imports.has(text) ? qualified({ text } as SyntaxNode) : null;
        if ((q && THREAD_OBJECTS.has(q)) || threadClasses.has(text)) {
          const pn = paramName(n);
          if (pn) names.add(pn);
        }
        break;
      }
      case "with_item": {
        const v = n.childForFieldName("value");
        if (v?.type === "as_pattern" && isThreadObject(v.namedChildren[0])) {
          const alias = v.childForFieldName("alias");
          const t = alias?.type === "as_pattern_target" ? alias.namedChildren[0] : alias;
          if (t) addTargets(t);
        }
        break;
      }
      case "for_statement":
      case "for_in_clause": {
        const right = n.childForFieldName("right");
        if (isThreadObject(right)) addTargets(n.childForFieldName("left")!);
        break;
      }
      case "call": {
        const fn = n.childForFieldName("function")!;
        const args = argsOf(n);
        if (fn.type === "attribute") {
          const m = fn.childForFieldName("attribute")!.text;
          const obj = fn.childForFieldName("object")!;
          if (["append", "add", "insert", "extend", "put", "put_nowait"].includes(m) && args.some(isThreadObject)) {
            const k = keyOf(obj);
            if (k && m !== "put" && m !== "put_nowait") names.add(k);
          }
          if ((m === "submit" || m === "map") && isThreadObject(obj)) bindParams(args[0], args.slice(1), false);
          if (m === "run_in_executor") bindParams(args[1], args.slice(2), false);
          if (m === "to_thread") bindParams(args[0], args.slice(1), false);
        }
        const q = qualified(fn);
        if (q === "threading.Thread" || threadClasses.has(fn.text)) {
          const target = kwArg(n, "target") ?? args.filter((a) => a.type !== "keyword_argument")[1];
          const a = kwArg(n, "args");
          if (target && a && (a.type === "tuple" || a.type === "list")) bindParams(target, a.namedChildren, false);
          const kw = kwArg(n, "kwargs");
          if (target && kw?.type === "dictionary") {
            for (const p of kw.namedChildren) {
              const key = p.childForFieldName("key");
              if (p.type === "pair" && key?.type === "string" && isThreadObject(p.childForFieldName("value"))) names.add(key.text.slice(1, -1));
            }
          }
          if (threadClasses.has(fn.text)) bindParams({ type: "identifier", text: "__init__" } as SyntaxNode, args, true);
        } else if (q === "threading.Timer") {
          const fnArg = args[1];
          const a = kwArg(n, "args") ?? args[2];
          if (fnArg && a && (a.type === "tuple" || a.type === "list")) bindParams(fnArg, a.namedChildren, false);
        } else if (q === "asyncio.to_thread") {
          bindParams(args[0], args.slice(1), false);
        } else if (fn.type === "identifier" && defs.has(fn.text)) {
          bindParams(fn, args, false);
        } else if (fn.type === "attribute") {
          bindParams(fn, args, true);
        }
        break;
      }
    }
    for (const c of n.namedChildren) visit(c);
  };
  for (let before = -1; before !== names.size; ) {
    before = names.size;
    visit(root);
  }

  const out: ThreadAnalysis = { calls: new Set(), methodCalls: new Set(), withs: new Set(), loops: new Set(), collects: new Set(), collectNames: new Set(), blockingDefs: new Set(), lambdas: new Set() };
  // `results = pool.map(...)`: kept as the waiting iterable; a loop over the name waits per item.
  const waitingNames = new Set<string>();
  const waitsPerItem = (n: SyntaxNode | null): boolean => {
    if (n?.type === "identifier") return waitingNames.has(n.text);
    if (n?.type !== "call") return false;
    const fn = n.childForFieldName("function")!;
    if (WAITING_ITERABLES.has(qualified(fn) ?? "")) return true;
    return fn.type === "attribute" && fn.childForFieldName("attribute")!.text === "map" && isThreadObject(fn.childForFieldName("object"));
  };
  const isLoopIterable = (n: SyntaxNode): boolean => {
    const p = n.parent;
    if (p?.type === "assignment" && p.childForFieldName("left")?.type === "identifier" && p.childForFieldName("right")?.startIndex === n.startIndex) return true;
    // A generator expression is consumed by code that cannot wait (`sorted(f for f in as_completed(fs))`): its iterable is collected first.
    if (p?.type === "for_in_clause" && p.parent?.type === "generator_expression") return false;
    return (p?.type === "for_statement" || p?.type === "for_in_clause") && p.childForFieldName("right")?.startIndex === n.startIndex;
  };
  /** The argument of a builtin that iterates it at once (`list(results)`). */
  const isConsumed = (n: SyntaxNode): boolean => {
    const call = n.parent?.type === "argument_list" ? n.parent.parent : null;
    const fn = call?.childForFieldName("function");
    return fn?.type === "identifier" && CONSUMERS.has(fn.text);
  };
  const collectWaitingNames = (n: SyntaxNode): void => {
    if (n.type === "assignment" && n.childForFieldName("left")?.type === "identifier" && waitsPerItem(n.childForFieldName("right"))) waitingNames.add(n.childForFieldName("left")!.text);
    for (const c of n.namedChildren) collectWaitingNames(c);
  };
  /** The innermost def or lambda around a node, skipping async defs (their blocking calls keep today's translation). */
  const enclosing = (n: SyntaxNode): SyntaxNode | null => {
    for (let p = n.parent; p; p = p.parent) if (p.type === "function_definition" || p.type === "lambda") return p;
    return null;
  };
  const isAsyncDef = (d: SyntaxNode | null): boolean => d?.type === "function_definition" && d.children.some((c) => c.type === "async");
  const mark = (n: SyntaxNode): void => {
    const d = enclosing(n);
    if (d?.type === "lambda") out.lambdas.add(d.startIndex);
    else if (d && !isAsyncDef(d)) out.blockingDefs.add(d.startIndex);
  };
  const find = (n: SyntaxNode): void => {
    if (n.type === "call") {
      const fn = n.childForFieldName("function")!;
      const q = qualified(fn);
      if (q && BLOCKING_FUNCTIONS.has(q)) {
        const d = enclosing(n);
        // In a coroutine, time.sleep keeps its translation (a TSY1301 warning and asyncio.sleep).
        if (!(q === "time.sleep" && isAsyncDef(d))) {
          out.calls.add(n.startIndex);
          mark(n);
        }
      } else if (fn.type === "attribute" && BLOCKING_METHODS.has(fn.childForFieldName("attribute")!.text) && isThreadObject(fn.childForFieldName("object"))) {
        out.calls.add(n.startIndex);
        out.methodCalls.add(n.startIndex);
        mark(n);
      } else if (waitsPerItem(n) && !isLoopIterable(n)) {
        out.calls.add(n.startIndex);
        out.collects.add(n.startIndex);
        mark(n);
      }
    } else if (n.type === "identifier" && waitingNames.has(n.text) && isConsumed(n)) {
      // `list(results)` of a kept `pool.map(...)`: collected, one wait at a time.
      out.collectNames.add(n.startIndex);
      mark(n);
    } else if (n.type === "with_item") {
      const v = n.childForFieldName("value")!;
      const manager = v.type === "as_pattern" ? v.namedChildren[0]! : v;
      const isAsyncWith = n.parent?.parent?.children.some((c) => c.type === "async");
      if (!isAsyncWith && isThreadObject(manager)) {
        out.withs.add(manager.startIndex);
        mark(n);
      }
    } else if ((n.type === "for_statement" || n.type === "for_in_clause") && !n.children.some((c) => c.type === "async") && waitsPerItem(n.childForFieldName("right")) && isLoopIterable(n.childForFieldName("right")!)) {
      out.loops.add(n.startIndex);
      mark(n);
    }
    for (const c of n.namedChildren) find(c);
  };
  collectWaitingNames(root);
  find(root);
  return out;
}

/** Whether a reference to a coloured function sits where a thread runner receives it (`Thread(target=f)`, `pool.submit(f, …)`). */
export function handedToThreadRunner(ref: SyntaxNode, qualifiedName: (callee: SyntaxNode) => string | null = () => null): boolean {
  let arg = ref;
  if (arg.parent?.type === "keyword_argument") arg = arg.parent;
  const list = arg.parent;
  if (list?.type !== "argument_list") return false;
  const call = list.parent!;
  const fn = call.childForFieldName("function")!;
  const q = qualifiedName(fn) ?? fn.text;
  if (THREAD_RUNNERS.has(q) || /(^|\.)(Thread|Timer|to_thread)$/.test(fn.text)) return true;
  return fn.type === "attribute" && RUNNER_METHODS.has(fn.childForFieldName("attribute")!.text);
}
