/** Python's `hmac` on node:crypto: `new`/`HMAC`, `digest`, `compare_digest`. */
import { createHmac, timingSafeEqual, type Hmac } from "node:crypto";
import { TypeError } from "../exceptions.js";
import { pyTypeName } from "../repr.js";
import { PyBytes, PyByteArray } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";
import { HASH, hashData, newHash } from "./hashlib.js";

const NODE_NAMES: Record<string, string> = { sha3_224: "sha3-224", sha3_256: "sha3-256", sha3_384: "sha3-384", sha3_512: "sha3-512", blake2b: "blake2b512", blake2s: "blake2s256" };

/** The hash a `digestmod` names: a name, a hashlib constructor, or the hashlib module's function. */
function digestName(digestmod: unknown): HASH {
  if (digestmod === undefined || digestmod === null || digestmod === "") throw new TypeError("Missing required parameter 'digestmod'.");
  if (typeof digestmod === "string") return newHash(digestmod);
  if (typeof digestmod === "function") {
    const h = (digestmod as (...a: unknown[]) => unknown)();
    if (h instanceof HASH) return h;
  }
  throw new TypeError(`Missing required parameter 'digestmod'.`);
}

function keyBytes(key: unknown): Uint8Array {
  if (!(key instanceof PyBytes || key instanceof PyByteArray)) throw new TypeError(`key: expected bytes or bytearray, but got '${pyTypeName(key)}'`);
  return key.buf;
}

export class HMAC {
  static __module__ = "hmac";
  readonly digest_size: number;
  readonly block_size: number;
  readonly name: string;
  private state: Hmac | null = null;
  private readonly algo: string;
  private readonly key: Uint8Array;
  private readonly parts: Uint8Array[] = [];

  constructor(key: unknown, msg?: unknown, digestmod?: unknown) {
    this.key = keyBytes(key).slice();
    const h = digestName(digestmod);
    this.algo = NODE_NAMES[h.name] ?? h.name;
    this.digest_size = h.digest_size;
    this.block_size = h.block_size;
    this.name = `hmac-${h.name}`;
    if (msg !== undefined && msg !== null) this.update(msg);
  }
  update(msg: unknown): null {
    this.parts.push(hashData(msg).slice());
    return null;
  }
  /** Node's Hmac cannot be copied or digested twice: it is rebuilt from the message so far. */
  private finish(): Buffer {
    this.state = createHmac(this.algo, this.key);
    for (const p of this.parts) this.state.update(p);
    return this.state.digest();
  }
  digest(): PyBytes {
    return new PyBytes(new Uint8Array(this.finish()));
  }
  hexdigest(): string {
    return this.finish().toString("hex");
  }
  copy(): HMAC {
    const c = Object.create(HMAC.prototype) as HMAC;
    Object.assign(c, this, { parts: [...this.parts] });
    return c;
  }
}

/** `compare_digest(a, b)`: both ASCII str or both bytes-like, compared in constant time. */
export function compare_digest(a: unknown, b: unknown): boolean {
  let x: Uint8Array | null;
  let y: Uint8Array | null;
  if (typeof a === "string" && typeof b === "string") {
    if (/[^\x00-\x7f]/.test(a + b)) throw new TypeError("comparing strings with non-ASCII characters is not supported");
    x = Buffer.from(a, "latin1");
    y = Buffer.from(b, "latin1");
  } else {
    x = asBuffer(a);
    y = asBuffer(b);
    if (!x && !y) throw new TypeError(`unsupported operand types(s) or combination of types: '${pyTypeName(a)}' and '${pyTypeName(b)}'`);
    if (!x || !y) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x ? b : a)}'`);
  }
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Python's `hmac` module. */
export const hmac = {
  HMAC,
  new: (key: unknown, msg?: unknown, digestmod?: unknown): HMAC => new HMAC(key, msg, digestmod),
  digest: (key: unknown, msg: unknown, digest: unknown): PyBytes => new HMAC(key, msg, digest).digest(),
  compare_digest,
};
