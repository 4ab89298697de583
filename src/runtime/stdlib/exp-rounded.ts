/**
 * exp(x) rounded correctly to the nearest double, computed in double-double
 * arithmetic (about 104 bits). glibc's exp, which CPython's math functions
 * reach through the C library, is correctly rounded in all but the rarest
 * cases, while V8's Math.exp is off by one ulp in a few percent of them; the
 * C library's algorithms built on exp (erfc) need the former to agree with
 * CPython's digits.
 */

type DD = [number, number];

const LN2 = [0.6931471805599453, 2.3190468138462996e-17, 5.707708438416212e-34] as const;
const SPLITTER = 134217729; // 2^27 + 1

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

function fastTwoSum(a: number, b: number): DD {
  const s = a + b;
  return [s, b - (s - a)];
}

function twoProd(a: number, b: number): DD {
  const p = a * b;
  let c = SPLITTER * a;
  const ah = c - (c - a);
  const al = a - ah;
  c = SPLITTER * b;
  const bh = c - (c - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(a: DD, b: DD): DD {
  const [s, e] = twoSum(a[0], b[0]);
  return fastTwoSum(s, e + a[1] + b[1]);
}

function mul(a: DD, b: DD): DD {
  const [p, e] = twoProd(a[0], b[0]);
  return fastTwoSum(p, e + a[0] * b[1] + a[1] * b[0]);
}

function divSmall(a: DD, n: number): DD {
  const q = a[0] / n;
  const [p, e] = twoProd(q, n);
  return fastTwoSum(q, (a[0] - p - e + a[1]) / n);
}

export function expRounded(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x > 709.8) return Infinity;
  if (x < -746) return 0;
  if (Math.abs(x) < 2 ** -54) return 1 + x;
  const k = Math.round(x / LN2[0]);
  // r = x - k·ln2, with ln2 in three parts so the reduction loses nothing.
  let r = add(twoSum(x, -twoProd(k, LN2[0])[0]), [-twoProd(k, LN2[0])[1], 0]);
  r = add(r, [-twoProd(k, LN2[1])[0], -twoProd(k, LN2[1])[1]]);
  r = add(r, [-k * LN2[2], 0]);
  // Taylor series of exp(r), |r| <= ln2/2: 24 terms reach 2^-110.
  let term: DD = [1, 0];
  let sum: DD = [1, 0];
  for (let n = 1; n <= 24; n++) {
    term = divSmall(mul(term, r), n);
    sum = add(sum, term);
  }
  // Scaling by 2^k is exact while the result stays a normal double.
  if (k >= -1021 && k <= 1023) return (sum[0] + sum[1]) * 2 ** k;
  const half = Math.trunc(k / 2);
  return (sum[0] + sum[1]) * 2 ** half * 2 ** (k - half);
}
