/**
 * Python's `hashlib` on node:crypto: md5, sha1, the sha2 and sha3 families,
 * blake2b/blake2s (default parameters only), shake_128/256, `new`,
 * `pbkdf2_hmac`, `scrypt` and `file_digest`. A hash object may be updated
 * and digested any number of times, as in Python.
 */
import { createHash, getHashes, pbkdf2Sync, scryptSync, type Hash as NodeHash } from "node:crypto";
import { NotImplementedError, TypeError, ValueError } from "../exceptions.js";
import { addressSuffix, pyTypeName } from "../repr.js";
import { PyBytes } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";
import { intArg } from "./args.js";

/** Python name → [node:crypto name, digest_size, block_size]. */
const ALGORITHMS: Record<string, [string, number, number]> = {
  md5: ["md5", 16, 64],
  sha1: ["sha1", 20, 64],
  sha224: ["sha224", 28, 64],
  sha256: ["sha256", 32, 64],
  sha384: ["sha384", 48, 128],
  sha512: ["sha512", 64, 128],
  sha3_224: ["sha3-224", 28, 144],
  sha3_256: ["sha3-256", 32, 136],
  sha3_384: ["sha3-384", 48, 104],
  sha3_512: ["sha3-512", 64, 72],
  blake2b: ["blake2b512", 64, 128],
  blake2s: ["blake2s256", 32, 64],
  shake_128: ["shake128", 0, 168],
  shake_256: ["shake256", 0, 136],
  // OpenSSL's, reached through hashlib.new() only, as in CPython.
  "md5-sha1": ["md5-sha1", 36, 64],
  ripemd160: ["ripemd160", 20, 64],
  sha512_224: ["sha512-224", 28, 128],
  sha512_256: ["sha512-256", 32, 128],
  sm3: ["sm3", 32, 64],
};

/** Data to hash: bytes-like; a str is CPython's "Strings must be encoded before hashing". */
export function hashData(x: unknown): Uint8Array {
  if (typeof x === "string") throw new TypeError("Strings must be encoded before hashing");
  const b = asBuffer(x);
  if (!b) throw new TypeError(`object supporting the buffer API required`);
  return b;
}

/** A hash object (`hashlib.sha256()`): update, digest, hexdigest, copy. */
export class HASH {
  static __module__ = "_hashlib";
  readonly digest_size: number;
  readonly block_size: number;
  constructor(
    readonly name: string,
    private state: NodeHash,
  ) {
    [, this.digest_size, this.block_size] = ALGORITHMS[name]!;
  }
  update(data: unknown): null {
    this.state.update(hashData(data));
    return null;
  }
  private finish(length: unknown, method: string): Buffer {
    if (this.name.startsWith("shake_")) {
      if (length === undefined) throw new TypeError(`${method}() missing required argument 'length' (pos 1)`);
      const n = intArg(length);
      if (n < 0) throw new ValueError("length must be non-negative");
      return this.state.copy({ outputLength: n }).digest();
    }
    return this.state.copy().digest();
  }
  digest(length?: unknown): PyBytes {
    return new PyBytes(new Uint8Array(this.finish(length, "digest")));
  }
  hexdigest(length?: unknown): string {
    return this.finish(length, "hexdigest").toString("hex");
  }
  copy(): HASH {
    return new HASH(this.name, this.state.copy());
  }
  __repr__(): string {
    return `<${this.name} ${this.name.startsWith("shake_") ? "_hashlib.HASHXOF" : "_hashlib.HASH"} object @${addressSuffix(this).replace(" at ", " ")}>`;
  }
}

/** OpenSSL's names for the algorithms (hashlib.new takes those too, in any case). */
const OPENSSL: Record<string, string> = {
  md5: "md5", sha1: "sha1", "sha-1": "sha1", sha224: "sha224", "sha-224": "sha224", sha256: "sha256", "sha-256": "sha256",
  sha384: "sha384", "sha-384": "sha384", sha512: "sha512", "sha-512": "sha512", "sha3-224": "sha3_224", "sha3-256": "sha3_256",
  "sha3-384": "sha3_384", "sha3-512": "sha3_512", shake128: "shake_128", shake256: "shake_256", blake2b512: "blake2b", blake2s256: "blake2s",
  "sha512-224": "sha512_224", "sha512-256": "sha512_256",
};

/** A hash object for a Python (or OpenSSL) algorithm name, fed `data`. */
export function newHash(name: string, data?: unknown): HASH {
  const key = name in ALGORITHMS ? name : OPENSSL[name.toLowerCase()];
  if (!key) throw new ValueError(`unsupported hash type ${name}`);
  const h = new HASH(key, createHash(ALGORITHMS[key]![0]));
  if (data !== undefined && data !== null) h.update(data);
  return h;
}

function constructor(name: string) {
  const fn = (string?: unknown, _opts?: unknown): HASH => newHash(name, string);
  Object.defineProperty(fn, "name", { value: `openssl_${name}` });
  return fn;
}

