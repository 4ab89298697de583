/**
 * Python's `random`: CPython's Mersenne Twister, seeded the way CPython seeds
 * it, and CPython's derivations, so a seeded program draws the same numbers.
 */
import { createHash, randomBytes } from "node:crypto";
import { IndexError, TypeError, ValueError } from "../exceptions.js";
import { hash, isOptions, pyIterable } from "../builtins.js";
import { intArg, num, tup } from "./args.js";

const N = 624;
const M = 397;

function bitLength(n: number): number {
  let bits = 0;
  let v = Math.abs(n);
  while (v >= 4294967296) {
    v = Math.floor(v / 4294967296);
    bits += 32;
  }
  return bits + (v === 0 ? 0 : 32 - Math.clz32(v));
}

/** Python's `random.Random`. */
export class PyRandom {
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;
  private gaussNext: number | null = null;

  constructor(seed?: unknown) {
    this.seed(seed);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: number[]): void {
    this.initGenrand(19650218);
    const mt = this.mt;
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) {
        mt[0] = mt[N - 1]!;
        i = 1;
      }
    }
    mt[0] = 0x80000000;
  }

  private genrand(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      let y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `seed(a=None)`: ints, strings and None seed exactly as CPython does. */
  seed(a?: unknown): null {
    this.gaussNext = null;
    if (isOptions(a)) a = a.a;
    if (a === undefined || a === null) {
      const bytes = randomBytes(N * 4);
      const key: number[] = [];
      for (let i = 0; i < N; i++) key.push(bytes.readUInt32LE(i * 4));
      this.initByArray(key);
      return null;
    }
    let big: bigint;
    if (typeof a === "string") {
      const bytes = Buffer.from(a, "utf8");
      const digest = createHash("sha512").update(bytes).digest();
      big = BigInt("0x" + (Buffer.concat([bytes, digest]).toString("hex") || "0"));
    } else if (typeof a === "bigint") big = a;
    else if (typeof a === "boolean") big = a ? 1n : 0n;
    else if (typeof a === "number" && Number.isInteger(a)) big = BigInt(a);
    else big = BigInt(hash(a));
    if (big < 0n) big = -big;
    const key: number[] = [];
    while (big > 0n) {
      key.push(Number(big & 0xffffffffn));
      big >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
    return null;
  }

  /** A float in [0.0, 1.0). */
  random(): number {
    const a = this.genrand() >>> 5;
    const b = this.genrand() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  getrandbits(k: number): number {
    const bits = intArg(k);
    if (bits < 0) throw new ValueError("number of bits must be non-negative");
    if (bits === 0) return 0;
    if (bits <= 32) return this.genrand() >>> (32 - bits);
    let result = 0n;
    let shift = 0n;
    for (let left = bits; left > 0; left -= 32) {
      let r = this.genrand();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return Number(result);
  }

  private randbelow(n: number): number {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  randrange(start: number, stop?: number | null, step: number = 1): number {
    const istart = intArg(start);
    if (stop === undefined || stop === null) {
      if (step !== 1) throw new TypeError("Missing a non-None stop argument");
      if (istart > 0) return this.randbelow(istart);
      throw new ValueError("empty range for randrange()");
    }
    const istop = intArg(stop);
    const width = istop - istart;
    const istep = intArg(step);
    if (istep === 1) {
      if (width > 0) return istart + this.randbelow(width);
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    let n: number;
    if (istep > 0) n = Math.floor((width + istep - 1) / istep);
    else if (istep < 0) n = Math.floor((width + istep + 1) / istep);
    else throw new ValueError("zero step for randrange()");
    if (n <= 0) throw new ValueError("empty range for randrange()");
    return istart + istep * this.randbelow(n);
  }

  randint(a: number, b: number): number {
    return this.randrange(a, intArg(b) + 1);
  }

  choice<T>(seq: ArrayLike<T> | Iterable<T>): T {
    const items: any = typeof seq === "string" ? Array.from(seq) : Array.isArray(seq) ? seq : [...pyIterable(seq)];
    if (items.length === 0) throw new IndexError("Cannot choose from an empty sequence");
    return items[this.randbelow(items.length)];
  }

  shuffle<T>(x: T[]): null {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1);
      const t = x[i]!;
      x[i] = x[j]!;
      x[j] = t;
    }
    return null;
  }

  sample<T>(population: Iterable<T>, k: number | { k: number }, opts?: { counts?: Iterable<number> }): T[] {
    if (isOptions(k)) {
      opts = k as { counts?: Iterable<number> };
      k = (k as { k: number }).k;
    }
    let pop: T[] = typeof population === "string" ? (Array.from(population) as T[]) : [...pyIterable<T>(population)];
    if (opts?.counts) {
      const counts = [...pyIterable(opts.counts)];
      if (counts.length !== pop.length) throw new ValueError("The number of counts does not match the population");
      const expanded: T[] = [];
      pop.forEach((p, i) => {
        for (let c = 0; c < counts[i]; c++) expanded.push(p);
      });
      pop = expanded;
    }
    const n = pop.length;
    const want = intArg(k);
    if (want < 0 || want > n) throw new ValueError("Sample larger than population or is negative");
    const result: T[] = new Array(want);
    let setsize = 21;
    if (want > 5) setsize += 4 ** Math.ceil(Math.log(want * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = [...pop];
      for (let i = 0; i < want; i++) {
        const j = this.randbelow(n - i);
        result[i] = pool[j]!;
        pool[j] = pool[n - i - 1]!;
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < want; i++) {
        let j = this.randbelow(n);
        while (selected.has(j)) j = this.randbelow(n);
        selected.add(j);
        result[i] = pop[j]!;
      }
    }
    return result;
  }

  choices<T>(population: ArrayLike<T> | Iterable<T>, weights?: Iterable<number> | null | { weights?: Iterable<number> | null; cum_weights?: Iterable<number> | null; k?: number }, opts: { cum_weights?: Iterable<number> | null; k?: number } = {}): T[] {
    if (isOptions(weights)) {
      opts = weights as { cum_weights?: Iterable<number> | null; k?: number };
      weights = (weights as { weights?: Iterable<number> | null }).weights ?? null;
    }
    const pop: T[] = typeof population === "string" ? (Array.from(population) as T[]) : Array.isArray(population) ? population : [...pyIterable<T>(population as Iterable<T>)];
    const n = pop.length;
    const k = opts.k === undefined ? 1 : intArg(opts.k);
    let cum: number[] | null = opts.cum_weights == null ? null : [...pyIterable<number>(opts.cum_weights)];
    if (cum === null) {
      if (weights == null) {
        const out: T[] = [];
        for (let i = 0; i < k; i++) out.push(pop[Math.floor(this.random() * n)]!);
        return out;
      }
      cum = [];
      let acc = 0;
      for (const w of pyIterable<number>(weights as Iterable<number>)) {
        acc += num(w);
        cum.push(acc);
      }
    } else if (weights != null) throw new TypeError("Cannot specify both weights and cumulative weights");
    if (cum.length !== n) throw new ValueError("The number of weights does not match the population");
    const total = cum[cum.length - 1]! + 0.0;
    if (total <= 0) throw new ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
    const hi = n - 1;
    const out: T[] = [];
    for (let i = 0; i < k; i++) {
      const x = this.random() * total;
      let lo = 0;
      let h = hi;
      while (lo < h) {
        const mid = (lo + h) >> 1;
        if (x < cum[mid]!) h = mid;
        else lo = mid + 1;
      }
      out.push(pop[lo]!);
    }
    return out;
  }

  uniform(a: number, b: number): number {
    return num(a) + (num(b) - num(a)) * this.random();
  }

  triangular(low: number = 0, high: number = 1, mode: number | null = null): number {
    let u = this.random();
    let lo = num(low);
    let hi = num(high);
    let c: number;
    if (hi === lo) return lo;
    c = mode === null ? 0.5 : (num(mode) - lo) / (hi - lo);
    if (u > c) {
      u = 1 - u;
      c = 1 - c;
      [lo, hi] = [hi, lo];
    }
    return lo + (hi - lo) * Math.sqrt(u * c);
  }

  gauss(mu: number = 0, sigma: number = 1): number {
    let z = this.gaussNext;
    this.gaussNext = null;
    if (z === null) {
      const x2pi = this.random() * 2 * Math.PI;
      const g2rad = Math.sqrt(-2 * Math.log(1 - this.random()));
      z = Math.cos(x2pi) * g2rad;
      this.gaussNext = Math.sin(x2pi) * g2rad;
    }
    return num(mu) + z * num(sigma);
  }

  normalvariate(mu: number = 0, sigma: number = 1): number {
    const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2);
    let z: number;
    for (;;) {
      const u1 = this.random();
      const u2 = 1 - this.random();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4;
      if (zz <= -Math.log(u2)) break;
    }
    return num(mu) + z * num(sigma);
  }

  lognormvariate(mu: number, sigma: number): number {
    return Math.exp(this.normalvariate(mu, sigma));
  }

  expovariate(lambd: number = 1): number {
    return -Math.log(1 - this.random()) / num(lambd);
  }

  betavariate(alpha: number, beta: number): number {
    const y = this.gammavariate(alpha, 1);
    if (y) return y / (y + this.gammavariate(beta, 1));
    return 0;
  }

  gammavariate(alpha: number, beta: number): number {
    if (alpha <= 0 || beta <= 0) throw new ValueError("gammavariate: alpha and beta must be > 0.0");
    const LOG4 = Math.log(4);
    const SG_MAGICCONST = 1 + Math.log(4.5);
    if (alpha > 1) {
      const ainv = Math.sqrt(2 * alpha - 1);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.random();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1 - this.random();
        const v = Math.log(u1 / (1 - u1)) / ainv;
        const x = alpha * Math.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0 || r >= Math.log(z)) return x * beta;
      }
    }
    if (alpha === 1) return -Math.log(1 - this.random()) * beta;
    let x: number;
    for (;;) {
      const u = this.random();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1 ? p ** (1 / alpha) : -Math.log((b - p) / alpha);
      const u1 = this.random();
      if (p > 1) {
        if (u1 <= x ** (alpha - 1)) break;
      } else if (u1 <= Math.exp(-x)) break;
    }
    return x * beta;
  }

  getstate(): readonly unknown[] {
    return tup(3, tup(...this.mt, this.mti), this.gaussNext);
  }

  setstate(state: readonly any[]): null {
    const inner = state[1] as number[];
    for (let i = 0; i < N; i++) this.mt[i] = inner[i]!;
    this.mti = inner[N]!;
    this.gaussNext = state[2] ?? null;
    return null;
  }
}

/** `random.Random(seed)`, callable with or without `new`. */
export const Random = function Random(seed?: unknown): PyRandom {
  return new PyRandom(seed);
} as unknown as { new (seed?: unknown): PyRandom; (seed?: unknown): PyRandom };

const shared = new PyRandom();

/** Python's `random` module (CPython's generator: seeded runs match CPython). */
export const random = {
  Random,
  seed: (a?: unknown) => shared.seed(a),
  random: () => shared.random(),
  getrandbits: (k: number) => shared.getrandbits(k),
  randrange: (start: number, stop?: number | null, step?: number) => shared.randrange(start, stop, step),
  randint: (a: number, b: number) => shared.randint(a, b),
  choice: <T>(seq: ArrayLike<T> | Iterable<T>): T => shared.choice(seq),
  choices: <T>(population: ArrayLike<T> | Iterable<T>, weights?: any, opts?: any): T[] => shared.choices(population, weights, opts),
  shuffle: <T>(x: T[]) => shared.shuffle(x),
  sample: <T>(population: Iterable<T>, k: number | { k: number }, opts?: { counts?: Iterable<number> }): T[] => shared.sample(population, k, opts),
  uniform: (a: number, b: number) => shared.uniform(a, b),
  triangular: (low?: number, high?: number, mode?: number | null) => shared.triangular(low, high, mode),
  gauss: (mu?: number, sigma?: number) => shared.gauss(mu, sigma),
  normalvariate: (mu?: number, sigma?: number) => shared.normalvariate(mu, sigma),
  lognormvariate: (mu: number, sigma: number) => shared.lognormvariate(mu, sigma),
  expovariate: (lambd?: number) => shared.expovariate(lambd),
  betavariate: (a: number, b: number) => shared.betavariate(a, b),
  gammavariate: (a: number, b: number) => shared.gammavariate(a, b),
  getstate: () => shared.getstate(),
  setstate: (s: readonly any[]) => shared.setstate(s),
};
