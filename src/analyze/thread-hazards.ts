/**
 * What the threads model (threads.ts) cannot keep: tsyncio's threads switch
 * only at blocking calls, CPython's at any bytecode. Two shapes of program
 * notice the difference, and each gets a diagnostic here:
 *
 * - **A loop that waits for another thread without blocking** (TSY1303, an
 *   error): `while not done: pass`, `while t.is_alive(): x += 1`. Its exit
 *   depends on state that nothing the loop runs can change, so under
 *   CPython another thread ends it; under cooperative threads no other
 *   thread ever runs and the program hangs. A loop whose exit the loop itself
 *   drives (a counter, a queue it drains, a function of the program it calls)
 *   is left alone, and so is any loop that reaches a blocking call.
 * - **A read-modify-write of shared state across a blocking call without a
 *   lock** (TSY1304, a warning): `v = counter; time.sleep(0.1); counter = v + 1`
 *   in a function that blocks. Another thread may write in between: under
 *   CPython too the result depends on timing, and tsyncio may interleave
 *   differently. Reads and writes inside `with lock:` (or between
 *   `acquire()` and `release()`) are protected.
 *
 * Both are keyed by node start offset: the `while` statement for a loop, the
 * statement that writes for a race.
 */
import type { SyntaxNode } from "../parse/parser.js";
import type { Analysis } from "./analysis.js";
import { isLocal, resolve, type Scope } from "./scopes.js";

export interface ThreadHazards {
  /** `while` statements (start offsets) that wait for another thread without blocking: message. */
  spins: Map<number, string>;
  /** Statements (start offsets) that write shared state read before a blocking call: message. */
  races: Map<number, string>;
}

/** Methods whose answer another thread changes: a loop testing one of them waits for that thread. */
const THREAD_QUERIES = new Set(["is_set", "is_alive", "empty", "full", "qsize", "done", "running", "locked", "active_count", "cancelled"]);
const SCOPED = new Set(["function_definition", "lambda", "class_definition"]);

function walk(n: SyntaxNode, visit: (n: SyntaxNode) => boolean | void): void {
  if (visit(n) === false) return;
  for (const c of n.namedChildren) walk(c, visit);
}

/** Nodes of `n` outside nested functions, lambdas and classes. */
function own(n: SyntaxNode, visit: (n: SyntaxNode) => void): void {
  walk(n, (c) => {
    if (c !== n && SCOPED.has(c.type)) return false;
    visit(c);
  });
}

