/**
 * Python's `statistics`, with CPython 3.11's algorithms so results agree to
 * the last digit: mean and the variances sum exact ratios (every float is
 * an exact binary fraction) and convert once at the end, to the inputs'
 * type (ints give an int when the result is whole, Fractions a Fraction);
 * stdev takes a correctly rounded square root of the exact ratio; fmean,
 * covariance, correlation and linear_regression use fsum as CPython does.
 */
import { TypeError, ValueError } from "../exceptions.js";
import { add, compare, pyIterable, pyMapGet, pyMapSet, typeName } from "../builtins.js";
import { mul, sub } from "../operators.js";
import { div } from "../numbers.js";
import { flt, repr } from "../repr.js";
import { Fraction } from "./fractions.js";
import { absBig, big, floatOf, floatRatio, isFloat, isInt, ratioToFloat, toInt } from "./exact.js";
import { math } from "./math.js";
import { erf } from "./erf.js";
import { namedtuple } from "./collections/namedtuple.js";

export class StatisticsError extends ValueError {}
Object.defineProperty(StatisticsError, "__module__", { value: "statistics" });

type Kind = "int" | "float" | "Fraction" | "Decimal";

/** The exact ratio of a data point and its kind; a non-finite float is kept apart (CPython's `None` partial). */
function exactRatio(x: unknown): { kind: Kind; n: bigint; d: bigint } | { kind: "float"; special: number } {
  if (x instanceof Fraction) return { kind: "Fraction", n: x.n, d: x.d };
  if (isFloat(x)) {
    const f = floatOf(x);
    if (!Number.isFinite(f)) return { kind: "float", special: f };
    const [n, d] = floatRatio(f);
    return { kind: "float", n, d };
  }
  if (isInt(x)) return { kind: "int", n: big(x), d: 1n };
  const dec = x as { __tsyncio_decimal__?: boolean; as_integer_ratio?: () => readonly [number | bigint, number | bigint] } | null;
  if (dec && dec.__tsyncio_decimal__ && typeof dec.as_integer_ratio === "function") {
    const [n, d] = dec.as_integer_ratio();
    return { kind: "Decimal", n: big(n), d: big(d) };
  }
  throw new TypeError(`can't convert type '${typeName(x)}' to numerator/denominator`);
}

/** CPython's _coerce over the kinds seen: ints defer to anything, Fraction and float give float, Decimal mixes with neither. */
function coerce(t: Kind, s: Kind): Kind {
  if (t === s || s === "int") return t;
  if (t === "int") return s;
  if ((t === "Fraction" && s === "float") || (t === "float" && s === "Fraction")) return "float";
  throw new TypeError(`don't know how to coerce ${t} and ${s}`);
}

interface Sum {
  kind: Kind;
  total: Fraction | number;
  count: number;
}

function exactSum(data: Iterable<unknown>, squares = false): Sum & { sx: Fraction | number; sxx: Fraction } {
  let kind: Kind = "int";
  let count = 0;
  let special: number | undefined;
  const sx = new Map<bigint, bigint>();
  const sxx = new Map<bigint, bigint>();
  for (const x of pyIterable(data)) {
    const r = exactRatio(x);
    kind = coerce(kind, r.kind);
    count++;
    if ("special" in r) {
      special = special === undefined ? r.special : special + r.special;
      continue;
    }
    sx.set(r.d, (sx.get(r.d) ?? 0n) + r.n);
    if (squares) sxx.set(r.d, (sxx.get(r.d) ?? 0n) + r.n * r.n);
  }
  let total: Fraction = Fraction.of(0n, 1n);
  for (const [d, n] of sx) total = total.__add__(Fraction.ratio(n, d)) as Fraction;
  let sq: Fraction = Fraction.of(0n, 1n);
  for (const [d, n] of sxx) sq = sq.__add__(Fraction.ratio(n, d * d)) as Fraction;
  return { kind, total: special ?? total, count, sx: special ?? total, sxx: sq };
}

/** CPython's _convert: the exact result as the data's type (an int only when whole). */
function convert(value: Fraction | number, kind: Kind): unknown {
  if (typeof value === "number") return flt(value);
  if (kind === "int" && value.d !== 1n) kind = "float";
  switch (kind) {
    case "int":
      return toInt(value.n);
    case "float":
      return flt(ratioToFloat(value.n, value.d));
    case "Fraction":
      return value;
    case "Decimal":
      return decimalOf(value);
  }
}

