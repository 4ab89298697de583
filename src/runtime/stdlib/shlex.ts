/**
 * Python's `shlex`: the shell-like lexer (CPython's state machine, POSIX and
 * classic modes, punctuation_chars), and split / quote / join built on it.
 */
import { readFileSync } from "node:fs";
import { dirname, isAbsolute, join as joinPath } from "node:path";
import { StopIteration, ValueError } from "../exceptions.js";
import { fromNodeError } from "./os/errors.js";
import { iter } from "../builtins.js";
import { str } from "../repr.js";

type Stream = { read(n?: number): string; readline?(): string };

/** A string or a text stream, read one character at a time. */
class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}
  read1(): string {
    const ch = this.text[this.pos] ?? "";
    if (ch) this.pos++;
    return ch;
  }
  readline(): void {
    const nl = this.text.indexOf("\n", this.pos);
    this.pos = nl < 0 ? this.text.length : nl + 1;
  }
}

function readerOf(instream: unknown): Reader {
  if (typeof instream === "string") return new Reader(instream);
  if (instream !== null && typeof instream === "object" && typeof (instream as Stream).read === "function") return new Reader(String((instream as Stream).read()));
  throw new ValueError("shlex needs a string or a text stream in tsyncio (reading sys.stdin is not supported)");
}

const WORDCHARS = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
const POSIX_WORDCHARS = "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ";

/** `shlex.shlex`: iterate it, or call get_token(), for the tokens. */
export class Shlex {
  static __module__ = "shlex";
  static __qualname__ = "shlex";
  infile: string | null;
  posix: boolean;
  eof: string | null;
  commenters = "#";
  wordchars: string;
  whitespace = " \t\r\n";
  whitespace_split = false;
  quotes = "'\"";
  escape = "\\";
  escapedquotes = '"';
  state: string | null = " ";
  pushback: string[] = [];
  lineno = 1;
  token = "";
  source: string | null = null;
  private reader: Reader;
  private readonly filestack: [string | null, Reader, number][] = [];
  private readonly _punctuation_chars: string;
  private readonly pushbackChars: string[] = [];

  constructor(instream: unknown = null, infile: string | null = null, posix = false, punctuationChars: boolean | string = false) {
    this.reader = readerOf(instream);
    this.infile = instream == null ? null : infile;
    this.posix = Boolean(posix);
    this.eof = this.posix ? null : "";
    this.wordchars = WORDCHARS + (this.posix ? POSIX_WORDCHARS : "");
    const punct = !punctuationChars ? "" : punctuationChars === true ? "();<>|&" : String(punctuationChars);
    this._punctuation_chars = punct;
    if (punct) this.wordchars = [...(this.wordchars + "~-./*?=")].filter((c) => !punct.includes(c)).join("");
  }

  get punctuation_chars(): string {
    return this._punctuation_chars;
  }

  push_token(tok: string): void {
    this.pushback.unshift(tok);
  }

  /** Reads `newstream` (a string or text stream) until it ends, then resumes the current input. */
  push_source(newstream: unknown, newfile: string | null = null): void {
    this.filestack.unshift([this.infile, this.reader, this.lineno]);
    this.infile = newfile;
    this.reader = readerOf(newstream);
    this.lineno = 1;
  }

  pop_source(): void {
    [this.infile, this.reader, this.lineno] = this.filestack.shift()!;
    this.state = " ";
  }

  /** What `source` inclusion opens: the named file, relative to the including file. */
  sourcehook(newfile: string): [string, unknown] {
    if (newfile[0] === '"') newfile = newfile.slice(1, -1);
    if (typeof this.infile === "string" && !isAbsolute(newfile)) newfile = joinPath(dirname(this.infile), newfile);
    let text: string;
    try {
      text = readFileSync(newfile, "utf8");
    } catch (e) {
      throw fromNodeError(e, newfile);
    }
    return [newfile, text];
  }

  get_token(): string | null {
    if (this.pushback.length > 0) return this.pushback.shift()!;
    let raw = this.read_token();
    if (this.source !== null) {
      while (raw === this.source) {
        const spec = this.sourcehook(this.read_token() as string);
        if (spec) this.push_source(spec[1], spec[0]);
        raw = this.get_token();
      }
    }
    while (raw === this.eof) {
      if (this.filestack.length === 0) return this.eof;
      this.pop_source();
      raw = this.get_token();
    }
    return raw;
  }