export function analyzeThreadHazards(root: SyntaxNode, a: Analysis): ThreadHazards | null {
  const threads = a.threads;
  if (!threads) return null;
  const out: ThreadHazards = { spins: new Map(), races: new Map() };

  /** Whether evaluating `n` (its own code, not nested defs) can switch threads. */
  const blocks = (n: SyntaxNode): boolean => {
    let found = false;
    own(n, (c) => {
      if (found) return;
      if (c.type === "call" && a.blockingCalls.has(c.startIndex)) found = true;
      else if (c.type === "await") found = true;
      else if ((c.type === "for_statement" || c.type === "for_in_clause") && threads.loops.has(c.startIndex)) found = true;
      else if (c.type === "with_item") {
        const v = c.childForFieldName("value")!;
        const manager = v.type === "as_pattern" ? v.namedChildren[0]! : v;
        if (threads.withs.has(manager.startIndex)) found = true;
      } else if (c.type === "identifier" && threads.collectNames.has(c.startIndex)) found = true;
    });
    return found;
  };

  // The program's functions by name (methods too): what a call may run.
  const defsByName = new Map<string, SyntaxNode[]>();
  walk(root, (n) => {
    if (n.type === "function_definition") {
      const name = n.childForFieldName("name")!.text;
      defsByName.set(name, [...(defsByName.get(name) ?? []), n]);
    }
  });
  const calleeName = (call: SyntaxNode): string | null => {
    const fn = call.childForFieldName("function")!;
    if (fn.type === "identifier") return fn.text;
    if (fn.type === "attribute") return fn.childForFieldName("attribute")!.text;
    return null;
  };
  /** Every function of the program that running `n` may reach through calls. */
  const reach = (n: SyntaxNode): SyntaxNode[] => {
    const seen = new Set<number>();
    const todo = [n];
    const found: SyntaxNode[] = [];
    while (todo.length > 0) {
      own(todo.pop()!, (c) => {
        if (c.type !== "call") return;
        const name = calleeName(c);
        for (const d of (name && defsByName.get(name)) || []) {
          if (seen.has(d.startIndex)) continue;
          seen.add(d.startIndex);
          found.push(d);
          todo.push(d.childForFieldName("body")!);
        }
      });
    }
    return found;
  };

  const scopeAt = (n: SyntaxNode): Scope => {
    for (let p = n.parent; p; p = p.parent) if (p.type === "function_definition") return a.scopes.get(p.startIndex) ?? a.module;
    return a.module;
  };
  /** The state an expression names, as a key matched between reads and writes; null for a function's own local. */
  const stateKey = (n: SyntaxNode, scope: Scope): string | null => {
    switch (n.type) {
      case "identifier": {
        if (scope !== a.module && isLocal(scope, n.text)) return null;
        const owner = resolve(scope, n.text);
        const b = owner?.bindings.get(n.text);
        // A module global, or a closure's variable (`nonlocal`): state other threads may see.
        if (!owner || (owner === scope && scope !== a.module) || !b || b.kinds.has("def") || b.kinds.has("class") || b.kinds.has("import")) return null;
        return n.text;
      }
      // By attribute name: another thread writes `s.stop` where the loop reads `self.stop`.
      case "attribute":
        return `.${n.childForFieldName("attribute")!.text}`;
      case "subscript": {
        const base = stateKey(n.childForFieldName("value")!, scope);
        return base === null ? null : `${base}[]`;
      }
      default:
        return null;
    }
  };
  /** Keys that changing the object `x` holds changes: a global container's own key, an attribute's, or the local's contents. */
  const mutKeys = (x: SyntaxNode, scope: Scope): string[] => {
    if (x.type === "identifier") return [scope !== a.module && isLocal(scope, x.text) ? `mut:local:${x.text}` : x.text];
    if (x.type === "attribute") return [`.${x.childForFieldName("attribute")!.text}`];
    if (x.type === "subscript") {
      const base = x.childForFieldName("value")!;
      const k = stateKey(x, scope);
      return [...mutKeys(base, scope), ...(k ? [k] : [])];
    }
    return [];
  };
  /** Keys an assignment to `target` changes: a name (`local:` for a function's own), an attribute, an item and its container. */
  const writtenKeys = (target: SyntaxNode, scope: Scope): string[] => {
    if (target.type === "pattern_list" || target.type === "tuple_pattern" || target.type === "list_pattern" || target.type === "tuple" || target.type === "list") return target.namedChildren.flatMap((t) => writtenKeys(t, scope));
    if (target.type === "identifier") return [scope !== a.module && isLocal(scope, target.text) ? `local:${target.text}` : target.text];
    if (target.type === "attribute") return [`.${target.childForFieldName("attribute")!.text}`, ...mutKeys(target.childForFieldName("object")!, scope)];
    if (target.type === "subscript") return mutKeys(target, scope);
    if (target.type === "list_splat_pattern" || target.type === "parenthesized_expression") return target.namedChildren.flatMap((t) => writtenKeys(t, scope));
    return [];
  };
  /** Keys a node writes: assignments, `del`, and any method call on a value (`items.pop()`, `e.set()`). */
  const writesIn = (n: SyntaxNode, scope: (c: SyntaxNode) => Scope): Set<string> => {
    const keys = new Set<string>();
    own(n, (c) => {
      if (c.type === "assignment" || c.type === "augmented_assignment") for (const k of writtenKeys(c.childForFieldName("left")!, scope(c))) keys.add(k);
      else if (c.type === "for_statement" || c.type === "for_in_clause") for (const k of writtenKeys(c.childForFieldName("left")!, scope(c))) keys.add(k);
      else if (c.type === "delete_statement") for (const t of c.namedChildren) for (const k of writtenKeys(t, scope(c))) keys.add(k);
      else if (c.type === "named_expression") for (const k of writtenKeys(c.childForFieldName("name")!, scope(c))) keys.add(k);
      else if (c.type === "call") {
        const fn = c.childForFieldName("function")!;
        // A query (`t.is_alive()`) changes nothing; any other method may.
        if (fn.type === "attribute" && !THREAD_QUERIES.has(fn.childForFieldName("attribute")!.text)) for (const k of mutKeys(fn.childForFieldName("object")!, scope(c))) keys.add(k);
      }
    });
    return keys;
  };

  findSpins(root, a, blocks, reach, writesIn, scopeAt, stateKey, mutKeys, out);
  findRaces(a, blocks, scopeAt, stateKey, out);
  return out;
}