/** Decimal results come from the decimal module when a program uses it (it registers itself). */
let decimalFromRatio: ((n: bigint, d: bigint) => unknown) | undefined;
export function registerDecimalForStatistics(fn: (n: bigint, d: bigint) => unknown): void {
  decimalFromRatio = fn;
}
function decimalOf(f: Fraction): unknown {
  if (!decimalFromRatio) throw new TypeError("decimal results need the decimal module");
  return decimalFromRatio(f.n, f.d);
}

/** The sum of squared deviations, exactly (CPython's _ss). */
function sumSquares(data: Iterable<unknown>, c: unknown): { kind: Kind; ss: Fraction | number; n: number } {
  if (c !== undefined && c !== null) {
    const devs = [...pyIterable(data)].map((x) => {
      const d = sub(x, c);
      return mul(d, d);
    });
    const s = exactSum(devs);
    return { kind: s.kind, ss: s.total, n: s.count };
  }
  const s = exactSum(data, true);
  if (s.count === 0) return { kind: s.kind, ss: Fraction.of(0n, 1n), n: 0 };
  if (typeof s.sx === "number") return { kind: s.kind, ss: s.sx, n: s.count };
  const count = Fraction.of(BigInt(s.count), 1n);
  const ss = (count.__mul__(s.sxx) as Fraction).__sub__(s.sx.__mul__(s.sx)) as Fraction;
  return { kind: s.kind, ss: ss.__truediv__(count) as Fraction, n: s.count };
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

const bitLength = (n: bigint): number => (n === 0n ? 0 : absBig(n).toString(2).length);

/** sqrt(n/m) rounded to an integer, round-to-odd. */
function sqrtFracRto(n: bigint, m: bigint): bigint {
  const a = isqrtBig(n / m);
  return a | (a * a * m !== n ? 1n : 0n);
}

/** The correctly rounded float square root of n/m (CPython's _float_sqrt_of_frac). */
function floatSqrtOfFrac(n: bigint, m: bigint): number {
  const q = Math.floor((bitLength(n) - bitLength(m) - 109) / 2);
  if (q >= 0) return ratioToFloat(sqrtFracRto(n, m << BigInt(2 * q)) << BigInt(q), 1n);
  return ratioToFloat(sqrtFracRto(n << BigInt(-2 * q), m), 1n << BigInt(-q));
}

function stdevOf(ss: Fraction | number, divisor: number, kind: Kind): unknown {
  if (typeof ss === "number") return flt(Math.sqrt(ss / divisor));
  const mss = ss.__truediv__(divisor) as Fraction;
  if (kind === "Decimal") {
    const d = decimalOf(mss) as { sqrt(): unknown };
    return d.sqrt();
  }
  return flt(floatSqrtOfFrac(mss.n, mss.d));
}

function sortedList(data: Iterable<unknown>): unknown[] {
  return [...pyIterable(data)].sort(compare);
}

function lengthOf(x: unknown, what: string): number {
  if (Array.isArray(x) || typeof x === "string") return x.length;
  if (x instanceof Map || x instanceof Set) return x.size;
  throw new TypeError(`object of type '${typeName(x)}' has no len()${what}`);
}

function fsum(xs: Iterable<unknown>): number {
  return Number(math.fsum(xs as Iterable<number>));
}

function mean(data: Iterable<unknown>): any {
  const s = exactSum(data);
  if (s.count < 1) throw new StatisticsError("mean requires at least one data point");
  return convert(typeof s.total === "number" ? s.total : (s.total.__truediv__(s.count) as Fraction), s.kind);
}

function fmean(data: Iterable<unknown>, weights: Iterable<unknown> | null = null): number {
  const xs = [...pyIterable(data)];
  if (weights === null || weights === undefined) {
    const total = fsum(xs);
    if (xs.length === 0) throw new StatisticsError("fmean requires at least one data point");
    return flt(total / xs.length);
  }
  const ws = [...pyIterable(weights)];
  const num = fsum(xs.map((x, i) => mul(x, ws[i])).slice(0, Math.min(xs.length, ws.length)));
  if (xs.length !== ws.length) throw new StatisticsError("data and weights must be the same length");
  const den = fsum(ws);
  if (!den) throw new StatisticsError("sum of weights must be non-zero");
  return flt(num / den);
}

function geometric_mean(data: Iterable<unknown>): number {
  try {
    return flt(Math.exp(fmean([...pyIterable(data)].map((x) => math.log(x as number)))));
  } catch (e) {
    if (e instanceof ValueError) throw new StatisticsError("geometric mean requires a non-empty dataset containing positive numbers");
    throw e;
  }
}

function harmonic_mean(data: Iterable<unknown>, weights: Iterable<unknown> | null = null): any {
  const xs = [...pyIterable(data)];
  const errmsg = "harmonic mean does not support negative values";
  const n = xs.length;
  if (n < 1) throw new StatisticsError("harmonic_mean requires at least one data point");
  if (n === 1 && (weights === null || weights === undefined)) {
    const x = xs[0];
    if (typeof x !== "number" && typeof x !== "bigint" && typeof x !== "boolean" && !isFloat(x) && !(x instanceof Fraction)) throw new TypeError("unsupported type");
    if (compare(x, 0) < 0) throw new StatisticsError(errmsg);
    return x;
  }
  let ws: unknown[];
  let sumWeights: Fraction | number;
  if (weights === null || weights === undefined) {
    ws = xs.map(() => 1);
    sumWeights = Fraction.of(BigInt(n), 1n);
  } else {
    ws = [...pyIterable(weights)];
    if (ws.length !== n) throw new StatisticsError("Number of weights does not match data size");
    for (const w of ws) if (compare(w, 0) < 0) throw new StatisticsError(errmsg);
    sumWeights = exactSum(ws).total;
  }
  const terms: unknown[] = [];
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    if (compare(x, 0) < 0) throw new StatisticsError(errmsg);
    const w = ws[i];
    if (compare(w, 0) === 0) {
      terms.push(0);
      continue;
    }
    if (compare(x, 0) === 0) return 0;
    terms.push(div(w, x));
  }
  const s = exactSum(terms);
  const total = s.total;
  if (typeof total === "number" ? total <= 0 : total.n <= 0n) throw new StatisticsError("Weighted sum must be positive");
  const result = typeof sumWeights === "number" || typeof total === "number" ? Number(sumWeights) / Number(total) : (sumWeights.__truediv__(total) as Fraction);
  return convert(result, s.kind);
}

