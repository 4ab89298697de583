/**
 * Replacement templates of `re.sub` and `Match.expand`, parsed as CPython
 * 3.11 parses them: `\g<name>`, `\g<2>`, `\2`, octal escapes, the usual
 * character escapes, and an unknown escape of an ASCII letter is an error
 * while `\` before anything else stays as written.
 */
import { IndexError } from "../../exceptions.js";
import { PatternError } from "./pattern.js";

/** A parsed template: literal strings and group numbers, alternating as they come. */
export type Template = (string | number)[];

const ESCAPES: Record<string, string> = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v", "\\": "\\" };

export function parseTemplate(t: string, groups: number, groupindex: Map<string, number>): Template {
  const out: Template = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push(text);
    text = "";
  };
  const group = (n: number) => {
    flush();
    out.push(n);
  };
  let i = 0;
  while (i < t.length) {
    const c = t[i]!;
    if (c !== "\\") {
      text += c;
      i++;
      continue;
    }
    const at = i;
    const d = t[i + 1];
    if (d === undefined) throw new PatternError("bad escape (end of pattern)", at);
    i += 2;
    if (d === "g") {
      if (t[i] !== "<") throw new PatternError(t[i] === undefined ? "missing <" : "missing <", i);
      const end = t.indexOf(">", i + 1);
      if (end < 0) throw new PatternError("missing >, unterminated name", i + 1);
      const name = t.slice(i + 1, end);
      if (name === "") throw new PatternError("missing group name", i + 1);
      let n: number;
      if (/^\d+$/.test(name)) {
        n = Number(name);
        if (n > groups) throw new PatternError(`invalid group reference ${n}`, i + 1);
      } else if (/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) {
        const found = groupindex.get(name);
        if (found === undefined) throw new IndexError(`unknown group name '${name}'`);
        n = found;
      } else throw new PatternError(`bad character in group name '${name}'`, i + 1);
      i = end + 1;
      group(n);
    } else if (d === "0") {
      let oct = "0";
      while (oct.length < 3 && /[0-7]/.test(t[i] ?? "")) oct += t[i++];
      text += String.fromCharCode(parseInt(oct, 8));
    } else if (d >= "1" && d <= "9") {
      let digits = d;
      if (t[i] !== undefined && /\d/.test(t[i]!)) {
        digits += t[i++];
        if (/[0-7]/.test(d) && /[0-7]/.test(digits[1]!) && /[0-7]/.test(t[i] ?? "")) {
          digits += t[i++];
          const v = parseInt(digits, 8);
          if (v > 0o377) throw new PatternError(`octal escape value \\${digits} outside of range 0-0o377`, at);
          text += String.fromCharCode(v);
          continue;
        }
      }
      const n = Number(digits);
      if (n > groups) throw new PatternError(`invalid group reference ${n}`, at + 1);
      group(n);
    } else if (d in ESCAPES) text += ESCAPES[d];
    else if (/[A-Za-z]/.test(d)) throw new PatternError(`bad escape \\${d}`, at);
    else text += `\\${d}`;
  }
  flush();
  return out;
}

/** The template filled from a match's groups (a group that did not take part gives ""). */
export function expandTemplate(parts: Template, group: (n: number) => string | null): string {
  let s = "";
  for (const p of parts) s += typeof p === "string" ? p : (group(p) ?? "");
  return s;
}
