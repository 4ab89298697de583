/**
 * A plain JavaScript copy of a tree-sitter tree. Every property of a native
 * node is a call into the addon (and `children` builds a new array each
 * time); analysis and transform read each node many times, so the tree is
 * copied once with a cursor and then read at JavaScript speed. The copy
 * answers the same questions the native nodes do; child arrays are frozen
 * because they are shared between readers.
 */

export interface Point {
  row: number;
  column: number;
}

export interface SyntaxNode {
  type: string;
  text: string;
  isNamed: boolean;
  isMissing: boolean;
  hasError: boolean;
  startIndex: number;
  endIndex: number;
  startPosition: Point;
  endPosition: Point;
  parent: SyntaxNode | null;
  children: SyntaxNode[];
  namedChildren: SyntaxNode[];
  childCount: number;
  namedChildCount: number;
  firstChild: SyntaxNode | null;
  firstNamedChild: SyntaxNode | null;
  nextSibling: SyntaxNode | null;
  previousSibling: SyntaxNode | null;
  childForFieldName(name: string): SyntaxNode | null;
  childrenForFieldName(name: string): SyntaxNode[];
}

/** The parts of the native tree-sitter API the copy is made with. */
interface NativeCursor {
  readonly nodeTypeId: number;
  readonly nodeType: string;
  readonly nodeIsNamed: boolean;
  readonly nodeIsMissing: boolean;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly currentFieldId: number;
  readonly currentFieldName: string | undefined;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
}
export interface NativeTree {
  rootNode: SyntaxNode;
  walk(): NativeCursor;
}

const NONE: SyntaxNode[] = Object.freeze([]) as unknown as SyntaxNode[];

/** Shared by all nodes of one tree: the text, and line starts for positions. */
class Document {
  private lineStarts: number[] | undefined;
  constructor(readonly source: string) {}

  point(index: number): Point {
    const starts = (this.lineStarts ??= lineStartsOf(this.source));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return { row: lo, column: index - starts[lo]! };
  }
}

// tree-sitter counts rows by "\n" alone and columns in UTF-16 units here.
function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

class Node implements SyntaxNode {
  children: SyntaxNode[] = NONE;
  /** Position in the parent's children, for the sibling links. */
  index = 0;
  hasError = false;
  private named: SyntaxNode[] | undefined;

  constructor(
    private readonly doc: Document,
    readonly typeId: number,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    /** The field this node fills in its parent, or undefined. */
    readonly field: string | undefined,
    readonly parent: Node | null,
  ) {}

  get text(): string {
    return this.doc.source.slice(this.startIndex, this.endIndex);
  }
  get startPosition(): Point {
    return this.doc.point(this.startIndex);
  }
  get endPosition(): Point {
    return this.doc.point(this.endIndex);
  }
  get namedChildren(): SyntaxNode[] {
    return (this.named ??= namedOf(this.children));
  }
  get childCount(): number {
    return this.children.length;
  }
  get namedChildCount(): number {
    return this.namedChildren.length;
  }
  get firstChild(): SyntaxNode | null {
    return this.children[0] ?? null;
  }
  get firstNamedChild(): SyntaxNode | null {
    return this.namedChildren[0] ?? null;
  }
  get nextSibling(): SyntaxNode | null {
    return this.parent?.children[this.index + 1] ?? null;
  }
  get previousSibling(): SyntaxNode | null {
    return this.index === 0 ? null : (this.parent?.children[this.index - 1] ?? null);
  }
  childForFieldName(name: string): SyntaxNode | null {
    for (const c of this.children) if ((c as Node).field === name) return c;
    return null;
  }
  childrenForFieldName(name: string): SyntaxNode[] {
    return this.children.filter((c) => (c as Node).field === name);
  }
}

/** What the grammar's node-types table says, to skip questions with known answers. */
export interface GrammarFacts {
  /** Named node types that are single tokens: they never have children. */
  leaves: ReadonlySet<string>;
  /** Node types none of whose children fill a field. */
  fieldless: ReadonlySet<string>;
}