type Blocks = (n: SyntaxNode) => boolean;
type StateKey = (n: SyntaxNode, scope: Scope) => string | null;

/** The conditions a loop leaves by: its own, and each `if` around a `break`/`return`/`raise` of this loop. */
function exitGuards(loop: SyntaxNode): SyntaxNode[] | null {
  const guards: SyntaxNode[] = [];
  const cond = loop.childForFieldName("condition")!;
  const forever = /^(True|1)$/.test(cond.text);
  if (!forever) guards.push(cond);
  let unguardedExit = false;
  const visit = (n: SyntaxNode, guard: SyntaxNode | null): void => {
    if (SCOPED.has(n.type)) return;
    // A nested loop's break leaves that loop only.
    const nestedLoop = (n.type === "while_statement" || n.type === "for_statement") && n !== loop;
    if ((n.type === "break_statement" && !nestedLoop) || n.type === "return_statement" || n.type === "raise_statement") {
      if (guard) guards.push(guard);
      else unguardedExit = true;
    }
    const cond = n.type === "if_statement" || n.type === "elif_clause" ? n.childForFieldName("condition") : null;
    for (const c of n.namedChildren) {
      if (nestedLoop && c.type === "block") visitNested(c, guard);
      else visit(c, cond && c !== cond ? cond : guard);
    }
  };
  // Inside a nested loop only return and raise leave the outer loop.
  const visitNested = (n: SyntaxNode, guard: SyntaxNode | null): void => {
    if (SCOPED.has(n.type)) return;
    if (n.type === "return_statement" || n.type === "raise_statement") {
      if (guard) guards.push(guard);
      else unguardedExit = true;
    }
    const cond = n.type === "if_statement" || n.type === "elif_clause" ? n.childForFieldName("condition") : null;
    for (const c of n.namedChildren) visitNested(c, cond && c !== cond ? cond : guard);
  };
  visit(loop.childForFieldName("body")!, null);
  // A try around the body may leave by an exception from anything: not a spin we can judge.
  if (unguardedExit || loop.childForFieldName("body")!.namedChildren.some((c) => c.type === "try_statement")) return null;
  return guards;
}

