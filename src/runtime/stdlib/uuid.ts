/**
 * Python's `uuid`: the UUID class over a 128-bit int (a bigint, as the
 * runtime's big ints are), CPython's parsing and errors, uuid3/uuid5 on
 * node:crypto's md5/sha1 (so their values equal CPython's), uuid4 on
 * crypto-random bytes and uuid1 from the clock and a random node.
 */
import { createHash, randomBytes } from "node:crypto";
import { AttributeError, TypeError, ValueError } from "../exceptions.js";
import { hash, NotImplemented as NOT_IMPLEMENTED } from "../builtins.js";
import { strRepr, tuple } from "../repr.js";
import { PyBytes } from "../bytes/type.js";
import { asBuffer } from "../bytes/buffer.js";

const RESERVED_NCS = "reserved for NCS compatibility";
const RFC_4122 = "specified in RFC 4122";
const RESERVED_MICROSOFT = "reserved for Microsoft compatibility";
const RESERVED_FUTURE = "reserved for future definition";

const MAX = (1n << 128n) - 1n;

/** Python's `uuid.SafeUUID` enum. */
class SafeUUIDMember {
  constructor(
    readonly name: string,
    readonly value: number | null,
  ) {}
  __repr__(): string {
    return `<SafeUUID.${this.name}: ${this.value === null ? "None" : this.value}>`;
  }
  __str__(): string {
    return `SafeUUID.${this.name}`;
  }
}
const SafeUUID = {
  safe: new SafeUUIDMember("safe", 0),
  unsafe: new SafeUUIDMember("unsafe", -1),
  unknown: new SafeUUIDMember("unknown", null),
};

function toBigInt(x: unknown, what: string): bigint {
  if (typeof x === "bigint") return x;
  if (typeof x === "number" && Number.isInteger(x)) return BigInt(x);
  if (typeof x === "boolean") return x ? 1n : 0n;
  throw new TypeError(`'${typeof x === "number" ? "float" : typeof x}' object cannot be interpreted as an integer (${what})`);
}

/** A Python int from a bigint: a plain number when it fits exactly, as the runtime keeps ints. */
function pyInt(n: bigint): number | bigint {
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
}

function bytesOf(buf: Uint8Array): bigint {
  let n = 0n;
  for (const b of buf) n = (n << 8n) | BigInt(b);
  return n;
}

function isKeywords(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && Object.getPrototypeOf(x) === Object.prototype;
}

const PARAMS = ["hex", "bytes", "bytes_le", "fields", "int", "version"] as const;

export class UUID {
  declare readonly int: number | bigint;
  declare readonly is_safe: SafeUUIDMember;