function median(data: Iterable<unknown>): any {
  const xs = sortedList(data);
  const n = xs.length;
  if (n === 0) throw new StatisticsError("no median for empty data");
  if (n % 2 === 1) return xs[(n - 1) / 2];
  const i = n / 2;
  return div(add(xs[i - 1], xs[i]), 2);
}

function median_low(data: Iterable<unknown>): any {
  const xs = sortedList(data);
  const n = xs.length;
  if (n === 0) throw new StatisticsError("no median for empty data");
  return n % 2 === 1 ? xs[(n - 1) / 2] : xs[n / 2 - 1];
}

function median_high(data: Iterable<unknown>): any {
  const xs = sortedList(data);
  const n = xs.length;
  if (n === 0) throw new StatisticsError("no median for empty data");
  return xs[Math.floor(n / 2)];
}

function median_grouped(data: Iterable<unknown>, interval: unknown = 1.0): number {
  const xs = sortedList(data);
  const n = xs.length;
  if (!n) throw new StatisticsError("no median for empty data");
  const x = xs[Math.floor(n / 2)];
  let i = 0;
  while (i < n && compare(xs[i], x) < 0) i++;
  let j = i;
  while (j < n && compare(xs[j], x) <= 0) j++;
  const toFloat = (v: unknown): number => {
    if (typeof v === "string") {
      const f = Number(v.trim());
      if (v.trim() === "" || Number.isNaN(f)) throw new TypeError("Value cannot be converted to a float");
      return f;
    }
    if (v instanceof Fraction) return ratioToFloat(v.n, v.d);
    return floatOf(v);
  };
  const width = toFloat(interval);
  const L = toFloat(x) - width / 2.0;
  return flt(L + (width * (n / 2 - i)) / (j - i));
}

/** Counts with Python's key equality (1 and 1.0 are one value), first-seen order. */
function counts(data: Iterable<unknown>): Map<unknown, number> {
  const m = new Map<unknown, number>();
  for (const x of pyIterable(data)) {
    const c = pyMapGet(m, x);
    pyMapSet(m, x, typeof c === "number" ? c + 1 : 1);
  }
  return m;
}

function mode(data: Iterable<unknown>): any {
  let best: unknown;
  let bestCount = 0;
  for (const [k, c] of counts(data)) if (c > bestCount) [best, bestCount] = [k, c];
  if (bestCount === 0) throw new StatisticsError("no mode for empty data");
  return best;
}

function multimode(data: Iterable<unknown>): any[] {
  const m = counts(data);
  if (m.size === 0) return [];
  const most = Math.max(...m.values());
  return [...m].filter(([, c]) => c === most).map(([k]) => k);
}

