/**
 * CPython's `pprint.PrettyPrinter`, step for step: a value whose one-line
 * form does not fit `width - indent - allowance` is split by the printer for
 * its type (dict, list, tuple, set, str, dataclass and the collections
 * types); anything else is written as its repr even when too long.
 */
import { ValueError } from "../../exceptions.js";
import { id, strLength } from "../../builtins.js";
import { FrozenSet, hintParts } from "../../repr.js";
import { PySet } from "../../sets/pyset.js";
import { Counter } from "../collections/counter.js";
import { defaultdict, OrderedDict } from "../collections/dicts.js";
import { deque } from "../collections/deque.js";
import { ChainMap } from "../collections/chainmap.js";
import { UserDict, UserList, UserString } from "../collections/user.js";
import { dictItems, hasOwnRepr, isPlainDict, isPlainList, isPlainTuple, item, recursionText, reprOf, safeRepr, safeSorted, type Item, type SafeRepr } from "./safe-repr.js";

export interface Writer {
  write(s: string): unknown;
}

export interface PrinterOptions {
  indent?: number;
  width?: number;
  depth?: number | null;
  stream?: Writer | null;
  compact?: boolean;
  sort_dicts?: boolean;
  underscore_numbers?: boolean;
}

class Buffer implements Writer {
  text = "";
  write(s: string): void {
    this.text += s;
  }
}

const stdout: Writer = { write: (s: string) => process.stdout.write(s) };

function truth(x: unknown, dflt: boolean): boolean {
  return x === undefined ? dflt : Boolean(x) && x !== 0;
}

type Dispatch = (p: PrettyPrinter, it: Item, stream: Writer, indent: number, allowance: number, context: Set<number>, level: number) => void;

/** Python's `str.splitlines(True)`. */
function splitLinesKeep(s: string): string[] {
  return s.match(/[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]*(?:\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])|[^\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+$/gu) ?? [];
}

/** `re.findall(r'\S*\s*', line)` without its final empty match: words with their trailing spaces. */
function wordsWithSpaces(line: string): string[] {
  return line.match(/\S+\s*|\s+/gu) ?? [];
}

export class PrettyPrinter {
  _indent_per_level: number;
  _width: number;
  _depth: number | null;
  _stream: Writer;
  _compact: boolean;
  _sort_dicts: boolean;
  _underscore_numbers: boolean;
  _readable = true;
  _recursive = false;

  constructor(...args: unknown[]) {
    // (indent=1, width=80, depth=None, stream=None, *, compact, sort_dicts, underscore_numbers):
    // the keywords arrive as one trailing object, wherever the given positions stop.
    const last = args[args.length - 1];
    const opts: PrinterOptions =
      last !== null && typeof last === "object" && Object.getPrototypeOf(last) === Object.prototype && typeof (last as Writer).write !== "function" ? (args.pop() as PrinterOptions) : {};
    const indent = args[0] ?? opts.indent ?? 1;
    const width = args[1] ?? opts.width ?? 80;
    const depth = args[2] ?? opts.depth ?? null;
    const stream = args[3] ?? opts.stream ?? null;
    const ind = Math.trunc(Number(indent ?? 1));
    const w = Math.trunc(Number(width ?? 80));
    if (ind < 0) throw new ValueError("indent must be >= 0");
    if (depth !== null && depth !== undefined && (depth as number) <= 0) throw new ValueError("depth must be > 0");
    if (!w) throw new ValueError("width must be != 0");
    this._indent_per_level = ind;
    this._width = w;
    this._depth = (depth as number | null | undefined) ?? null;
    this._stream = (stream as Writer | null) ?? stdout;
    this._compact = truth(opts.compact, false);
    this._sort_dicts = truth(opts.sort_dicts, true);
    this._underscore_numbers = truth(opts.underscore_numbers, false);
  }

  pprint(object: unknown): void {
    this._format(item(object), this._stream, 0, 0, new Set(), 0);
    this._stream.write("\n");
  }