  read_token(): string | null {
    let quoted = false;
    let escapedstate = " ";
    const has = (set: string, c: string): boolean => c !== "" && set.includes(c);
    for (;;) {
      const nextchar = this._punctuation_chars && this.pushbackChars.length > 0 ? this.pushbackChars.pop()! : this.reader.read1();
      if (nextchar === "\n") this.lineno++;
      const st = this.state;
      if (st === null) {
        this.token = "";
        break;
      } else if (st === " ") {
        if (!nextchar) {
          this.state = null;
          break;
        } else if (has(this.whitespace, nextchar)) {
          if (this.token || (this.posix && quoted)) break;
          continue;
        } else if (has(this.commenters, nextchar)) {
          this.reader.readline();
          this.lineno++;
        } else if (this.posix && has(this.escape, nextchar)) {
          escapedstate = "a";
          this.state = nextchar;
        } else if (has(this.wordchars, nextchar)) {
          this.token = nextchar;
          this.state = "a";
        } else if (has(this._punctuation_chars, nextchar)) {
          this.token = nextchar;
          this.state = "c";
        } else if (has(this.quotes, nextchar)) {
          if (!this.posix) this.token = nextchar;
          this.state = nextchar;
        } else if (this.whitespace_split) {
          this.token = nextchar;
          this.state = "a";
        } else {
          this.token = nextchar;
          if (this.token || (this.posix && quoted)) break;
          continue;
        }
      } else if (has(this.quotes, st)) {
        quoted = true;
        if (!nextchar) throw new ValueError("No closing quotation");
        if (nextchar === st) {
          if (!this.posix) {
            this.token += nextchar;
            this.state = " ";
            break;
          }
          this.state = "a";
        } else if (this.posix && has(this.escape, nextchar) && has(this.escapedquotes, st)) {
          escapedstate = st;
          this.state = nextchar;
        } else this.token += nextchar;
      } else if (has(this.escape, st)) {
        if (!nextchar) throw new ValueError("No escaped character");
        if (has(this.quotes, escapedstate) && nextchar !== st && nextchar !== escapedstate) this.token += st;
        this.token += nextchar;
        this.state = escapedstate;
      } else if (st === "a" || st === "c") {
        if (!nextchar) {
          this.state = null;
          break;
        } else if (has(this.whitespace, nextchar)) {
          this.state = " ";
          if (this.token || (this.posix && quoted)) break;
          continue;
        } else if (has(this.commenters, nextchar)) {
          this.reader.readline();
          this.lineno++;
          if (this.posix) {
            this.state = " ";
            if (this.token || (this.posix && quoted)) break;
            continue;
          }
        } else if (st === "c") {
          if (has(this._punctuation_chars, nextchar)) this.token += nextchar;
          else {
            if (!has(this.whitespace, nextchar)) this.pushbackChars.push(nextchar);
            this.state = " ";
            break;
          }
        } else if (this.posix && has(this.quotes, nextchar)) this.state = nextchar;
        else if (this.posix && has(this.escape, nextchar)) {
          escapedstate = "a";
          this.state = nextchar;
        } else if (has(this.wordchars, nextchar) || has(this.quotes, nextchar) || (this.whitespace_split && !has(this._punctuation_chars, nextchar))) {
          this.token += nextchar;
        } else {
          if (this._punctuation_chars) this.pushbackChars.push(nextchar);
          else this.pushback.unshift(nextchar);
          this.state = " ";
          if (this.token || (this.posix && quoted)) break;
          continue;
        }
      }
    }
    let result: string | null = this.token;
    this.token = "";
    if (this.posix && !quoted && result === "") result = null;
    return result;
  }

  error_leader(infile: string | null = null, lineno: number | null = null): string {
    return `"${str(infile ?? this.infile)}", line ${lineno ?? this.lineno}: `;
  }

  __iter__(): this {
    return this;
  }

  __next__(): string {
    const token = this.get_token();
    if (token === this.eof) throw new StopIteration();
    return token as string;
  }

  *[Symbol.iterator](): Generator<string> {
    for (;;) {
      const token = this.get_token();
      if (token === this.eof) return;
      yield token as string;
    }
  }
}

/** `split(s, comments=False, posix=True)`. */
function split(s: string, comments = false, posix = true): string[] {
  const lex = new Shlex(s, null, posix);
  lex.whitespace_split = true;
  if (!comments) lex.commenters = "";
  return [...lex];
}

const UNSAFE = /[^\w@%+=:,./-]/;

/** `quote(s)`: s as one shell word. */
function quote(s: string): string {
  if (!s) return "''";
  if (!UNSAFE.test(s)) return s;
  return "'" + s.replace(/'/g, `'"'"'`) + "'";
}

/** `join(words)`: the words quoted and joined by spaces. */
function join(words: Iterable<string>): string {
  return [...(iter(words) as Iterable<string>)].map(quote).join(" ");
}

export const shlex = { shlex: Shlex, split, quote, join };
