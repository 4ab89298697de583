/**
 * Python's `fnmatch`: shell-style patterns (`*`, `?`, `[seq]`, `[!seq]`).
 * A pattern is read once into tokens; `translate` spells them as CPython's
 * regular expression text, matching uses an equivalent JavaScript RegExp.
 */
import { TypeError } from "../exceptions.js";
import { typeName } from "../builtins.js";
import { fspath } from "./os/fspath.js";

type Token = { k: "star" } | { k: "any" } | { k: "never" } | { k: "lit"; ch: string } | { k: "set"; negate: boolean; chunks: string[] };

/** The characters Python's re.escape escapes. */
const PY_SPECIAL = new Set("()[]{}?*+-|^$\\.&~# \t\n\r\v\f");
const pyEscape = (c: string): string => (PY_SPECIAL.has(c) ? "\\" + c : c);
const jsEscape = (c: string): string => (/[\\^$.*+?()[\]{}|/-]/.test(c) ? "\\" + c : c);

function tokenize(pat: string): Token[] {
  const out: Token[] = [];
  const chars = [...pat];
  const n = chars.length;
  let i = 0;
  while (i < n) {
    const c = chars[i++]!;
    if (c === "*") {
      if (out[out.length - 1]?.k !== "star") out.push({ k: "star" });
    } else if (c === "?") out.push({ k: "any" });
    else if (c === "[") {
      let j = i;
      if (j < n && chars[j] === "!") j++;
      if (j < n && chars[j] === "]") j++;
      while (j < n && chars[j] !== "]") j++;
      if (j >= n) {
        out.push({ k: "lit", ch: "[" });
        continue;
      }
      const negate = chars[i] === "!";
      const body = chars.slice(negate ? i + 1 : i, j).join("");
      i = j + 1;
      const chunks = rangeChunks(body);
      // An empty set never matches; a negated empty one matches any character.
      if (chunks.join("") === "") out.push(negate ? { k: "any" } : { k: "never" });
      else out.push({ k: "set", negate, chunks });
    } else out.push({ k: "lit", ch: c });
  }
  return out;
}

/**
 * A set's body split at its range hyphens (`a-cx` → ["a", "cx"]: the range
 * a-c, then x), with empty ranges (`b-a`) dropped as CPython drops them.
 */
function rangeChunks(body: string): string[] {
  const chars = [...body];
  if (!chars.includes("-") || body === "") return [body];
  const chunks: string[] = [];
  let start = 0;
  let k = 1;
  for (;;) {
    let found = -1;
    for (let x = k; x < chars.length; x++) {
      if (chars[x] === "-") {
        found = x;
        break;
      }
    }
    if (found < 0) break;
    chunks.push(chars.slice(start, found).join(""));
    start = found + 1;
    k = found + 3;
  }
  const last = chars.slice(start).join("");
  if (last) chunks.push(last);
  else chunks[chunks.length - 1] += "-";
  for (let x = chunks.length - 1; x > 0; x--) {
    const prev = [...chunks[x - 1]!];
    const cur = [...chunks[x]!];
    if (prev[prev.length - 1]! > cur[0]!) {
      chunks[x - 1] = prev.slice(0, -1).join("") + cur.slice(1).join("");
      chunks.splice(x, 1);
    }
  }
  return chunks;
}

function setText(t: Extract<Token, { k: "set" }>, esc: (s: string) => string, py: boolean): string {
  let stuff = t.chunks.map(esc).join("-");
  if (py) stuff = stuff.replace(/([&~|])/g, "\\$1");
  if (t.negate) return `[^${stuff}]`;
  return /^[\^[]/.test(stuff) ? `[\\${stuff}]` : `[${stuff}]`;
}

function pieces(tokens: Token[], py: boolean): string[] {
  return tokens.map((t) => {
    switch (t.k) {
      case "star":
        return "";
      case "any":
        return ".";
      case "never":
        return "(?!)";
      case "lit":
        return py ? pyEscape(t.ch) : jsEscape(t.ch);
      case "set":
        if (py) return setText(t, (s) => s.replace(/\\/g, "\\\\").replace(/-/g, "\\-"), true);
        return setText(t, (s) => [...s].map((c) => (/[\\\]\[^-]/.test(c) ? "\\" + c : c)).join(""), false);
    }
  });
}

/** CPython 3.11's fnmatch.translate: `*.py` → `(?s:.*\.py)\Z`. */
function translate(pat: string): string {
  if (typeof pat !== "string") throw new TypeError(`expected str, not ${typeName(pat)}`);
  const tokens = tokenize(pat);
  const text = pieces(tokens, true);
  let out = "";
  let i = 0;
  while (i < tokens.length && tokens[i]!.k !== "star") out += text[i++];
  while (i < tokens.length) {
    i++; // the star
    let fixed = "";
    while (i < tokens.length && tokens[i]!.k !== "star") fixed += text[i++];
    if (i === tokens.length) out += ".*" + fixed;
    else out += `(?>.*?${fixed})`;
  }
  return `(?s:${out})\\Z`;
}

const cache = new Map<string, RegExp>();

/** The JavaScript RegExp matching a whole name against `pat`. */
export function patternRegExp(pat: string): RegExp {
  let re = cache.get(pat);
  if (!re) {
    const tokens = tokenize(pat);
    const text = pieces(tokens, false);
    // `.*?` before a fixed piece then `.*` is what CPython's atomic groups match too.
    const body = tokens.map((t, i) => (t.k === "star" ? (tokens.slice(i + 1).some((x) => x.k === "star") ? ".*?" : ".*") : text[i])).join("");
    re = new RegExp(`^(?:${body})$`, "su");
    if (cache.size > 256) cache.clear();
    cache.set(pat, re);
  }
  return re;
}

function fnmatchcase(name: unknown, pat: unknown): boolean {
  const n = fspath(name);
  if (typeof pat !== "string") throw new TypeError(`expected str, not ${typeName(pat)}`);
  return patternRegExp(pat).test(n);
}

/** Python's `fnmatch` module (POSIX: matching is case-sensitive). */
export const fnmatch = {
  fnmatch: fnmatchcase,
  fnmatchcase,
  filter(names: Iterable<unknown>, pat: string): string[] {
    const re = patternRegExp(pat);
    const out: string[] = [];
    for (const name of names) {
      const n = fspath(name);
      if (re.test(n)) out.push(n);
    }
    return out;
  },
  translate,
};
