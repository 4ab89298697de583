/**
 * Source maps (version 3) as tsyncio writes and reads them: base64 VLQ
 * encoding and decoding of the `mappings` field, and lookups from a
 * generated line and column to the original position. Used by the
 * translator to write `.ts.map` files and by the runtime to turn a
 * JavaScript stack frame back into a Python one; it lives in the runtime so
 * that migrated projects, which carry a copy of the runtime, have it too.
 */

export interface SourceMapV3 {
  version: 3;
  file?: string;
  sourceRoot?: string;
  sources: string[];
  sourcesContent?: (string | null)[];
  names: string[];
  mappings: string;
}

/** One decoded segment: generated line/column (0-based) → source index, line, column (0-based), name index. */
export interface Segment {
  genLine: number;
  genColumn: number;
  source?: number;
  line?: number;
  column?: number;
  name?: number;
}

const CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUES = new Map([...CHARS].map((c, i) => [c, i]));

function vlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = "";
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += CHARS[digit];
  } while (v > 0);
  return out;
}

/** The `mappings` string for segments sorted by generated line, then column. */
export function encodeMappings(segments: readonly Segment[]): string {
  const lines: string[] = [];
  let source = 0, line = 0, column = 0, name = 0;
  let row = 0;
  let parts: string[] = [];
  let genColumn = 0;
  for (const s of segments) {
    while (row < s.genLine) {
      lines.push(parts.join(","));
      parts = [];
      genColumn = 0;
      row++;
    }
    let text = vlq(s.genColumn - genColumn);
    genColumn = s.genColumn;
    if (s.source !== undefined) {
      text += vlq(s.source - source) + vlq(s.line! - line) + vlq(s.column! - column);
      source = s.source;
      line = s.line!;
      column = s.column!;
      if (s.name !== undefined) {
        text += vlq(s.name - name);
        name = s.name;
      }
    }
    parts.push(text);
  }
  lines.push(parts.join(","));
  return lines.join(";");
}

/** Every segment of a `mappings` string, in order. */
export function decodeMappings(mappings: string): Segment[] {
  const out: Segment[] = [];
  let source = 0, line = 0, column = 0, name = 0;
  let genLine = 0;
  for (const group of mappings.split(";")) {
    let genColumn = 0;
    for (const text of group.split(",")) {
      if (text === "") continue;
      const fields: number[] = [];
      let value = 0, shift = 0;
      for (const ch of text) {
        const digit = VALUES.get(ch);
        if (digit === undefined) return out;
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genColumn += fields[0] ?? 0;
      const seg: Segment = { genLine, genColumn };
      if (fields.length >= 4) {
        source += fields[1]!;
        line += fields[2]!;
        column += fields[3]!;
        Object.assign(seg, { source, line, column });
        if (fields.length >= 5) {
          name += fields[4]!;
          seg.name = name;
        }
      }
      out.push(seg);
    }
    genLine++;
  }
  return out;
}

/** Lookups by generated position into one decoded map. */
export class MapIndex {
  private readonly byLine: Segment[][] = [];

  constructor(readonly map: SourceMapV3) {
    for (const s of decodeMappings(map.mappings)) (this.byLine[s.genLine] ??= []).push(s);
  }

  /**
   * The mapped segment covering 0-based `genLine`, `genColumn`: the last one at or before
   * the column on that line, else the line's first (V8 reports some frames past a statement's start).
   */
  find(genLine: number, genColumn: number): Segment | null {
    const line = this.byLine[genLine]?.filter((s) => s.source !== undefined);
    if (!line || line.length === 0) return null;
    let best: Segment | null = null;
    for (const s of line) if (s.genColumn <= genColumn) best = s;
    return best ?? line[0]!;
  }
}