/** Facts from a tree-sitter language's `nodeTypeInfo` (its node-types.json). */
export function grammarFacts(nodeTypes: { type: string; named: boolean; fields?: object; children?: object; subtypes?: object }[]): GrammarFacts {
  const leaves = new Set<string>();
  const fieldless = new Set<string>();
  for (const t of nodeTypes) {
    if (!t.named) continue;
    // Rules list `fields` (maybe empty); tokens list nothing at all.
    if (!t.fields && !t.children && !t.subtypes) leaves.add(t.type);
    if (!t.fields || Object.keys(t.fields).length === 0) fieldless.add(t.type);
  }
  return { leaves, fieldless };
}

function namedOf(children: SyntaxNode[]): SyntaxNode[] {
  let named: SyntaxNode[] | undefined;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (named) {
      if (c.isNamed) named.push(c);
    } else if (!c.isNamed) named = children.slice(0, i);
  }
  // Often every child is named: share the array.
  return named ? (Object.freeze(named) as SyntaxNode[]) : children;
}

// Per numeric type id, filled as ids are met: reading the type name string
// from the addon for every node would cost more than the copy itself.
const typeNames: string[] = [];
const namedTypes: boolean[] = [];
const leafTypes: boolean[] = [];
const fieldlessTypes: boolean[] = [];
const fieldNames: (string | undefined)[] = [];

/**
 * Copy the tree. `broken` says the tree has ERROR or MISSING nodes; only
 * then is per-node missing/error state read, since a clean tree has none.
 */
/** How deep the last tree copied nests (the root is 1): later stages choose their strategy by it. */
export let deepest = 1;

export function copyTree(tree: NativeTree, source: string, broken: boolean, facts: GrammarFacts): SyntaxNode {
  deepest = 1;
  const doc = new Document(source);
  const cursor = tree.walk();
  const root = visit(cursor, doc, null, broken, facts);
  const stack: Node[] = [root];
  const kids: SyntaxNode[][] = [[]];
  // Depth-first with an explicit stack: deeply nested expressions must not overflow the JavaScript stack.
  if (!cursor.gotoFirstChild()) return finish(root, [], broken);
  for (;;) {
    const parent = stack[stack.length - 1]!;
    const siblings = kids[kids.length - 1]!;
    const node = visit(cursor, doc, parent, broken, facts);
    node.index = siblings.length;
    siblings.push(node);
    // A broken tree may hang ERROR nodes anywhere, so only a clean one skips the question.
    if ((broken || !leafTypes[node.typeId]) && cursor.gotoFirstChild()) {
      stack.push(node);
      kids.push([]);
      if (stack.length > deepest) deepest = stack.length;
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      const done = stack.pop()!;
      finish(done, kids.pop()!, broken);
      if (stack.length === 0) return root;
      cursor.gotoParent();
    }
  }
}

function visit(cursor: NativeCursor, doc: Document, parent: Node | null, broken: boolean, facts: GrammarFacts): Node {
  const id = cursor.nodeTypeId;
  let type = typeNames[id];
  if (type === undefined) {
    type = typeNames[id] = cursor.nodeType;
    const named = (namedTypes[id] = cursor.nodeIsNamed);
    leafTypes[id] = named && facts.leaves.has(type);
    fieldlessTypes[id] = named && facts.fieldless.has(type);
  }
  const fieldId = parent && (broken || !fieldlessTypes[parent.typeId]) ? cursor.currentFieldId : 0;
  let field: string | undefined;
  if (fieldId !== 0) field = fieldNames[fieldId] ??= cursor.currentFieldName;
  const missing = broken && cursor.nodeIsMissing;
  const node = new Node(doc, id, type, namedTypes[id]!, missing, cursor.startIndex, cursor.endIndex, field, parent);
  // Set here for leaves too (finish() only sees nodes with children): a MISSING token is a leaf.
  if (broken) node.hasError = missing || type === "ERROR";
  return node;
}

function finish(node: Node, children: SyntaxNode[], broken: boolean): Node {
  if (children.length > 0) node.children = Object.freeze(children) as SyntaxNode[];
  if (broken) node.hasError = node.type === "ERROR" || node.isMissing || children.some((c) => c.hasError);
  return node;
}
