/**
 * Inheritance for gen-stdlib.mjs: a stub class lists only what it defines
 * itself, so `class PriorityQueue(Queue[_T]): ...` has no `__init__` and a
 * call `PriorityQueue(maxsize=3)` would have no signature to bind by. Here a
 * class's bases are followed (through the module's imports, other stub
 * modules and builtins), its method resolution order is computed as CPython
 * does (C3), and what it inherits is added to its members, each inherited
 * member marked with the class it comes from (`inherited`).
 *
 * The constructor is decided as a call of the class would be: the first class
 * of the MRO that defines `__init__` or `__new__` gives it. It stays unknown
 * (no signature, as before) where a metaclass other than ABCMeta may replace
 * the call (enum), for TypedDict classes, and where a base cannot be found.
 */

/** Bases that add nothing a call could see: typing's generic and protocol markers. */
const TRANSPARENT = new Set(["Generic", "typing.Generic", "Protocol", "typing.Protocol", "typing_extensions.Protocol"]);
export const NAMED_TUPLE_BASES = new Set(["NamedTuple", "typing.NamedTuple"]);
const TYPED_DICT_BASES = new Set(["TypedDict", "typing.TypedDict", "typing_extensions.TypedDict"]);
/** Metaclasses that leave `Class(...)` to `__new__`/`__init__`. */
const PLAIN_METACLASSES = new Set(["ABCMeta", "abc.ABCMeta", "type"]);
const CONSTRUCTORS = ["__init__", "__new__"];

/** `loadModule(name)` gives a module's names (gen-stdlib.mjs), each class entry carrying `$module` and `$name`. */
export function inheritance(loadModule) {
  const mros = new Map();

  const qualName = (entry) => `${entry.$module}.${entry.$name}`;

  /** The class entry a base expression names, "transparent", or null when it cannot be found. */
  function resolveBase(moduleName, text, depth = 0) {
    const base = text.replace(/\[.*$/s, "").trim();
    if (TRANSPARENT.has(base)) return "transparent";
    if (depth > 8) return null;
    let entry;
    let where = moduleName;
    const dot = base.lastIndexOf(".");
    if (dot > 0) {
      where = base.slice(0, dot);
      entry = loadModule(where)?.names[base.slice(dot + 1)];
    } else {
      entry = loadModule(moduleName)?.names[base] ?? loadModule("builtins")?.names[base];
    }
    if (entry?.kind === "alias") return resolveBase(entry.from ?? where, entry.of, depth + 1);
    return entry?.kind === "class" && entry.$module ? entry : null;
  }

  /** C3 linearisation: the class first, then its ancestors as CPython orders them; null when a base is unknown. */
  function mro(entry, seen = new Set()) {
    const key = qualName(entry);
    if (mros.has(key)) return mros.get(key);
    if (seen.has(key)) return null;
    seen.add(key);
    const object = loadModule("builtins").names.object;
    let result = null;
    if (key === "builtins.object") result = [entry];
    else {
      const bases = [];
      let known = true;
      for (const b of entry.bases) {
        if (NAMED_TUPLE_BASES.has(b)) {
          bases.push(loadModule("builtins").names.tuple);
          continue;
        }
        const r = resolveBase(entry.$module, b);
        if (r === "transparent") continue;
        if (!r) known = false;
        else bases.push(r);
      }
      if (bases.length === 0) bases.push(object);
      const lines = known ? bases.map((b) => mro(b, seen)) : [null];
      if (lines.every(Boolean)) {
        const merged = merge([...lines.map((l) => l.map(qualName)), bases.map(qualName)]);
        if (merged) {
          const byName = new Map(lines.flat().map((e) => [qualName(e), e]));
          result = [entry, ...merged.map((q) => byName.get(q))];
        }
      }
    }
    seen.delete(key);
    mros.set(key, result);
    return result;
  }

  /** The class entry with what it inherits added to its members (a copy; the stub data stays as read). */
  function withInherited(entry) {
    const line = mro(entry);
    if (!line) return entry;
    const members = { ...entry.members };
    for (const base of line.slice(1)) {
      if (qualName(base) === "builtins.object") break;
      for (const [name, member] of Object.entries(base.members)) {
        if (name in members || CONSTRUCTORS.includes(name) || member.kind === "class") continue;
        // Only what a program names: a base's private helpers (`_init`) and protocol methods (`__eq__`,
        // reached through operators, not by name) would double the data for nothing.
        if (name.startsWith("_")) continue;
        members[name] = { ...member, inherited: qualName(base) };
      }
    }
    const ctor = constructor(entry, line);
    if (ctor) members[ctor.name] = ctor.member;
    return { ...entry, members };
  }

  /** The inherited `__init__` or `__new__` a call of this class binds by, or null (its own, or unknown). */
  function constructor(entry, line) {
    if (CONSTRUCTORS.some((n) => entry.members[n]?.kind === "function")) return null;
    if (entry.bases.some((b) => TYPED_DICT_BASES.has(b))) return null;
    if (line.some((c) => c.metaclass && !PLAIN_METACLASSES.has(c.metaclass))) return null;
    if (entry.$fields) return { name: "__new__", member: { kind: "function", sigs: [{ params: entry.$fields }], inherited: "typing.NamedTuple" } };
    for (const base of line.slice(1)) {
      if (base.$fields) return { name: "__new__", member: { kind: "function", sigs: [{ params: base.$fields }], inherited: qualName(base) } };
      const name = CONSTRUCTORS.find((n) => base.members[n]?.kind === "function");
      if (name) return { name, member: { ...base.members[name], inherited: qualName(base) } };
    }
    return null;
  }

  return { withInherited };
}

/** C3's merge of linearisations (lists of names); null when they conflict. */
function merge(seqs) {
  const lists = seqs.map((s) => [...s]).filter((s) => s.length > 0);
  const out = [];
  while (lists.length > 0) {
    const head = lists.map((l) => l[0]).find((h) => !lists.some((l) => l.indexOf(h) > 0));
    if (!head) return null;
    out.push(head);
    for (const l of lists) if (l[0] === head) l.shift();
    for (let i = lists.length - 1; i >= 0; i--) if (lists[i].length === 0) lists.splice(i, 1);
  }
  return out;
}