function findSpins(
  root: SyntaxNode,
  a: Analysis,
  blocks: Blocks,
  reach: (n: SyntaxNode) => SyntaxNode[],
  writesIn: (n: SyntaxNode, scope: (c: SyntaxNode) => Scope) => Set<string>,
  scopeAt: (n: SyntaxNode) => Scope,
  stateKey: StateKey,
  mutKeys: (x: SyntaxNode, scope: Scope) => string[],
  out: ThreadHazards,
): void {
  const loops: SyntaxNode[] = [];
  walk(root, (n) => {
    if (n.type === "while_statement") loops.push(n);
  });
  // Where each piece of state is written, by function (or the module): who else may end a loop.
  const writers = new Map<string, Set<number>>();
  const addWriters = (body: SyntaxNode, owner: number): void => {
    for (const k of writesIn(body, scopeAt)) writers.set(k, new Set([...(writers.get(k) ?? []), owner]));
  };
  addWriters(root, -1);
  walk(root, (n) => {
    if (n.type === "function_definition") addWriters(n.childForFieldName("body")!, n.startIndex);
  });

  for (const loop of loops) {
    if (blocks(loop)) continue;
    const guards = exitGuards(loop);
    if (guards === null) continue;
    const scope = scopeAt(loop);
    // What the body changes (the condition's own calls, `e.is_set()`, change nothing it tests).
    const body = loop.childForFieldName("body")!;
    const reached = reach(body);
    const written = writesIn(body, scopeAt);
    for (const d of reached) for (const k of writesIn(d.childForFieldName("body")!, scopeAt)) written.add(k);
    const reachedIds = new Set(reached.map((d) => d.startIndex));
    let enclosing = -1;
    for (let p = loop.parent; p; p = p.parent) if (p.type === "function_definition") {
      enclosing = p.startIndex;
      break;
    }
    if (guards.length === 0) {
      // `while True:` with no way out: under CPython a thread may run it forever beside the others; here nothing else would run.
      if (enclosing !== -1) out.spins.set(loop.startIndex, "this loop never ends and reaches no call where tsyncio's threads switch (time.sleep, Event.wait, Queue.get, Lock.acquire…): once it runs, no other thread would run again (CPython runs them beside it); add such a call to the loop");
      continue;
    }
    let waitsOnOther = false;
    let driven = false;
    const bodyWrites = writesIn(body, scopeAt);
    const judge = (c: SyntaxNode): void => {
      if (driven) return;
      if (c.type === "call") {
        const fn = c.childForFieldName("function")!;
        const m = fn.type === "attribute" ? fn.childForFieldName("attribute")!.text : fn.text.split(".").pop()!;
        const recv = fn.type === "attribute" ? fn.childForFieldName("object")! : null;
        if (THREAD_QUERIES.has(m)) {
          // `q.empty()` while the loop takes from q: the loop drives it.
          if (recv && mutKeys(recv, scope).some((k) => bodyWrites.has(k))) driven = true;
          else waitsOnOther = true;
        } else if (defsByName(a, fn)) {
          // A function of the program decides: it may read anything, so the loop is not judged.
          driven = true;
        }
        if (recv) judge(recv);
        for (const arg of c.childForFieldName("arguments")?.namedChildren ?? []) judge(arg);
        return;
      }
      if (c.type === "identifier" || c.type === "attribute" || c.type === "subscript") {
        const key = stateKey(c, scope);
        if (key === null) {
          // A local the loop assigns (a counter) drives it; an attribute of a local object is judged by its own key.
          if (c.type === "identifier" && written.has(`local:${c.text}`)) driven = true;
          else if (c.type !== "identifier") for (const k of c.namedChildren) judge(k);
          return;
        }
        // `node.next` while the loop reassigns `node`: driven by the local.
        const bases: string[] = [];
        for (let b: SyntaxNode | null = c; b && b.type !== "identifier"; b = b.childForFieldName(b.type === "subscript" ? "value" : "object")) {
          const base = b.childForFieldName(b.type === "subscript" ? "value" : "object");
          if (base?.type === "identifier") bases.push(base.text);
          if (b.type === "subscript") for (const k of b.namedChildren.slice(1)) judge(k);
        }
        if (written.has(key) || bases.some((n) => written.has(`local:${n}`))) driven = true;
        else if ([...(writers.get(key) ?? [])].some((w) => w !== enclosing && !reachedIds.has(w))) waitsOnOther = true;
        return;
      }
      if (SCOPED.has(c.type)) return;
      for (const k of c.namedChildren) judge(k);
    };
    for (const g of guards) judge(g);
    if (waitsOnOther && !driven) {
      out.spins.set(
        loop.startIndex,
        "this loop waits for another thread without a blocking call: tsyncio's threads switch only at blocking calls (time.sleep, Event.wait, Queue.get, Thread.join…), so the thread it waits for would never run and the program would hang; block in the loop (time.sleep) or wait on an Event",
      );
    }
  }
}

