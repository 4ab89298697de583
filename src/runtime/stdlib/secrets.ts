/** Python's `secrets`: tokens and choices from node:crypto's random source. */
import { randomBytes, randomInt } from "node:crypto";
import { IndexError, ValueError } from "../exceptions.js";
import { PyBytes } from "../bytes/type.js";
import { getitem, len } from "../builtins.js";
import { intArg } from "./args.js";
import { compare_digest } from "./hmac.js";

const DEFAULT_ENTROPY = 32;

function nbytes(n: unknown): number {
  const k = n === undefined || n === null ? DEFAULT_ENTROPY : intArg(n);
  if (k < 0) throw new ValueError("negative argument not allowed");
  return k;
}

/** A uniform int in [0, n), for any n (randomInt stops at 2**48). */
function below(n: number): number {
  if (n <= 2 ** 48) return randomInt(n);
  for (;;) {
    const bits = Math.ceil(Math.log2(n));
    const r = randbits(bits);
    if (r < n) return r;
  }
}

function randbits(k: unknown): number {
  const bits = intArg(k);
  if (bits < 0) throw new ValueError("number of bits must be non-negative");
  if (bits === 0) return 0;
  const bytes = randomBytes(Math.ceil(bits / 8));
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return Number(v >> BigInt(bytes.length * 8 - bits));
}

/** Python's `secrets` module. */
export const secrets = {
  DEFAULT_ENTROPY,
  token_bytes: (n?: unknown): PyBytes => new PyBytes(new Uint8Array(randomBytes(nbytes(n)))),
  token_hex: (n?: unknown): string => randomBytes(nbytes(n)).toString("hex"),
  token_urlsafe: (n?: unknown): string => randomBytes(nbytes(n)).toString("base64url"),
  randbelow: (n: unknown): number => {
    const bound = intArg(n);
    if (bound <= 0) throw new ValueError("Upper bound must be positive.");
    return below(bound);
  },
  randbits,
  choice: (seq: unknown): unknown => {
    const n = len(seq);
    if (n === 0) throw new IndexError("Cannot choose from an empty sequence");
    return getitem(seq, below(n));
  },
  compare_digest,
};
