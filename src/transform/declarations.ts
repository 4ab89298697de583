/**
 * Where each Python variable gets its TypeScript declaration. Python has
 * function scope and no declarations; TypeScript has block scope. A name
 * first assigned by a statement directly in the function body, and not read
 * before it, is declared right there (`const` when assigned once). So is a
 * function's name that lives entirely in one nested block (a loop body, a
 * branch) from its first assignment on and that no closure sees. Any other
 * name is declared at the top of the function. Loop variables used only by
 * their loop are declared by the loop.
 */
import { capturedWithin } from "../analyze/captures.js";
import type { Binding, Scope } from "../analyze/scopes.js";
import type { SyntaxNode } from "../parse/parser.js";

export interface DeclarationPlan {
  /** Names to declare at the top of the body: `let x: any;` */
  hoisted: Binding[];
  /** Binding site start offset → the binding declared there. */
  inlineAt: Map<number, Binding>;
  /** For-statement start offset → bindings its loop declares. */
  loopOwned: Map<number, Binding[]>;
}

const DECLARED_ELSEWHERE = new Set(["param", "def", "class", "import"]);

function enclosingStatement(site: SyntaxNode): SyntaxNode | null {
  let n: SyntaxNode | null = site;
  while (n && n.type !== "expression_statement" && n.type !== "for_statement") n = n.parent;
  return n;
}

function firstRead(scope: Scope, name: string): number {
  const reads = scope.reads.get(name) ?? [];
  return reads.length === 0 ? Infinity : Math.min(...reads);
}

function readsWithin(scope: Scope, name: string, node: SyntaxNode): boolean {
  return (scope.reads.get(name) ?? []).every((p) => p >= node.startIndex && p < node.endIndex);
}

/** The literal kind of an assigned value, to spot a name that changes type. */
function literalKind(site: SyntaxNode): string | null {
  const assign = site.parent?.type === "assignment" ? site.parent : null;
  const right = assign?.childForFieldName("right");
  if (!right) return null;
  const kinds: Record<string, string> = { integer: "n", float: "n", string: "s", true: "b", false: "b", none: "null", list: "a", list_comprehension: "a", dictionary: "m", set: "set" };
  return kinds[right.type] ?? "?";
}

export function changesType(b: Binding): boolean {
  const kinds = new Set(b.sites.map(literalKind).filter((k): k is string => k !== null && k !== "?"));
  return kinds.size > 1 || (kinds.has("null") && b.sites.length > 1);
}

export function planDeclarations(scope: Scope, body: SyntaxNode, typeAliases: ReadonlyMap<string, string> = new Map()): DeclarationPlan {
  const plan: DeclarationPlan = { hoisted: [], inlineAt: new Map(), loopOwned: new Map() };
  for (const b of scope.bindings.values()) {
    if (scope.kind === "module" && typeAliases.get(b.name) === "alias") continue;
    if (scope.globals.has(b.name) || scope.nonlocals.has(b.name)) continue;
    if ([...b.kinds].some((k) => DECLARED_ELSEWHERE.has(k)) && !b.kinds.has("assign") && !b.kinds.has("for")) continue;
    if ([...b.kinds].some((k) => DECLARED_ELSEWHERE.has(k))) {
      // A parameter or def that is also reassigned is declared already.
      continue;
    }
    if (b.kinds.size === 1 && b.kinds.has("except")) continue; // bound by its catch block
    if (b.kinds.size === 1 && b.kinds.has("for")) {
      const loops = new Set(b.sites.map((s) => enclosingStatement(s)));
      const loop = b.sites.length === 1 ? [...loops][0] : null;
      // A closure in the loop that captures the variable must share one binding with later turns.
      if (loop && readsWithin(scope, b.name, loop) && !capturedWithin(loop, b.name)) {
        const list = plan.loopOwned.get(loop.startIndex) ?? [];
        list.push(b);
        plan.loopOwned.set(loop.startIndex, list);
        b.declare = "none";
        continue;
      }
    }
    const first = b.sites[0]!;
    const stmt = enclosingStatement(first);
    const assign = assignmentOf(first);
    const direct = stmt?.type === "expression_statement" && stmt.parent?.startIndex === body.startIndex && stmt.parent.type === body.type && assign !== null && b.kinds.has("assign");
    const local = !direct && scope.kind === "function" && stmt !== null && assign !== null && livesInBlock(scope, b, stmt, body);
    if ((direct || local) && firstRead(scope, b.name) >= stmt!.startIndex && !b.kinds.has("walrus")) {
      b.declare = "inline";
      b.constant = b.sites.length === 1 && !b.kinds.has("rebound") && assign.childForFieldName("right")?.type !== "assignment" && !isChained(assign);
      plan.inlineAt.set(first.startIndex, b);
    } else {
      b.declare = "hoist";
      plan.hoisted.push(b);
    }
  }
  demoteSplitPatterns(scope, plan);
  demotePartialLoops(scope, plan);
  return plan;
}