/** A statement-by-statement walk of each blocking function: reads kept in locals, blocking calls, writes. */
function findRaces(a: Analysis, blocks: Blocks, scopeAt: (n: SyntaxNode) => Scope, stateKey: StateKey, out: ThreadHazards): void {
  const threads = a.threads!;
  for (const f of a.functions.values()) {
    if (f.isAsync || !f.runsLoop) continue;
    const scope = f.scope;
    /** Local name → the shared state it was read from, and whether a blocking call came since. */
    const taint = new Map<string, { keys: Set<string>; line: number; blockedAt: number | null }>();
    let held = 0;
    const readsOf = (n: SyntaxNode): Set<string> => {
      const keys = new Set<string>();
      own(n, (c) => {
        if (c.type === "identifier" || c.type === "attribute" || c.type === "subscript") {
          if (c.parent?.type === "call" && c.parent.childForFieldName("function")?.startIndex === c.startIndex) return;
          const k = stateKey(c, scopeAt(c));
          if (k !== null) keys.add(k);
        }
      });
      return keys;
    };
    const localsRead = (n: SyntaxNode): string[] => {
      const names: string[] = [];
      own(n, (c) => {
        if (c.type === "identifier" && taint.has(c.text)) names.push(c.text);
      });
      return names;
    };
    const blocked = (line: number): void => {
      for (const t of taint.values()) if (t.blockedAt === null) t.blockedAt = line;
    };
    const lockCall = (stmt: SyntaxNode): number => {
      const e = stmt.type === "expression_statement" ? stmt.namedChildren[0] : null;
      if (e?.type !== "call") return 0;
      const fn = e.childForFieldName("function")!;
      if (fn.type !== "attribute") return 0;
      const m = fn.childForFieldName("attribute")!.text;
      if (m === "acquire" && threads.methodCalls.has(e.startIndex)) return 1;
      if (m === "release") return -1;
      return 0;
    };
    const simple = (stmt: SyntaxNode): void => {
      const line = stmt.startPosition.row + 1;
      const e = stmt.type === "expression_statement" ? stmt.namedChildren[0] : null;
      const isAssign = e?.type === "assignment" || e?.type === "augmented_assignment";
      const left = isAssign ? e!.childForFieldName("left") : null;
      const right = isAssign ? e!.childForFieldName("right") : null;
      if (held === 0 && left && right) {
        const targetKey = stateKey(left, scope);
        if (targetKey !== null) {
          // `counter = counter + slow()`: read, then a blocking call, then the write.
          const direct = (e!.type === "augmented_assignment" || readsOf(right).has(targetKey)) && blocks(right);
          const via = localsRead(right).map((n) => taint.get(n)!).find((t) => t.keys.has(targetKey) && t.blockedAt !== null);
          if (direct || via) {
            const where = via ? `read at line ${via.line}, a blocking call at line ${via.blockedAt}` : "read, then a blocking call in the same statement";
            out.races.set(
              stmt.startIndex,
              `'${left.text}' is written here from a value ${where}, without a lock: another thread may change it in between, so the result depends on timing (under CPython too) and tsyncio, whose threads switch only at blocking calls, may print something else; hold a lock (with lock:) from the read to the write`,
            );
          }
        }
      }
      if (blocks(stmt)) blocked(line);
      if (left?.type === "identifier" && right && isLocal(scope, left.text) && e!.type === "assignment") {
        const keys = held === 0 ? readsOf(right) : new Set<string>();
        // A local copied from a tainted local keeps its origin.
        for (const n of localsRead(right)) for (const k of taint.get(n)!.keys) keys.add(k);
        if (keys.size > 0) taint.set(left.text, { keys, line, blockedAt: null });
        else taint.delete(left.text);
      }
      held = Math.max(0, held + lockCall(stmt));
    };
    const seq = (body: SyntaxNode | null): void => {
      for (const stmt of body?.namedChildren ?? []) statement(stmt);
    };
    const statement = (stmt: SyntaxNode): void => {
      switch (stmt.type) {
        case "function_definition":
        case "class_definition":
        case "decorated_definition":
        case "comment":
          return;
        case "with_statement": {
          const items = stmt.namedChildren.find((c) => c.type === "with_clause")?.namedChildren ?? [];
          const locked = items.some((it) => {
            const v = it.childForFieldName("value")!;
            return threads.withs.has((v.type === "as_pattern" ? v.namedChildren[0]! : v).startIndex);
          });
          if (locked) {
            blocked(stmt.startPosition.row + 1);
            held++;
            seq(stmt.childForFieldName("body"));
            held--;
          } else seq(stmt.childForFieldName("body"));
          return;
        }
        case "if_statement":
        case "while_statement":
        case "for_statement":
        case "try_statement":
        case "elif_clause":
        case "else_clause":
        case "except_clause":
        case "finally_clause": {
          // The header (condition, iterable) first, then each body in source order.
          const header = stmt.childForFieldName("condition") ?? stmt.childForFieldName("right");
          if (header && blocks(header)) blocked(header.startPosition.row + 1);
          if (stmt.type === "for_statement" && threads.loops.has(stmt.startIndex)) blocked(stmt.startPosition.row + 1);
          for (const c of stmt.namedChildren) if (c.type === "block" || c.type.endsWith("_clause")) statement(c);
          return;
        }
        case "block":
          return seq(stmt);
        default:
          simple(stmt);
      }
    };
    seq(f.node.childForFieldName("body"));
  }
}

/** Whether a call's callee is a function the program defines (by name; methods too). */
function defsByName(a: Analysis, fn: SyntaxNode): boolean {
  const name = fn.type === "identifier" ? fn.text : fn.type === "attribute" ? fn.childForFieldName("attribute")!.text : null;
  if (!name) return true;
  for (const f of a.functions.values()) if (f.name === name) return true;
  return false;
}