  pformat(object: unknown): string {
    const sio = new Buffer();
    this._format(item(object), sio, 0, 0, new Set(), 0);
    return sio.text;
  }

  isrecursive(object: unknown): boolean {
    return this._safe(item(object), new Set(), 0).recursive;
  }

  isreadable(object: unknown): boolean {
    const r = this._safe(item(object), new Set(), 0);
    return r.readable && !r.recursive;
  }

  _safe(it: Item, context: Set<number>, level: number): SafeRepr {
    return safeRepr(it, context, this._depth, level, { sortDicts: this._sort_dicts, underscoreNumbers: this._underscore_numbers });
  }

  _repr(it: Item, context: Set<number>, level: number): string {
    const r = this._safe(it, new Set(context), level);
    if (!r.readable) this._readable = false;
    if (r.recursive) this._recursive = true;
    return r.text;
  }

  _format(it: Item, stream: Writer, indent: number, allowance: number, context: Set<number>, level: number): void {
    const x = it.value;
    const objid = typeof x === "object" && x !== null ? id(x) : -1;
    if (objid >= 0 && context.has(objid)) {
      stream.write(recursionText(x as object));
      this._recursive = true;
      this._readable = false;
      return;
    }
    const rep = this._repr(it, context, level);
    const maxWidth = this._width - indent - allowance;
    if (strLength(rep) > maxWidth) {
      const p = dispatchFor(x, rep);
      if (p) {
        if (objid >= 0) context.add(objid);
        p(this, it, stream, indent, allowance, context, level + 1);
        if (objid >= 0) context.delete(objid);
        return;
      }
    }
    stream.write(rep);
  }

  _format_dict_items(items: [Item, Item][], stream: Writer, indent: number, allowance: number, context: Set<number>, level: number): void {
    indent += this._indent_per_level;
    const delimnl = ",\n" + " ".repeat(indent);
    items.forEach(([key, ent], i) => {
      const last = i === items.length - 1;
      const rep = this._repr(key, context, level);
      stream.write(rep);
      stream.write(": ");
      this._format(ent, stream, indent + strLength(rep) + 2, last ? allowance : 1, context, level);
      if (!last) stream.write(delimnl);
    });
  }

  _format_namespace_items(items: [string, Item][], stream: Writer, indent: number, allowance: number, context: Set<number>, level: number): void {
    const delimnl = ",\n" + " ".repeat(indent);
    items.forEach(([key, ent], i) => {
      const last = i === items.length - 1;
      stream.write(key);
      stream.write("=");
      const v = ent.value;
      if (typeof v === "object" && v !== null && context.has(id(v))) stream.write("...");
      else this._format(ent, stream, indent + strLength(key) + 1, last ? allowance : 1, context, level);
      if (!last) stream.write(delimnl);
    });
  }

  _format_items(items: Item[], stream: Writer, indent: number, allowance: number, context: Set<number>, level: number): void {
    indent += this._indent_per_level;
    if (this._indent_per_level > 1) stream.write(" ".repeat(this._indent_per_level - 1));
    const delimnl = ",\n" + " ".repeat(indent);
    let delim = "";
    let width = this._width - indent + 1;
    let maxWidth = width;
    for (let i = 0; i < items.length; i++) {
      const ent = items[i]!;
      const last = i === items.length - 1;
      if (last) {
        maxWidth -= allowance;
        width -= allowance;
      }
      if (this._compact) {
        const rep = this._repr(ent, context, level);
        const w = strLength(rep) + 2;
        if (width < w) {
          width = maxWidth;
          if (delim) delim = delimnl;
        }
        if (width >= w) {
          width -= w;
          stream.write(delim);
          delim = ", ";
          stream.write(rep);
          continue;
        }
      }
      stream.write(delim);
      delim = delimnl;
      this._format(ent, stream, indent, last ? allowance : 1, context, level);
    }
  }

