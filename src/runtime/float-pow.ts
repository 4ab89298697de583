/**
 * Float power as CPython computes it. CPython calls the C library's pow(),
 * which in glibc (2.28+) is within 0.52 ulp; V8's `**` and Math.pow are
 * further off (for about a quarter of bases, `x ** 3` differs in the last bit).
 *
 * An integer exponent is done by squaring in double-double arithmetic
 * (Dekker's split products, no FMA in JavaScript), carrying the binary
 * exponent apart so no intermediate over- or underflows, and rounding once at
 * the end — subnormal results included: the result is correctly rounded.
 * Other exponents still use Math.pow (scripts/floatpow-check.mjs measures how
 * often each differs from CPython).
 *
 * C's special cases apply (pow(1, nan) and pow(-1, ±inf) are 1, not NaN).
 * Overflow gives ±Infinity and underflow ±0: callers raise as Python does.
 */

/** Beyond this many multiplications the rounding error of the squarings could reach the last bit. */
const MAX_INT_EXPONENT = 2 ** 20;

const SPLIT = 134217729; // 2**27 + 1, Veltkamp's splitter for 53-bit doubles
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const HI = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // the word holding sign and exponent
const TWO_M64 = 1 / 18446744073709551616;

/** 2**k exactly, for -1074 <= k <= 1023 (built from bits: Math.pow is not trusted here). */
function pow2(k: number): number {
  if (k < -1022) return pow2(k + 64) * TWO_M64; // the product is an exact (subnormal) power of two
  f64[0] = 0;
  u32[HI] = (k + 1023) << 20;
  return f64[0];
}

/** floor(log2(|x|)) of a finite non-zero double. */
function exponentOf(x: number): number {
  f64[0] = x;
  const e = (u32[HI]! >>> 20) & 0x7ff;
  if (e === 0) return exponentOf(x * 18446744073709551616) - 64; // subnormal: scale by 2**64
  return e - 1023;
}

// Double-double results go through these two slots to avoid allocating.
let rh = 0;
let rl = 0;

/** (rh, rl) = (ah + al) * (bh + bl), relative error about 2**-104. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  const p = ah * bh;
  let t = SPLIT * ah;
  const ahh = t - (t - ah);
  const ahl = ah - ahh;
  t = SPLIT * bh;
  const bhh = t - (t - bh);
  const bhl = bh - bhh;
  const e = ahh * bhh - p + ahh * bhl + ahl * bhh + ahl * bhl + (ah * bl + al * bh);
  rh = p + e;
  rl = e - (rh - p);
}

/** (rh, rl) = 1 / (h + l). */
function ddRecip(h: number, l: number): void {
  const q1 = 1 / h;
  const p = q1 * h;
  let t = SPLIT * q1;
  const qh = t - (t - q1);
  const ql = q1 - qh;
  t = SPLIT * h;
  const hh = t - (t - h);
  const hl = h - hh;
  const pe = qh * hh - p + qh * hl + ql * hh + ql * hl; // q1 * h = p + pe exactly
  const r = 1 - p - pe - q1 * l; // 1 - p is exact: p is within a rounding of 1
  const q2 = r / h;
  rh = q1 + q2;
  rl = q2 - (rh - q1);
}

/** The double nearest to (h + l) * 2**e, h + l in [0.25, 4]; ties to even, subnormals rounded once. */
function scaleRounded(h: number, l: number, e: number): number {
  const s = h + l;
  const top = exponentOf(s) + e;
  if (top > 1023) return Infinity;
  if (top >= -1022) {
    const a = Math.floor(e / 2);
    return s * pow2(a) * pow2(e - a); // both steps exact: the result is a normal double
  }
  if (top < -1076) return 0; // below half the smallest subnormal
  // Subnormal: round (h + l) * 2**(e + 1074) to an integer, a count of 2**-1074 steps.
  const scale = pow2(e + 1074); // e + 1074 is small here: H stays below 2**52, where H - floor(H) is exact
  const H = h * scale;
  const L = l * scale;
  const f = Math.floor(H);
  const frac = H - f + L;
  const n = frac > 0.5 || (frac === 0.5 && f % 2 === 1) ? f + 1 : f;
  return n * pow2(-1074);
}

/** |x| ** n for finite non-zero x and a whole n with 0 < |n| <= MAX_INT_EXPONENT, correctly rounded. */
function intPow(x: number, n: number): number {
  const ex = exponentOf(x);
  let bh = Math.abs(x) * pow2(-ex); // in [1, 2); exact, x times a power of two
  if (ex < -1022) bh = Math.abs(x) * 18446744073709551616 * pow2(-(ex + 64));
  let bl = 0;
  let be = 0; // base = (bh + bl) * 2**be, kept near 1
  let ah = 1;
  let al = 0;
  let ae = 0;
  let k = Math.abs(n);
  for (;;) {
    if (k % 2 === 1) {
      ddMul(ah, al, bh, bl);
      const f = exponentOf(rh);
      const sc = pow2(-f);
      ah = rh * sc;
      al = rl * sc;
      ae += be + f;
    }
    k = Math.floor(k / 2);
    if (k === 0) break;
    ddMul(bh, bl, bh, bl);
    const f = exponentOf(rh);
    const sc = pow2(-f);
    bh = rh * sc;
    bl = rl * sc;
    be = 2 * be + f;
  }
  // |x| ** n = (ah + al) * 2**(ae + ex * n); ex * n stays far inside exact integers.
  let e = ae + ex * Math.abs(n);
  if (n < 0) {
    ddRecip(ah, al);
    ah = rh;
    al = rl;
    e = -e;
  }
  return scaleRounded(ah, al, e);
}

/** C's pow(x, y), correctly rounded for whole exponents. */
export function floatPow(x: number, y: number): number {
  if (y === 2) return x * x; // one multiplication rounds correctly
  if (y === 0 || x === 1) return 1;
  if (y === 1) return x;
  if (x === -1 && (y === Infinity || y === -Infinity)) return 1;
  if (Number.isInteger(y) && Math.abs(y) <= MAX_INT_EXPONENT && x !== 0 && Number.isFinite(x)) {
    const r = intPow(x, y);
    return x < 0 && y % 2 !== 0 ? -r : r;
  }
  return Math.pow(x, y);
}