/** The keyword parameters of blake2b/blake2s; only their defaults are available here. */
function checkBlake2(name: "blake2b" | "blake2s", opts: Record<string, unknown> | undefined): void {
  for (const [k, v] of Object.entries(opts ?? {})) {
    if (k === "usedforsecurity" || (k === "digest_size" && v === ALGORITHMS[name]![1])) continue;
    if (v !== undefined && v !== null && !(typeof v === "object" && asBuffer(v)?.length === 0)) {
      throw new NotImplementedError(`hashlib.${name}(${k}=...) is not supported by tsyncio (only the default parameters)`);
    }
  }
}

/** `hashlib.blake2b(data=b'')`: a class in Python. */
export class blake2b extends HASH {
  static override __module__ = "_blake2";
  constructor(data?: unknown, opts?: Record<string, unknown>) {
    checkBlake2("blake2b", opts);
    super("blake2b", createHash("blake2b512"));
    if (data !== undefined && data !== null) this.update(data);
  }
}

/** `hashlib.blake2s(data=b'')`. */
export class blake2s extends HASH {
  static override __module__ = "_blake2";
  constructor(data?: unknown, opts?: Record<string, unknown>) {
    checkBlake2("blake2s", opts);
    super("blake2s", createHash("blake2s256"));
    if (data !== undefined && data !== null) this.update(data);
  }
}

function asBytes(x: unknown, what: string): Uint8Array {
  if (typeof x === "string") return Buffer.from(x, "utf8");
  const b = asBuffer(x);
  if (!b) throw new TypeError(`a bytes-like object is required, not '${pyTypeName(x)}'`);
  void what;
  return b;
}

function pbkdf2_hmac(hash_name: unknown, password: unknown, salt: unknown, iterations: unknown, dklen?: unknown): PyBytes {
  if (typeof hash_name !== "string") throw new TypeError(`pbkdf2_hmac() argument 'hash_name' must be str, not ${pyTypeName(hash_name)}`);
  const algo = ALGORITHMS[hash_name.toLowerCase()];
  if (!algo || algo[1] === 0) throw new ValueError(`unsupported hash type ${hash_name}`);
  const n = intArg(iterations);
  if (n < 1) throw new ValueError("iteration value must be greater than 0.");
  const len = dklen === undefined || dklen === null ? algo[1] : intArg(dklen);
  if (len < 1) throw new ValueError("key length must be greater than 0.");
  return new PyBytes(new Uint8Array(pbkdf2Sync(asBytes(password, "password"), asBytes(salt, "salt"), n, len, algo[0])));
}

function scrypt(password: unknown, opts: { salt?: unknown; n?: unknown; r?: unknown; p?: unknown; maxmem?: unknown; dklen?: unknown } = {}): PyBytes {
  const N = intArg(opts.n);
  if (N < 2 || (N & (N - 1)) !== 0) throw new ValueError("n must be a power of 2.");
  const maxmem = opts.maxmem === undefined ? 0 : intArg(opts.maxmem);
  const key = scryptSync(asBytes(password, "password"), asBytes(opts.salt, "salt"), opts.dklen === undefined ? 64 : intArg(opts.dklen), {
    N,
    r: intArg(opts.r),
    p: intArg(opts.p),
    ...(maxmem > 0 ? { maxmem } : { maxmem: 32 * 1024 * 1024 + 128 * N * intArg(opts.r) * 2 }),
  });
  return new PyBytes(new Uint8Array(key));
}

/** `file_digest(fileobj, digest)`: reads a binary file object to its end. */
function file_digest(fileobj: { read(n?: number): unknown }, digest: unknown): HASH {
  const h = typeof digest === "string" ? newHash(digest) : (digest as () => HASH)();
  for (;;) {
    const chunk = fileobj.read(262144);
    if (hashData(chunk).length === 0) return h;
    h.update(chunk);
  }
}

const NAMES = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2b", "blake2s"];

/** Python's `hashlib` module. */
export const hashlib = {
  new: (name: unknown, data?: unknown, _opts?: unknown): HASH => {
    if (typeof name !== "string") throw new TypeError(`new() argument 'name' must be str, not ${pyTypeName(name)}`);
    return newHash(name, data);
  },
  md5: constructor("md5"),
  sha1: constructor("sha1"),
  sha224: constructor("sha224"),
  sha256: constructor("sha256"),
  sha384: constructor("sha384"),
  sha512: constructor("sha512"),
  sha3_224: constructor("sha3_224"),
  sha3_256: constructor("sha3_256"),
  sha3_384: constructor("sha3_384"),
  sha3_512: constructor("sha3_512"),
  shake_128: constructor("shake_128"),
  shake_256: constructor("shake_256"),
  blake2b,
  blake2s,
  pbkdf2_hmac,
  scrypt,
  file_digest,
  algorithms_guaranteed: new Set(NAMES),
  // CPython adds what its OpenSSL offers; these are OpenSSL 3's that node:crypto has too.
  algorithms_available: new Set([...NAMES, ...["md5-sha1", "ripemd160", "sha512_224", "sha512_256", "sm3"].filter((n) => getHashes().includes(ALGORITHMS[n]![0]))]),
};