/**
 * Whether a name bound only by assignments is used only inside the block
 * that holds its first assignment, from that statement on. A JavaScript
 * `let` in that block then behaves like the Python function-wide variable:
 * each time the block runs, the first assignment runs before any use. A name
 * a closure or comprehension sees is left out: a block `let` in a loop is a
 * new variable every turn, where Python closures share one.
 */
function livesInBlock(scope: Scope, b: Binding, stmt: SyntaxNode, body: SyntaxNode): boolean {
  if (b.kinds.size !== 1 || !b.kinds.has("assign")) return false;
  const block = stmt.parent;
  if (block?.type !== "block") return false;
  const within = (p: number) => p >= stmt.startIndex && p < block.endIndex;
  if (!b.sites.every((s) => within(s.startIndex))) return false;
  if (!(scope.reads.get(b.name) ?? []).every(within)) return false;
  return !seenByInnerCode(body, b.name);
}

const INNER_CODE = new Set(["lambda", "function_definition", "class_definition", "list_comprehension", "set_comprehension", "dictionary_comprehension", "generator_expression"]);

/** Whether `name` occurs inside a lambda, def, class or comprehension in `node`. */
function seenByInnerCode(node: SyntaxNode, name: string, inner = false): boolean {
  if (node.type === "identifier") return inner && node.text === name;
  const nowInner = inner || INNER_CODE.has(node.type);
  return node.namedChildren.some((c) => seenByInnerCode(c, name, nowInner));
}

/** A loop declares its targets only when it owns all of them; otherwise they all move to the top. */
function demotePartialLoops(scope: Scope, plan: DeclarationPlan): void {
  for (const [start, owned] of plan.loopOwned) {
    const loop = owned[0]!.sites[0]!;
    let stmt: SyntaxNode | null = loop;
    while (stmt && !(stmt.type === "for_statement" && stmt.startIndex === start)) stmt = stmt.parent;
    const names = stmt ? identifiersIn(stmt.childForFieldName("left")!) : [];
    if (names.length === owned.length) continue;
    plan.loopOwned.delete(start);
    for (const b of owned) {
      if (!scope.bindings.has(b.name)) continue;
      b.declare = "hoist";
      plan.hoisted.push(b);
    }
  }
}

/** The assignment whose left side binds `site`, through tuple patterns. */
function assignmentOf(site: SyntaxNode): SyntaxNode | null {
  let n: SyntaxNode | null = site.parent;
  let child: SyntaxNode = site;
  while (n && ["pattern_list", "tuple_pattern", "list_pattern", "parenthesized_expression", "list_splat_pattern"].includes(n.type)) {
    child = n;
    n = n.parent;
  }
  if (n?.type !== "assignment") return null;
  const left = n.childForFieldName("left");
  return left && left.startIndex === child.startIndex && left.endIndex === child.endIndex ? n : null;
}

function isChained(assign: SyntaxNode): boolean {
  return assign.parent?.type === "assignment";
}

/** `a, b = …` declares both names there or neither: JS destructuring is one declaration. */
function demoteSplitPatterns(scope: Scope, plan: DeclarationPlan): void {
  const byTarget = new Map<number, Binding[]>();
  for (const b of plan.inlineAt.values()) {
    const assign = assignmentOf(b.sites[0]!);
    const left = assign?.childForFieldName("left");
    if (!left || left.type === "identifier") continue;
    const list = byTarget.get(left.startIndex) ?? [];
    list.push(b);
    byTarget.set(left.startIndex, list);
  }
  for (const inline of byTarget.values()) {
    const left = assignmentOf(inline[0]!.sites[0]!)!.childForFieldName("left")!;
    const names = identifiersIn(left);
    const allInline = names.every((id) => plan.inlineAt.get(id.startIndex)?.name === id.text && scope.bindings.get(id.text) !== undefined);
    if (allInline) continue;
    for (const b of inline) {
      plan.inlineAt.delete(b.sites[0]!.startIndex);
      b.declare = "hoist";
      plan.hoisted.push(b);
    }
  }
}

function identifiersIn(node: SyntaxNode): SyntaxNode[] {
  if (node.type === "identifier") return [node];
  return node.namedChildren.flatMap(identifiersIn);
}
