/**
 * The source map of a translation (TypeScript → Python), made from the
 * position table the markers gave (see positions.ts). Each segment names
 * the Python function the code runs in, so a stack frame mapped through it
 * gets CPython's frame name whatever the JavaScript function is called.
 */
import { decodeMappings, encodeMappings, MapIndex, type Segment, type SourceMapV3 } from "../runtime/source-maps.js";
import type { PositionSegment } from "./positions.js";

export type { SourceMapV3 };

export function buildSourceMap(segments: readonly PositionSegment[], options: { file: string; source: string; pySource: string }): SourceMapV3 {
  const names: string[] = [];
  const nameIndex = new Map<string, number>();
  const encoded: Segment[] = segments.map((s) => {
    let name = nameIndex.get(s.scope);
    if (name === undefined) {
      name = names.length;
      names.push(s.scope);
      nameIndex.set(s.scope, name);
    }
    return { genLine: s.genLine, genColumn: s.genColumn, source: 0, line: s.line - 1, column: s.column, name };
  });
  return { version: 3, file: options.file, sources: [options.source], sourcesContent: [options.pySource], names, mappings: encodeMappings(encoded) };
}

/**
 * `outer` maps generated code (JavaScript) to the code `inner` maps
 * (TypeScript): the result maps the JavaScript straight to `inner`'s sources,
 * with `inner`'s names (the Python functions).
 */
export function composeMaps(outer: SourceMapV3, inner: SourceMapV3): SourceMapV3 {
  const index = new MapIndex(inner);
  const segments: Segment[] = [];
  for (const s of decodeMappings(outer.mappings)) {
    if (s.line === undefined) continue;
    const to = index.find(s.line, s.column!);
    if (!to || to.source === undefined) continue;
    segments.push({ genLine: s.genLine, genColumn: s.genColumn, source: to.source, line: to.line!, column: to.column!, ...(to.name !== undefined ? { name: to.name } : {}) });
  }
  const out: SourceMapV3 = { version: 3, sources: inner.sources, names: inner.names, mappings: encodeMappings(segments) };
  if (outer.file) out.file = outer.file;
  if (inner.sourcesContent) out.sourcesContent = inner.sourcesContent;
  return out;
}
