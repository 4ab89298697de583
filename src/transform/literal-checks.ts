/**
 * Checks a standard-library call's literal arguments at translation time,
 * for mapping rows with `literalCheck`. A check returns why the call cannot
 * be translated faithfully, or null. Arguments arrive as the TypeScript code
 * bound to each Python parameter; only plain literals are judged, anything
 * computed is left to the run time.
 */
import { FLAGS, PatternError, translatePattern } from "../runtime/stdlib/re/pattern.js";

type Check = (args: ReadonlyMap<string, string>) => string | null;

/** The value of a string literal as the emitter writes it, or null for anything else. */
function literalString(code: string | undefined): string | null {
  if (code === undefined || !/^"(?:[^"\\]|\\.)*"$/s.test(code)) return null;
  try {
    return JSON.parse(code) as string;
  } catch {
    return null;
  }
}

const FLAG_BY_NAME: Record<string, number> = {
  ...FLAGS,
  A: FLAGS.ASCII,
  I: FLAGS.IGNORECASE,
  L: FLAGS.LOCALE,
  M: FLAGS.MULTILINE,
  S: FLAGS.DOTALL,
  U: FLAGS.UNICODE,
  X: FLAGS.VERBOSE,
  T: FLAGS.TEMPLATE,
  NOFLAG: 0,
};

/** `re.I | re.M`, `0`, or nothing: the flags' value; null when computed some other way. */
function literalFlags(code: string | undefined): number | null {
  if (code === undefined || code === "undefined") return 0;
  // Int `|` is the runtime's exact `bor(a, b)` (operators.ts): read its operands as `a | b`.
  const call = /^(?:[\w$]+\.)?bor\((.*)\)$/s.exec(code.trim());
  if (call) {
    const args = topLevelArgs(call[1]!);
    let value = 0;
    for (const a of args) {
      const v = literalFlags(a);
      if (v === null) return null;
      value |= v;
    }
    return value;
  }
  let value = 0;
  for (const part of code.split("|").map((p) => p.trim())) {
    if (/^\d+$/.test(part)) value |= Number(part);
    else {
      const m = /^(?:[\w$]+\.)?([A-Z]+)$/.exec(part);
      const bit = m ? FLAG_BY_NAME[m[1]!] : undefined;
      if (bit === undefined) return null;
      value |= bit;
    }
  }
  return value;
}

/** `a, bor(b, c)` split at its top-level commas. */
function topLevelArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "," && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

/** A regular expression JavaScript cannot express (CPython's own syntax errors stay run-time re.error, as in Python). */
function rePattern(args: ReadonlyMap<string, string>): string | null {
  const pattern = literalString(args.get("pattern"));
  const flags = literalFlags(args.get("flags"));
  if (pattern === null || flags === null) return null;
  try {
    translatePattern(pattern, flags);
  } catch (e) {
    if (e instanceof PatternError && e.unsupported) return `this regular expression cannot be translated to JavaScript: ${e.msg}`;
  }
  return null;
}

/** `ssl=` with anything but None/False: TLS is not translated, and a connection must not silently go out in clear text. */
function noTls(args: ReadonlyMap<string, string>): string | null {
  for (const code of args.values()) {
    const m = /(?:^|[{,\s])"?ssl"?:\s*([^,}]+)/.exec(code);
    if (m && !["null", "false", "undefined"].includes(m[1]!.trim())) return "TLS (ssl=) is not translated yet";
  }
  return null;
}

export const LITERAL_CHECKS: Record<string, Check> = { rePattern, noTls };
