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
import { deflateRawSync, gunzipSync, gzipSync } from "node:zlib";
import { EOFError, OSError, TypeError, ValueError } from "../exceptions.js";
import { pyTypeName, repr } from "../repr.js";
import { PyBytes } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";
import { decodeBytes, encodeText } from "../bytes/codecs.js";
import { fsCall } from "./os/errors.js";
import { fspath } from "./os/fspath.js";
import { crc32Of } from "./binascii.js";
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

/**
 * A gzip member as CPython writes one: its own header (mtime, XFL by level,
 * OS 255 "unknown", the file name for a GzipFile), a raw deflate stream and
 * the CRC-32 / size trailer. `mtime=0` in `gzip.compress` is zlib's own
 * header (OS 3), as CPython 3.11 makes it.
 */
function compressBytes(data: Uint8Array, level: number, mtime: number | null = null, fname = "", ownHeader = false): Uint8Array {
  if (mtime === 0 && !ownHeader) return gzipSync(data, { level });
  const name = Buffer.from(fname, "latin1");
  const header = Buffer.alloc(10);
  header.set([0x1f, 0x8b, 8, name.length > 0 ? 8 : 0]);
  header.writeUInt32LE((mtime ?? Math.floor(Date.now() / 1000)) >>> 0, 4);
  header[8] = level === 9 ? 2 : level === 1 ? 4 : 0;
  header[9] = 255;
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32Of(data, 0) >>> 0, 0);
  trailer.writeUInt32LE(data.length >>> 0, 4);
  const parts = [header, ...(name.length > 0 ? [name, Buffer.from([0])] : []), deflateRawSync(data, { level }), trailer];
  return Buffer.concat(parts);
}

function mtimeArg(x: unknown): number | null {
  return x === null || x === undefined ? null : Math.trunc(Number(x));
}

/** The name CPython writes in a GzipFile's header: the base name without `.gz`. */
function headerName(path: string): string {
  const base = path.split("/").pop() ?? "";
  return base.endsWith(".gz") ? base.slice(0, -3) : base;
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

function isOptions(x: unknown): x is { mtime?: unknown } {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

function compress(data: unknown, compresslevel?: unknown, opts?: { mtime?: unknown }): PyBytes {
  // A skipped optional parameter before the keyword-only ones leaves the options object in its place.
  if (isOptions(compresslevel)) [compresslevel, opts] = [undefined, compresslevel];
  return new PyBytes(compressBytes(dataArg(data), levelArg(compresslevel), mtimeArg(opts?.mtime)));
}

function decompress(data: unknown): PyBytes {
  return new PyBytes(decompressBytes(dataArg(data)));
}

/** Where a file opened for writing goes at close: a file, or a binary file object's `write`. */
class Sink {
  private fd: number | null = null;
  private done = false;
  constructor(
    target: string | { write(b: unknown): unknown },
    mode: string,
    private readonly level: number,
    private readonly mtime: number | null = null,
    private readonly fname = "",
  ) {
    if (typeof target === "string") {
      // Node spells exclusive creation "wx".
      this.fd = fsCall(() => openSync(target, mode === "x" ? "wx" : mode), target);
    } else this.obj = target;
  }
  private obj: { write(b: unknown): unknown } | null = null;
  finish(data: Uint8Array): void {
    if (this.done) return;
    this.done = true;
    const packed = compressBytes(data, this.level, this.mtime, this.fname, true);
    if (this.obj !== null) {
      this.obj.write(new PyBytes(packed));
      return;
    }
    const fd = this.fd!;
    try {
      writeSync(fd, packed);
    } finally {
      closeSync(fd);
    }
  }
}

type FileObj = { read(): unknown; write(b: unknown): unknown; mode?: unknown; name?: unknown };

/** A gzip file opened in a binary mode: `gzip.open(name, "rb" | "wb" | "ab" | "xb")`, or `GzipFile(fileobj=...)`. */
export class GzipFile extends BytesIO {
  static override __module__ = "gzip";
  readonly name: string;
  readonly mode: number;
  private readonly sink: Sink | null;

  constructor(filename?: unknown, mode?: unknown, compresslevel?: unknown, fileobj?: unknown, mtime?: unknown) {
    const obj = fileobj === null || fileobj === undefined ? null : (fileobj as FileObj);
    const given = mode ?? (obj && typeof obj.mode === "string" ? obj.mode : "rb");
    const m = String(given).replace("b", "");
    const reading = m === "r";
    let name = "";
    let data: Uint8Array | undefined;
    if (obj === null) {
      name = fspath(filename) as string;
      if (reading) data = decompressBytes(fsCall(() => readFileSync(name), name));
    } else {
      name = filename === null || filename === undefined ? (typeof obj.name === "string" ? obj.name : "") : (fspath(filename) as string);
      if (reading) data = decompressBytes(dataArg(obj.read()));
    }
    super(data);
    this.name = name;
    // CPython's GzipFile.mode is READ (1) or WRITE (2).
    this.mode = reading ? 1 : 2;
    this.sink = reading ? null : new Sink(obj ?? name, m, levelArg(compresslevel), mtimeArg(mtime), headerName(name));
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
  return new GzipText(undefined, new Sink(name, kind, levelArg(compresslevel), null, headerName(name)), enc, errs);
}

export const gzip = { compress, decompress, open, GzipFile, BadGzipFile };
