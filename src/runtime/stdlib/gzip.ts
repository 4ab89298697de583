/**
 * Python's `gzip` on node:zlib: `compress` / `decompress` (several members
 * too), `gzip.open` in binary and text modes, `GzipFile`, `BadGzipFile`.
 * A file opened for reading is decompressed whole at `open`; one opened for
 * writing is compressed and written at `close` (the file itself is created
 * at `open`, so `x` and a missing directory fail where CPython fails).
 * Compressed bytes come from Node's zlib: any gzip reader reads them, but
 * they need not be byte-identical to CPython's.
 */
import { closeSync, openSync, readFileSync, writeSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { EOFError, OSError, TypeError, ValueError } from "../exceptions.js";
import { pyTypeName, repr } from "../repr.js";
import { PyBytes } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";
import { decodeBytes, encodeText } from "../bytes/codecs.js";
import { fsCall } from "./os/errors.js";
import { fspath } from "./os/fspath.js";
import { BytesIO } from "./io/bytesio.js";
import { StringIO } from "./io/stringio.js";

export class BadGzipFile extends OSError {
  static __module__ = "gzip";
}

function dataArg(x: unknown): Uint8Array {
  const b = asBuffer(x);
  if (!b) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  return b;
}

function levelArg(x: unknown): number {
  const n = x === undefined || x === null ? 9 : Number(x);
  if (!Number.isInteger(n) || n < -1 || n > 9) throw new ValueError(`Invalid initialization option`);
  return n;
}

function compressBytes(data: Uint8Array, level: number): Uint8Array {
  return gzipSync(data, { level });
}

function decompressBytes(data: Uint8Array): Uint8Array {
  if (data.length === 0) return data;
  if (data.length >= 2 && (data[0] !== 0x1f || data[1] !== 0x8b)) {
    throw new BadGzipFile(`Not a gzipped file (${repr(new PyBytes(data.slice(0, 2)))})`);
  }
  try {
    return gunzipSync(data);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "Z_BUF_ERROR" || data.length < 10) throw new EOFError("Compressed file ended before the end-of-stream marker was reached");
    throw new BadGzipFile(String((e as Error).message));
  }
}

function compress(data: unknown, compresslevel?: unknown, _opts?: { mtime?: unknown }): PyBytes {
  return new PyBytes(compressBytes(dataArg(data), levelArg(compresslevel)));
}

function decompress(data: unknown): PyBytes {
  return new PyBytes(decompressBytes(dataArg(data)));
}

/** Where a file opened for writing goes at close. */
class Sink {
  private fd: number | null;
  constructor(
    readonly name: string,
    mode: string,
    private readonly level: number,
  ) {
    // Node spells exclusive creation "wx".
    this.fd = fsCall(() => openSync(name, mode === "x" ? "wx" : mode), name);
  }
  finish(data: Uint8Array): void {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      writeSync(fd, compressBytes(data, this.level));
    } finally {
      closeSync(fd);
    }
  }
}

/** A gzip file opened in a binary mode: `gzip.open(name, "rb" | "wb" | "ab" | "xb")`. */
export class GzipFile extends BytesIO {
  static override __module__ = "gzip";
  readonly name: string;
  readonly mode: number;
  private readonly sink: Sink | null;

  constructor(filename: unknown, mode: unknown = "rb", compresslevel?: unknown) {
    const name = fspath(filename) as string;
    const m = String(mode ?? "rb").replace("b", "");
    const reading = m === "r";
    super(reading ? decompressBytes(fsCall(() => readFileSync(name), name)) : undefined);
    this.name = name;
    // CPython's GzipFile.mode is READ (1) or WRITE (2).
    this.mode = reading ? 1 : 2;
    this.sink = reading ? null : new Sink(name, m, levelArg(compresslevel));
  }

  protected override get canWrite(): boolean {
    return this.sink !== null;
  }
  protected override get canRead(): boolean {
    return this.sink === null;
  }

  override close(): null {
    if (!this.closed && this.sink !== null) this.sink.finish(this.getvalue().toUint8Array());
    return super.close();
  }

  override __repr__(): string {
    return `<gzip ${repr(this.name)} ${this.sink === null ? "" : "0x0"}>`.replace(" >", ">");
  }
}

/** A gzip file opened in a text mode: the decompressed text, or the text to compress at close. */
class GzipText extends StringIO {
  constructor(
    initial: string | undefined,
    private readonly sink: Sink | null,
    private readonly encoding: string,
    private readonly errors: string,
  ) {
    super(initial, null);
  }
  override close(): void {
    if (!this.closed && this.sink !== null) this.sink.finish(encodeText(this.getvalue(), this.encoding, this.errors));
    super.close();
  }
}

function open(filename: unknown, mode: unknown = "rb", compresslevel?: unknown, encoding?: unknown, errors?: unknown, newline?: unknown): unknown {
  const m = String(mode ?? "rb");
  if (m.includes("t")) {
    if (m.includes("b")) throw new ValueError(`Invalid mode: ${repr(m)}`);
  } else {
    if (encoding !== undefined && encoding !== null) throw new ValueError("Argument 'encoding' not supported in binary mode");
    if (errors !== undefined && errors !== null) throw new ValueError("Argument 'errors' not supported in binary mode");
    if (newline !== undefined && newline !== null) throw new ValueError("Argument 'newline' not supported in binary mode");
  }
  const kind = m.replace(/[bt]/g, "");
  if (!["r", "w", "a", "x"].includes(kind) || m.length > 2) throw new ValueError(`Invalid mode: ${repr(m)}`);
  if (!m.includes("t")) return new GzipFile(filename, kind + "b", compresslevel);
  const name = fspath(filename) as string;
  const enc = encoding === undefined || encoding === null ? "utf-8" : String(encoding);
  const errs = errors === undefined || errors === null ? "strict" : String(errors);
  if (kind === "r") {
    const raw = decompressBytes(fsCall(() => readFileSync(name), name));
    return new GzipText(decodeBytes(raw, enc, errs), null, enc, errs);
  }
  return new GzipText(undefined, new Sink(name, kind, levelArg(compresslevel)), enc, errs);
}

export const gzip = { compress, decompress, open, GzipFile, BadGzipFile };
