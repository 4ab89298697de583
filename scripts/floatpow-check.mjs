#!/usr/bin/env node
// Compares the runtime's float power with CPython's on random inputs (run `npm run build` first).
// Usage: node scripts/floatpow-check.mjs [count per kind, default 200000] [seed]
// Prints, per kind of input, how many results differ from python3's: the runtime's floatPow and plain Math.pow.
import { execFileSync } from "node:child_process";
import { floatPow } from "../dist/runtime/float-pow.js";

const count = Number(process.argv[2] ?? 200000);
let seed = Number(process.argv[3] ?? 12345) >>> 0;
function rand() {
  // mulberry32: a small seeded generator, so a run can be repeated
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];

function base() {
  const sign = rand() < 0.3 ? -1 : 1;
  switch (pick(["decimal", "wide", "near1", "tiny"])) {
    case "decimal": // the values scripts print: a few decimals, like -4.920000000000002
      return sign * Number((rand() * 20).toFixed(1 + Math.floor(rand() * 4))) + (rand() < 0.5 ? 0.01 * Math.floor(rand() * 8) : 0);
    case "wide":
      return sign * 10 ** (rand() * 40 - 20) * (1 + rand());
    case "near1":
      return sign * (1 + (rand() - 0.5) * 1e-3);
    default:
      return sign * 10 ** (-rand() * 300);
  }
}

const kinds = {
  "integer exponent": () => {
    const r = rand();
    const y = r < 0.8 ? Math.floor(rand() * 41) - 20 : r < 0.95 ? Math.floor(rand() * 401) - 200 : Math.floor(rand() * 4001) - 2000;
    return [base(), y];
  },
  "non-integer exponent": () => [Math.abs(base()) || 0.5, (rand() - 0.5) * 20 + 1e-9],
};

const hex = (x) => {
  const b = Buffer.alloc(8);
  b.writeDoubleBE(x);
  return b.toString("hex");
};
const PY = `
import sys, struct
out = []
for line in sys.stdin:
    a, b = line.split()
    x = struct.unpack(">d", bytes.fromhex(a))[0]
    y = struct.unpack(">d", bytes.fromhex(b))[0]
    try:
        r = x ** y
        out.append(struct.pack(">d", r).hex() if isinstance(r, float) else "complex")
    except OverflowError:
        out.append("overflow")
    except ZeroDivisionError:
        out.append("zerodiv")
sys.stdout.write("\\n".join(out))
`;
// The correctly rounded power, by exact rational arithmetic (int exponents only).
const EXACT = `
import sys, struct
from fractions import Fraction
out = []
for line in sys.stdin:
    a, b = line.split()
    x = struct.unpack(">d", bytes.fromhex(a))[0]
    out.append(struct.pack(">d", float(Fraction(x) ** int(b))).hex())
sys.stdout.write("\\n".join(out))
`;

for (const [kind, gen] of Object.entries(kinds)) {
  const inputs = Array.from({ length: count }, gen);
  const expected = execFileSync("python3", ["-c", PY], { input: inputs.map(([x, y]) => `${hex(x)} ${hex(y)}`).join("\n"), maxBuffer: 1 << 28 })
    .toString()
    .split("\n");
  let ours = 0;
  let native = 0;
  let compared = 0;
  const examples = [];
  const misses = [];
  inputs.forEach(([x, y], i) => {
    const want = expected[i];
    if (want === "complex" || want === "zerodiv") return;
    compared++;
    const got = (r) => (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r) ? "overflow" : hex(r));
    if (got(floatPow(x, y)) !== want) {
      ours++;
      misses.push([x, y]);
      if (examples.length < 5) examples.push(`${x} ** ${y}`);
    }
    if (got(Math.pow(x, y)) !== want) native++;
  });
  console.log(`${kind}: ${compared} compared, floatPow differs from CPython on ${ours}, Math.pow on ${native}${examples.length ? ` (e.g. ${examples.join(", ")})` : ""}`);
  if (kind === "integer exponent" && misses.length) {
    // Where we differ, which of the two is the correctly rounded result?
    const exact = execFileSync("python3", ["-c", EXACT], { input: misses.map(([x, y]) => `${hex(x)} ${y}`).join("\n") }).toString().split("\n");
    const oursRight = misses.filter(([x, y], i) => hex(floatPow(x, y)) === exact[i]).length;
    console.log(`  of those ${misses.length}, floatPow is the correctly rounded result in ${oursRight} (CPython's libm pow is off by one ulp there)`);
  }
}