  _pprint_str(s: string, stream: Writer, indent: number, allowance: number, level: number): void {
    if (s.length === 0) {
      stream.write(reprOf(item(s)));
      return;
    }
    const chunks: string[] = [];
    const lines = splitLinesKeep(s);
    if (level === 1) {
      indent += 1;
      allowance += 1;
    }
    const maxWidth = this._width - indent;
    let maxWidth1 = maxWidth;
    let rep = "";
    lines.forEach((line, i) => {
      rep = reprOf(item(line));
      if (i === lines.length - 1) maxWidth1 -= allowance;
      if (strLength(rep) <= maxWidth1) {
        chunks.push(rep);
        return;
      }
      const parts = wordsWithSpaces(line);
      let maxWidth2 = maxWidth;
      let current = "";
      parts.forEach((part, j) => {
        const candidate = current + part;
        if (j === parts.length - 1 && i === lines.length - 1) maxWidth2 -= allowance;
        if (strLength(reprOf(item(candidate))) > maxWidth2) {
          if (current) chunks.push(reprOf(item(current)));
          current = part;
        } else current = candidate;
      });
      if (current) chunks.push(reprOf(item(current)));
    });
    if (chunks.length === 1) {
      stream.write(rep);
      return;
    }
    if (level === 1) stream.write("(");
    chunks.forEach((c, i) => {
      if (i > 0) stream.write("\n" + " ".repeat(indent));
      stream.write(c);
    });
    if (level === 1) stream.write(")");
  }
}

const pprintDict: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  stream.write("{");
  if (p._indent_per_level > 1) stream.write(" ".repeat(p._indent_per_level - 1));
  const d = it.value as Map<unknown, unknown>;
  if (d.size > 0) p._format_dict_items(dictItems(d, it.desc, p._sort_dicts), stream, indent, allowance + 1, context, level);
  stream.write("}");
};

const elements = (it: Item): Item[] => [...(it.value as Iterable<unknown>)].map((v, i) => item(v, hintParts.element(it.desc, i)));

const pprintList: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  stream.write("[");
  p._format_items(elements(it), stream, indent, allowance + 1, context, level);
  stream.write("]");
};

const pprintTuple: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  stream.write("(");
  const endchar = (it.value as unknown[]).length === 1 ? ",)" : ")";
  p._format_items(elements(it), stream, indent, allowance + endchar.length, context, level);
  stream.write(endchar);
};

const pprintSet: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  const s = it.value as Set<unknown>;
  if (s.size === 0) {
    stream.write(reprOf(it));
    return;
  }
  let endchar = "}";
  if (s instanceof FrozenSet) {
    stream.write("frozenset({");
    endchar = "})";
    indent += "frozenset".length + 1;
  } else stream.write("{");
  const items = safeSorted(elements(it), (e) => e.value);
  p._format_items(items, stream, indent, allowance + endchar.length, context, level);
  stream.write(endchar);
};

const pprintString: Dispatch = (p, it, stream, indent, allowance, _context, level) => p._pprint_str(it.value as string, stream, indent, allowance, level);

const pprintDataclass: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  const x = it.value as Record<string, unknown>;
  const cls = x.constructor as unknown as { name: string; __dataclass_fields__: readonly { name: string; repr?: boolean }[] };
  indent += cls.name.length + 1;
  const items: [string, Item][] = cls.__dataclass_fields__.filter((f) => f.repr !== false).map((f) => [f.name, item(x[f.name])]);
  stream.write(cls.name + "(");
  p._format_namespace_items(items, stream, indent, allowance, context, level);
  stream.write(")");
};

const pprintOrderedDict: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  const d = it.value as Map<unknown, unknown>;
  if (d.size === 0) {
    stream.write(reprOf(it));
    return;
  }
  const name = d.constructor.name;
  stream.write(name + "(");
  p._format(item([...d].map(([k, v]) => Object.freeze([k, v]))), stream, indent + name.length + 1, allowance + 1, context, level);
  stream.write(")");
};

