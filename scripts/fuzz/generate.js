// Hostile inputs for tsyncio, from a seed: token soup, mutations of the
// samples, encodings and line ends, deep and huge inputs. The same seed and
// index always give the same input, so any finding can be replayed with
// `--seed S --only I`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: small, fast, good enough to spread inputs; not for anything secret. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

export function loadSamples(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".py")) out.push(readFileSync(full, "utf8"));
    }
  };
  walk(join(root, "samples"));
  return out;
}

const KEYWORDS = "def class if elif else for while try except finally with as return yield await async lambda import from pass break continue global nonlocal del raise assert in not and or is None True False match case print super self".split(" ");
const NAMES = "a b x y f g main asyncio task queue items value n i _ __init__ cls".split(" ");
const OPERATORS = "+ - * / // % ** = == != < > <= >= += -= *= : , . ; -> @ ( ) [ ] { } ... ~ | & ^ << >> := * **".split(" ");
const LITERALS = ["0", "1", "42", "3.14", "0x1f", "1_000", "1e9", "10**20", '"s"', "'t'", 'f"{x}"', 'f"{x!r:>5}"', 'b"b"', 'r"\\d"', '"""doc"""', "''", "9999999999999999999", "0o17", "1j"];
const LAYOUT = ["\n", "\n    ", "\n        ", "\n\t", "\n  ", " ", "", "\\\n", "\r", "\r\n", "\f", "#c\n"];

function tokenSoup(r) {
  const n = r.int(1, 80);
  let s = "";
  for (let i = 0; i < n; i++) {
    const k = r.next();
    const tok = k < 0.3 ? r.pick(KEYWORDS) : k < 0.5 ? r.pick(NAMES) : k < 0.75 ? r.pick(OPERATORS) : k < 0.87 ? r.pick(LITERALS) : r.pick(LAYOUT);
    s += tok + (r.next() < 0.8 ? " " : "");
  }
  return s;
}

/** A sample with a few lines or characters changed: most results are almost-valid Python, which is where silent mistranslation hides. */
function mutate(r, source) {
  let lines = source.split("\n");
  const times = r.int(1, 3);
  for (let t = 0; t < times; t++) {
    const i = r.int(0, Math.max(0, lines.length - 1));
    const line = lines[i] ?? "";
    switch (r.int(0, 11)) {
      case 0: lines.splice(i, 1); break;
      case 1: lines.splice(i, 0, line); break;
      case 2: { const j = r.int(0, lines.length - 1); [lines[i], lines[j]] = [lines[j], line]; break; }
      case 3: lines[i] = line.replace(/^\s*/, (m) => m.slice(0, Math.max(0, m.length - r.int(1, 4)))); break;
      case 4: lines[i] = " ".repeat(r.int(1, 4)) + line; break;
      case 5: lines[i] = line.replace(/^ {4}/, "\t"); break;
      case 6: { const c = r.int(0, line.length); lines[i] = line.slice(0, c) + line.slice(c + 1); break; }
      case 7: { const c = r.int(0, line.length); lines[i] = line.slice(0, c) + r.pick([...KEYWORDS, ...OPERATORS, ...LITERALS]) + line.slice(c); break; }
      case 8: lines = lines.slice(0, i + 1); lines[i] = line.slice(0, r.int(0, line.length)); break;
      case 9: lines[i] = line.replace(/\b(await|async|return|yield|break|continue)\b/, r.pick(["", "await", "yield", "return", "pass"])); break;
      case 10: lines.splice(i, 0, r.pick(["try:", "else:", "finally:", "except:", "def g():", "class K:", "if x:", "with a:", "async def h():"])); break;
      default: lines[i] = line.replace(/\w+/, r.pick([...KEYWORDS, ...NAMES])); break;
    }
  }
  return lines.join("\n");
}

