/**
 * The part of Python's `textwrap` that argparse's help formatter uses:
 * `wrap` and `fill` with CPython's chunking (words split after hyphens of
 * compound words, em-dashes kept whole) and line-filling rules, so help text
 * breaks at exactly the columns CPython breaks it.
 */

const WS = "\\t\\n\\x0b\\x0c\\r ";
const WORD_PUNCT = "[\\p{L}\\p{N}_!\"'&.,?]";
const LETTER = "[\\p{L}]";
const WORD_CHAR = "[\\p{L}\\p{N}_]";

/** CPython's TextWrapper.wordsep_re, spelled for JavaScript (Unicode-aware like Python's \w). */
const WORDSEP = new RegExp(
  `([${WS}]+` +
    `|(?<=${WORD_PUNCT})-{2,}(?=${WORD_CHAR})` +
    `|[^${WS}]+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})|(?=[${WS}]|$)|(?<=${WORD_PUNCT})(?=-{2,}${WORD_CHAR})))`,
  "u",
);

function expandTabs(text: string, tabsize = 8): string {
  let out = "";
  let col = 0;
  for (const ch of text) {
    if (ch === "\t") {
      const n = tabsize - (col % tabsize);
      out += " ".repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

function chunksOf(text: string): string[] {
  const munged = expandTabs(text).replace(/[\t\n\x0b\x0c\r]/g, " ");
  const global = new RegExp(WORDSEP.source, "gu");
  // Python's re.split with one group: the separators themselves are the chunks.
  const out: string[] = [];
  let last = 0;
  for (const m of munged.matchAll(global)) {
    if (m[0] === "") continue;
    if (m.index! > last) out.push(munged.slice(last, m.index));
    out.push(m[0]);
    last = m.index! + m[0].length;
  }
  if (last < munged.length) out.push(munged.slice(last));
  return out.filter((c) => c !== "");
}

const len = (s: string): number => [...s].length;

function handleLongWord(chunks: string[], line: string[], curLen: number, width: number): void {
  const spaceLeft = width < 1 ? 1 : width - curLen;
  const chunk = [...chunks[chunks.length - 1]!];
  let end = spaceLeft;
  if (chunk.length > spaceLeft) {
    const hyphen = chunk.slice(0, spaceLeft).lastIndexOf("-");
    if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== "-")) end = hyphen + 1;
  }
  line.push(chunk.slice(0, end).join(""));
  chunks[chunks.length - 1] = chunk.slice(end).join("");
}

/** `textwrap.wrap(text, width, initial_indent=, subsequent_indent=)`. */
export function wrap(text: string, width: number, initialIndent = "", subsequentIndent = ""): string[] {
  const chunks = chunksOf(text).reverse();
  const lines: string[] = [];
  while (chunks.length > 0) {
    const line: string[] = [];
    let curLen = 0;
    const indent = lines.length > 0 ? subsequentIndent : initialIndent;
    const room = width - len(indent);
    if (chunks[chunks.length - 1]!.trim() === "" && lines.length > 0) chunks.pop();
    while (chunks.length > 0) {
      const l = len(chunks[chunks.length - 1]!);
      if (curLen + l > room) break;
      line.push(chunks.pop()!);
      curLen += l;
    }
    if (chunks.length > 0 && len(chunks[chunks.length - 1]!) > room) {
      handleLongWord(chunks, line, curLen, room);
      curLen = line.reduce((n, c) => n + len(c), 0);
      if (chunks[chunks.length - 1] === "") chunks.pop();
    }
    if (line.length > 0 && line[line.length - 1]!.trim() === "") {
      curLen -= len(line[line.length - 1]!);
      line.pop();
    }
    if (line.length > 0) lines.push(indent + line.join(""));
  }
  return lines;
}

/** `textwrap.fill`: the wrapped lines joined by newlines. */
export function fill(text: string, width: number, initialIndent = "", subsequentIndent = ""): string {
  return wrap(text, width, initialIndent, subsequentIndent).join("\n");
}