const pprintDefaultDict: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  const d = it.value as defaultdict;
  if (d.size === 0) {
    stream.write(reprOf(it));
    return;
  }
  const rdf = p._repr(item(d.default_factory), context, level);
  const name = d.constructor.name;
  indent += name.length + 1;
  stream.write(`${name}(${rdf},\n${" ".repeat(indent)}`);
  pprintDict(p, item(new Map(d)), stream, indent, allowance + 1, context, level);
  stream.write(")");
};

const pprintCounter: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  const c = it.value as Counter;
  if (c.size === 0) {
    stream.write(reprOf(it));
    return;
  }
  const name = c.constructor.name;
  stream.write(name + "({");
  if (p._indent_per_level > 1) stream.write(" ".repeat(p._indent_per_level - 1));
  const items: [Item, Item][] = c.most_common().map(([k, v]) => [item(k), item(v)]);
  p._format_dict_items(items, stream, indent + name.length + 1, allowance + 2, context, level);
  stream.write("})");
};

const pprintChainMap: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  const c = it.value as ChainMap;
  if (c.maps.length === 0) {
    stream.write(reprOf(it));
    return;
  }
  const name = c.constructor.name;
  stream.write(name + "(");
  indent += name.length + 1;
  c.maps.forEach((m, i) => {
    if (i === c.maps.length - 1) {
      p._format(item(m), stream, indent, allowance + 1, context, level);
      stream.write(")");
    } else {
      p._format(item(m), stream, indent, 1, context, level);
      stream.write(",\n" + " ".repeat(indent));
    }
  });
};

const pprintDeque: Dispatch = (p, it, stream, indent, allowance, context, level) => {
  const d = it.value as deque;
  const items = [...(d as unknown as Iterable<unknown>)].map((v) => item(v));
  if (items.length === 0) {
    stream.write(reprOf(it));
    return;
  }
  const name = d.constructor.name;
  stream.write(name + "(");
  indent += name.length + 1;
  stream.write("[");
  if (d.maxlen === null) {
    p._format_items(items, stream, indent, allowance + 2, context, level);
    stream.write("])");
  } else {
    p._format_items(items, stream, indent, 2, context, level);
    const rml = p._repr(item(d.maxlen), context, level);
    stream.write(`],\n${" ".repeat(indent)}maxlen=${rml})`);
  }
};

/** Extra printers for wrapper types (collections.UserDict and friends) register here. */
export const extraDispatch: [(x: unknown) => boolean, Dispatch][] = [];

/** The printer CPython dispatches to on `type(x).__repr__`, if any. */
function dispatchFor(x: unknown, rep: string): Dispatch | undefined {
  if (typeof x === "string") return pprintString;
  if (typeof x !== "object" || x === null) return undefined;
  if (isPlainDict(x)) return pprintDict;
  if (isPlainList(x)) return pprintList;
  if (isPlainTuple(x)) return pprintTuple;
  if (x instanceof Set && !hasOwnRepr(x) && (x.constructor === Set || x.constructor === PySet || x.constructor === FrozenSet)) return pprintSet;
  if (x instanceof Counter) return pprintCounter;
  if (x instanceof OrderedDict) return pprintOrderedDict;
  if (x instanceof defaultdict) return pprintDefaultDict;
  if (x instanceof deque) return pprintDeque;
  if (x instanceof ChainMap) return pprintChainMap;
  // CPython 3.11 prints the collections wrappers as their data, one level up.
  if (x instanceof UserDict || x instanceof UserList) return (p, _it, stream, indent, allowance, context, level) => p._format(item((x as UserDict).data), stream, indent, allowance, context, level - 1);
  if (x instanceof UserString) return (p, _it, stream, indent, allowance, _context, level) => p._pprint_str((x as UserString).data, stream, indent, allowance, level - 1);
  for (const [test, p] of extraDispatch) if (test(x)) return p;
  // A dataclass whose repr is the generated one (the class name, then its fields).
  const ctor = (x as { constructor?: { name?: string; __dataclass_fields__?: unknown } }).constructor;
  if (ctor && Array.isArray(ctor.__dataclass_fields__) && rep.startsWith(`${ctor.name}(`)) return pprintDataclass;
  return undefined;
}