function encoding(r, source) {
  switch (r.int(0, 13)) {
    case 0: return source.replace(/\n/g, "\r");
    case 1: return source.replace(/\n/g, "\r\n");
    case 2: return source.split("\n").map((l, i) => l + ["\n", "\r", "\r\n"][(i * 7 + r.int(0, 2)) % 3]).join("");
    case 3: return "\uFEFF" + source;
    case 4: return source.replace(/\n(?=\S)/g, () => (r.next() < 0.3 ? "\n\f" : "\n"));
    case 5: return source.replace(/^((?: {4})+)/gm, (m) => "\t".repeat(m.length / 4));
    case 6: { const c = r.int(0, source.length); return source.slice(0, c) + "\u0000" + source.slice(c); }
    case 7: { const c = r.int(0, source.length); return source.slice(0, c) + "\uD800" + source.slice(c); }
    case 8: return source.replace(/\n$/, "");
    case 9: return source.replace(/\n/g, " \t\n");
    case 10: return r.pick(["", " ", "\n\n\n", "# only a comment\n", "\uFEFF", "\f", "\t\n", "\\\n", "pass"]);
    case 11: return source.replace(/\bx\b/g, "café").replace(/\bvalue\b/g, "значение");
    case 12: { const c = r.int(0, source.length); return source.slice(0, c) + r.pick(["\u200b", "\u00a0", "\u2028", "\u0085", "\v", "$", "?", "`", "!"]) + source.slice(c); }
    default: return source.replace(/\n/g, "\n\n");
  }
}

function deep(r) {
  const n = (lo, hi) => r.int(lo, hi);
  switch (r.int(0, 11)) {
    case 0: { const k = n(100, 5000); return `x = ${Array(k).fill("1").join(" + ")}\nprint(x)\n`; }
    case 1: { const k = n(50, 205); return `x = ${"(".repeat(k)}1${")".repeat(k)}\nprint(x)\n`; }
    case 2: { const k = n(20, 102); let s = ""; for (let i = 0; i < k; i++) s += " ".repeat(i) + `if ${i} < 1000:\n`; return s + " ".repeat(k) + "print('deep')\n"; }
    case 3: { const k = n(50, 205); return `x = ${"[".repeat(k)}${"]".repeat(k)}\nprint(len(x))\n`; }
    case 4: { const k = n(10, 60); let s = ""; for (let i = 0; i < k; i++) s += " ".repeat(4 * i) + `def f${i}():\n`; return s + " ".repeat(4 * k) + "return 1\nprint(1)\n"; }
    case 5: { const k = n(100, 3000); return `def f():\n    return f\nx = f${"()".repeat(k)}\nprint(x is f)\n`; }
    case 6: { const k = n(100, 3000); return `class A:\n    pass\na = A()\na.a = a\nprint(a${".a".repeat(k)} is a)\n`; }
    case 7: { const k = n(100, 3000); return `x = ${"not ".repeat(k)}True\nprint(x)\n`; }
    case 8: { const k = n(100, 3000); return `x = ${"-".repeat(k)}1\nprint(x)\n`; }
    case 9: { const k = n(100, 3000); return `x = ${Array(k).fill("'a'").join(" ")}\nprint(len(x))\n`; }
    case 10: { const k = n(100, 2000); return `x = 1 if True else ${Array(k).fill("2 if False else").join(" ")} 3\nprint(x)\n`; }
    default: { const k = n(1000, 6000); return Array.from({ length: k }, (_, i) => `v${i} = ${i}`).join("\n") + "\nprint(v0)\n"; }
  }
}

export const KINDS = ["soup", "mutation", "encoding", "deep"];

/** Input number `index` of run `seed`: its kind and text. */
export function generate(seed, index, samples) {
  const r = rng((seed * 1_000_003 + index * 7919) >>> 0);
  const k = r.next();
  const kind = k < 0.3 ? "soup" : k < 0.75 ? "mutation" : k < 0.93 ? "encoding" : "deep";
  const source = kind === "soup" ? tokenSoup(r) : kind === "mutation" ? mutate(r, r.pick(samples)) : kind === "encoding" ? encoding(r, r.pick(samples)) : deep(r);
  return { kind, source };
}
