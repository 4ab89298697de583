/**
 * Python's `textwrap`, following CPython's TextWrapper: the text is cut into
 * chunks by the same word-separator pattern (whitespace runs, em-dashes,
 * hyphenated words), then chunks are packed greedily into lines, with
 * CPython's rules for long words, dropped whitespace, `max_lines` and its
 * placeholder. dedent/indent/shorten work as in textwrap.py.
 */
import { AttributeError, TypeError, ValueError } from "../exceptions.js";
import { truthy } from "../numbers.js";
import { strExpandtabs, strSplitlines } from "../methods.js";
import { pyTypeName, repr } from "../repr.js";

const WS = "[\\t\\n\\x0b\\x0c\\r ]";
const NWS = "[^\\t\\n\\x0b\\x0c\\r ]";
const WORD = "[\\p{L}\\p{N}_]"; // Python's \w on str
const WORD_PUNCT = "[\\p{L}\\p{N}_!\"'&.,?]";
const LETTER = "[\\p{L}\\p{Nl}\\p{No}_]"; // [^\d\W]: a word character that is not a decimal digit
const WORDSEP = new RegExp(
  `(${WS}+` +
    `|(?<=${WORD_PUNCT})-{2,}(?=${WORD})` +
    `|${NWS}+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})|(?=${WS}|$)|(?<=${WORD_PUNCT})(?=-{2,}${WORD})))`,
  "u",
);
const WORDSEP_SIMPLE = new RegExp(`(${WS}+)`, "u");
const SENTENCE_END = /[a-z][.!?]["']?$/;

/** Python's `str.strip() == ""`. */
const isBlank = (s: string): boolean => /^[\s\x1c-\x1f\x85]*$/u.test(s) && !s.includes("\ufeff");
const len = (s: string): number => {
  let n = 0;
  for (const _ of s) n++;
  return n;
};
/** Code-point slicing, as Python's str slices. */
const cut = (s: string, start: number, end?: number): string => Array.from(s).slice(start, end).join("");

export interface WrapOptions {
  width?: number;
  initial_indent?: string;
  subsequent_indent?: string;
  expand_tabs?: boolean;
  replace_whitespace?: boolean;
  fix_sentence_endings?: boolean;
  break_long_words?: boolean;
  drop_whitespace?: boolean;
  break_on_hyphens?: boolean;
  tabsize?: number;
  max_lines?: number | null;
  placeholder?: string;
}

const POSITIONAL = ["width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace", "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize"] as const;

function isKeywords(x: unknown): x is WrapOptions {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

function textArg(text: unknown): string {
  if (typeof text !== "string") throw new AttributeError(`'${pyTypeName(text)}' object has no attribute 'expandtabs'`);
  return text;
}

export class TextWrapper {
  width = 70;
  initial_indent = "";
  subsequent_indent = "";
  expand_tabs = true;
  replace_whitespace = true;
  fix_sentence_endings = false;
  break_long_words = true;
  drop_whitespace = true;
  break_on_hyphens = true;
  tabsize = 8;
  max_lines: number | null = null;
  placeholder = " [...]";

  constructor(...args: unknown[]) {
    const kw = args.length > 0 && isKeywords(args[args.length - 1]) ? (args.pop() as WrapOptions) : {};
    const self = this as unknown as Record<string, unknown>;
    args.forEach((v, i) => {
      if (v !== undefined && i < POSITIONAL.length) self[POSITIONAL[i]!] = v;
    });
    for (const [k, v] of Object.entries(kw)) {
      if (!(k in this)) throw new TypeError(`TextWrapper.__init__() got an unexpected keyword argument '${k}'`);
      if (v !== undefined) self[k] = v;
    }
  }

  _munge_whitespace(text: string): string {
    if (this.expand_tabs) text = strExpandtabs(text, this.tabsize);
    if (this.replace_whitespace) text = text.replace(/[\t\n\x0b\x0c\r]/g, " ");
    return text;
  }

  _split(text: string): string[] {
    return text.split(this.break_on_hyphens === true ? WORDSEP : WORDSEP_SIMPLE).filter((c) => c);
  }

  _fix_sentence_endings(chunks: string[]): void {
    let i = 0;
    while (i < chunks.length - 1) {
      if (chunks[i + 1] === " " && SENTENCE_END.test(chunks[i]!)) {
        chunks[i + 1] = "  ";
        i += 2;
      } else i += 1;
    }
  }

  _handle_long_word(reversedChunks: string[], curLine: string[], curLen: number, width: number): void {
    const spaceLeft = width < 1 ? 1 : width - curLen;
    if (this.break_long_words) {
      let end = spaceLeft;
      const chunk = reversedChunks[reversedChunks.length - 1]!;
      if (this.break_on_hyphens && len(chunk) > spaceLeft) {
        // Break after the last hyphen that has non-hyphens before it.
        const hyphen = cut(chunk, 0, spaceLeft).lastIndexOf("-");
        if (hyphen > 0 && /[^-]/.test(cut(chunk, 0, hyphen))) end = hyphen + 1;
      }
      curLine.push(cut(chunk, 0, end));
      reversedChunks[reversedChunks.length - 1] = cut(chunk, end);
    } else if (curLine.length === 0) curLine.push(reversedChunks.pop()!);
  }

  _wrap_chunks(chunks: string[]): string[] {
    const lines: string[] = [];
    if (this.width <= 0) throw new ValueError(`invalid width ${repr(this.width)} (must be > 0)`);
    if (this.max_lines !== null && this.max_lines !== undefined) {
      const indent = this.max_lines > 1 ? this.subsequent_indent : this.initial_indent;
      if (len(indent) + len(this.placeholder.replace(/^\s+/u, "")) > this.width) throw new ValueError("placeholder too large for max width");
    }
    chunks.reverse();
    while (chunks.length > 0) {
      const curLine: string[] = [];
      let curLen = 0;
      const indent = lines.length > 0 ? this.subsequent_indent : this.initial_indent;
      const width = this.width - len(indent);
      if (this.drop_whitespace && isBlank(chunks[chunks.length - 1]!) && lines.length > 0) chunks.pop();
      while (chunks.length > 0) {
        const l = len(chunks[chunks.length - 1]!);
        if (curLen + l <= width) {
          curLine.push(chunks.pop()!);
          curLen += l;
        } else break;
      }
      if (chunks.length > 0 && len(chunks[chunks.length - 1]!) > width) {
        this._handle_long_word(chunks, curLine, curLen, width);
        curLen = curLine.reduce((n, c) => n + len(c), 0);
      }
      if (this.drop_whitespace && curLine.length > 0 && isBlank(curLine[curLine.length - 1]!)) {
        curLen -= len(curLine[curLine.length - 1]!);
        curLine.pop();
      }
      if (curLine.length === 0) continue;
      const maxLines = this.max_lines;
      if (
        maxLines === null ||
        maxLines === undefined ||
        lines.length + 1 < maxLines ||
        ((chunks.length === 0 || (this.drop_whitespace && chunks.length === 1 && isBlank(chunks[0]!))) && curLen <= width)
      ) {
        lines.push(indent + curLine.join(""));
        continue;
      }
      let placed = false;
      while (curLine.length > 0) {
        if (!isBlank(curLine[curLine.length - 1]!) && curLen + len(this.placeholder) <= width) {
          curLine.push(this.placeholder);
          lines.push(indent + curLine.join(""));
          placed = true;
          break;
        }
        curLen -= len(curLine[curLine.length - 1]!);
        curLine.pop();
      }
      if (!placed) {
        if (lines.length > 0) {
          const prev = lines[lines.length - 1]!.replace(/[\s\x1c-\x1f\x85]+$/u, "");
          if (len(prev) + len(this.placeholder) <= this.width) {
            lines[lines.length - 1] = prev + this.placeholder;
            break;
          }
        }
        lines.push(indent + this.placeholder.replace(/^[\s\x1c-\x1f\x85]+/u, ""));
      }
      break;
    }
    return lines;
  }

  _split_chunks(text: string): string[] {
    return this._split(this._munge_whitespace(text));
  }

  wrap(text: string): string[] {
    const chunks = this._split_chunks(textArg(text));
    if (this.fix_sentence_endings) this._fix_sentence_endings(chunks);
    return this._wrap_chunks(chunks);
  }

  fill(text: string): string {
    return this.wrap(text).join("\n");
  }
}

/** (text, width=70, **kwargs) → a TextWrapper and the text. */
function wrapper(args: unknown[], extra: WrapOptions = {}): [TextWrapper, string] {
  const rest = [...args];
  const kw = rest.length > 1 && isKeywords(rest[rest.length - 1]) ? (rest.pop() as WrapOptions) : {};
  const [text, width] = rest;
  return [new TextWrapper({ ...extra, ...kw, ...(width !== undefined ? { width: width as number } : {}) }), text as string];
}

function dedent(text: string): string {
  text = text.replace(/^[ \t]+$/gm, "");
  let margin: string | null = null;
  for (const m of text.matchAll(/^([ \t]*)[^ \t\n]/gm)) {
    const indent = m[1]!;
    if (margin === null) margin = indent;
    else if (indent.startsWith(margin)) continue;
    else if (margin.startsWith(indent)) margin = indent;
    else {
      for (let i = 0; i < Math.min(margin.length, indent.length); i++) {
        if (margin[i] !== indent[i]) {
          margin = margin.slice(0, i);
          break;
        }
      }
    }
  }
  if (margin) {
    const m = margin;
    text = text
      .split("\n")
      .map((line) => (line.startsWith(m) ? line.slice(m.length) : line))
      .join("\n");
  }
  return text;
}

function indent(text: string, prefix: string, predicate?: ((line: string) => unknown) | null): string {
  const keep = predicate ?? ((line: string) => !isBlank(line));
  return strSplitlines(text, true)
    .map((line) => (truthy(keep(line)) ? prefix + line : line))
    .join("");
}

/** Python's `textwrap` module. */
export const textwrap = {
  TextWrapper,
  wrap: (...args: unknown[]): string[] => {
    const [w, text] = wrapper(args);
    return w.wrap(text);
  },
  fill: (...args: unknown[]): string => {
    const [w, text] = wrapper(args);
    return w.fill(text);
  },
  shorten: (...args: unknown[]): string => {
    const [w, text] = wrapper(args, { max_lines: 1 });
    return w.fill(textArg(text).trim().split(/[\s\x1c-\x1f\x85]+/u).filter((s) => s).join(" "));
  },
  dedent,
  indent,
};