function quantiles(data: Iterable<unknown>, opts: { n?: number; method?: string } = {}): any[] {
  const n = opts.n ?? 4;
  const method = opts.method ?? "exclusive";
  if (n < 1) throw new StatisticsError("n must be at least 1");
  const xs = sortedList(data);
  const ld = xs.length;
  if (ld < 2) throw new StatisticsError("must have at least two data points");
  const result: unknown[] = [];
  if (method === "inclusive") {
    const m = ld - 1;
    for (let i = 1; i < n; i++) {
      const j = Math.floor((i * m) / n);
      const delta = (i * m) % n;
      result.push(div(add(mul(xs[j], n - delta), mul(xs[j + 1], delta)), n));
    }
    return result;
  }
  if (method === "exclusive") {
    const m = ld + 1;
    for (let i = 1; i < n; i++) {
      let j = Math.floor((i * m) / n);
      j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
      const delta = i * m - j * n;
      result.push(div(add(mul(xs[j - 1], n - delta), mul(xs[j], delta)), n));
    }
    return result;
  }
  throw new ValueError(`Unknown method: ${repr(method)}`);
}

function variance(data: Iterable<unknown>, xbar: unknown = null): any {
  const { kind, ss, n } = sumSquares(data, xbar);
  if (n < 2) throw new StatisticsError("variance requires at least two data points");
  return convert(typeof ss === "number" ? ss / (n - 1) : (ss.__truediv__(n - 1) as Fraction), kind);
}

function pvariance(data: Iterable<unknown>, mu: unknown = null): any {
  const { kind, ss, n } = sumSquares(data, mu);
  if (n < 1) throw new StatisticsError("pvariance requires at least one data point");
  return convert(typeof ss === "number" ? ss / n : (ss.__truediv__(n) as Fraction), kind);
}

function stdev(data: Iterable<unknown>, xbar: unknown = null): any {
  const { kind, ss, n } = sumSquares(data, xbar);
  if (n < 2) throw new StatisticsError("stdev requires at least two data points");
  return stdevOf(ss, n - 1, kind);
}

function pstdev(data: Iterable<unknown>, mu: unknown = null): any {
  const { kind, ss, n } = sumSquares(data, mu);
  if (n < 1) throw new StatisticsError("pstdev requires at least one data point");
  return stdevOf(ss, n, kind);
}

/** The two samples as arrays of numbers, with CPython's length checks. */
function pairs(x: unknown, y: unknown, what: string): [number[], number[]] {
  const n = lengthOf(x, "");
  if (lengthOf(y, "") !== n) throw new StatisticsError(`${what} requires that both inputs have same number of data points`);
  if (n < 2) throw new StatisticsError(`${what} requires at least two data points`);
  const num = (v: unknown) => (v instanceof Fraction ? ratioToFloat(v.n, v.d) : floatOf(v));
  return [[...pyIterable(x as Iterable<unknown>)].map(num), [...pyIterable(y as Iterable<unknown>)].map(num)];
}

function covariance(x: Iterable<unknown>, y: Iterable<unknown>): number {
  const [xs, ys] = pairs(x, y, "covariance");
  const n = xs.length;
  const xbar = fsum(xs) / n;
  const ybar = fsum(ys) / n;
  return flt(fsum(xs.map((xi, i) => (xi - xbar) * (ys[i]! - ybar))) / (n - 1));
}

function correlation(x: Iterable<unknown>, y: Iterable<unknown>): number {
  const [xs, ys] = pairs(x, y, "correlation");
  const n = xs.length;
  const xbar = fsum(xs) / n;
  const ybar = fsum(ys) / n;
  const sxy = fsum(xs.map((xi, i) => (xi - xbar) * (ys[i]! - ybar)));
  const sxx = fsum(xs.map((xi) => (xi - xbar) * (xi - xbar)));
  const syy = fsum(ys.map((yi) => (yi - ybar) * (yi - ybar)));
  const den = Math.sqrt(sxx * syy);
  if (den === 0) throw new StatisticsError("at least one of the inputs is constant");
  return flt(sxy / den);
}

const LinearRegression = namedtuple("LinearRegression", ["slope", "intercept"]);

function linear_regression(x: Iterable<unknown>, y: Iterable<unknown>, opts: { proportional?: boolean } = {}): any {
  const [xs, ys] = pairs(x, y, "linear regression");
  const n = xs.length;
  let sxy: number;
  let sxx: number;
  let xbar = 0;
  let ybar = 0;
  if (opts.proportional) {
    sxy = fsum(xs.map((xi, i) => xi * ys[i]!));
    sxx = fsum(xs.map((xi) => xi * xi));
  } else {
    xbar = fsum(xs) / n;
    ybar = fsum(ys) / n;
    sxy = fsum(xs.map((xi, i) => (xi - xbar) * (ys[i]! - ybar)));
    sxx = fsum(xs.map((xi) => (xi - xbar) * (xi - xbar)));
  }
  if (sxx === 0) throw new StatisticsError("x is constant");
  const slope = sxy / sxx;
  const intercept = opts.proportional ? 0.0 : ybar - slope * xbar;
  return new LinearRegression(flt(slope), flt(intercept));
}

