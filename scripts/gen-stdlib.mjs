#!/usr/bin/env node
/**
 * Reads typeshed's standard-library stubs (shipped by the `pyright` dev
 * dependency) and writes what tsyncio needs to know about each module into
 * grammar-mappings/typeshed/<module>.json: every public function, class (with
 * its methods) and constant, each parameter's name and kind, and the annotated
 * result type. The stubs are read as Python 3.11 on Linux: `sys.version_info`
 * and `sys.platform` conditions are decided here, so the data holds only what
 * CPython 3.11 on Linux has.
 *
 * The output is committed: translating a program never needs the stubs.
 *
 *   npm run gen:stdlib            every module in MODULES and grammar-mappings/modules/
 *   npm run gen:stdlib -- re json only these
 */
import { createRequire } from "node:module";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { inheritance, NAMED_TUPLE_BASES } from "./gen-stdlib-inherit.mjs";

const require = createRequire(import.meta.url);
const Parser = require("tree-sitter");
const Python = require("tree-sitter-python");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const STUBS = join(ROOT, "node_modules/pyright/dist/typeshed-fallback/stdlib");
const OUT = join(ROOT, "grammar-mappings/typeshed");
const VERSION = [3, 11];
const PLATFORM = "linux";

/** Modules real programs import; grammar-mappings/modules/*.json adds the mapped ones. */
const MODULES = [
  // builtins: the classes a program's class may derive from (dict, Exception), for their constructors.
  "abc", "argparse", "builtins", "array", "asyncio", "base64", "binascii", "bisect", "calendar", "collections", "collections.abc",
  "concurrent.futures", "configparser", "contextlib", "contextvars", "copy", "csv", "dataclasses", "datetime", "decimal",
  "difflib", "enum", "errno", "fnmatch", "fractions", "functools", "glob", "hashlib", "heapq", "hmac", "html", "inspect",
  "io", "ipaddress", "itertools", "json", "keyword", "logging", "math", "operator", "os", "os.path", "pathlib",
  "platform", "pprint", "queue", "random", "re", "secrets", "shlex", "shutil", "signal", "socket", "statistics",
  "string", "struct", "subprocess", "sys", "tempfile", "textwrap", "threading", "time", "timeit", "traceback",
  "types", "typing", "unicodedata", "urllib.parse", "uuid", "warnings", "weakref", "zlib",
];

/** What the reading keeps on class entries for inheritance, never written out. */
const INTERNAL_KEYS = new Set(["$module", "$name", "$fields"]);

const parser = new Parser();
parser.setLanguage(Python);

function stubPath(module) {
  const rel = module.split(".");
  const file = join(STUBS, ...rel) + ".pyi";
  if (existsSync(file)) return file;
  const pkg = join(STUBS, ...rel, "__init__.pyi");
  return existsSync(pkg) ? pkg : null;
}

const isPackage = (module) => stubPath(module)?.endsWith("__init__.pyi") ?? false;

// ---- conditions -------------------------------------------------------------

function tupleOf(node) {
  return node.namedChildren.map((c) => Number(c.text));
}