  constructor(...args: unknown[]) {
    const kw = args.length > 0 && isKeywords(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
    const a: Record<string, unknown> = {};
    PARAMS.forEach((p, i) => {
      if (args[i] !== undefined && args[i] !== null) a[p] = args[i];
    });
    for (const [k, v] of Object.entries(kw)) if (v !== undefined && v !== null) a[k] = v;
    const given = ["hex", "bytes", "bytes_le", "fields", "int"].filter((k) => a[k] !== undefined);
    if (given.length !== 1) throw new TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given");
    let n: bigint;
    if (a.hex !== undefined) {
      const hex = String(a.hex).replace("urn:", "").replace("uuid:", "").replace(/^[{}]+|[{}]+$/g, "").replace(/-/g, "");
      if (hex.length !== 32) throw new ValueError("badly formed hexadecimal UUID string");
      if (!/^[0-9a-fA-F]+$/.test(hex)) throw new ValueError(`invalid literal for int() with base 16: ${strRepr(hex)}`);
      n = BigInt("0x" + hex);
    } else if (a.bytes_le !== undefined || a.bytes !== undefined) {
      let buf = asBuffer(a.bytes_le ?? a.bytes);
      if (!buf || buf.length !== 16) throw new ValueError(`bytes${a.bytes_le !== undefined ? "_le" : ""} is not a 16-char string`);
      if (a.bytes_le !== undefined) {
        const b = buf;
        buf = Uint8Array.from([b[3]!, b[2]!, b[1]!, b[0]!, b[5]!, b[4]!, b[7]!, b[6]!, ...b.slice(8)]);
      }
      n = bytesOf(buf);
    } else if (a.fields !== undefined) {
      const f = [...(a.fields as Iterable<unknown>)].map((x, i) => toBigInt(x, `fields[${i}]`));
      if (f.length !== 6) throw new ValueError("fields is not a 6-tuple");
      const [tl, tm, th, hi, lo, node] = f as [bigint, bigint, bigint, bigint, bigint, bigint];
      const check = (v: bigint, bits: bigint, name: string) => {
        if (v < 0n || v >= 1n << bits) throw new ValueError(`field ${name} out of range (need a ${bits}-bit value)`);
      };
      check(tl, 32n, "1");
      check(tm, 16n, "2");
      check(th, 16n, "3");
      check(hi, 8n, "4");
      check(lo, 8n, "5");
      check(node, 48n, "6");
      const clockSeq = (hi << 8n) | lo;
      n = (tl << 96n) | (tm << 80n) | (th << 64n) | (clockSeq << 48n) | node;
    } else {
      n = toBigInt(a.int, "int");
      if (n < 0n || n > MAX) throw new ValueError("int is out of range (need a 128-bit value)");
    }
    if (a.version !== undefined) {
      const v = toBigInt(a.version, "version");
      if (v < 1n || v > 5n) throw new ValueError("illegal version number");
      // The variant becomes RFC 4122's, the version goes in bits 76-79.
      n &= ~(0xc000n << 48n);
      n |= 0x8000n << 48n;
      n &= ~(0xf000n << 64n);
      n |= v << 76n;
    }
    Object.defineProperty(this, "int", { value: pyInt(n), enumerable: true });
    Object.defineProperty(this, "is_safe", { value: (kw.is_safe as SafeUUIDMember | undefined) ?? SafeUUID.unknown, enumerable: true });
  }

  private get big(): bigint {
    return BigInt(this.int);
  }

  get hex(): string {
    return this.big.toString(16).padStart(32, "0");
  }
  get urn(): string {
    return "urn:uuid:" + this.__str__();
  }
  get bytes(): PyBytes {
    const out = new Uint8Array(16);
    let n = this.big;
    for (let i = 15; i >= 0; i--) {
      out[i] = Number(n & 0xffn);
      n >>= 8n;
    }
    return PyBytes.fromUint8Array(out);
  }
  get bytes_le(): PyBytes {
    const b = asBuffer(this.bytes)!;
    return PyBytes.fromUint8Array(Uint8Array.from([b[3]!, b[2]!, b[1]!, b[0]!, b[5]!, b[4]!, b[7]!, b[6]!, ...b.slice(8)]));
  }
  get time_low(): number {
    return Number(this.big >> 96n);
  }
  get time_mid(): number {
    return Number((this.big >> 80n) & 0xffffn);
  }
  get time_hi_version(): number {
    return Number((this.big >> 64n) & 0xffffn);
  }
  get clock_seq_hi_variant(): number {
    return Number((this.big >> 56n) & 0xffn);
  }
  get clock_seq_low(): number {
    return Number((this.big >> 48n) & 0xffn);
  }
  get node(): number {
    return Number(this.big & 0xffffffffffffn);
  }
  get time(): number | bigint {
    return pyInt((BigInt(this.time_hi_version & 0x0fff) << 48n) | (BigInt(this.time_mid) << 32n) | BigInt(this.time_low));
  }
  get clock_seq(): number {
    return ((this.clock_seq_hi_variant & 0x3f) << 8) | this.clock_seq_low;
  }
  get fields(): readonly number[] {
    return tuple(this.time_low, this.time_mid, this.time_hi_version, this.clock_seq_hi_variant, this.clock_seq_low, this.node);
  }
  get variant(): string {
    const n = this.big;
    if (!(n & (0x8000n << 48n))) return RESERVED_NCS;
    if (!(n & (0x4000n << 48n))) return RFC_4122;
    if (!(n & (0x2000n << 48n))) return RESERVED_MICROSOFT;
    return RESERVED_FUTURE;
  }
  get version(): number | null {
    return this.variant === RFC_4122 ? Number((this.big >> 76n) & 0xfn) : null;
  }

  __str__(): string {
    const h = this.hex;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }
  __repr__(): string {
    return `UUID(${strRepr(this.__str__())})`;
  }
  toString(): string {
    return this.__str__();
  }
  __int__(): number | bigint {
    return this.int;
  }
  __hash__(): number {
    return hash(this.int);
  }
  __eq__(other: unknown): boolean | symbol {
    return other instanceof UUID ? this.big === other.big : NOT_IMPLEMENTED;
  }
  __lt__(other: unknown): boolean | symbol {
    return other instanceof UUID ? this.big < other.big : NOT_IMPLEMENTED;
  }
  __le__(other: unknown): boolean | symbol {
    return other instanceof UUID ? this.big <= other.big : NOT_IMPLEMENTED;
  }
  __gt__(other: unknown): boolean | symbol {
    return other instanceof UUID ? this.big > other.big : NOT_IMPLEMENTED;
  }
  __ge__(other: unknown): boolean | symbol {
    return other instanceof UUID ? this.big >= other.big : NOT_IMPLEMENTED;
  }
  __setattr__(): never {
    throw new TypeError("UUID objects are immutable");
  }
}

/** CPython 3.11 encodes the name with bytes(name, "utf-8"): only a str will do. */
function nameBytes(name: unknown): Uint8Array {
  if (typeof name !== "string") throw new TypeError("encoding without a string argument");
  return new TextEncoder().encode(name);
}

function hashed(algo: "md5" | "sha1", namespace: unknown, name: unknown, version: number): UUID {
  if (!(namespace instanceof UUID)) throw new AttributeError(`'${typeof namespace === "string" ? "str" : typeof namespace}' object has no attribute 'bytes'`);
  const digest = createHash(algo).update(asBuffer(namespace.bytes)!).update(nameBytes(name)).digest();
  return new UUID(null, PyBytes.fromUint8Array(Uint8Array.from(digest.subarray(0, 16))), null, null, null, version);
}

let node: number | null = null;
let lastTimestamp: bigint | null = null;

/** A random 48-bit node with the multicast bit set, CPython's fallback when no hardware address is read. */
function getnode(): number {
  if (node === null) {
    const b = randomBytes(6);
    b[0]! |= 0x01;
    node = b.readUIntBE(0, 6);
  }
  return node;
}

function uuid1(nodeArg?: number | null, clockSeq?: number | null): UUID {
  let timestamp = BigInt(Date.now()) * 10_000n + 0x01b21dd213814000n;
  if (lastTimestamp !== null && timestamp <= lastTimestamp) timestamp = lastTimestamp + 1n;
  lastTimestamp = timestamp;
  const seq = BigInt(clockSeq ?? randomBytes(2).readUInt16BE(0) & 0x3fff);
  const fields = [timestamp & 0xffffffffn, (timestamp >> 32n) & 0xffffn, (timestamp >> 48n) & 0x0fffn, (seq >> 8n) & 0x3fn, seq & 0xffn, BigInt(nodeArg ?? getnode())];
  return new UUID(null, null, null, tuple(...fields), null, 1);
}

/** Python's `uuid` module. */
export const uuid = {
  UUID,
  SafeUUID,
  uuid1,
  uuid3: (namespace: UUID, name: unknown): UUID => hashed("md5", namespace, name, 3),
  uuid4: (): UUID => new UUID(null, PyBytes.fromUint8Array(Uint8Array.from(randomBytes(16))), null, null, null, 4),
  uuid5: (namespace: UUID, name: unknown): UUID => hashed("sha1", namespace, name, 5),
  getnode,
  NAMESPACE_DNS: new UUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
  NAMESPACE_URL: new UUID("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
  NAMESPACE_OID: new UUID("6ba7b812-9dad-11d1-80b4-00c04fd430c8"),
  NAMESPACE_X500: new UUID("6ba7b814-9dad-11d1-80b4-00c04fd430c8"),
  RESERVED_NCS,
  RFC_4122,
  RESERVED_MICROSOFT,
  RESERVED_FUTURE,
};
