/**
 * `math.gamma` and `math.lgamma` the way CPython computes them (its own
 * Lanczos approximation in mathmodule.c, not the C library's), so results
 * agree with CPython's digits. Domain errors are ValueError, overflow
 * OverflowError, as `math` raises them.
 */
import { OverflowError, ValueError } from "../exceptions.js";

// Lanczos approximation with g = 6.024680040776729583740234375 and N = 13 terms,
// as a rational function in x (numerator and denominator coefficients).
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const NUM = [
  23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408,
];
const DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const LOG_PI = 1.144729885849400174143427351353058711647;

const domain = (): never => {
  throw new ValueError("math domain error");
};
const range = (): never => {
  throw new OverflowError("math range error");
};

function lanczosSum(x: number): number {
  let num = 0;
  let den = 0;
  // Horner from the top for small x, from the bottom (in 1/x) for large: both avoid overflow.
  if (x < 5.0) {
    for (let i = NUM.length - 1; i >= 0; i--) {
      num = num * x + NUM[i]!;
      den = den * x + DEN[i]!;
    }
  } else {
    for (let i = 0; i < NUM.length; i++) {
      num = num / x + NUM[i]!;
      den = den / x + DEN[i]!;
    }
  }
  return num / den;
}

/** sin(pi * x), exact at the integers and half-integers. */
function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y);
  let r: number;
  switch (n) {
    case 0:
      r = Math.sin(Math.PI * y);
      break;
    case 1:
      r = Math.cos(Math.PI * (y - 0.5));
      break;
    case 2:
      r = Math.sin(Math.PI * (1.0 - y));
      break;
    case 3:
      r = -Math.cos(Math.PI * (y - 1.5));
      break;
    default:
      r = Math.sin(Math.PI * (y - 2.0));
  }
  return Math.sign(x) === -1 || Object.is(x, -0) ? -r : r;
}

let factorials: number[] | null = null;

export function gamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    return domain();
  }
  if (x === 0) return domain();
  if (x === Math.floor(x)) {
    if (x < 0) return domain();
    if (x <= 23) {
      factorials ??= Array.from({ length: 23 }, (_, i) => Array.from({ length: i }, (_, k) => k + 1).reduce((a, b) => a * b, 1));
      return factorials[x - 1]!;
    }
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    return Number.isFinite(r) ? r : range();
  }
  if (absx > 200.0) {
    if (x < 0.0) return 0.0 / sinpi(x);
    return range();
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  // The rounding error of y, folded back in below.
  let z = absx > LANCZOS_G_MINUS_HALF ? y - absx - LANCZOS_G_MINUS_HALF : y - LANCZOS_G_MINUS_HALF - absx;
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0.0) {
    r = (((-Math.PI / sinpi(absx)) / absx) * Math.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r /= sqrtpow;
      r /= sqrtpow;
    }
  } else {
    r = lanczosSum(absx) / Math.exp(y);
    r += z * r;
    if (absx < 140.0) r *= Math.pow(y, absx - 0.5);
    else {
      const sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
      r *= sqrtpow;
      r *= sqrtpow;
    }
  }
  return Number.isFinite(r) ? r : range();
}

export function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) return domain();
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -Math.log(absx);
  let r = Math.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
  return Number.isFinite(r) ? r : range();
}