function compareTuples(a, b) {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The value of a stub's `if` condition on CPython 3.11 / Linux; undefined when it is not about sys. */
function evaluate(node) {
  switch (node.type) {
    case "parenthesized_expression":
      return evaluate(node.namedChildren[0]);
    case "not_operator": {
      const v = evaluate(node.childForFieldName("argument"));
      return v === undefined ? undefined : !v;
    }
    case "boolean_operator": {
      const l = evaluate(node.childForFieldName("left"));
      const r = evaluate(node.childForFieldName("right"));
      if (l === undefined || r === undefined) return undefined;
      return node.childForFieldName("operator").type === "and" ? l && r : l || r;
    }
    case "comparison_operator": {
      const [left, right] = node.namedChildren;
      const op = node.children[1].type;
      if (left.text === "sys.version_info" && right.type === "tuple") {
        const c = compareTuples(VERSION, tupleOf(right));
        return { ">=": c >= 0, ">": c > 0, "<": c < 0, "<=": c <= 0, "==": c === 0, "!=": c !== 0 }[op];
      }
      if (left.text === "sys.platform" && right.type === "string") {
        const s = right.text.slice(1, -1);
        if (op === "==") return PLATFORM === s;
        if (op === "!=") return PLATFORM !== s;
      }
      return undefined;
    }
    case "call": {
      const fn = node.childForFieldName("function").text;
      const arg = node.childForFieldName("arguments").namedChildren[0];
      if (fn === "sys.platform.startswith" && arg?.type === "string") return PLATFORM.startsWith(arg.text.slice(1, -1));
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The statements of a block that apply, with `if`/`elif`/`else` on sys decided. */
function* liveStatements(block) {
  for (const stmt of block.namedChildren) {
    if (stmt.type !== "if_statement") {
      yield stmt;
      continue;
    }
    const branches = [{ cond: stmt.childForFieldName("condition"), body: stmt.childForFieldName("consequence") }];
    for (const alt of stmt.childrenForFieldName("alternative")) {
      const elif = alt.type === "elif_clause";
      branches.push({ cond: elif ? alt.childForFieldName("condition") : null, body: alt.childForFieldName(elif ? "consequence" : "body") });
    }
    for (const b of branches) {
      // A condition not about sys (rare in stubs) is taken as true: the stub means it to apply.
      const v = b.cond ? evaluate(b.cond) : true;
      if (v === false) continue;
      yield* liveStatements(b.body);
      break;
    }
  }
}

// ---- signatures -------------------------------------------------------------

const squash = (s) => s.replace(/\s+/g, " ").replace(/\[ /g, "[").replace(/,\s*\]/g, "]").trim();

function annotation(node) {
  return node ? squash(node.text) : null;
}

/** Parameters as [{ name, kind, default?, type? }]; kinds: positional, normal, keyword, varargs, kwargs. */
function parameters(paramsNode, dropFirst) {
  const out = [];
  let keywordOnly = false;
  const raw = paramsNode.namedChildren.filter((c) => c.type !== "comment");
  for (const p of raw) {
    if (p.type === "positional_separator") {
      for (const q of out) if (q.kind === "normal") q.kind = "positional";
      continue;
    }
    if (p.type === "keyword_separator") {
      keywordOnly = true;
      continue;
    }
    let name;
    let type = null;
    let hasDefault = false;
    let kind = keywordOnly ? "keyword" : "normal";
    switch (p.type) {
      case "identifier":
        name = p.text;
        break;
      case "typed_parameter": {
        const inner = p.namedChildren[0];
        type = annotation(p.childForFieldName("type"));
        if (inner.type === "list_splat_pattern") {
          name = inner.namedChildren[0].text;
          kind = "varargs";
        } else if (inner.type === "dictionary_splat_pattern") {
          name = inner.namedChildren[0].text;
          kind = "kwargs";
        } else name = inner.text;
        break;
      }
      case "default_parameter":
      case "typed_default_parameter":
        name = p.childForFieldName("name").text;
        type = annotation(p.childForFieldName("type"));
        hasDefault = true;
        break;
      case "list_splat_pattern":
        name = p.namedChildren[0].text;
        kind = "varargs";
        break;
      case "dictionary_splat_pattern":
        name = p.namedChildren[0].text;
        kind = "kwargs";
        break;
      default:
        continue;
    }
    if (kind === "varargs") keywordOnly = true;
    // Before PEP 570, typeshed spelled positional-only parameters with two leading underscores.
    if (kind === "normal" && /^__(?!.*__$)/.test(name)) kind = "positional";
    const param = { name, kind };
    if (hasDefault) param.default = true;
    if (type) param.type = type;
    out.push(param);
  }
  if (dropFirst && out.length > 0 && out[0].kind !== "varargs" && out[0].kind !== "kwargs") out.shift();
  return out;
}

function decoratorNames(node) {
  return node.type === "decorated_definition" ? node.namedChildren.filter((c) => c.type === "decorator").map((d) => d.namedChildren[0].text.replace(/\(.*$/s, "")) : [];
}

function definitionOf(node) {
  return node.type === "decorated_definition" ? node.childForFieldName("definition") : node;
}

function functionEntry(def, decorators, inClass) {
  const isStatic = decorators.includes("staticmethod");
  const sig = { params: parameters(def.childForFieldName("parameters"), inClass && !isStatic) };
  const ret = annotation(def.childForFieldName("return_type"));
  if (ret) sig.returns = ret;
  if (def.children.some((c) => c.type === "async")) sig.async = true;
  return sig;
}

/** Adds a def to `into` (a name → entry record), merging @overload variants into one entry. */
function addFunction(into, node, inClass) {
  const decorators = decoratorNames(node);
  const def = definitionOf(node);
  const name = def.childForFieldName("name").text;
  if (decorators.some((d) => /(^|\.)type_check_only$/.test(d))) return;
  if (decorators.some((d) => /\.(setter|deleter)$/.test(d))) return;
  if (decorators.includes("property") || decorators.some((d) => /(^|\.)cached_property$/.test(d))) {
    into[name] = { kind: "property" };
    const ret = annotation(def.childForFieldName("return_type"));
    if (ret) into[name].type = ret;
    return;
  }
  const sig = functionEntry(def, decorators, inClass);
  const overloaded = decorators.some((d) => /(^|\.)overload$/.test(d));
  const existing = into[name];
  if (overloaded && existing?.kind === "function" && existing.overloaded) {
    existing.sigs.push(sig);
    return;
  }
  const entry = { kind: "function", sigs: [sig] };
  if (overloaded) entry.overloaded = true;
  if (decorators.includes("staticmethod")) entry.static = true;
  if (decorators.includes("classmethod")) entry.classmethod = true;
  into[name] = entry;
}

function literalType(value) {
  if (!value) return null;
  switch (value.type) {
    case "integer":
      return "int";
    case "float":
      return "float";
    case "string":
      return "str";
    case "true":
    case "false":
      return "bool";
    case "none":
      return "None";
    default:
      return null;
  }
}

/** An annotated or assigned name: `pi: Final[float]`, `X: Final = 3`, `Alias = OtherClass`. */
function addAssignment(into, stmt, context) {
  const a = stmt.namedChildren[0];
  if (a?.type !== "assignment") return;
  const left = a.childForFieldName("left");
  if (left.type !== "identifier") return;
  const name = left.text;
  const typeNode = a.childForFieldName("type");
  const right = a.childForFieldName("right");
  let type = annotation(typeNode);
  if (type === "TypeAlias") {
    into[name] = { kind: "type" };
    return;
  }
  if (type && /^(typing\.)?Final\[(.*)\]$/.test(type)) type = type.replace(/^(typing\.)?Final\[(.*)\]$/, "$2");
  if (type === "Final" || type === "typing.Final") type = literalType(right);
  if (!type && right) {
    if (right.type === "call" && /^(TypeVar|ParamSpec|TypeVarTuple|NewType|NamedTuple)$/.test(right.childForFieldName("function").text)) {
      into[name] = { kind: right.childForFieldName("function").text === "NewType" ? "class" : "type" };
      return;
    }
    if (right.type === "identifier" || right.type === "attribute") {
      into[name] = { kind: "alias", of: right.text };
      return;
    }
    type = literalType(right);
  }
  const entry = { kind: context === "class" ? "attribute" : "constant" };
  if (type) entry.type = type;
  into[name] = entry;
}

function classEntry(node, moduleName) {
  const def = definitionOf(node);
  const entry = { kind: "class", bases: [], members: {} };
  // Where the class is defined and its name, for following its bases (gen-stdlib-inherit.mjs); not written out.
  entry.$module = moduleName;
  entry.$name = def.childForFieldName("name").text;
  const supers = def.childForFieldName("superclasses");
  for (const b of supers?.namedChildren ?? []) if (b.type !== "keyword_argument") entry.bases.push(squash(b.text));
  for (const b of supers?.namedChildren ?? []) if (b.type === "keyword_argument" && b.childForFieldName("name").text === "metaclass") entry.metaclass = b.childForFieldName("value").text;
  readBlock(def.childForFieldName("body"), entry.members, "class", null, moduleName);
  if (entry.bases.some((b) => NAMED_TUPLE_BASES.has(b))) entry.$fields = namedTupleFields(def.childForFieldName("body"));
  return entry;
}

// ---- modules ----------------------------------------------------------------

const cache = new Map();
const inherited = inheritance((module) => loadModule(module));

/** Resolves `from .x import y` inside `module` to an absolute module name. */
function absoluteModule(module, nameNode) {
  if (nameNode.type !== "relative_import") return nameNode.text;
  const prefix = nameNode.namedChildren.find((c) => c.type === "import_prefix")?.text ?? "";
  const rest = nameNode.namedChildren.find((c) => c.type === "dotted_name")?.text ?? "";
  const parts = module.split(".");
  const base = isPackage(module) ? parts : parts.slice(0, -1);
  const up = base.slice(0, base.length - (prefix.length - 1));
  return [...up, ...(rest ? [rest] : [])].join(".");
}

/** A NamedTuple stub's fields in order: its annotated class attributes; `= ...` marks a default. */
function namedTupleFields(body) {
  const fields = [];
  for (const stmt of liveStatements(body)) {
    const a = stmt.type === "expression_statement" ? stmt.namedChildren[0] : null;
    const type = a?.type === "assignment" ? annotation(a.childForFieldName("type")) : null;
    if (!type || /^(typing\.)?ClassVar\b/.test(type) || a.childForFieldName("left").type !== "identifier") continue;
    fields.push({ name: a.childForFieldName("left").text, kind: "normal", ...(a.childForFieldName("right") ? { default: true } : {}), type });
  }
  return fields;
}

function readBlock(block, names, context, mod, moduleName = mod?.module) {
  for (const stmt of liveStatements(block)) {
    const node = definitionOf(stmt);
    if (node.type === "function_definition") addFunction(names, stmt, context === "class");
    else if (node.type === "class_definition") {
      if (decoratorNames(stmt).some((d) => /(^|\.)type_check_only$/.test(d))) continue;
      names[node.childForFieldName("name").text] = classEntry(stmt, moduleName);
    } else if (node.type === "expression_statement") {
      const a = node.namedChildren[0];
      if (context === "module" && a?.type === "assignment" && a.childForFieldName("left").text === "__all__") mod.all = stringList(a.childForFieldName("right"));
      else if (context === "module" && a?.type === "augmented_assignment" && a.childForFieldName("left").text === "__all__") mod.all = [...(mod.all ?? []), ...stringList(a.childForFieldName("right"))];
      else addAssignment(names, node, context);
    } else if (context === "module" && (node.type === "import_from_statement" || node.type === "import_statement")) {
      mod.imports.push(node);
    }
  }
}

function stringList(node) {
  if (!node || !["list", "tuple"].includes(node.type)) return [];
  return node.namedChildren.filter((c) => c.type === "string").map((c) => c.text.slice(1, -1));
}

/** One module's public names (following re-exports), memoised. */
function loadModule(module) {
  if (cache.has(module)) return cache.get(module);
  const file = stubPath(module);
  if (!file) return null;
  const mod = { module, all: null, names: {}, imports: [], reexported: new Set() };
  cache.set(module, mod);
  const tree = parser.parse(readFileSync(file, "utf8"), undefined, { bufferSize: 1 << 22 });
  readBlock(tree.rootNode, mod.names, "module", mod);
  for (const imp of mod.imports) readImport(mod, imp);
  return mod;
}

function readImport(mod, node) {
  if (node.type === "import_statement") {
    // `import os.path as path` in a stub re-exports the submodule.
    for (const c of node.namedChildren) {
      if (c.type !== "aliased_import") continue;
      const target = c.childForFieldName("name").text;
      const alias = c.childForFieldName("alias").text;
      if (target.split(".").pop() === alias) {
        mod.names[alias] = { kind: "module", module: target };
        mod.reexported.add(alias);
      }
    }
    return;
  }
  const from = absoluteModule(mod.module, node.childForFieldName("module_name"));
  for (const c of node.namedChildren.slice(1)) {
    if (c.type === "wildcard_import") {
      const src = loadModule(from);
      if (!src) continue;
      for (const name of publicNames(src)) {
        if (!(name in mod.names)) mod.names[name] = { ...resolveEntry(src, name), from };
        mod.reexported.add(name);
      }
      continue;
    }
    const name = (c.type === "aliased_import" ? c.childForFieldName("name") : c).text;
    const alias = c.type === "aliased_import" ? c.childForFieldName("alias").text : name;
    if (alias === "__all__") {
      const src = loadModule(from);
      if (src) mod.all = [...publicNames(src)];
      continue;
    }
    const explicit = c.type === "aliased_import" && alias === name;
    const src = loadModule(from) ?? null;
    const sub = stubPath(`${from}.${name}`) ? { kind: "module", module: `${from}.${name}` } : null;
    const entry = src && name in src.names ? resolveEntry(src, name) : sub;
    if (entry && !(alias in mod.names)) mod.names[alias] = entry.kind === "module" ? entry : { ...entry, from: entry.from ?? from };
    if (explicit) mod.reexported.add(alias);
  }
}

function resolveEntry(src, name) {
  return src.names[name];
}

/** What `from m import *` gives: `__all__`, else the public names the stub defines or re-exports. */
function publicNames(mod) {
  if (mod.all) return mod.all.filter((n) => n in mod.names);
  return Object.keys(mod.names).filter((n) => !n.startsWith("_") && isPublic(mod, n));
}

/** Names a program may use as `m.name`: `__all__`'s, and what the stub defines without an underscore. */
function isPublic(mod, name) {
  if (mod.all?.includes(name)) return true;
  if (name.startsWith("_")) return false;
  const entry = mod.names[name];
  // A name a stub imports for its own annotations (`from typing import Any`) is not the module's.
  if (entry.from && !mod.reexported.has(name)) return false;
  if (entry.kind === "module" && !mod.reexported.has(name)) return false;
  return true;
}

function serialise(mod) {
  const names = {};
  for (const name of Object.keys(mod.names).sort()) {
    const entry = mod.names[name];
    if (!isPublic(mod, name)) continue;
    if (entry.kind === "type") continue;
    // `path = _path` (os): the alias is what the target is.
    const target = entry.kind === "alias" && mod.names[entry.of] ? mod.names[entry.of] : entry;
    names[name] = target.kind === "class" ? inherited.withInherited(target) : target;
  }
  const out = { $comment: "Generated by scripts/gen-stdlib.mjs from typeshed (pyright's copy) for CPython 3.11 on Linux. Do not edit.", module: mod.module };
  if (mod.all) out.all = mod.all.filter((n) => n in names);
  out.names = names;
  return out;
}

function generatedElsewhere(module) {
  const file = join(OUT, `${module}.json`);
  return existsSync(file) && !JSON.parse(readFileSync(file, "utf8")).$comment?.includes("gen-stdlib.mjs");
}

function main() {
  const asked = process.argv.slice(2);
  const mappedDir = join(ROOT, "grammar-mappings/modules");
  const mapped = existsSync(mappedDir) ? readdirSync(mappedDir).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)) : [];
  const modules = asked.length > 0 ? asked : [...new Set([...MODULES, ...mapped])].sort();
  mkdirSync(OUT, { recursive: true });
  const commit = readFileSync(join(STUBS, "..", "commit.txt"), "utf8").trim();
  for (const module of modules) {
    const mod = loadModule(module);
    // Third-party modules (aiohttp, requests) have their data from their own generators.
    if (!mod && asked.length === 0 && generatedElsewhere(module)) continue;
    if (!mod) {
      console.error(`gen-stdlib: no stub for '${module}'`);
      process.exitCode = 1;
      continue;
    }
    const data = serialise(mod);
    data.typeshed = commit;
    writeFileSync(join(OUT, `${module}.json`), JSON.stringify(data, (key, value) => (INTERNAL_KEYS.has(key) ? undefined : value), 1) + "\n");
    console.log(`${module}: ${Object.keys(data.names).length} public names`);
  }
}

main();