/** Wichura's AS241 rational approximations, as CPython's _normal_dist_inv_cdf. */
function normalInvCdf(p: number, mu: number, sigma: number): number {
  const q = p - 0.5;
  let num: number;
  let den: number;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q;
    den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r + 4.2313330701600911252e+1) * r + 1.0);
    return mu + (num / den) * sigma;
  }
  let r = q <= 0.0 ? p : 1.0 - p;
  r = Math.sqrt(-Math.log(r));
  if (r <= 5.0) {
    r = r - 1.6;
    num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0);
    den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r + 2.05319162663775882187e+0) * r + 1.0);
  } else {
    r = r - 5.0;
    num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0);
    den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r + 5.99832206555887937690e-1) * r + 1.0);
  }
  let x = num / den;
  if (q < 0.0) x = -x;
  return mu + x * sigma;
}

const num = (v: unknown): number => (v instanceof Fraction ? ratioToFloat(v.n, v.d) : floatOf(v));

/** `statistics.NormalDist(mu=0.0, sigma=1.0)`. */
export class NormalDist {
  readonly _mu: number;
  readonly _sigma: number;
  constructor(mu: unknown = 0.0, sigma: unknown = 1.0) {
    const s = num(sigma);
    if (s < 0.0) throw new StatisticsError("sigma must be non-negative");
    this._mu = num(mu);
    this._sigma = s;
  }
  static from_samples(data: Iterable<unknown>): NormalDist {
    const xs = [...pyIterable(data)];
    const s = sumSquares(xs, null);
    if (s.n < 2) throw new StatisticsError("stdev requires at least two data points");
    const m = exactSum(xs).total;
    const xbar = typeof m === "number" ? m : ratioToFloat(m.n, m.d * BigInt(s.n));
    return new NormalDist(xbar, stdevOf(s.ss, s.n - 1, "float"));
  }
  get mean(): number {
    return flt(this._mu);
  }
  get median(): number {
    return flt(this._mu);
  }
  get mode(): number {
    return flt(this._mu);
  }
  get stdev(): number {
    return flt(this._sigma);
  }
  get variance(): number {
    return flt(this._sigma * this._sigma);
  }
  pdf(x: unknown): number {
    const variance = this._sigma * this._sigma;
    if (!variance) throw new StatisticsError("pdf() not defined when sigma is zero");
    const diff = num(x) - this._mu;
    return flt(Math.exp((diff * diff) / (-2.0 * variance)) / Math.sqrt(2.0 * Math.PI * variance));
  }
  cdf(x: unknown): number {
    if (!this._sigma) throw new StatisticsError("cdf() not defined when sigma is zero");
    return flt(0.5 * (1.0 + erf((num(x) - this._mu) / (this._sigma * Math.SQRT2))));
  }
  inv_cdf(p: unknown): number {
    const q = num(p);
    if (q <= 0.0 || q >= 1.0) throw new StatisticsError("p must be in the range 0.0 < p < 1.0");
    if (this._sigma <= 0.0) throw new StatisticsError("cdf() not defined when sigma at or below zero");
    return flt(normalInvCdf(q, this._mu, this._sigma));
  }
  quantiles(n: unknown = 4): number[] {
    const k = Number(n);
    const out: number[] = [];
    for (let i = 1; i < k; i++) out.push(this.inv_cdf(i / k));
    return out;
  }
  zscore(x: unknown): number {
    if (!this._sigma) throw new StatisticsError("zscore() not defined when sigma is zero");
    return flt((num(x) - this._mu) / this._sigma);
  }
  __eq__(other: unknown): unknown {
    if (!(other instanceof NormalDist)) return false;
    return this._mu === other._mu && this._sigma === other._sigma;
  }
  __hash__(): number {
    return 0;
  }
  __repr__(): string {
    return `NormalDist(mu=${repr(flt(this._mu))}, sigma=${repr(flt(this._sigma))})`;
  }
}
Object.defineProperty(NormalDist, "__module__", { value: "statistics" });


export const statistics = {
  LinearRegression,
  StatisticsError,
  NormalDist,
  mean,
  fmean,
  geometric_mean,
  harmonic_mean,
  median,
  median_low,
  median_high,
  median_grouped,
  mode,
  multimode,
  quantiles,
  variance,
  pvariance,
  stdev,
  pstdev,
  covariance,
  correlation,
  linear_regression,
};
