/**
 * CPython 3.11's hash values, for the values whose hash does not change from
 * one run to the next: ints, bools, floats, tuples and frozensets of them,
 * and objects whose `__hash__` returns one. A set's iteration order follows
 * from these values, so matching them is what lets `print({3, 1, 2})` print
 * `{1, 2, 3}` as CPython does.
 *
 * Strings and bytes (PYTHONHASHSEED), None, NaN and plain objects (their
 * address) hash differently in every CPython run: `null` here, and a set
 * holding one keeps insertion order instead (any order is CPython's then).
 *
 * This module imports nothing from the runtime (repr.ts builds FrozenSet on
 * top of it), so tuples and float boxes are recognised by their shape.
 */

/** A 64-bit hash as two unsigned 32-bit halves: cheap to probe with. */
export interface Hash64 {
  readonly lo: number;
  readonly hi: number;
}

const MODULUS = (1n << 61n) - 1n;
const MODULUS_N = 2 ** 61 - 1;
const MASK64 = (1n << 64n) - 1n;

const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** Something that hashes like a frozenset (PySet answers for itself, see pyset.ts). */
interface SelfHashing {
  frozenHash(): bigint | null;
}

/** A float box or a float hint: `{ value: number, desc: "float" }` (repr.ts). */
function floatValue(x: object): number | null {
  const v = x as { value?: unknown; desc?: unknown };
  return v.desc === "float" && typeof v.value === "number" ? v.value : null;
}

const tupleHashes = new WeakMap<readonly unknown[], bigint | null>();

/** CPython's hash of x as a signed 64-bit bigint, or null when it is not the same in every run. */
export function cpythonHash(x: unknown): bigint | null {
  switch (typeof x) {
    case "boolean":
      return x ? 1n : 0n;
    case "number":
      return Number.isInteger(x) ? intHash(x) : floatHash(x);
    case "bigint":
      return bigIntHash(x);
    case "object": {
      if (x === null) return null;
      if (Array.isArray(x)) return Object.isFrozen(x) ? tupleHash(x) : null;
      const f = floatValue(x);
      if (f !== null) return floatHash(f);
      if (x instanceof Set) return typeof (x as unknown as SelfHashing).frozenHash === "function" ? (x as unknown as SelfHashing).frozenHash() : null;
      const own = (x as { __hash__?: unknown }).__hash__;
      if (typeof own === "function") {
        // A user class's __hash__: CPython hashes the int it returns.
        const r: unknown = own.call(x);
        return typeof r === "number" || typeof r === "bigint" || typeof r === "boolean" ? cpythonHash(r) : null;
      }
      return null;
    }
    default:
      return null;
  }
}

/** The hash as two 32-bit halves for the table; ints take a path without bigints. */
export function hash64(x: unknown): Hash64 | null {
  if (typeof x === "number" && Number.isInteger(x) && Math.abs(x) < 2 ** 52) return splitNumber(x === -1 ? -2 : x);
  if (typeof x === "boolean") return { lo: x ? 1 : 0, hi: 0 };
  const h = cpythonHash(x);
  return h === null ? null : splitBig(h);
}

function splitNumber(h: number): Hash64 {
  return { lo: h >>> 0, hi: Math.floor(h / 2 ** 32) >>> 0 };
}

export function splitBig(h: bigint): Hash64 {
  const u = BigInt.asUintN(64, h);
  return { lo: Number(u & 0xffffffffn), hi: Number(u >> 32n) };
}

function intHash(n: number): bigint {
  if (Math.abs(n) < MODULUS_N) return BigInt(n === -1 ? -2 : n);
  return bigIntHash(BigInt(n));
}

function bigIntHash(n: bigint): bigint {
  const r = n < 0n ? -(-n % MODULUS) : n % MODULUS;
  return r === -1n ? -2n : r;
}

/** A finite float is mantissa * 2**exponent; its hash is that rational reduced modulo 2**61 - 1. */
function floatHash(v: number): bigint | null {
  if (Number.isNaN(v)) return null; // id-based since 3.10
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  if (v === 0) return 0n;
  let m = Math.abs(v);
  let e = 0;
  // Scale to an integral mantissa (at most 53 bits): exact in doubles.
  while (!Number.isInteger(m)) {
    m *= 2;
    e--;
  }
  while (m > 2 ** 53) {
    m /= 2;
    e++;
  }
  // 2**61 is 1 modulo 2**61 - 1, so 2**e is 2**(e mod 61).
  const shift = BigInt(((e % 61) + 61) % 61);
  let x = ((BigInt(m) % MODULUS) << shift) % MODULUS;
  if (v < 0) x = -x;
  return x === -1n ? -2n : x;
}

function tupleHash(t: readonly unknown[]): bigint | null {
  const cached = tupleHashes.get(t);
  if (cached !== undefined) return cached;
  let acc = XXPRIME_5;
  let result: bigint | null = null;
  let ok = true;
  for (const item of t) {
    const lane = cpythonHash(item);
    if (lane === null) {
      ok = false;
      break;
    }
    acc = (acc + BigInt.asUintN(64, lane) * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  if (ok) {
    acc = (acc + (BigInt(t.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
    result = acc === MASK64 ? 1546275796n : BigInt.asIntN(64, acc);
  }
  tupleHashes.set(t, result);
  return result;
}

function shuffleBits(h: bigint): bigint {
  const u = BigInt.asUintN(64, h);
  return (((u ^ 89869747n) ^ (u << 16n)) * 3644798167n) & MASK64;
}

/** CPython's frozenset hash from its elements' hashes (order does not matter). */
export function frozensetHash(hashes: Iterable<bigint>): bigint {
  let h = 0n;
  let n = 0n;
  for (const e of hashes) {
    h ^= shuffleBits(e);
    n++;
  }
  h ^= ((n + 1n) * 1927868237n) & MASK64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & MASK64;
  if (h === MASK64) h = 590923713n;
  return BigInt.asIntN(64, h);
}
