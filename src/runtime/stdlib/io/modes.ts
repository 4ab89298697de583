/** `open()`'s mode strings, checked as CPython checks them. */
import { ValueError } from "../../exceptions.js";
import { repr } from "../../repr.js";

export interface Mode {
  kind: "r" | "w" | "a" | "x";
  plus: boolean;
  binary: boolean;
}

export function parseMode(mode: string): Mode {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!"rwaxb+t".includes(c) || seen.has(c)) throw new ValueError(`invalid mode: ${repr(mode)}`);
    seen.add(c);
  }
  const kinds = [..."rwax"].filter((c) => seen.has(c));
  if (kinds.length !== 1) throw new ValueError("must have exactly one of create/read/write/append mode");
  if (seen.has("b") && seen.has("t")) throw new ValueError("can't have text and binary mode at once");
  return { kind: kinds[0] as Mode["kind"], plus: seen.has("+"), binary: seen.has("b") };
}
