/**
 * Standard input as Python reads it: `sys.stdin` (read, readline,
 * readlines, iteration over lines, `buffer`) and `input()`, all from one
 * buffer so they can be mixed as in CPython. Reads are synchronous, as
 * Python's are: a program blocked on stdin blocks.
 *
 * `sys.stdin.buffer` gives bytes objects (PyBytes).
 */
import { readSync } from "node:fs";
import { StopIteration } from "./exceptions.js";
import { PyBytes } from "./bytes/type.js";

const CHUNK = 65536;
let pending: Buffer = Buffer.alloc(0);
let ended = false;

/** Reads one more chunk into `pending`; false at end of input. */
function fill(): boolean {
  if (ended) return false;
  const chunk = Buffer.alloc(CHUNK);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, CHUNK, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // A non-blocking stdin (a pipe Node opened) has nothing yet: wait a little and try again.
      if (code === "EAGAIN") {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (code === "EOF") n = 0;
      else throw e;
    }
    if (n === 0) {
      ended = true;
      return false;
    }
    pending = Buffer.concat([pending, chunk.subarray(0, n)]);
    return true;
  }
}

function take(n: number): Buffer {
  const out = pending.subarray(0, n);
  pending = pending.subarray(n);
  return out;
}

/** Up to and including the next newline, or what is left at end of input. */
function lineBytes(): Buffer {
  let from = 0;
  for (;;) {
    const nl = pending.indexOf(10, from);
    if (nl >= 0) return take(nl + 1);
    from = pending.length;
    if (!fill()) return take(pending.length);
  }
}

function allBytes(): Buffer {
  while (fill());
  return take(pending.length);
}

/** At least `n` bytes, or all that is left. */
function someBytes(n: number): Buffer {
  while (pending.length < n && fill());
  return take(Math.min(n, pending.length));
}

const decoder = () => new TextDecoder("utf-8");

/** `n` characters (code points) of text, or all that is left. */
function someText(n: number): string {
  let text = "";
  let count = 0;
  const d = decoder();
  while (count < n) {
    if (pending.length === 0 && !fill()) break;
    // A whole UTF-8 sequence at a time: the lead byte says how long it is.
    const lead = pending[0]!;
    const len = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
    while (pending.length < len && fill());
    text += d.decode(take(Math.min(len, pending.length)));
    count++;
  }
  return text;
}

/** One line for `input()`: without its newline; null at end of input. */
export function inputLine(): string | null {
  const bytes = lineBytes();
  if (bytes.length === 0) return null;
  const text = decoder().decode(bytes);
  return text.endsWith("\n") ? text.slice(0, -1) : text;
}

// A copy: `pending` is reused for the next reads.
const asBytes = (b: Buffer): PyBytes => new PyBytes(new Uint8Array(b));

/** `sys.stdin`. */
export const stdin = {
  encoding: "utf-8",
  /** `read(size=-1)`: all that is left, or `size` characters. */
  read(size: number | null = -1): string {
    if (size === null || size < 0) return decoder().decode(allBytes());
    return someText(size);
  },
  /** `readline()`: the next line with its newline; "" at end of input. */
  readline(size: number | null = -1): string {
    const text = decoder().decode(lineBytes());
    return size === null || size < 0 ? text : text.slice(0, size);
  },
  readlines(): string[] {
    const out: string[] = [];
    for (let line = this.readline(); line !== ""; line = this.readline()) out.push(line);
    return out;
  },
  __iter__() {
    return this;
  },
  __next__(): string {
    const line = this.readline();
    if (line === "") throw new StopIteration();
    return line;
  },
  *[Symbol.iterator](): Iterator<string> {
    for (let line = stdin.readline(); line !== ""; line = stdin.readline()) yield line;
  },
  isatty(): boolean {
    return Boolean(process.stdin.isTTY);
  },
  fileno(): number {
    return 0;
  },
  readable(): boolean {
    return true;
  },
  close(): void {},
  /** `sys.stdin.buffer`: the same input as bytes. */
  buffer: {
    read(size: number | null = -1): PyBytes {
      return asBytes(size === null || size < 0 ? allBytes() : someBytes(size));
    },
    readline(): PyBytes {
      return asBytes(lineBytes());
    },
    *[Symbol.iterator](): Iterator<PyBytes> {
      for (let line = lineBytes(); line.length > 0; line = lineBytes()) yield asBytes(line);
    },
  },
};

